// E1 (answer fast): how long each customer has waited for a reply, its warn/alarm level, and who waits longest.
import type {Message} from '../protocol/index.js';
import type {DeskState} from './desk-state.js';
import {walkBack, type MessageLog} from './message-log.js';

export type TimerLevel = 'ok' | 'warn' | 'alarm';

export type TimerThresholds = {warnMs: number; alarmMs: number};

/** E1: a reply within about 30 seconds; a minute is an alarm. Both configurable. */
export const DEFAULT_THRESHOLDS: TimerThresholds = {warnMs: 30_000, alarmMs: 60_000};

export function isCustomerMessage(message: Message): boolean {
	return message.author.type === 'customer';
}

/**
 * E1: what the customer sees as a reply: a public message from any agent (a colleague before a transfer
 * included, automatic notices included: a hold update does keep the customer informed). Internal notes
 * never reach the customer, so they answer nothing.
 */
export function answersCustomer(message: Message, nonAnswers: ReadonlySet<string> = NONE): boolean {
	if (message.author.type !== 'agent' || message.visibility !== 'public') return false;
	// A greeting says hello; the question the customer typed while waiting is still waiting (see PendingMessage.answers).
	return message.client_msg_id === null || !nonAnswers.has(message.client_msg_id);
}

const NONE: ReadonlySet<string> = new Set();

/** The E1 wait after one more message at the end of the chat: O(1), for messages as they arrive. */
export function advanceWaiting(
	waitingSince: number | null,
	message: Message,
	nonAnswers?: ReadonlySet<string>,
): number | null {
	if (answersCustomer(message, nonAnswers)) return null;
	if (isCustomerMessage(message)) return waitingSince ?? message.ts;
	return waitingSince;
}

/** The E1 wait of a whole log: ts of the oldest customer message after the last public agent message. */
export function unansweredSince(log: MessageLog, nonAnswers?: ReadonlySet<string>): number | null {
	let since: number | null = null;
	walkBack(log, message => {
		if (answersCustomer(message, nonAnswers)) return false;
		if (isCustomerMessage(message)) since = message.ts;
		return true;
	});
	return since;
}

/** When the customer of a chat on the desk started waiting: an offer from its arrival, an ended chat never. */
export function chatWaitingSince(state: DeskState, chatId: string): number | null {
	const offer = state.offers.get(chatId);
	if (offer) return offer.offeredAt;
	const chat = state.chats.get(chatId);
	if (!chat || chat.chat.status === 'ended') return null;
	return chat.waitingSince;
}

export function timerLevel(waitingMs: number, thresholds: Partial<TimerThresholds> = {}): TimerLevel {
	const {warnMs, alarmMs} = {...DEFAULT_THRESHOLDS, ...thresholds};
	if (waitingMs >= alarmMs) return 'alarm';
	if (waitingMs >= warnMs) return 'warn';
	return 'ok';
}

/**
 * Alt+A: the chat whose customer has waited longest (ties: the earlier one in the list). `skip` (the chat
 * already in the focused pane) is chosen only when nobody else waits, so pressing the key again moves on.
 */
export function nextNeedingAttention(
	state: DeskState,
	now: number,
	skip: string | null = null,
): {chatId: string; waitingMs: number} | null {
	let best: {chatId: string; since: number} | null = null;
	let skipped: {chatId: string; since: number} | null = null;
	for (const chatId of state.order) {
		const since = chatWaitingSince(state, chatId);
		if (since === null) continue;
		if (chatId === skip) {
			skipped = {chatId, since};
			continue;
		}
		if (!best || since < best.since) best = {chatId, since};
	}
	const pick = best ?? skipped;
	return pick ? {chatId: pick.chatId, waitingMs: Math.max(0, now - pick.since)} : null;
}

/** The level of every chat whose customer waits now; chats nobody waits in are absent. */
export function timerLevels(
	state: DeskState,
	now: number,
	thresholds: Partial<TimerThresholds> = {},
): ReadonlyMap<string, TimerLevel> {
	const levels = new Map<string, TimerLevel>();
	for (const chatId of state.order) {
		const since = chatWaitingSince(state, chatId);
		if (since !== null) levels.set(chatId, timerLevel(Math.max(0, now - since), thresholds));
	}
	return levels;
}

/**
 * Chats that turned red between two readings of timerLevels: the UI rings BEL once for each. A chat that
 * stays red is not listed again; one answered and then left waiting again is, when it turns red again.
 */
export function newlyAlarmed(
	before: ReadonlyMap<string, TimerLevel>,
	after: ReadonlyMap<string, TimerLevel>,
): string[] {
	const turned: string[] = [];
	for (const [chatId, level] of after) {
		if (level === 'alarm' && before.get(chatId) !== 'alarm') turned.push(chatId);
	}
	return turned;
}

/** 41 s → "0:41", 72 s → "1:12", 3,725 s → "1:02:05". */
export function formatWaiting(waitingMs: number): string {
	const total = Math.max(0, Math.floor(waitingMs / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
