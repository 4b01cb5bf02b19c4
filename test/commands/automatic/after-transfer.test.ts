// E11 after a failed transfer: the e-mail request goes into the composer (never sent), or /followup is suggested when an address is known.
import {describe, expect, it} from 'vitest';
import {transferFailedEffects} from '../../../source/commands/index.js';
import {chatWith, contextFor, msg, noticesOf, sendsOf, wordingIndex} from './automatic-fixtures.js';

const back = (customer: Parameters<typeof chatWith>[2] = {}, status: 'active' | 'ended' = 'active') =>
	chatWith([msg('c1', 1, 'customer', {text: 'I need a refund'})], {status}, {email: null, ...customer});
const insertsOf = (effects: ReturnType<typeof transferFailedEffects>) =>
	effects.flatMap(effect => (effect.type === 'insert' ? [effect] : []));

describe('transferFailedEffects', () => {
	it('E11: with no e-mail known, puts the e-mail request in the composer, naming who could not take the chat; nothing is sent', () => {
		const effects = transferFailedEffects(contextFor(back()), 'Billing');
		expect(sendsOf(effects)).toEqual([]);
		const [insert] = insertsOf(effects);
		expect(insert!.marks).toEqual([]);
		expect(insert!.text).toContain('Billing');
		expect(
			wordingIndex(insert!.text, 'en', 'email-request', {target: 'Billing', 'customer.name': 'Sarah Jones'}),
		).toBeGreaterThanOrEqual(0);
		expect(noticesOf(effects)).toEqual([
			expect.stringMatching(/^E11: the transfer did not go through\. An e-mail request is in the composer/),
		]);
	});

	it.each(['nb', 'fi', 'zh'] as const)("E11: the e-mail request is in the customer's language (%s)", locale => {
		const [insert] = insertsOf(transferFailedEffects(contextFor(back({locale})), 'Billing'));
		expect(
			wordingIndex(insert!.text, locale, 'email-request', {target: 'Billing', 'customer.name': 'Sarah Jones'}),
		).toBeGreaterThanOrEqual(0);
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
		expect(effects).toEqual([{type: 'notice', text: expect.stringContaining('/followup')}]);
		expect(noticesOf(effects)[0]).toContain('sarah@example.com');
	});

	it('switched off: the plain line for the agent, nothing in the composer', () => {
		const effects = transferFailedEffects(
			contextFor(back(), {config: {notices: {enabled: {'email-request': false}}}}),
			'Billing',
		);
		expect(effects).toEqual([
			{
				type: 'notice',
				text: 'E11: the transfer did not go through: ask for an e-mail address, then /email ADDRESS and /followup.',
			},
		]);
	});

	it('nothing for an ended chat (the customer left), or without a chat', () => {
		expect(transferFailedEffects(contextFor(back({}, 'ended')), 'Billing')).toEqual([]);
		expect(transferFailedEffects(contextFor(null), 'Billing')).toEqual([]);
	});
});
