// E10: the agent's reply to a chat on hold ends the hold: thanks first, then the reply, then chat.unhold.
import {describe, expect, it} from 'vitest';
import {replyEndingHold, type SendEffect} from '../../../source/commands/index.js';
import {chatWith, contextFor, msg, onHold, wordingIndex} from './automatic-fixtures.js';

const reply = (visibility: 'public' | 'internal' = 'public'): SendEffect => ({
	type: 'send',
	chatId: 'c1',
	text: 'The warranty covers it',
	visibility,
	auto: false,
	notice: null,
});

describe('replyEndingHold', () => {
	it('E10: on hold, the thanks for waiting, the reply, then chat.unhold, in that order', () => {
		const effects = replyEndingHold(contextFor(onHold()), reply());
		expect(effects.map(effect => effect.type)).toEqual(['send', 'send', 'request']);
		const [thanks, own, unhold] = effects;
		expect(thanks).toMatchObject({type: 'send', chatId: 'c1', notice: 'hold-end', auto: true, visibility: 'public'});
		expect(wordingIndex((thanks as SendEffect).text, 'en', 'hold-end')).toBeGreaterThanOrEqual(0);
		expect(own).toEqual(reply());
		expect(unhold).toEqual({type: 'request', op: 'chat.unhold', payload: {chat_id: 'c1'}});
	});

	it("E10: the thanks is in the customer's language (hu)", () => {
		const [thanks] = replyEndingHold(contextFor(onHold({}, {locale: 'hu'})), reply());
		expect(wordingIndex((thanks as SendEffect).text, 'hu', 'hold-end')).toBeGreaterThanOrEqual(0);
	});

	it('an active chat: just the reply', () => {
		expect(replyEndingHold(contextFor(chatWith([msg('c1', 1, 'customer')])), reply())).toEqual([reply()]);
	});

	it('an internal note does not end the hold: just the note', () => {
		expect(replyEndingHold(contextFor(onHold()), reply('internal'))).toEqual([reply('internal')]);
	});

	it('a server without the hold capability: just the reply', () => {
		expect(replyEndingHold(contextFor(onHold(), {capabilities: ['transfer', 'rating']}), reply())).toEqual([reply()]);
	});

	it('with the thanks switched off, the hold still ends: a line for the agent instead of the thanks', () => {
		const effects = replyEndingHold(contextFor(onHold(), {config: {notices: {enabled: {'hold-end': false}}}}), reply());
		expect(effects).toEqual([
			{type: 'alert', text: expect.stringContaining('hold-end notices are switched off')},
			reply(),
			{type: 'request', op: 'chat.unhold', payload: {chat_id: 'c1'}},
		]);
	});

	it('without a chat: just the reply', () => {
		expect(replyEndingHold(contextFor(null), reply())).toEqual([reply()]);
	});
});
