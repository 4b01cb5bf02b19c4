// /name, /email and /lang: customer.update with validated values; wrong use explains and sends nothing.
import {describe, expect, it} from 'vitest';
import {context, expectOnlyError, run} from './command-fixtures.js';

describe('/name', () => {
	it('updates the name as typed, on one line', () => {
		expect(run('/name Ola  Nordmann')).toEqual([
			{type: 'request', op: 'customer.update', payload: {chat_id: 'c1', name: 'Ola Nordmann'}},
		]);
		expect(run('/name "Ó Súilleabháin"')).toEqual([
			{type: 'request', op: 'customer.update', payload: {chat_id: 'c1', name: 'Ó Súilleabháin'}},
		]);
	});

	it('needs a name', () => {
		expect(expectOnlyError(run('/name'))).toBe("/name needs the customer's name as they spell it. Use: /name NAME");
		expect(expectOnlyError(run(`/name ${'x'.repeat(201)}`))).toMatch(/at most 200/);
	});
});

describe('/email', () => {
	it('records a valid address', () => {
		expect(run('/email sarah.jones@example.co.uk')).toEqual([
			{type: 'request', op: 'customer.update', payload: {chat_id: 'c1', email: 'sarah.jones@example.co.uk'}},
		]);
	});

	it.each(['sarah', 'sarah@example', '@example.com', 'sarah@@example.com', 'sarah@example.com extra'])(
		'refuses "%s"',
		address => {
			expect(expectOnlyError(run(`/email ${address}`))).toMatch(/is not an e-mail address\. Use: \/email ADDRESS/);
		},
	);

	it('needs an address and a chat', () => {
		expect(expectOnlyError(run('/email'))).toMatch(/needs the customer's address/);
		expect(expectOnlyError(run('/email a@b.no', context({chat: null})))).toMatch(/focus one/);
	});
});

describe('/lang', () => {
	it.each([
		['nb', 'nb'],
		['NB-no', 'nb-NO'],
		['zh-hans', 'zh-Hans'],
		['fi', 'fi'],
		['sv_SE', 'sv-SE'],
	])('sets %s as %s', (code, locale) => {
		expect(run(`/lang ${code}`)).toEqual([{type: 'request', op: 'customer.update', payload: {chat_id: 'c1', locale}}]);
	});

	it('accepts any BCP 47 tag, and says when notices fall back to English', () => {
		const effects = run('/lang de-AT');
		expect(effects[0]).toEqual({type: 'request', op: 'customer.update', payload: {chat_id: 'c1', locale: 'de-AT'}});
		expect(effects[1]).toEqual({
			type: 'alert',
			text: 'Notices have no de-AT wording: this customer gets them in English.',
		});
	});

	it.each(['', 'x', 'english please', '12', 'en-'])('refuses "%s"', code => {
		expect(expectOnlyError(run(`/lang ${code}`.trim()))).toMatch(/Use: \/lang CODE/);
	});
});
