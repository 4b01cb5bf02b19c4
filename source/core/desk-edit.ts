// Immutable edits of the desk state that keep every untouched part (and an unchanged state) identical.
import {releaseNumber} from './chat-numbers.js';
import type {DeskChat, DeskOffer, DeskState, DeskView} from './desk-state.js';
import {customerName} from './names.js';

export function mapSet<K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> {
	if (map.get(key) === value && map.has(key)) return map;
	const next = new Map(map);
	next.set(key, value);
	return next;
}

export function mapDelete<K, V>(map: ReadonlyMap<K, V>, key: K): ReadonlyMap<K, V> {
	if (!map.has(key)) return map;
	const next = new Map(map);
	next.delete(key);
	return next;
}

/** Applies a change to one chat; the same state when the chat is unknown or the change returns it unchanged. */
export function updateChat(state: DeskState, chatId: string, change: (chat: DeskChat) => DeskChat): DeskState {
	const chat = state.chats.get(chatId);
	if (!chat) return state;
	const next = change(chat);
	return next === chat ? state : {...state, chats: mapSet(state.chats, chatId, next)};
}

export function putChat(state: DeskState, chat: DeskChat): DeskState {
	const chats = mapSet(state.chats, chat.id, chat);
	return chats === state.chats ? state : {...state, chats};
}

/**
 * Offers first (in arrival order), then my chats by number; a chat in both (a confused server) is listed once, as
 * mine. Numbers, not positions, are what keys use, so an offer at the top shifts no chat's number.
 */
export function listOrder(
	offers: ReadonlyMap<string, DeskOffer>,
	mine: readonly string[],
	numbers: ReadonlyMap<string, number>,
): readonly string[] {
	const own = new Set(mine);
	const last = Number.MAX_SAFE_INTEGER;
	const numbered = [...mine].sort((a, b) => (numbers.get(a) ?? last) - (numbers.get(b) ?? last));
	return [...[...offers.keys()].filter(id => !own.has(id)), ...numbered];
}

/** Sets offers and my chats together, recomputing the list order only when one of them changed. */
export function withLists(
	state: DeskState,
	offers: ReadonlyMap<string, DeskOffer>,
	mine: readonly string[],
): DeskState {
	if (offers === state.offers && mine === state.mine) return state;
	return {...state, offers, mine, order: listOrder(offers, mine, state.numbers)};
}

export function withView(state: DeskState, view: Partial<DeskView>): DeskState {
	const next = {...state.view, ...view};
	const same = (Object.keys(view) as (keyof DeskView)[]).every(key => next[key] === state.view[key]);
	return same ? state : {...state, view: next};
}

export function samePanes(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
	return a.length === b.length && a.every((chatId, index) => chatId === b[index]);
}

/**
 * Takes a chat off the desk entirely: list, offers, number, panes, scroll, typing. A pane that showed it is left
 * empty, never refilled with another chat: the agent's half-typed reply must not land with another customer.
 * `at`: when the server took it away (its number rests, see chat-numbers.ts, and a focused pane showing it records
 * the change the agent did not ask for, with `why` in words); null when the agent closed it.
 */
export function removeChat(
	state: DeskState,
	chatId: string,
	at: number | null = null,
	why: string | null = null,
): DeskState {
	if (!state.chats.has(chatId) && !state.offers.has(chatId)) return state;
	const chat = state.chats.get(chatId);
	if (at !== null && chat && state.view.panes[state.view.focusedPane] === chatId) {
		const unasked = {pane: state.view.focusedPane, from: chatId, fromName: customerName(chat), why, to: null, at};
		state = withView(state, {unasked});
	}
	const mine = state.mine.includes(chatId) ? state.mine.filter(id => id !== chatId) : state.mine;
	let next = withLists(releaseNumber(state, chatId, at), mapDelete(state.offers, chatId), mine);
	const panes = next.view.panes.map(shown => (shown === chatId ? null : shown));
	next = withView(next, {
		panes: samePanes(panes, next.view.panes) ? next.view.panes : panes,
		scroll: mapDelete(next.view.scroll, chatId),
	});
	const chats = mapDelete(next.chats, chatId);
	const typing = mapDelete(next.typing, chatId);
	return chats === next.chats && typing === next.typing ? next : {...next, chats, typing};
}
