// E11 after a failed transfer: the e-mail request goes into the composer (never sent), or /followup is suggested when an address is known.
import {describe, expect, it} from 'vitest';
import {transferFailedEffects} from '../../../source/commands/index.js';
import {chatWith, contextFor, msg, alertsOf, sendsOf, wordingIndex} from './automatic-fixtures.js';

const back = (customer: Parameters<typeof chatWith>[2] = {}, status: 'active' | 'ended' = 'active') =>
	chatWith([msg('c1', 1, 'customer', {text: 'I need a refund'})], {status}, {email: null, ...customer});
const insertsOf = (effects: ReturnType<typeof transferFailedEffects>) =>
	effects.flatMap(effect => (effect.type === 'insert' ? [effect] : []));

describe('transferFailedEffects', () => {
	it('E11: tells the customer at once, naming who could not take the chat; the e-mail request goes in the composer, unsent', () => {
		const effects = transferFailedEffects(contextFor(back()), 'Billing');
		const [told] = sendsOf(effects);
		expect(sendsOf(effects)).toHaveLength(1);
		expect(told).toMatchObject({notice: 'transfer-failed', visibility: 'public', auto: true});
		expect(told!.text).toContain('Billing');
		expect(effects[0]).toBe(told);
		const [insert] = insertsOf(effects);
		expect(insert!.marks).toEqual([]);
		expect(wordingIndex(insert!.text, 'en', 'email-request', {'customer.name': 'Sarah Jones'})).toBeGreaterThanOrEqual(
			0,
		);
		expect(alertsOf(effects)).toEqual([
			expect.stringMatching(/^E11: the transfer did not go through\. An e-mail request is in the composer/),
		]);
	});

	it.each(['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const)(
		"E11: the failure notice and the e-mail request are in the customer's language (%s)",
		locale => {
			const effects = transferFailedEffects(contextFor(back({locale})), 'Billing');
			const [told] = sendsOf(effects);
			expect(
				wordingIndex(told!.text, locale, 'transfer-failed', {target: 'Billing', 'customer.name': 'Sarah Jones'}),
			).toBeGreaterThanOrEqual(0);
			const [insert] = insertsOf(effects);
			expect(
				wordingIndex(insert!.text, locale, 'email-request', {'customer.name': 'Sarah Jones'}),
			).toBeGreaterThanOrEqual(0);
		},
	);

	it("E11: a department is named in the customer's language when the server has that name", () => {
		const departments = new Map([
			[
				'billing',
				{id: 'billing', name: 'Billing', names: {nb: 'Fakturaavdelingen'}, agents_online: 0, accepting: false},
			],
		]);
		const [told] = sendsOf(transferFailedEffects(contextFor(back({locale: 'nb'}), {departments}), 'Billing'));
		expect(told!.text).toContain('Fakturaavdelingen');
	});

	it('E11: without a target name, a wording that names nobody', () => {
		const [insert] = insertsOf(transferFailedEffects(contextFor(back({locale: 'sv'})), null));
		expect(wordingIndex(insert!.text, 'sv', 'email-request', {'customer.name': 'Sarah Jones'})).toBeGreaterThanOrEqual(
			0,
		);
		expect(insert!.text).not.toContain('{{');
	});

	it('E11, E20: with an e-mail known, only a line suggesting /followup; nothing inserted or sent', () => {
		const effects = transferFailedEffects(contextFor(back({email: 'sarah@example.com'})), 'Billing');
		expect(effects.map(effect => effect.type)).toEqual(['send', 'alert']);
		expect(alertsOf(effects)[0]).toContain('/followup');
		expect(alertsOf(effects)[0]).toContain('sarah@example.com');
	});

	it('switched off: the plain line for the agent, nothing in the composer', () => {
		const effects = transferFailedEffects(
			contextFor(back(), {config: {notices: {enabled: {'email-request': false}}}}),
			'Billing',
		);
		expect(effects.filter(effect => effect.type !== 'send')).toEqual([
			{
				type: 'alert',
				text: 'E11: the transfer did not go through: ask for an e-mail address, then /email ADDRESS and /followup.',
			},
		]);
	});

	it('nothing for an ended chat (the customer left), or without a chat', () => {
		expect(transferFailedEffects(contextFor(back({}, 'ended')), 'Billing')).toEqual([]);
		expect(transferFailedEffects(contextFor(null), 'Billing')).toEqual([]);
	});
});
