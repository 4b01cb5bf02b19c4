// Messages on the desk: one copy each whatever way they come, pending and failed sends, unread, typing (E23).
import {describe, expect, it} from 'vitest';
import {logToArray} from '../../source/core/message-log.js';
import {reduceDesk} from '../../source/core/reducer.js';
import type {DeskState} from '../../source/core/desk-state.js';
import {T0, chat, created, desk, evt, msg, pending, reduceAll, started} from '../helpers/fixtures.js';

const ids = (state: DeskState, chatId: string) =>
	logToArray(state.chats.get(chatId)!.messages).map(message => message.id);
const failure = {code: 'conflict', message: 'the chat has ended', retryable: false} as const;

describe('one message, however it arrives', () => {
	it('history, message.created and outbox.sent of the same message give one message', () => {
		const mine = msg('c1', 2, 'me', {client_msg_id: 'x1'});
		const state = reduceAll(desk([chat('c1')]), [
			{type: 'outbox.queued', message: pending('c1', 'x1'), at: T0},
			{type: 'history.loaded', chat_id: 'c1', messages: [msg('c1', 1), mine], has_more: false, at: T0},
			created(mine),
			{type: 'outbox.sent', client_msg_id: 'x1', message: mine, at: T0},
			created(mine),
		]);
		expect(ids(state, 'c1')).toEqual(['c1-m1', 'c1-m2']);
		expect(state.chats.get('c1')!.pending).toEqual([]);
		expect(state.outbox.size).toBe(0);
	});

	it('keeps messages in order of n when they arrive out of order', () => {
		const state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 3)),
			created(msg('c1', 1)),
			{type: 'history.loaded', chat_id: 'c1', messages: [msg('c1', 2)], has_more: false, at: T0},
		]);
		expect(ids(state, 'c1')).toEqual(['c1-m1', 'c1-m2', 'c1-m3']);
	});

	it('a duplicate message leaves the state identical', () => {
		const state = reduceDesk(desk([chat('c1')]), created(msg('c1', 1)));
		expect(reduceDesk(state, created(msg('c1', 1)))).toBe(state);
	});
});

