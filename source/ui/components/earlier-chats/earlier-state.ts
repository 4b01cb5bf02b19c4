// E8: a returning customer's earlier chats as a pure reducer: the list (paged from the server), the chosen one, and its transcript (paged back).
//
// Answers may arrive late (the agent moved on, or asked twice): each carries what it answers (the desk chat, the earlier
// chat, the page it continues) and is dropped unless it still fits, so a page is never shown twice nor in the wrong place.
import type {Chat, Message} from '../../../protocol/index.js';
import {reduceAlertLogView, type AlertLogMove, type AlertLogView} from '../../state/overlay-paging.js';

/** One earlier chat being read: its messages so far (ascending `n`), and the scroll (rows back from its newest line). */
export type EarlierTranscript = {
	chat: Chat;
	messages: readonly Message[];
	hasOlder: boolean;
	loading: boolean;
	/** Why the last page could not be read, in the agent's words. */
	failed: string | null;
	view: AlertLogView;
};

export type EarlierChatsState = {
	/** The chat on the desk whose customer this is (the server answers for the customer of that chat). */
	chatId: string | null;
	/** The customer's name as the desk shows it (raw: sanitised when drawn). */
	customer: string;
	/** Newest first, as the server pages them. */
	chats: readonly Chat[];
	hasMore: boolean;
	loading: boolean;
	failed: string | null;
	selected: number;
	/** The chosen chat's transcript, while it is open (Esc goes back to the list). */
	reading: EarlierTranscript | null;
};

export type EarlierEdit =
	| {type: 'open'; chatId: string; customer: string}
	| {type: 'chats.loading'; chatId: string}
	/** `before`: the page this continues (the last chat id of the one before it), null for the first. */
	| {type: 'chats.loaded'; chatId: string; before: string | null; chats: readonly Chat[]; hasMore: boolean}
	| {type: 'chats.failed'; chatId: string; reason: string}
	/** Up/Down through the list (no wrapping round: the end of the list is where older chats load). */
	| {type: 'move'; by: number}
	| {type: 'move-to'; index: number}
	/** Enter: the chosen chat's transcript opens, loading (its newest page is asked for by the caller). */
	| {type: 'read'}
	| {type: 'transcript.loading'; earlierId: string}
	/** `before`: the lowest `n` the page was asked below, null for the newest page. */
	| {
			type: 'transcript.loaded';
			earlierId: string;
			before: number | null;
			messages: readonly Message[];
			hasOlder: boolean;
	  }
	| {type: 'transcript.failed'; earlierId: string; reason: string}
	| {type: 'transcript.scroll'; move: AlertLogMove}
	/** The transcript's page height and how far back it can scroll, as last drawn. */
	| {type: 'transcript.size'; page: number; max: number}
	/** Esc while reading: back to the list, at the same chat. */
	| {type: 'back'};

export const EMPTY_EARLIER: EarlierChatsState = Object.freeze({
	chatId: null,
	customer: '',
	chats: [],
	hasMore: false,
	loading: false,
	failed: null,
	selected: 0,
	reading: null,
});

function withReading(
	state: EarlierChatsState,
	earlierId: string,
	change: (reading: EarlierTranscript) => EarlierTranscript,
): EarlierChatsState {
	const {reading} = state;
	if (reading === null || reading.chat.id !== earlierId) return state;
	const next = change(reading);
	return next === reading ? state : {...state, reading: next};
}

function loadedTranscript(
	reading: EarlierTranscript,
	edit: Extract<EarlierEdit, {type: 'transcript.loaded'}>,
): EarlierTranscript {
	const lowest = reading.messages[0]?.n ?? null;
	// The newest page only into an empty transcript, an older one only right below what is there.
	if (edit.before === null ? reading.messages.length > 0 : edit.before !== lowest) return reading;
	const known = new Set(reading.messages.map(message => message.n));
	const older = edit.messages.filter(message => !known.has(message.n)).sort((a, b) => a.n - b.n);
	return {...reading, messages: [...older, ...reading.messages], hasOlder: edit.hasOlder, loading: false, failed: null};
}

export function reduceEarlier(state: EarlierChatsState, edit: EarlierEdit): EarlierChatsState {
	switch (edit.type) {
		// Opening asks for the first page, reading for the newest messages: both start out loading.
		case 'open':
			return {...EMPTY_EARLIER, chatId: edit.chatId, customer: edit.customer, loading: true};
		case 'chats.loading':
			return edit.chatId !== state.chatId || state.loading ? state : {...state, loading: true, failed: null};
		case 'chats.loaded': {
			if (edit.chatId !== state.chatId) return state;
			const last = state.chats.at(-1)?.id ?? null;
			if (edit.before !== last) return {...state, loading: false};
			const known = new Set(state.chats.map(chat => chat.id));
			const chats = [...state.chats, ...edit.chats.filter(chat => !known.has(chat.id) && chat.id !== state.chatId)];
			return {...state, chats, hasMore: edit.hasMore, loading: false, failed: null};
		}
		case 'chats.failed':
			return edit.chatId !== state.chatId ? state : {...state, loading: false, failed: edit.reason};
		case 'move':
			return reduceEarlier(state, {type: 'move-to', index: state.selected + edit.by});
		case 'move-to': {
			const selected = Math.max(0, Math.min(state.chats.length - 1, edit.index));
			return selected === state.selected || state.chats.length === 0 ? state : {...state, selected};
		}
		case 'read': {
			const chat = state.chats[state.selected];
			if (!chat || state.reading !== null) return state;
			return {
				...state,
				reading: {
					chat,
					messages: [],
					hasOlder: false,
					loading: true,
					failed: null,
					view: {scroll: 0, page: 1, max: 0},
				},
			};
		}
		case 'transcript.loading':
			return withReading(state, edit.earlierId, reading =>
				reading.loading ? reading : {...reading, loading: true, failed: null},
			);
		case 'transcript.loaded':
			return withReading(state, edit.earlierId, reading => loadedTranscript(reading, edit));
		case 'transcript.failed':
			return withReading(state, edit.earlierId, reading => ({...reading, loading: false, failed: edit.reason}));
		case 'transcript.scroll':
		case 'transcript.size': {
			const {reading} = state;
			if (reading === null) return state;
			const scrollEvent =
				edit.type === 'transcript.scroll'
					? ({type: 'alert-log.scroll', move: edit.move} as const)
					: ({type: 'alert-log.size', page: edit.page, max: edit.max} as const);
			const view = reduceAlertLogView(reading.view, scrollEvent);
			return view === reading.view ? state : {...state, reading: {...reading, view}};
		}
		case 'back':
			return state.reading === null ? state : {...state, reading: null};
	}
}

/** The next page of earlier chats worth asking for now: the choice is on the last one loaded and more exist. */
export function nextChatsPage(state: EarlierChatsState): {chatId: string; before: string} | null {
	const last = state.chats.at(-1);
	if (state.chatId === null || !last || !state.hasMore || state.loading || state.failed !== null) return null;
	return state.selected >= state.chats.length - 1 ? {chatId: state.chatId, before: last.id} : null;
}

/** The older page of the transcript worth asking for: the agent is at its top, and the server has more. */
export function olderTranscriptPage(state: EarlierChatsState): {earlierId: string; before: number} | null {
	const {reading} = state;
	const lowest = reading?.messages[0]?.n;
	if (!reading || lowest === undefined || !reading.hasOlder || reading.loading) return null;
	return reading.view.scroll >= reading.view.max ? {earlierId: reading.chat.id, before: lowest} : null;
}
