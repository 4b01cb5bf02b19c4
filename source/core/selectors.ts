// Selectors the UI reads the desk through (useSyncExternalStore): same input, same object, so rows re-render only on change.
import type {Capability, ChatStatus, Chat, Hold} from '../protocol/index.js';
import type {ConnectionStatus, PendingMessage} from './actions.js';
import {CHAT_LOOKS} from './chat-look.js';
import {
	scrollOf,
	type ChatRating,
	type CustomerTyping,
	type DeskChat,
	type DeskOffer,
	type DeskState,
	type FailedSend,
	type ScrollAnchor,
	type TransferBrief,
} from './desk-state.js';
import type {MessageLog} from './message-log.js';
import {customerName, departmentName, isNameKnown} from './names.js';
import {chatWaitingSince} from './response-timer.js';

/** A typing indication with no news for this long is dropped (protocol §15: a sender can vanish mid-word). */
export const TYPING_STALE_MS = 30_000;

export type ChatRow = {
	chatId: string;
	/** The customer's name, or "Visitor 3" when unknown (E3: never a guess). Raw: sanitise before drawing. */
	name: string;
	nameKnown: boolean;
	/** An offer shows as offered whatever the chat's own status (a transfer offer's chat is transferring). */
	status: ChatStatus;
	symbol: string;
	asciiSymbol: string;
	word: string;
	isOffer: boolean;
	/** A colleague's transfer offer: who from. */
	transferFrom: string | null;
	expiresAt: number | null;
	unread: number;
	department: string | null;
	language: string;
	/** E1: when the customer started waiting (null: nobody waits); the UI turns it into a timer with its clock. */
	waitingSince: number | null;
	/** Set while on hold: the UI shows how long. */
	holdSince: number | null;
	/** The server no longer knows the chat: this is the desk's read-only transcript (issue 9). */
	transcript?: true;
};

export type DeskHeader = {
	agentName: string | null;
	company: string | null;
	presence: string | null;
	connection: ConnectionStatus;
	/** Sends waiting in the outbox: "offline, 2 messages queued". */
	pendingCount: number;
	active: number;
	onHold: number;
	transferring: number;
	ended: number;
	offers: number;
};

export type Conversation = {
	chatId: string;
	status: ChatStatus;
	/** Confirmed messages in order: read with messageAt / sliceMessages / logSize. */
	messages: MessageLog;
	/** Unconfirmed sends, shown after the confirmed messages. */
	pending: readonly PendingMessage[];
	/** Refused sends, with their text and the reason. */
	failed: readonly FailedSend[];
	dividerN: number | null;
	hasOlder: boolean;
	historyLoaded: boolean;
	/** The agent's own id: messages by it are "You". */
	selfId: string | null;
	hold: Hold | null;
	brief: TransferBrief | null;
	rating: ChatRating | null;
	endedBy: DeskChat['endedBy'];
};

/** E8: what the agent needs to stay on the customer's problem. */
export type CustomerDetails = {
	chatId: string;
	name: string;
	nameKnown: boolean;
	email: string | null;
	page: string | null;
	department: string | null;
	language: string;
	/** The customer's IANA time zone where their widget gave it (protocol 1.2), else null. */
	timeZone: string | null;
	/** E1 wait; the UI shows "time waiting" from it with its clock. */
	waitingSince: number | null;
	/** When the chat reached this desk, and when the customer opened it. */
	arrivedAt: number;
	createdAt: number;
	previousChats: number;
	brief: TransferBrief | null;
	rating: ChatRating | null;
};

function shallowEqual<T extends object>(a: T, b: T): boolean {
	const keys = Object.keys(a) as (keyof T)[];
	return keys.length === Object.keys(b).length && keys.every(key => Object.is(a[key], b[key]));
}

/**
 * Memoises per chat object (a WeakMap, so dropped chats are forgotten) and, when the chat object changed
 * without changing the result (a message of mine in a chat on screen), hands back the previous result.
 */
function perChat<R extends object, K extends readonly unknown[]>(
	compute: (state: DeskState, chat: DeskChat) => R,
	keys: (state: DeskState, chatId: string) => K,
) {
	const byChat = new WeakMap<DeskChat, {keys: K; result: R}>();
	const latest = new Map<string, R>();
	return (state: DeskState, chatId: string): R | null => {
		const chat = state.chats.get(chatId);
		if (!chat) {
			latest.delete(chatId);
			return null;
		}
		const currentKeys = keys(state, chatId);
		const cached = byChat.get(chat);
		if (cached && cached.keys.every((key, index) => Object.is(key, currentKeys[index]))) return cached.result;
		const computed = compute(state, chat);
		const previous = latest.get(chatId);
		const result = previous && shallowEqual(previous, computed) ? previous : computed;
		latest.set(chatId, result);
		byChat.set(chat, {keys: currentKeys, result});
		return result;
	};
}