describe('outbox', () => {
	it('shows a queued send as pending until the server confirms it, in either order', () => {
		let state = reduceDesk(desk([chat('c1')]), {type: 'outbox.queued', message: pending('c1', 'x1', 'Hello'), at: T0});
		expect(state.chats.get('c1')!.pending.map(message => message.text)).toEqual(['Hello']);
		expect(state.outbox.size).toBe(1);

		const stored = msg('c1', 1, 'me', {client_msg_id: 'x1', text: 'Hello'});
		// message.created first: the pending copy goes at once, the outbox count when the res comes.
		const eventFirst = reduceDesk(state, created(stored));
		expect(eventFirst.chats.get('c1')!.pending).toEqual([]);
		expect(eventFirst.outbox.size).toBe(1);
		expect(
			reduceDesk(eventFirst, {type: 'outbox.sent', client_msg_id: 'x1', message: stored, at: T0}).outbox.size,
		).toBe(0);

		state = reduceDesk(state, {type: 'outbox.sent', client_msg_id: 'x1', message: stored, at: T0});
		expect(state.chats.get('c1')!.pending).toEqual([]);
		expect(ids(state, 'c1')).toEqual(['c1-m1']);
	});

	it('keeps a refused send with its text and the reason, until the agent dismisses it', () => {
		let state = reduceAll(desk([chat('c1')]), [
			{type: 'outbox.queued', message: pending('c1', 'x1', 'Your refund is on its way'), at: T0},
			{type: 'outbox.failed', client_msg_id: 'x1', error: failure, at: T0 + 2},
		]);
		const c1 = state.chats.get('c1')!;
		expect(c1.pending).toEqual([]);
		expect(c1.failed).toEqual([
			{...pending('c1', 'x1', 'Your refund is on its way'), error: failure, failed_at: T0 + 2},
		]);
		expect(state.outbox.size).toBe(0);
		state = reduceDesk(state, {type: 'failed.dismiss', chatId: 'c1', clientMsgId: 'x1'});
		expect(state.chats.get('c1')!.failed).toEqual([]);
	});

	it('a refused send for a chat no longer on the desk keeps its text in a notice', () => {
		const state = reduceAll(desk(), [
			{type: 'outbox.queued', message: pending('gone', 'x1', 'I will call you back'), at: T0},
			{type: 'outbox.failed', client_msg_id: 'x1', error: failure, at: T0},
		]);
		expect(state.alerts.at(-1)).toMatchObject({
			kind: 'send.failed',
			text: 'Not delivered to a customer (the chat has ended): "I will call you back"',
		});
	});

	it('a refused message saved by an earlier run is reported by the customer name it was saved with, never by chat id', () => {
		const saved = {...pending('chat-7f3k', 'x1', 'I will call you back'), customer: 'Sarah Jones'};
		const state = reduceAll(desk(), [
			{type: 'outbox.queued', message: saved, at: T0},
			{
				type: 'outbox.failed',
				client_msg_id: 'x1',
				error: {code: 'not_found', message: 'chat chat-7f3k does not exist', retryable: false},
				at: T0,
			},
		]);
		const text = state.alerts.at(-1)!.text;
		expect(text).toBe('Not delivered to Sarah Jones (the server no longer knows this chat): "I will call you back"');
		expect(text).not.toContain('chat-7f3k');
	});

	it("a refused message for a transcript's chat stays in the transcript and is reported by name and the start of its text", () => {
		let state = desk([chat('c1', {customer: {...chat('c1').customer, name: 'Ola Nordmann'}})]);
		const long = 'I have checked the warranty and the blender is covered, so we will send a new one today';
		state = reduceDesk(state, {type: 'outbox.queued', message: pending('c1', 'x1', long), at: T0});
		state = reduceDesk(state, started({chats: [], offers: []}, false, T0 + 1_000));
		state = reduceDesk(state, {
			type: 'outbox.failed',
			client_msg_id: 'x1',
			error: {code: 'not_found', message: 'chat c1 does not exist', retryable: false},
			at: T0 + 2_000,
		});
		expect(state.chats.get('c1')!.failed.map(failed => failed.text)).toEqual([long]);
		expect(state.alerts.at(-1)).toMatchObject({
			kind: 'send.failed',
			chatId: 'c1',
			text: 'Not delivered to Ola Nordmann (the server no longer knows this chat): "I have checked the warranty and the blender is covered, so…"',
		});
	});

	it('an unknown confirmation or refusal changes nothing', () => {
		const state = desk([chat('c1')]);
		expect(reduceDesk(state, {type: 'outbox.failed', client_msg_id: 'nope', error: failure, at: T0})).toBe(state);
	});
});

