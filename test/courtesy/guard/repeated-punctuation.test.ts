// E5: one exclamation or question mark is enough; "..." is fine.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, fixed, only, without} from './guard-fixtures.js';

/** [locale, message, flagged marks, message after Tab] */
const flagged: [GuardLocale, string, string[], string][] = [
	['en', 'Thanks!!', ['!!'], 'Thanks!'],
	['en', 'Really???', ['???'], 'Really?'],
	['en', 'You did what?!?!', ['?!?!'], 'You did what?'],
	['nb', 'Tusen takk!!!', ['!!!'], 'Tusen takk!'],
	['sv', 'Har du fått paketet??', ['??'], 'Har du fått paketet?'],
	['fi', 'Kiitos paljon!!', ['!!'], 'Kiitos paljon!'],
	['hu', 'Megkapta a csomagot??', ['??'], 'Megkapta a csomagot?'],
	['zh', '真的吗？？', ['？？'], '真的吗？'],
	['zh', '太好了！！', ['！！'], '太好了！'],
	['en', 'Done‼', ['‼'], 'Done!'],
];

const notFlagged: [GuardLocale, string][] = [
	['en', 'Thanks! Is that all?'],
	['en', 'Let me check...'],
	['en', 'You did what?!'],
	['nb', 'Et øyeblikk … jeg sjekker.'],
	['sv', 'Tack! Något mer?'],
	['fi', 'Kiitos! Voinko auttaa muussa?'],
	['hu', 'Köszönöm! Segíthetek még valamiben?'],
	['zh', '好的！还有其他问题吗？'],
];

describe('repeated punctuation (E5)', () => {
	it.each(flagged)('%s: flags %j', (locale, text, marks, after) => {
		const found = only('repeatedPunctuation', check(locale, text));
		expect(found.map(finding => finding.excerpt)).toEqual(marks);
		expect(found[0]).toMatchObject({rule: 'E5', severity: 'warn'});
		expect(fixed(locale, text, 'repeatedPunctuation')).toBe(after);
	});

	it.each(notFlagged)('%s: does not flag %j', (locale, text) => {
		expect(only('repeatedPunctuation', check(locale, text))).toEqual([]);
	});

	it('flags each run', () => {
		expect(only('repeatedPunctuation', check('en', 'Wow!! Really??')).map(finding => finding.excerpt)).toEqual([
			'!!',
			'??',
		]);
	});

	it('can be switched off', () => {
		expect(only('repeatedPunctuation', check('en', 'Thanks!!', {config: without('repeatedPunctuation')}))).toEqual([]);
	});
});
