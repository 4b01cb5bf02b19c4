// E5: a draft written in another of the six languages than the customer's is flagged; mixed-in words are not.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, only, without} from './guard-fixtures.js';

const foreign: [chat: GuardLocale, text: string, reads: string][] = [
	['hu', 'Tack för att du väntade, jag kollar det nu.', 'Swedish'],
	['sv', 'Takk for at du ventet, jeg sjekker det nå.', 'Norwegian'],
	['nb', 'Tack för att du väntade, jag kollar det nu.', 'Swedish'],
	['en', 'Kiitos odotuksesta, tarkistan asian heti.', 'Finnish'],
	['fi', 'Köszönöm a türelmét, máris megnézem.', 'Hungarian'],
	['zh', 'Thank you for waiting, I will check it now.', 'English'],
	['en', '感谢您的耐心等待，我马上帮您查看。', 'Chinese'],
];

const own: [chat: GuardLocale, text: string][] = [
	['nb', 'Takk! Du finner det under «Settings» i appen.'],
	['sv', 'Det är bara att klicka på "Forgot password" så får du en länk.'],
	['fi', 'Toki, autan mielelläni!'],
	['hu', 'Köszönöm, a „Thank you” oldalon látja a rendelést.'],
	['zh', '您好，我是Acme的客服Alex。'],
	['en', 'Hej! Thanks for getting in touch.'],
	['en', 'OK 👍'],
];

describe('a draft in another language (E5)', () => {
	for (const [chat, text, reads] of foreign)
		it(`flags ${reads} in a ${chat} chat`, () => {
			const found = only('language', check(chat, text));
			expect(found).toHaveLength(1);
			expect(found[0]).toMatchObject({rule: 'E5', span: {start: 0, end: text.length}});
			expect(found[0]!.message).toContain(`reads as ${reads}`);
		});

	for (const [chat, text] of own)
		it(`leaves ${JSON.stringify(text)} alone in a ${chat} chat`, () => {
			expect(only('language', check(chat, text))).toEqual([]);
		});

	it('does not count the customer quoted in their own language', () => {
		expect(only('language', check('en', 'You wrote "jag vet inte vilket abonnemang jag har": let me look.'))).toEqual(
			[],
		);
	});

	it('can be switched off', () => {
		expect(only('language', check('hu', 'Tack för att du väntade.', {config: without('language')}))).toEqual([]);
	});
});