describe('unread and the unread divider', () => {
	it("counts the customer's and colleagues' messages in a chat not on screen, not system lines", () => {
		const state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 1)),
			created(msg('c1', 2, 'system')),
			created(msg('c1', 3, 'colleague', {visibility: 'internal'})),
		]);
		expect(state.chats.get('c1')).toMatchObject({unread: 2, dividerN: 1, readN: 0});
	});

	it('reads what arrives in the chat on screen, and opening a chat reads it but keeps the divider', () => {
		let state = reduceAll(desk([chat('c1'), chat('c2')]), [
			created(msg('c1', 1)),
			created(msg('c1', 2)),
			{type: 'focus.chat', chatId: 'c1'},
		]);
		expect(state.chats.get('c1')).toMatchObject({unread: 0, readN: 2, dividerN: 1});
		state = reduceDesk(state, created(msg('c1', 3)));
		expect(state.chats.get('c1')).toMatchObject({unread: 0, readN: 3, dividerN: 1});
		// Leaving the chat drops the divider; the next unread message starts a new one.
		state = reduceAll(state, [{type: 'focus.chat', chatId: 'c2'}, created(msg('c1', 4))]);
		expect(state.chats.get('c1')).toMatchObject({unread: 1, dividerN: 4});
	});

	it('messages below a conversation scrolled back are not read until the agent scrolls down', () => {
		let state = reduceAll(desk([chat('c1')]), [
			{type: 'focus.chat', chatId: 'c1'},
			{type: 'scroll.to', anchor: {n: 0, linesBelow: 0}},
			created(msg('c1', 1)),
		]);
		expect(state.chats.get('c1')!.unread).toBe(1);
		state = reduceDesk(state, {type: 'scroll.bottom'});
		expect(state.chats.get('c1')).toMatchObject({unread: 0, readN: 1});
	});

	it('a reply of mine marks what came before as read', () => {
		const state = reduceAll(desk([chat('c1')]), [created(msg('c1', 1)), created(msg('c1', 2, 'me'))]);
		expect(state.chats.get('c1')).toMatchObject({unread: 0, readN: 2, dividerN: null});
	});

	it('after a history page, only what follows my last reply is unread', () => {
		const page = [msg('c1', 1), msg('c1', 2, 'me'), msg('c1', 3), msg('c1', 4, 'system'), msg('c1', 5)];
		const state = reduceDesk(desk([chat('c1')]), {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: page,
			has_more: false,
			at: T0,
		});
		expect(state.chats.get('c1')).toMatchObject({unread: 2, readN: 2, dividerN: 3, historyLoaded: true});
	});

	it('chat.read marks everything read', () => {
		const state = reduceAll(desk([chat('c1')]), [created(msg('c1', 1)), {type: 'chat.read', chatId: 'c1'}]);
		expect(state.chats.get('c1')).toMatchObject({unread: 0, readN: 1});
	});
});

describe('history.loaded', () => {
	it('knows whether older messages remain on the server', () => {
		const latest = [5, 6, 7].map(n => msg('c1', n));
		let state = reduceDesk(desk([chat('c1')]), {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: latest,
			has_more: true,
			at: T0,
		});
		expect(state.chats.get('c1')!.hasOlder).toBe(true);
		state = reduceDesk(state, {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [1, 2, 3, 4].map(n => msg('c1', n)),
			has_more: false,
			at: T0,
		});
		expect(state.chats.get('c1')!.hasOlder).toBe(false);
		expect(ids(state, 'c1')).toHaveLength(7);
	});

	it('a page with nothing new keeps the state', () => {
		const state = reduceDesk(desk([chat('c1')]), {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [msg('c1', 1)],
			has_more: false,
			at: T0,
		});
		expect(
			reduceDesk(state, {type: 'history.loaded', chat_id: 'c1', messages: [msg('c1', 1)], has_more: false, at: T0 + 1}),
		).toBe(state);
	});
});

describe('the customer typing (E23)', () => {
	it('shows typing and the sneak peek, and clears them when the draft is cleared, typing stops or the message comes', () => {
		let state = reduceAll(desk([chat('c1')]), [
			evt('typing', {chat_id: 'c1', typing: true}, T0),
			evt('sneak_peek', {chat_id: 'c1', text: "the blades don't tu"}, T0 + 500),
		]);
		expect(state.typing.get('c1')).toEqual({typing: true, peek: "the blades don't tu", at: T0 + 500});
		expect(reduceDesk(state, evt('sneak_peek', {chat_id: 'c1', text: ''}, T0 + 600)).typing.get('c1')).toEqual({
			typing: true,
			peek: null,
			at: T0 + 600,
		});
		expect(reduceDesk(state, evt('typing', {chat_id: 'c1', typing: false})).typing.has('c1')).toBe(false);
		state = reduceDesk(state, created(msg('c1', 1)));
		expect(state.typing.has('c1')).toBe(false);
	});

	it("my own message does not end the customer's typing", () => {
		const state = reduceAll(desk([chat('c1')]), [
			evt('typing', {chat_id: 'c1', typing: true}),
			created(msg('c1', 1, 'me')),
		]);
		expect(state.typing.has('c1')).toBe(true);
	});
});
