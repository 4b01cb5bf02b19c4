// A chat's confirmed messages, ordered by n and deduplicated by id and n, cheap to append to at any length.
import type {Message} from '../protocol/index.js';

/**
 * Why not a plain immutable array: copying a 10,000-message array for every message that arrives would
 * make a busy chat quadratic. Instead every version of a log is a view (`length`) over one shared buffer.
 *
 * - Slots below a view's `length` are never written again, so an older view keeps reading exactly what it
 *   held: to its readers the log is immutable, like every other part of the desk state.
 * - Appending to the newest view (the one whose length equals the buffer's) pushes onto the shared buffer
 *   and returns a new view: O(1) amortised, the buffer keeps its identity.
 * - Appending to an older view (someone reduced a stale state) would overwrite a slot a newer view owns, so
 *   it forks: it copies its own prefix first. That is O(n), but only happens off the normal path.
 * - Messages that do not belong at the end (an older history page) rebuild the buffer: O(n) once per page of
 *   up to 500 messages, not per message.
 *
 * `byId` (id → index) is shared the same way and only ever grows; an entry counts for a view only when it
 * points below the view's length at a message with that id.
 */
export type MessageLog = {
	/** Shared: read it only below `length`, and only through the functions here. */
	readonly buffer: readonly Message[];
	readonly length: number;
	readonly byId: ReadonlyMap<string, number>;
};

export const EMPTY_LOG: MessageLog = Object.freeze({
	buffer: Object.freeze([]) as readonly Message[],
	length: 0,
	byId: new Map(),
});

export function logSize(log: MessageLog): number {
	return log.length;
}

export function messageAt(log: MessageLog, index: number): Message | undefined {
	return index >= 0 && index < log.length ? log.buffer[index] : undefined;
}

export function lastMessage(log: MessageLog): Message | undefined {
	return messageAt(log, log.length - 1);
}

export function firstMessage(log: MessageLog): Message | undefined {
	return messageAt(log, 0);
}

/** Messages from index start (inclusive) to end (exclusive): what a virtualised view renders. */
export function sliceMessages(log: MessageLog, start = 0, end = log.length): Message[] {
	return log.buffer.slice(Math.max(0, start), Math.min(end, log.length));
}

/** Walks from the newest message back, while visit returns true: for tail questions (unread, E1 wait). */
export function walkBack(log: MessageLog, visit: (message: Message, index: number) => boolean): void {
	for (let index = log.length - 1; index >= 0; index--) {
		if (!visit(log.buffer[index]!, index)) return;
	}
}

/** Index of the message numbered n, or -1. O(1) when the log has no gaps in n (the normal case), else O(log n). */
export function indexOfN(log: MessageLog, n: number): number {
	const first = firstMessage(log);
	if (!first || n < first.n || n > lastMessage(log)!.n) return -1;
	const guess = n - first.n;
	if (guess >= 0 && guess < log.length && log.buffer[guess]!.n === n) return guess;
	const at = lowerBound(log, n);
	return at < log.length && log.buffer[at]!.n === n ? at : -1;
}

/** First index whose message has n >= the given n. */
export function lowerBound(log: MessageLog, n: number): number {
	let low = 0;
	let high = log.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (log.buffer[middle]!.n < n) low = middle + 1;
		else high = middle;
	}
	return low;
}

export function hasMessageId(log: MessageLog, id: string): boolean {
	const index = log.byId.get(id);
	return index !== undefined && index < log.length && log.buffer[index]!.id === id;
}

/** True when the log holds this message already, by id or by position n. */
export function holds(log: MessageLog, message: Message): boolean {
	return hasMessageId(log, message.id) || indexOfN(log, message.n) !== -1;
}

/** Adds one message. Returns the same log when it is a duplicate (by id or by n: the first one stays). */
export function addMessage(log: MessageLog, message: Message): MessageLog {
	if (holds(log, message)) return log;
	const last = lastMessage(log);
	if (last && message.n < last.n) return rebuild(log, [message]);
	if (log.length === 0 || log.length !== log.buffer.length) {
		// Empty (never grow the shared EMPTY_LOG) or an older view: start a buffer of our own.
		const buffer = log.buffer.slice(0, log.length);
		buffer.push(message);
		return {buffer, length: buffer.length, byId: indexIds(buffer)};
	}
	// The newest view: grow the shared buffer in place; no slot an existing view can see changes.
	(log.buffer as Message[]).push(message);
	(log.byId as Map<string, number>).set(message.id, log.length);
	return {buffer: log.buffer, length: log.length + 1, byId: log.byId};
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
	return fresh.length === 0 ? log : rebuild(log, fresh);
}

export function logToArray(log: MessageLog): Message[] {
	return sliceMessages(log);
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
		while (index < log.length && log.buffer[index]!.n <= message.n) take(log.buffer[index++]!);
		take(message);
	}
	while (index < log.length) take(log.buffer[index++]!);
	return {buffer, length: buffer.length, byId: indexIds(buffer)};
}

function indexIds(buffer: readonly Message[]): Map<string, number> {
	const byId = new Map<string, number>();
	buffer.forEach((message, index) => byId.set(message.id, index));
	return byId;
}
