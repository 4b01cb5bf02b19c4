// A chat's confirmed messages, ordered by n and deduplicated by id and n, cheap to append to at any length.
import type {Message} from '../protocol/index.js';

/**
 * Why not a plain immutable array: copying a 10,000-message array for every message that arrives would
 * make a busy chat quadratic, and so would copying it for every older page paged back. Instead every version
 * of a log is a view over two shared arrays: `buffer` grows at the end (newer messages), `front` grows at the
 * start (older history pages, stored newest first), and a view sees the first `frontLength` of `front` and
 * `length - frontLength` of `buffer`.
 *
 * - Slots a view can see are never written again, so an older view keeps reading exactly what it held: to its
 *   readers the log is immutable, like every other part of the desk state.
 * - Appending to the newest view (the one that sees all of both arrays) pushes onto `buffer`; an older page
 *   before its first message pushes onto `front`: O(1) amortised per message, O(page) per page, whichever page.
 * - Adding to an older view (someone reduced a stale state) would write a slot a newer view owns, so it forks:
 *   it copies its own messages first. That is O(n), but only happens off the normal path.
 * - Messages that fall between held ones (a gap filled) rebuild the arrays: O(n), rare.
 *
 * `byId` (id → position: a `buffer` index, or -1 - its `front` index) is shared the same way and only ever
 * grows; an entry counts for a view only when its position falls inside the view at a message with that id.
 */
export type MessageLog = {
	/** Shared: read it only through the functions here. Newer messages, oldest first. */
	readonly buffer: readonly Message[];
	/** Shared: older messages put before the buffer's first, newest first. */
	readonly front: readonly Message[];
	/** How many of `front` this view sees. */
	readonly frontLength: number;
	readonly length: number;
	readonly byId: ReadonlyMap<string, number>;
};

export const EMPTY_LOG: MessageLog = Object.freeze({
	buffer: Object.freeze([]) as readonly Message[],
	front: Object.freeze([]) as readonly Message[],
	frontLength: 0,
	length: 0,
	byId: new Map(),
});

export function logSize(log: MessageLog): number {
	return log.length;
}

export function messageAt(log: MessageLog, index: number): Message | undefined {
	if (index < 0 || index >= log.length) return undefined;
	return index < log.frontLength ? log.front[log.frontLength - 1 - index] : log.buffer[index - log.frontLength];
}

export function lastMessage(log: MessageLog): Message | undefined {
	return messageAt(log, log.length - 1);
}

export function firstMessage(log: MessageLog): Message | undefined {
	return messageAt(log, 0);
}

/** Messages from index start (inclusive) to end (exclusive): what a virtualised view renders. */
export function sliceMessages(log: MessageLog, start = 0, end = log.length): Message[] {
	const messages: Message[] = [];
	for (let index = Math.max(0, start); index < Math.min(end, log.length); index++)
		messages.push(messageAt(log, index)!);
	return messages;
}

/** Walks from the newest message back, while visit returns true: for tail questions (unread, E1 wait). */
export function walkBack(log: MessageLog, visit: (message: Message, index: number) => boolean): void {
	for (let index = log.length - 1; index >= 0; index--) {
		if (!visit(messageAt(log, index)!, index)) return;
	}
}

/** Index of the message numbered n, or -1. O(1) when the log has no gaps in n (the normal case), else O(log n). */
export function indexOfN(log: MessageLog, n: number): number {
	const first = firstMessage(log);
	if (!first || n < first.n || n > lastMessage(log)!.n) return -1;
	const guess = n - first.n;
	if (guess >= 0 && guess < log.length && messageAt(log, guess)!.n === n) return guess;
	const at = lowerBound(log, n);
	return at < log.length && messageAt(log, at)!.n === n ? at : -1;
}

/** First index whose message has n >= the given n. */
export function lowerBound(log: MessageLog, n: number): number {
	let low = 0;
	let high = log.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (messageAt(log, middle)!.n < n) low = middle + 1;
		else high = middle;
	}
	return low;
}

export function hasMessageId(log: MessageLog, id: string): boolean {
	const position = log.byId.get(id);
	return position !== undefined && messageAt(log, log.frontLength + position)?.id === id;
}

