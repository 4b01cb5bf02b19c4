// Chat numbers (issue 9): a chat keeps its number while open; offers never take or shift one; freed numbers rest.
import {describe, expect, it} from 'vitest';
import {NUMBER_REST_MS, freeNumber} from '../../source/core/chat-numbers.js';
import {reduceDesk} from '../../source/core/reducer.js';
import {oldestOffer} from '../../source/core/selectors.js';
import {T0, chat, desk, evt, offer, reduceAll, started} from '../helpers/fixtures.js';

const numbersOf = (state: ReturnType<typeof desk>) => Object.fromEntries(state.numbers);
const transferred = (chatId: string, at: number) =>
	evt('chat.transferred', {chat_id: chatId, to: {type: 'agent', id: 'kari', name: 'Kari'}}, at);

describe('chat numbers', () => {
	it('numbers my chats from 1 and gives offers none', () => {
		const state = desk([chat('c1'), chat('c2')], [offer('o1')]);
		expect(numbersOf(state)).toEqual({c1: 1, c2: 2});
		expect(state.order).toEqual(['o1', 'c1', 'c2']);
	});

	it('offers arriving, being accepted and timing out never shift a number', () => {
		let state = desk([chat('c1'), chat('c2'), chat('c3')]);
		state = reduceAll(state, [
			evt('chat.offered', offer('o1'), T0 + 1_000),
			evt('chat.offered', offer('o2'), T0 + 2_000),
			evt('chat.offered', offer('o3'), T0 + 3_000),
		]);
		expect(numbersOf(state)).toEqual({c1: 1, c2: 2, c3: 3});
		state = reduceDesk(state, evt('chat.assigned', {chat: chat('o2')}, T0 + 4_000));
		state = reduceDesk(state, evt('offer.revoked', {chat_id: 'o1', reason: 'timeout'}, T0 + 5_000));
		expect(numbersOf(state)).toEqual({c1: 1, c2: 2, c3: 3, o2: 4});
		expect(state.order).toEqual(['o3', 'c1', 'c2', 'c3', 'o2']);
		// Alt+2 is still the same customer.
		expect(reduceDesk(state, {type: 'focus.number', number: 2}).view.panes).toEqual(['c2']);
		expect(reduceDesk(state, {type: 'focus.number', number: 4}).view.panes).toEqual(['o2']);
	});

	it("a chat leaving frees its number without moving anyone else's; the gap is filled by the next chat", () => {
		let state = desk([chat('c1'), chat('c2'), chat('c3')]);
		state = reduceDesk(state, evt('chat.ended', {chat_id: 'c2', by: 'customer', chat: chat('c2', {status: 'ended'})}));
		expect(numbersOf(state)).toEqual({c1: 1, c2: 2, c3: 3});
		// The agent closes the ended chat (Alt+X): number 2 is free at once, the agent knows that chat is gone.
		state = reduceDesk(state, {type: 'chat.close', chatId: 'c2'});
		expect(numbersOf(state)).toEqual({c1: 1, c3: 3});
		state = reduceDesk(state, evt('chat.assigned', {chat: chat('c4')}, T0 + 1_000));
		expect(numbersOf(state)).toEqual({c1: 1, c3: 3, c4: 2});
		expect(state.order).toEqual(['c1', 'c4', 'c3']);
	});

	it('a number the server took away rests before a new chat gets it', () => {
		let state = desk([chat('c1'), chat('c2'), chat('c3')]);
		state = reduceDesk(state, transferred('c2', T0 + 1_000));
		expect(numbersOf(state)).toEqual({c1: 1, c3: 3});
		// Alt+2 right after the transfer finds nothing, not a stranger.
		expect(reduceDesk(state, {type: 'focus.number', number: 2})).toBe(state);
		state = reduceDesk(state, evt('chat.assigned', {chat: chat('c4')}, T0 + 2_000));
		expect(state.numbers.get('c4')).toBe(4);
		state = reduceDesk(state, evt('chat.assigned', {chat: chat('c5')}, T0 + 1_000 + NUMBER_REST_MS));
		expect(state.numbers.get('c5')).toBe(2);
		expect(state.resting.size).toBe(0);
	});

	it('keeps numbers across a fresh login; a chat the server no longer has keeps its number as a transcript until closed', () => {
		let state = desk([chat('c1'), chat('c2'), chat('c3')]);
		state = reduceDesk(state, {type: 'chat.close', chatId: 'c1'}); // not ended: stays
		state = reduceDesk(state, started({chats: [chat('c3'), chat('c9'), chat('c1')]}, false, T0 + 10_000));
		expect(numbersOf(state)).toEqual({c1: 1, c2: 2, c3: 3, c9: 4});
		expect(state.order).toEqual(['c1', 'c2', 'c3', 'c9']);
		// Issue 9: the transcript is read-only (ended); closing it frees its number.
		state = reduceDesk(state, {type: 'chat.close', chatId: 'c2'});
		expect(numbersOf(state)).toEqual({c1: 1, c3: 3, c9: 4});
	});

	it('freeNumber: the lowest number neither taken nor resting', () => {
		const numbers = new Map([
			['a', 1],
			['b', 3],
		]);
		expect(freeNumber(numbers, new Map(), T0)).toBe(2);
		expect(freeNumber(numbers, new Map([[2, T0]]), T0 + 1)).toBe(4);
		expect(freeNumber(numbers, new Map([[2, T0]]), T0 + NUMBER_REST_MS)).toBe(2);
	});

	it('the oldest offer is the first to have arrived that is still an offer', () => {
		let state = desk([chat('c1')]);
		expect(oldestOffer(state)).toBeNull();
		state = reduceAll(state, [evt('chat.offered', offer('o1'), T0), evt('chat.offered', offer('o2'), T0 + 1)]);
		expect(oldestOffer(state)).toBe('o1');
		state = reduceDesk(state, evt('offer.revoked', {chat_id: 'o1', reason: 'timeout'}, T0 + 2));
		expect(oldestOffer(state)).toBe('o2');
	});
});
