// A 10,000-message chat: appending copies nothing and reads a bounded number of slots, so a busy chat stays cheap.
import {describe, expect, it} from 'vitest';
import type {DeskChat, DeskState} from '../../source/core/desk-state.js';
import {indexOfN, logSize, messageAt, type MessageLog} from '../../source/core/message-log.js';
import {reduceDesk} from '../../source/core/reducer.js';
import {selectChatRow, selectConversation} from '../../source/core/selectors.js';
import {chat, created, desk, msg} from '../helpers/fixtures.js';

const COUNT = 10_000;

function bigDesk(): DeskState {
	let state = desk([chat('big'), chat('quiet')]);
	for (let n = 1; n <= COUNT; n++) state = reduceDesk(state, created(msg('big', n, n % 10 === 0 ? 'me' : 'customer')));
	return state;
}

/** The same desk, with the big chat's buffer behind a proxy that counts the message slots read. */
function countingReads(state: DeskState): {state: DeskState; reads: () => number} {
	const big = state.chats.get('big')!;
	let reads = 0;
	const buffer = new Proxy(big.messages.buffer as object[], {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
			return Reflect.get(target, key, receiver);
		},
	});
	const messages: MessageLog = {...big.messages, buffer: buffer as MessageLog['buffer']};
	const chats = new Map(state.chats).set('big', {...big, messages} satisfies DeskChat);
	return {state: {...state, chats}, reads: () => reads};
}

describe('a chat with 10,000 messages', () => {
	it('appends every message into one buffer that is never copied', () => {
		let state = desk([chat('big'), chat('quiet')]);
		const buffers = new Set<unknown>();
		const quiet = state.chats.get('quiet');
		for (let n = 1; n <= COUNT; n++) {
			state = reduceDesk(state, created(msg('big', n)));
			buffers.add(state.chats.get('big')!.messages.buffer);
		}
		// One buffer for all 10,000 versions of the log: no message list was copied per message.
		expect(buffers.size).toBe(1);
		expect(state.chats.get('quiet')).toBe(quiet);
		const log = state.chats.get('big')!.messages;
		expect(logSize(log)).toBe(COUNT);
		expect(messageAt(log, COUNT - 1)?.n).toBe(COUNT);
		expect(indexOfN(log, 5_000)).toBe(4_999);
		expect(state.chats.get('big')!.unread).toBe(COUNT);
	});

	it('one more message, its unread count, E1 wait, row and conversation read only a few slots', () => {
		const {state, reads} = countingReads(bigDesk());
		const next = reduceDesk(state, created(msg('big', COUNT + 1)));
		selectChatRow(next, 'big');
		selectConversation(next, 'big');
		expect(logSize(next.chats.get('big')!.messages)).toBe(COUNT + 1);
		expect(next.chats.get('big')!.unread).toBe(1);
		// Constant work here; anything O(log n) would still stay under 2·log2(10,000) ≈ 28, O(n) would be 10,000.
		expect(reads()).toBeLessThan(28);
	});

	it('a duplicate of an old message is found without a scan', () => {
		const {state, reads} = countingReads(bigDesk());
		expect(reduceDesk(state, created(msg('big', 1234)))).toBe(state);
		expect(reads()).toBeLessThan(28);
	});

	it('an older history page goes in front: no copy of what is held, the hundredth page as cheap as the first', () => {
		let state = desk([chat('big')]);
		const page = (last: number) => Array.from({length: 100}, (_, index) => msg('big', last - 99 + index));
		state = reduceDesk(state, {type: 'history.loaded', chat_id: 'big', messages: page(COUNT), has_more: true, at: 0});
		const first = state.chats.get('big')!.messages;
		const arrays = new Set<unknown>();
		for (let pageIndex = 1; pageIndex < 100; pageIndex++) {
			state = reduceDesk(state, {
				type: 'history.loaded',
				chat_id: 'big',
				messages: page(COUNT - pageIndex * 100),
				has_more: pageIndex < 99,
				at: 0,
			});
			const log = state.chats.get('big')!.messages;
			arrays.add(log.buffer).add(log.front);
		}
		const after = state.chats.get('big')!.messages;
		// The same two arrays all the way back: each page added its own 100 messages and copied nothing.
		expect(arrays.size).toBe(2);
		expect(after.buffer).toBe(first.buffer);
		expect(logSize(after)).toBe(COUNT);
		expect(logSize(first)).toBe(100);
		expect(messageAt(first, 0)?.n).toBe(COUNT - 99);
		expect(messageAt(after, 0)?.n).toBe(1);
		expect(messageAt(after, COUNT - 1)?.n).toBe(COUNT);
		expect(indexOfN(after, 4_321)).toBe(4_320);
		// Appending after paging back still extends the same buffer.
		const next = reduceDesk(state, created(msg('big', COUNT + 1)));
		expect(next.chats.get('big')!.messages.buffer).toBe(first.buffer);
		expect(messageAt(next.chats.get('big')!.messages, COUNT)?.n).toBe(COUNT + 1);
	});
});