/** Whether this view sees all of both shared arrays: only then may it grow them in place. */
const isNewest = (log: MessageLog) =>
	log.length > 0 && log.frontLength === log.front.length && log.length - log.frontLength === log.buffer.length;

/** A view with arrays of its own (an empty log, or an older view about to grow). */
function fork(log: MessageLog): MessageLog {
	const buffer = sliceMessages(log);
	return {buffer, front: [], frontLength: 0, length: buffer.length, byId: indexIds(buffer)};
}

/** True when the log holds this message already, by id or by position n. */
export function holds(log: MessageLog, message: Message): boolean {
	return hasMessageId(log, message.id) || indexOfN(log, message.n) !== -1;
}

/** Adds one message. Returns the same log when it is a duplicate (by id or by n: the first one stays). */
export function addMessage(log: MessageLog, message: Message): MessageLog {
	if (holds(log, message)) return log;
	const last = lastMessage(log);
	if (last && message.n < last.n)
		return message.n < firstMessage(log)!.n ? prepend(log, [message]) : rebuild(log, [message]);
	const own = isNewest(log) ? log : fork(log);
	// The newest view: grow the shared buffer in place; no slot an existing view can see changes.
	(own.buffer as Message[]).push(message);
	(own.byId as Map<string, number>).set(message.id, own.buffer.length - 1);
	return {...own, length: own.length + 1};
}

/** Adds many messages in any order (a history page, a replay). Returns the same log when nothing was new. */
export function addMessages(log: MessageLog, messages: readonly Message[]): MessageLog {
	// A page that continues the end is appended one by one: no copy of what is already there.
	if (isAscendingAfter(messages, lastMessage(log)?.n ?? 0)) {
		let next = log;
		for (const message of messages) next = addMessage(next, message);
		return next;
	}
	const fresh = messages.filter(message => !holds(log, message));
	if (fresh.length === 0) return log;
	// An older page, wholly before the first message held: put in front, whatever page of how many it is.
	const first = firstMessage(log);
	if (
		first &&
		isAscending(fresh) &&
		fresh.at(-1)!.n < first.n &&
		new Set(fresh.map(message => message.id)).size === fresh.length
	)
		return prepend(log, fresh);
	return rebuild(log, fresh);
}

/** Puts messages (ascending, all older than the first held, none held) before the first: O(page). */
function prepend(log: MessageLog, older: readonly Message[]): MessageLog {
	const own = isNewest(log) ? log : fork(log);
	const front = own.front as Message[];
	const byId = own.byId as Map<string, number>;
	for (let index = older.length - 1; index >= 0; index--) {
		front.push(older[index]!);
		byId.set(older[index]!.id, -front.length);
	}
	return {...own, frontLength: front.length, length: own.length + older.length};
}

export function logToArray(log: MessageLog): Message[] {
	return sliceMessages(log);
}

function isAscending(messages: readonly Message[]): boolean {
	return messages.every((message, index) => index === 0 || messages[index - 1]!.n < message.n);
}

function isAscendingAfter(messages: readonly Message[], after: number): boolean {
	let previous = after;
	for (const message of messages) {
		if (message.n <= previous) return false;
		previous = message.n;
	}
	return true;
}

/** Sorted merge into a new buffer; duplicates among the incoming messages are dropped too. */
function rebuild(log: MessageLog, incoming: readonly Message[]): MessageLog {
	const sorted = [...incoming].sort((a, b) => a.n - b.n);
	const buffer: Message[] = [];
	const seenIds = new Set<string>();
	let index = 0;
	const take = (message: Message) => {
		const previous = buffer.at(-1);
		if (seenIds.has(message.id) || (previous && previous.n === message.n)) return;
		seenIds.add(message.id);
		buffer.push(message);
	};
	for (const message of sorted) {
		while (index < log.length && messageAt(log, index)!.n <= message.n) take(messageAt(log, index++)!);
		take(message);
	}
	while (index < log.length) take(messageAt(log, index++)!);
	return {buffer, front: [], frontLength: 0, length: buffer.length, byId: indexIds(buffer)};
}

function indexIds(buffer: readonly Message[]): Map<string, number> {
	const byId = new Map<string, number>();
	buffer.forEach((message, index) => byId.set(message.id, index));
	return byId;
}