function rowOf(state: DeskState, desk: DeskChat): ChatRow {
	const offer = state.offers.get(desk.id);
	const status: ChatStatus = offer ? 'offered' : desk.chat.status;
	const look = CHAT_LOOKS[status];
	return {
		chatId: desk.id,
		name: customerName(desk),
		nameKnown: isNameKnown(desk),
		status,
		symbol: look.unicode,
		asciiSymbol: look.ascii,
		// A chat the server forgot reads as what it now is: the desk's own copy.
		word: desk.gone ? 'transcript' : look.word,
		isOffer: Boolean(offer),
		transferFrom: offer?.transfer?.from.name ?? null,
		expiresAt: offer?.expiresAt ?? null,
		unread: desk.unread,
		department: departmentName(state, desk.chat.department_id),
		language: desk.chat.customer.locale,
		waitingSince: chatWaitingSince(state, desk.id),
		holdSince: desk.chat.status === 'on_hold' ? (desk.chat.hold?.since ?? null) : null,
		...(desk.gone ? {transcript: true as const} : {}),
	};
}

/** One chat-list row; the same object while nothing shown in it changed. */
export const selectChatRow = perChat(rowOf, (state, chatId) => [state.offers.get(chatId), state.departments] as const);

/** The offer that has waited longest (the one "accept the oldest offer" takes), or null. */
export function oldestOffer(state: DeskState): string | null {
	for (const chatId of state.offers.keys()) if (!state.mine.includes(chatId)) return chatId;
	return null;
}

export const selectConversation = perChat(
	(state, desk): Conversation => ({
		chatId: desk.id,
		status: desk.chat.status,
		messages: desk.messages,
		pending: desk.pending,
		failed: desk.failed,
		dividerN: desk.dividerN,
		hasOlder: desk.hasOlder,
		historyLoaded: desk.historyLoaded,
		selfId: state.agent?.id ?? null,
		hold: desk.chat.hold,
		brief: desk.brief,
		rating: desk.rating,
		endedBy: desk.endedBy,
	}),
	state => [state.agent?.id ?? null] as const,
);

export const selectCustomerDetails = perChat(
	(state, desk): CustomerDetails => ({
		chatId: desk.id,
		name: customerName(desk),
		nameKnown: isNameKnown(desk),
		email: desk.chat.customer.email,
		page: desk.chat.customer.page,
		department: departmentName(state, desk.chat.department_id),
		language: desk.chat.customer.locale,
		timeZone: desk.chat.customer.time_zone ?? null,
		waitingSince: chatWaitingSince(state, desk.id),
		arrivedAt: desk.arrivedAt,
		createdAt: desk.chat.created_at,
		previousChats: desk.chat.customer.previous_chats,
		brief: desk.brief,
		rating: desk.rating,
	}),
	(state, chatId) => [state.offers.get(chatId), state.departments] as const,
);

let lastHeader: {keys: readonly unknown[]; header: DeskHeader} | null = null;

/** The header line: who, presence, connection, counts. */
export function selectHeader(state: DeskState): DeskHeader {
	const keys = [state.agent, state.connection, state.chats, state.offers, state.mine, state.outbox] as const;
	if (lastHeader && lastHeader.keys.every((key, index) => key === keys[index])) return lastHeader.header;
	const count = (status: Chat['status']) =>
		state.mine.filter(chatId => state.chats.get(chatId)?.chat.status === status).length;
	const header: DeskHeader = {
		agentName: state.agent?.name ?? null,
		company: state.agent?.company ?? null,
		presence: state.agent?.presence ?? null,
		connection: state.connection,
		pendingCount: state.outbox.size,
		active: count('active'),
		onHold: count('on_hold'),
		transferring: count('transferring'),
		ended: count('ended'),
		offers: state.order.length - state.mine.length,
	};
	const result = lastHeader && shallowEqual(lastHeader.header, header) ? lastHeader.header : header;
	lastHeader = {keys, header: result};
	return result;
}

/**
 * E23: the customer's typing line to show, or null: none when they stopped with nothing typed, or when the news
 * is over 30 s old. Takes the chat's entry of `state.typing` rather than the state, so the desk's clock hook can
 * re-run it every tick without reading the store.
 */
export function shownTyping(typing: CustomerTyping | null | undefined, now: number): CustomerTyping | null {
	if (!typing || now - typing.at > TYPING_STALE_MS) return null;
	return typing.typing || typing.peek !== null ? typing : null;
}

export function selectOffer(state: DeskState, chatId: string): DeskOffer | null {
	return state.offers.get(chatId) ?? null;
}

/** Where the chat is scrolled back to (null = following the newest message). */
export function selectScroll(state: DeskState, chatId: string): ScrollAnchor | null {
	return scrollOf(state, chatId);
}

/** The client hides what the server cannot do (protocol §9). */
export function hasCapability(state: DeskState, capability: Capability): boolean {
	return state.capabilities.includes(capability);
}

/** Offers that appeared between two states: the UI rings BEL once for each (DESIGN: BEL on a new offer). */
export function arrivedOffers(before: DeskState, after: DeskState): string[] {
	if (before.offers === after.offers) return [];
	return [...after.offers.keys()].filter(chatId => !before.offers.has(chatId));
}
