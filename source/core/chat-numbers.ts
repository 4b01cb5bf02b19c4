// Chat numbers: each of my chats keeps the number it got for as long as it is open (as WeeChat and irssi buffers do).
//
// Alt+3 must mean the customer the agent saw as 3 a moment ago, so a number never moves: offers have none (they have
// their own section and keys), and a chat that leaves frees its number without shifting anyone else's. A new chat takes
// the lowest free number (irssi fills gaps the same way), so the numbers stay within Alt+1..9 on an ordinary shift.
import type {DeskState} from './desk-state.js';

/**
 * A number the server took away (a transfer, a chat gone after a reconnect) is not given to a new chat for this long:
 * an agent who pressed Alt+3 for the customer just transferred must not land in a stranger's chat a second later.
 */
export const NUMBER_REST_MS = 60_000;

/** The lowest number no open chat has and none rests at `at` (resting numbers freed before `at - NUMBER_REST_MS` are free). */
export function freeNumber(
	numbers: ReadonlyMap<string, number>,
	resting: ReadonlyMap<number, number>,
	at: number,
): number {
	const taken = new Set(numbers.values());
	for (let number = 1; ; number++) {
		if (taken.has(number)) continue;
		const freedAt = resting.get(number);
		if (freedAt !== undefined && at - freedAt < NUMBER_REST_MS) continue;
		return number;
	}
}

/** Gives the chat a number unless it has one; `at` decides which resting numbers are free again. */
export function numberChat(state: DeskState, chatId: string, at: number): DeskState {
	if (state.numbers.has(chatId)) return state;
	const number = freeNumber(state.numbers, state.resting, at);
	const numbers = new Map(state.numbers).set(chatId, number);
	if (!state.resting.has(number)) return {...state, numbers};
	const resting = new Map(state.resting);
	resting.delete(number);
	return {...state, numbers, resting};
}

/**
 * Frees the chat's number. `at` is given when the server took the chat away (the number then rests); the agent's own
 * close frees it at once, since the agent knows that chat is gone.
 */
export function releaseNumber(state: DeskState, chatId: string, at: number | null): DeskState {
	const number = state.numbers.get(chatId);
	if (number === undefined) return state;
	const numbers = new Map(state.numbers);
	numbers.delete(chatId);
	if (at === null) return {...state, numbers};
	// Numbers that have rested long enough are forgotten here, so the map stays as small as the desk.
	const resting = new Map([...state.resting].filter(([, freedAt]) => at - freedAt < NUMBER_REST_MS));
	resting.set(number, at);
	return {...state, numbers, resting};
}

/** The open chat with this number, or null. */
export function chatWithNumber(state: Pick<DeskState, 'numbers'>, number: number): string | null {
	for (const [chatId, n] of state.numbers) if (n === number) return chatId;
	return null;
}
