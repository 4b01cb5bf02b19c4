// The desk's whole state as plain data: connection, chats with their messages, offers, alerts and the view.
import type {Agent, Capability, Chat, Department, Followup, Presence, ProtocolError} from '../protocol/index.js';
import type {ConnectionStatus, PendingMessage} from './actions.js';
import {EMPTY_LOG, type MessageLog} from './message-log.js';

/** The brief a colleague attached when transferring a chat to this agent (E11). */
export type TransferBrief = {from: {id: string; name: string}; note: string};

/** A send the server refused for good: kept with its text so nothing the agent typed is lost. */
export type FailedSend = PendingMessage & {error: ProtocolError; failed_at: number};

/** E19: the customer's rating, with the comment only the event carries. */
export type ChatRating = {score: number; comment: string | null; at: number};

/** One chat on the desk: an offer's chat or one of mine. Replaced (never mutated) when anything in it changes. */
export type DeskChat = {
	id: string;
	/** The chat as the server last described it. */
	chat: Chat;
	/** Order of arrival on this desk, from 1: the chat list's order and the "Visitor 3" placeholder. */
	arrival: number;
	arrivedAt: number;
	/** Confirmed messages, ordered by n (see message-log.ts for why this is not a plain array). */
	messages: MessageLog;
	/** False until a history page arrived; the UI can show "loading". */
	historyLoaded: boolean;
	/** The server has messages older than the first one here. */
	hasOlder: boolean;
	/** The agent's own sends not yet confirmed, oldest first; shown after the confirmed messages. */
	pending: readonly PendingMessage[];
	failed: readonly FailedSend[];
	/** Highest n the agent has seen (what read.mark reports to the server). */
	readN: number;
	/** Messages from others (customer, colleagues) after readN. */
	unread: number;
	/** Where the unread divider goes: the first message the agent had not seen when the chat was opened. */
	dividerN: number | null;
	/** E1: ts of the oldest customer message no agent has publicly answered; null when nobody waits. */
	waitingSince: number | null;
	/** client_msg_ids of this desk's messages that answer nothing (greetings, see PendingMessage.answers). */
	nonAnswers: ReadonlySet<string>;
	rating: ChatRating | null;
	brief: TransferBrief | null;
	endedBy: 'agent' | 'customer' | 'system' | null;
	/** It became mine by chat.assigned with no offer before it (protocol §15 allows that): greeted all the same. */
	assignedWithoutOffer: boolean;
	/**
	 * The server no longer knows this chat (it restarted without its data, or the chat was removed): the desk keeps
	 * what it had as a read-only transcript (status ended) until the agent closes it. Issue 9.
	 */
	gone?: true;
};

/** An offer waiting for accept or decline; its chat is in `chats`. */
export type DeskOffer = {
	chatId: string;
	expiresAt: number;
	transfer: TransferBrief | null;
	/** When it reached this desk: E1 counts an offer as waiting from then. */
	offeredAt: number;
};

/** E23: the customer's typing state, transient; `at` lets the UI drop it after 30 s without news. */
export type CustomerTyping = {typing: boolean; peek: string | null; at: number};

export type AlertLevel = 'info' | 'warning' | 'urgent';

export type AlertKind =
	| 'offer.revoked'
	| 'chat.transferred'
	| 'transfer.failed'
	| 'chat.ended'
	/** The server no longer knows a chat of mine: kept as a transcript (issue 9). */
	| 'chat.gone'
	| 'rating.received'
	| 'send.failed'
	| 'protocol.error'
	/** E7: a promised time is running out (posted by the desk's courtesy runtime, not the server). */
	| 'hold.estimate'
	/** A canned-response file (or the server's list) that could not be used. */
	| 'canned.problem'
	/** The outbox kept on disk across restarts: restored, cannot be saved, saved again. */
	| 'outbox.file';

/** A line for the agent; text holds remote names raw, so the UI sanitises it like any remote text. */
export type Alert = {
	id: string;
	kind: AlertKind;
	level: AlertLevel;
	text: string;
	chatId: string | null;
	at: number;
	/** The same text again right after: counted instead of repeated (a burst of protocol errors). */
	count: number;
	/** Technical detail (a protocol error's own words, which may name seqs or ids): in the alert log only. */
	detail?: string;
};

export type Colleague = {id: string; name: string | null; presence: Presence};

/**
 * A conversation scrolled back, anchored to a message rather than counted in lines from the bottom, so
 * what the agent reads holds still while new messages arrive below it or older history is prepended
 * above it, and the same message stays in view across a resize. The bottom row of the viewport shows
 * message `n` (its protocol number: stable, unlike an index into the loaded messages) with `linesBelow`
 * of its wrapped lines hidden under the viewport.
 *
 * Core stores this without knowing how wide anything wraps: the UI, which knows the real heights, turns
 * PgUp/PgDn/Home into a new anchor (ui/components/conversation/conversation-scroll.ts) and dispatches
 * `scroll.to`. Following needs no layout, so `scroll.bottom` stays a plain intent.
 */
export type ScrollAnchor = {readonly n: number; readonly linesBelow: number};

