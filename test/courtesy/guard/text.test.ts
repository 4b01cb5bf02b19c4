// The guard's text tools: edit distance, diacritic folding, the phrase notation, language tags.
import {describe, expect, it} from 'vitest';
import {guardLocale} from '../../../source/courtesy/guard/index.js';
import {damerauLevenshtein} from '../../../source/courtesy/guard/text/damerau-levenshtein.js';
import {fold} from '../../../source/courtesy/guard/text/fold.js';
import {compilePhrase, PhrasePatternError} from '../../../source/courtesy/guard/text/phrase-pattern.js';
import {fitCase} from '../../../source/courtesy/guard/text/clause.js';

describe('damerauLevenshtein', () => {
	it.each([
		['', '', 0],
		['sara', 'sara', 0],
		['sara', 'sarah', 1],
		['jon', 'john', 1],
		['mikael', 'mikeal', 1],
		['ca', 'abc', 2],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
		['王伟', '王玮', 1],
	])('%j to %j is %i', (a, b, distance) => {
		expect(damerauLevenshtein(a, b)).toBe(distance);
		expect(damerauLevenshtein(b, a)).toBe(distance);
	});
});

describe('fold', () => {
	it.each([
		['Bjørn', 'bjorn'],
		['Sándor', 'sandor'],
		['Åsa', 'asa'],
		['Ætt', 'aett'],
		['Päivi', 'paivi'],
		['Łukasz', 'lukasz'],
		['Őrs', 'ors'],
	])('%j → %j', (word, folded) => {
		expect(fold(word)).toBe(folded);
	});
});

describe('phrase notation', () => {
	const matches = (pattern: string, text: string, wordBoundaries = true): string[] =>
		Array.from(text.matchAll(compilePhrase(pattern, {wordBoundaries})), match => match[0]);

	it('has alternatives, optional groups, flexible apostrophes and spaces', () => {
		expect(matches("I {don't|do not} know", 'I dont know, I DON’T know, I do  not know')).toEqual([
			'I dont know',
			'I DON’T know',
			'I do  not know',
		]);
		expect(matches('{please |}calm down', 'Calm down. Please calm down.')).toEqual(['Calm down', 'Please calm down']);
	});

	it('matches whole words, or substrings for Chinese', () => {
		expect(matches('know', 'knowledge, know, unknown')).toEqual(['know']);
		expect(matches('不知道', '我不知道呢', false)).toEqual(['不知道']);
		expect(matches('SLA', '我们的SLA是')).toEqual(['SLA']);
	});

	it('has a letters wildcard and a rest-of-clause marker', () => {
		expect(matches('mahdoton*', 'mahdotonta, mahdoton.')).toEqual(['mahdotonta', 'mahdoton']);
		expect(matches('have you checked~', 'Have you checked the box? Yes.')).toEqual(['Have you checked the box?']);
	});

	it('has an optional word and a short gap inside the clause', () => {
		expect(matches('ei _ voi tehdä', 'Ei voi tehdä. Ei valitettavasti voi tehdä. Ei nyt kyllä voi tehdä.')).toEqual([
			'Ei voi tehdä',
			'Ei valitettavasti voi tehdä',
		]);
		expect(matches('the system … down', 'The system was down, the system has been completely down')).toEqual([
			'The system was down',
			'the system has been completely down',
		]);
		// A gap never runs past the end of a clause, nor past six words.
		expect(matches('the system … down', 'The system, as it happens, is down')).toEqual([]);
		expect(matches('the system … down', 'The system one two three four five six seven down')).toEqual([]);
		expect(matches('系统…有问题', '系统一上午都有问题，系统好的，有问题', false)).toEqual(['系统一上午都有问题']);
	});

	it('rejects unbalanced groups', () => {
		expect(() => compilePhrase('{a|b', {wordBoundaries: true})).toThrow(PhrasePatternError);
		expect(() => compilePhrase('a}', {wordBoundaries: true})).toThrow(PhrasePatternError);
	});
});

describe('fitCase', () => {
	it('capitalises at the start of a sentence and not inside one', () => {
		expect(fitCase('Let me check', 'I am not sure.', 0)).toBe('Let me check');
		expect(fitCase('Let me check', 'Sorry, I am not sure.', 7)).toBe('let me check');
		expect(fitCase("I'll check", 'Well, x', 6)).toBe("I'll check");
		expect(fitCase('Önnek', 'Köszönöm, x', 11, ['Önnek'])).toBe('Önnek');
	});
});

describe('guardLocale', () => {
	it.each([
		['nb', 'nb'],
		['nb-NO', 'nb'],
		['no', 'nb'],
		['nn', 'nb'],
		['sv-FI', 'sv'],
		['fi', 'fi'],
		['hu-HU', 'hu'],
		['zh-Hans-CN', 'zh'],
		['zh_TW', 'zh'],
		['en-GB', 'en'],
		['de', 'en'],
		['', 'en'],
	])('%j → %s', (tag, locale) => {
		expect(guardLocale(tag)).toBe(locale);
	});
});
