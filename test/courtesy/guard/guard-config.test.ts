// The guard's configuration: defaults, the validator's errors, and every switch.
import {describe, expect, it} from 'vitest';
import {checkIds, defaultGuardConfig, validateGuardConfig, type CheckId} from '../../../source/courtesy/guard/index.js';
import {check, guardConfig, only, without} from './guard-fixtures.js';

/** One message per check that the check flags with the defaults. */
const trigger: Record<CheckId, {text: string; name?: string}> = {
	negativePhrase: {text: "I don't know."},
	bareNo: {text: 'No.'},
	nameSpelling: {text: 'Hi Sarah.', name: 'Sara'},
	shouting: {text: 'PLEASE SEND THE RECEIPT'},
	repeatedPunctuation: {text: 'Thanks!!'},
	longMessage: {text: 'Thanks. '.repeat(80)},
	jargon: {text: 'We are within the SLA.'},
	emoji: {text: 'Thanks 🙂'},
	blame: {text: "Sorry, that's the courier's fault."},
	language: {text: 'Tack, jag kollar det nu.'},
	curtFragment: {text: 'Done.'},
};

describe('guard configuration', () => {
	it('has the documented defaults', () => {
		expect(defaultGuardConfig).toEqual({
			enabled: true,
			checks: {
				negativePhrase: {enabled: true},
				bareNo: {enabled: true},
				nameSpelling: {enabled: true},
				shouting: {enabled: true, minRun: 3, minLetters: 12, capsRatio: 0.6, acronyms: []},
				repeatedPunctuation: {enabled: true},
				longMessage: {enabled: true, maxLength: 500},
				jargon: {enabled: true, bundled: true, terms: []},
				emoji: {enabled: true, max: 2, mirror: 'any'},
				blame: {enabled: true},
				language: {enabled: true},
				curtFragment: {enabled: true, maxWords: 2},
			},
		});
		expect(Object.isFrozen(defaultGuardConfig.checks.emoji)).toBe(true);
	});

	it('fills in what is left out, and hands out copies', () => {
		const config = guardConfig({checks: {longMessage: {maxLength: 300}}});
		expect(config.checks.longMessage).toEqual({enabled: true, maxLength: 300});
		expect(config.checks.emoji).toEqual(defaultGuardConfig.checks.emoji);
		config.checks.shouting.acronyms.push('ACME');
		expect(defaultGuardConfig.checks.shouting.acronyms).toEqual([]);
		expect(guardConfig(undefined)).toEqual(defaultGuardConfig);
	});

	it('accepts true/false for the whole guard and for each check', () => {
		expect(guardConfig(false).enabled).toBe(false);
		expect(guardConfig({checks: {emoji: false}}).checks.emoji).toEqual({
			...defaultGuardConfig.checks.emoji,
			enabled: false,
		});
	});

	it('explains every bad value with its path', () => {
		const result = validateGuardConfig({
			enable: true,
			checks: {
				emojis: {},
				longMessage: {maxLength: 'long'},
				shouting: {capsRatio: 60, minRun: 1, acronyms: ['PDF', '']},
				emoji: {mirror: 'sometimes', max: -1, colour: 'red'},
				jargon: {terms: ['SLA', {term: ''}, {term: 'RMA', plain: 3}, 7]},
				bareNo: 'yes',
				curtFragment: {maxWords: 0},
			},
		});
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors).toEqual([
			'guard.enable: unknown option (known: enabled, checks)',
			'guard.checks.emojis: unknown option (known: negativePhrase, bareNo, nameSpelling, shouting, repeatedPunctuation, longMessage, jargon, emoji, blame, language, curtFragment)',
			'guard.checks.longMessage.maxLength: expected a whole number from 1 to 100000, got "long"',
			'guard.checks.shouting.capsRatio: expected a fraction above 0 and at most 1 (0.6 = 60%), got 60',
			'guard.checks.shouting.minRun: expected a whole number from 2 to 50, got 1',
			'guard.checks.shouting.acronyms[1]: expected a non-empty word, got ""',
			'guard.checks.emoji.mirror: expected one of "same", "any", "off", got "sometimes"',
			'guard.checks.emoji.max: expected a whole number from 0 to 100, got -1',
			'guard.checks.emoji.colour: unknown option (known: enabled, max, mirror)',
			'guard.checks.jargon.terms[1].term: expected a non-empty term, got ""',
			'guard.checks.jargon.terms[2].plain: expected the plain words to say instead, got 3',
			'guard.checks.jargon.terms[3]: expected a term ("SLA") or {term, plain}, got 7',
			'guard.checks.bareNo: expected true, false or an object of options, got "yes"',
			'guard.checks.curtFragment.maxWords: expected a whole number from 1 to 10, got 0',
		]);
	});

	it('names every problem under the path it is given', () => {
		expect(validateGuardConfig({checks: {emoji: {max: 'two'}}}, 'courtesy.guard')).toEqual({
			ok: false,
			errors: ['courtesy.guard.checks.emoji.max: expected a whole number from 0 to 100, got "two"'],
		});
		expect(validateGuardConfig('on')).toEqual({
			ok: false,
			errors: ['guard: expected true, false or an object of options, got "on"'],
		});
	});

	describe('switches', () => {
		it.each(checkIds)('%s flags its example with the defaults, and nothing once switched off', id => {
			const {text, name} = trigger[id];
			expect(only(id, check('en', text, {name}))).not.toEqual([]);
			expect(only(id, check('en', text, {name, config: without(id)}))).toEqual([]);
		});

		it('switches every check off at once (--no-guard)', () => {
			const off = guardConfig({enabled: false});
			for (const id of checkIds) {
				const {text, name} = trigger[id];
				expect(check('en', text, {name, config: off}), id).toEqual([]);
			}
		});
	});
});
