// The per-language guard data holds together: every pattern compiles, every shared term has plain words, and no
// suggested rewrite is itself flagged.
import {describe, expect, it} from 'vitest';
import {LANGUAGES} from '../../../source/courtesy/languages.js';
import {languagePacks} from '../../../source/courtesy/guard/languages/index.js';
import {sharedJargon} from '../../../source/courtesy/guard/languages/jargon.js';
import {compilePhrase} from '../../../source/courtesy/guard/text/phrase-pattern.js';
import {check, only} from './guard-fixtures.js';

describe('language packs', () => {
	for (const locale of LANGUAGES) {
		const pack = languagePacks[locale];
		describe(locale, () => {
			it('compiles every pattern', () => {
				const patterns = [
					...pack.phrases.flatMap(rule => rule.patterns),
					...pack.bareNo.refusals,
					...pack.bareNo.softeners,
					...pack.bareNo.reassurances,
					...pack.alternatives,
					...pack.jargon.map(rule => rule.pattern),
				];
				for (const pattern of patterns)
					expect(() => compilePhrase(pattern, {wordBoundaries: pack.wordBoundaries}), pattern).not.toThrow();
			});

			it('has unique phrase ids, each with a rewrite or advice', () => {
				const ids = pack.phrases.map(rule => rule.id);
				expect(new Set(ids).size).toBe(ids.length);
				for (const rule of pack.phrases)
					expect(rule.rewrite ?? rule.lead ?? (rule.soft ? 'soft' : rule.hint), rule.id).toBeDefined();
			});

			it('has plain words for every shared jargon term', () => {
				for (const term of sharedJargon) expect(pack.plainJargon[term.id], term.id).toBeTruthy();
			});

			it('suggests rewrites that are not flagged themselves', () => {
				const rewrites = pack.phrases
					.flatMap(rule => [rule.rewrite, rule.lead])
					.filter((text): text is string => text !== undefined);
				for (const rewrite of rewrites) expect(only('negativePhrase', check(locale, rewrite)), rewrite).toEqual([]);
			});
		});
	}
});
