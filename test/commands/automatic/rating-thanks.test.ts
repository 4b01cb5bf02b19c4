// E19: a rating that arrives while the chat is open is thanked; a 1 of 3 gets an apology instead (E13).
import {describe, expect, it} from 'vitest';
import {ratingThanksEffects, type SendEffect} from '../../../source/commands/index.js';
import {chatWith, contextFor, msg, wordingIndex} from './automatic-fixtures.js';

const open = (locale = 'en', status: 'active' | 'on_hold' | 'ended' | 'transferring' = 'active') =>
	chatWith([msg('c1', 1, 'customer')], {status}, {locale});
const thanksFor = (score: number, locale = 'en') =>
	ratingThanksEffects(contextFor(open(locale)), score)[0] as SendEffect;

describe('ratingThanksEffects', () => {
	it('E13, E19: a 1 gets the apology wording, never "glad we could help"', () => {
		const thanks = thanksFor(1);
		expect(thanks).toMatchObject({
			type: 'send',
			chatId: 'c1',
			notice: 'rating-thanks',
			auto: true,
			visibility: 'public',
		});
		expect(wordingIndex(thanks.text, 'en', 'rating-thanks-low')).toBeGreaterThanOrEqual(0);
		expect(wordingIndex(thanks.text, 'en', 'rating-thanks')).toBe(-1);
		expect(thanks.text).toMatch(/sorry/i);
	});

	it.each([2, 3])('E19: a %i gets the thanks', score => {
		const thanks = thanksFor(score);
		expect(wordingIndex(thanks.text, 'en', 'rating-thanks')).toBeGreaterThanOrEqual(0);
		expect(wordingIndex(thanks.text, 'en', 'rating-thanks-low')).toBe(-1);
	});

	it("E13, E19: in the customer's language (zh apology, nb thanks)", () => {
		expect(wordingIndex(thanksFor(1, 'zh').text, 'zh', 'rating-thanks-low')).toBeGreaterThanOrEqual(0);
		expect(wordingIndex(thanksFor(3, 'nb').text, 'nb', 'rating-thanks')).toBeGreaterThanOrEqual(0);
	});

	it('a chat on hold is still open: thanked', () => {
		expect(ratingThanksEffects(contextFor(open('en', 'on_hold')), 3)).toHaveLength(1);
	});

	it('an ended chat (the server takes no more messages) or one being transferred: nothing', () => {
		expect(ratingThanksEffects(contextFor(open('en', 'ended')), 3)).toEqual([]);
		expect(ratingThanksEffects(contextFor(open('en', 'ended')), 1)).toEqual([]);
		expect(ratingThanksEffects(contextFor(open('en', 'transferring')), 3)).toEqual([]);
		expect(ratingThanksEffects(contextFor(null), 3)).toEqual([]);
	});

	it('switched off: a line for the agent, nothing sent', () => {
		const effects = ratingThanksEffects(
			contextFor(open(), {config: {notices: {enabled: {'rating-thanks': false}}}}),
			3,
		);
		expect(effects).toEqual([{type: 'alert', text: expect.stringContaining('rating-thanks notices are switched off')}]);
	});
});
