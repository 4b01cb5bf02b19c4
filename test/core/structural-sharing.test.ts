// The UI re-renders only what changed: an action touches only its slice, and a no-op returns the same state.
import {describe, expect, it} from 'vitest';
import type {DeskInput} from '../../source/core/intents.js';
import {reduceDesk} from '../../source/core/reducer.js';
import {T0, chat, created, desk, evt, msg, pending} from '../helpers/fixtures.js';

describe('structural sharing', () => {
	const base = () => desk([chat('a'), chat('b')]);

	it('a message for chat A leaves chat B and the unrelated slices identical', () => {
		const state = base();
		const next = reduceDesk(state, created(msg('a', 1)));
		expect(next.chats.get('a')).not.toBe(state.chats.get('a'));
		expect(next.chats.get('b')).toBe(state.chats.get('b'));
		expect(next.offers).toBe(state.offers);
		expect(next.order).toBe(state.order);
		expect(next.view).toBe(state.view);
		expect(next.alerts).toBe(state.alerts);
		expect(next.outbox).toBe(state.outbox);
		expect(next.typing).toBe(state.typing);
	});

	it('every kind of chat event for A leaves B identical', () => {
		const actions: DeskInput[] = [
			evt('chat.updated', {chat: chat('a', {status: 'on_hold'})}),
			evt('customer.updated', {chat_id: 'a', customer: {...chat('a').customer, name: 'Sara'}}),
			evt('rating.received', {chat_id: 'a', score: 3, comment: null}),
			evt('chat.ended', {chat_id: 'a', by: 'customer', chat: chat('a', {status: 'ended'})}),
			evt('chat.transferred', {chat_id: 'a', to: {type: 'agent', id: 'kari', name: 'Kari'}}),
			evt('typing', {chat_id: 'a', typing: true}),
			{type: 'history.loaded', chat_id: 'a', messages: [msg('a', 1)], has_more: false, at: T0},
			{type: 'outbox.queued', message: pending('a', 'x1'), at: T0},
		];
		const state = base();
		for (const action of actions) {
			const next = reduceDesk(state, action);
			expect(next, action.type).not.toBe(state);
			expect(next.chats.get('b'), action.type).toBe(state.chats.get('b'));
		}
	});

	it('typing and sneak peeks touch only the typing slice, not the chat (its list row stays still)', () => {
		const state = base();
		const next = reduceDesk(state, evt('sneak_peek', {chat_id: 'a', text: 'hel'}));
		expect(next.chats).toBe(state.chats);
		expect(next.typing).not.toBe(state.typing);
	});

	it('scrolling and pane changes touch only the view', () => {
		const state = reduceDesk(base(), {type: 'focus.chat', chatId: 'a'});
		const next = reduceDesk(state, {type: 'scroll.to', anchor: {n: 1, linesBelow: 0}});
		expect(next.chats).toBe(state.chats);
		expect(next.view).not.toBe(state.view);
	});

	it('actions that change nothing return the very same state', () => {
		const state = reduceDesk(base(), created(msg('a', 1)));
		const noOps = [
			created(msg('a', 1)),
			evt('chat.updated', {chat: chat('a')}),
			evt('typing', {chat_id: 'a', typing: false}),
			evt('sneak_peek', {chat_id: 'a', text: ''}),
			{type: 'pane.close'} as const,
			{type: 'pane.next'} as const,
			{type: 'scroll.bottom'} as const,
			{type: 'details.close'} as const,
			{type: 'alerts.clear'} as const,
			{type: 'chat.read', chatId: 'b'} as const,
			{type: 'failed.dismiss', chatId: 'a', clientMsgId: 'x'} as const,
		];
		for (const action of noOps) expect(reduceDesk(state, action), action.type).toBe(state);
	});
});