/**
 * The focused pane's chat changed by the server's doing, not the agent's: an offer withdrawn or timed out, a chat
 * transferred away, then maybe another arriving in the emptied pane. The UI makes the next Enter, send or accept
 * wait for a fresh look (issue 9), so no key meant for the customer who left reaches the one who arrived.
 */
export type UnaskedChange = {
	pane: number;
	/** Who the pane showed before, and why they went (an alert's sentence); null when the pane was empty. */
	from: string | null;
	fromName: string | null;
	why: string | null;
	/** What it shows now (null: empty). */
	to: string | null;
	at: number;
};

/**
 * How long a change stays "right after" for the fresh-look guard (issue 9): a chat arriving in a pane emptied less than
 * this long before counts as replacing the chat that left.
 */
export const FRESH_LOOK_MS = 3_000;

export type DeskView = {
	/** Chat shown in each pane, 1 to 4 panes; null = an empty pane. */
	panes: readonly (string | null)[];
	focusedPane: number;
	/** Where each chat is scrolled back to; absent = following the newest message. */
	scroll: ReadonlyMap<string, ScrollAnchor>;
	detailsOpen: boolean;
	/** The latest change of the focused pane that the agent did not ask for (see UnaskedChange). */
	unasked: UnaskedChange | null;
};

export type DeskState = {
	connection: ConnectionStatus;
	agent: Agent | null;
	capabilities: readonly Capability[];
	/** Copied on write (O(chats), tens to a hundred); message lists never are, see message-log.ts. */
	chats: ReadonlyMap<string, DeskChat>;
	/** In order of arrival. */
	offers: ReadonlyMap<string, DeskOffer>;
	/** My chats (assigned to me, ended ones until closed) in order of arrival. */
	mine: readonly string[];
	/**
	 * Each of my chats' number (Alt+1..9, Alt+J): kept for as long as the chat is open, never shifted by another chat
	 * or an offer coming or going (chat-numbers.ts).
	 */
	numbers: ReadonlyMap<string, number>;
	/** Numbers the server freed recently, with when: not given to a new chat for a while (NUMBER_REST_MS). */
	resting: ReadonlyMap<number, number>;
	/** The chat list: offers (in arrival order, unnumbered), then my chats by number. Same array until a part changes. */
	order: readonly string[];
	/** Unconfirmed sends by client_msg_id, oldest first: the outbox as the desk knows it. */
	outbox: ReadonlyMap<string, PendingMessage>;
	typing: ReadonlyMap<string, CustomerTyping>;
	followups: readonly Followup[];
	alerts: readonly Alert[];
	/** Every alert posted, dismissed or not, newest last, with the customer's name as it was then: the alert log. */
	alertLog: readonly LoggedAlert[];
	colleagues: ReadonlyMap<string, Colleague>;
	departments: ReadonlyMap<string, Department>;
	view: DeskView;
	/** Counters for ids and arrival numbers, so the reducer needs no randomness. */
	nextAlert: number;
	nextArrival: number;
};

export const MAX_PANES = 4;
/** Older alerts drop off: a flood of errors must not grow the state without bound. */
export const MAX_ALERTS = 50;
/** The alert log keeps this many: a shift's worth of what happened, bounded. */
export const MAX_ALERT_LOG = 300;

/** An alert as the log keeps it: `chat` is the customer's name when it was posted (the chat may be gone since). */
export type LoggedAlert = {
	id: string;
	level: AlertLevel;
	text: string;
	chat: string | null;
	at: number;
	count: number;
	/** Technical detail behind the plain text, shown only in the alert log (dimmed). */
	detail?: string;
};

export function createDeskState(): DeskState {
	return {
		connection: {state: 'stopped', reason: 'not started', code: null},
		agent: null,
		capabilities: [],
		chats: new Map(),
		offers: new Map(),
		mine: [],
		numbers: new Map(),
		resting: new Map(),
		order: [],
		outbox: new Map(),
		typing: new Map(),
		followups: [],
		alerts: [],
		alertLog: [],
		colleagues: new Map(),
		departments: new Map(),
		view: {panes: [null], focusedPane: 0, scroll: new Map(), detailsOpen: false, unasked: null},
		nextAlert: 1,
		nextArrival: 1,
	};
}

const NO_IDS: ReadonlySet<string> = new Set();

export function newDeskChat(chat: Chat, arrival: number, at: number): DeskChat {
	return {
		id: chat.id,
		chat,
		arrival,
		arrivedAt: at,
		messages: EMPTY_LOG,
		historyLoaded: false,
		hasOlder: false,
		pending: [],
		failed: [],
		readN: 0,
		unread: 0,
		dividerN: null,
		waitingSince: null,
		nonAnswers: NO_IDS,
		rating: chat.rating === null ? null : {score: chat.rating, comment: null, at},
		brief: null,
		endedBy: null,
		assignedWithoutOffer: false,
	};
}

/** The chat shown in the focused pane, if any. */
export function focusedChatId(state: DeskState): string | null {
	return state.view.panes[state.view.focusedPane] ?? null;
}

/** Where a chat is scrolled back to; null = following the newest message. */
export function scrollOf(state: DeskState, chatId: string): ScrollAnchor | null {
	return state.view.scroll.get(chatId) ?? null;
}
