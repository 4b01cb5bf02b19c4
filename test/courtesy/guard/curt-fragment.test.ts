// E29: a whole reply of a word or two with nothing courteous in it is a curt fragment, in all six languages.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, fixed, guardConfig, only, without} from './guard-fixtures.js';

const curt = (locale: GuardLocale, text: string) => only('curtFragment', check(locale, text, {name: 'Sarah Lee'}));

describe('curt fragments (E29)', () => {
	const withRewrite: [GuardLocale, string, string][] = [
		['en', 'Done.', "That's done for you now."],
		['en', 'sent', "I've sent it to you now."],
		['nb', 'Ordnet.', 'Det er ordnet nå.'],
		['sv', 'Fixat!', 'Det är fixat nu.'],
		['fi', 'Lähetetty.', 'Lähetin sen sinulle nyt.'],
		['hu', 'Elintézve.', 'Ez most már el van intézve.'],
		['zh', '已发。', '已经给您发过去了。'],
	];
	for (const [locale, text, rewrite] of withRewrite)
		it(`flags ${locale} "${text}" and offers a whole sentence on Tab`, () => {
			const [finding] = curt(locale, text);
			expect(finding).toMatchObject({rule: 'E29', check: 'curtFragment', excerpt: text});
			expect(fixed(locale, text, 'curtFragment')).toBe(rewrite);
		});

	const withExample: [GuardLocale, string][] = [
		['en', 'Order number?'],
		['nb', 'Ordrenummer?'],
		['sv', 'Ordernummer?'],
		['fi', 'Tilausnumero?'],
		['hu', 'Rendelésszám?'],
		['zh', '订单号？'],
	];
	for (const [locale, text] of withExample)
		it(`flags ${locale} "${text}" with an example when no rewrite fits`, () => {
			const [finding] = curt(locale, text);
			expect(finding?.suggestion).toBeUndefined();
			expect(finding?.message).toMatch(/^Curt reply \(E29\): .* whole, friendly sentence/u);
		});

	const ordinary: [GuardLocale, string][] = [
		['en', 'Thanks, Sarah!'],
		['en', 'Of course!'],
		['en', 'Yes.'],
		['en', "It's sent."],
		['en', 'Hi Sarah!'],
		['nb', 'Takk, Sarah!'],
		['nb', 'Ja, gjerne.'],
		['nb', 'Det stemmer.'],
		['sv', 'Tack, Sarah!'],
		['sv', 'Självklart!'],
		['fi', 'Kiitos, Sarah!'],
		['fi', 'Totta kai.'],
		['hu', 'Köszönöm, Sarah!'],
		['hu', 'Természetesen.'],
		['zh', '好的，谢谢您！'],
		['zh', '不客气～'],
		// Well-wishes and glad exclamations are courteous however short.
		['en', 'Safe travels!'],
		['nb', 'God helg!'],
		['sv', 'Trevlig helg!'],
		['fi', 'Hyvää joulua!'],
		['hu', 'Kellemes ünnepeket!'],
		['zh', '太棒了！'],
	];
	for (const [locale, text] of ordinary)
		it(`leaves an ordinary short reply alone: ${locale} "${text}"`, () => {
			expect(curt(locale, text)).toEqual([]);
		});

	it('never judges a fragment inside a longer message', () => {
		expect(curt('en', "Done! I've refunded the order and you'll see it within five days.")).toEqual([]);
		expect(curt('zh', '已发。物流单号稍后会发到您的邮箱，请注意查收。')).toEqual([]);
	});

	it('leaves a pasted link, e-mail address or tracking code alone', () => {
		expect(curt('en', 'https://acme.example/returns')).toEqual([]);
		expect(curt('en', 'JD014600003SE')).toEqual([]);
		expect(curt('en', 'help@acme.example')).toEqual([]);
	});

	it('leaves a bare "No." to the bare-no check (E6), which says more', () => {
		const findings = check('en', 'No.');
		expect(only('bareNo', findings)).toHaveLength(1);
		expect(only('curtFragment', findings)).toEqual([]);
	});

	it('is tunable: maxWords and the switch', () => {
		const three = guardConfig({checks: {curtFragment: {maxWords: 3}}});
		expect(only('curtFragment', check('en', 'Checked, all fine.'))).toEqual([]);
		expect(only('curtFragment', check('en', 'Checked, all fine.', {config: three}))).toHaveLength(1);
		expect(only('curtFragment', check('en', 'Done.', {config: without('curtFragment')}))).toEqual([]);
	});
});
