// The agent's outgoing messages until the server confirms them: idempotent ids, order per chat, retries.
import {randomUUID} from 'node:crypto';
import {performance} from 'node:perf_hooks';
import type {DeskAction, PendingMessage} from '../core/actions.js';
import {RETRYABLE, type Message, type ProtocolError, type Visibility} from '../protocol/index.js';

export type OutboxOptions = {
	emit: (action: DeskAction) => void;
	/** Pause before retrying a message the server refused with a retryable error (attempt 0 = first retry). */
	retryDelay: (attempt: number) => number;
	newId?: () => string;
	/**
	 * Time for retry pauses, apart from the `at` clock of the actions: an injected or frozen desk clock must
	 * not stall retries. Default: monotonic milliseconds.
	 */
	clock?: () => number;
	/**
	 * Called after every change of what is unconfirmed (queued, confirmed, dropped, restored): the hook that keeps
	 * the outbox on disk across restarts (outbox-keeper.ts). Not called for retries, which change nothing kept.
	 */
	onChange?: (pending: PendingMessage[]) => void;
};

type Entry = {
	message: PendingMessage;
	/** On the wire, waiting for its res. */
	inFlight: boolean;
	/** Clock time before which a retryable refusal keeps it back; 0 = ready. */
	notBefore: number;
	retries: number;
};

/**
 * Messages leave strictly in order within a chat: only the oldest unconfirmed message of a chat is on the
 * wire at a time, so a retry can never let a later message overtake it. Chats do not wait for each other.
 * Every resend reuses the message's client_msg_id, which the server deduplicates.
 */
export class Outbox {
	readonly #entries: Entry[] = [];
	readonly #emit: (action: DeskAction) => void;
	readonly #retryDelay: (attempt: number) => number;
	readonly #newId: () => string;
	readonly #clock: () => number;
	readonly #onChange: (pending: PendingMessage[]) => void;

	constructor(options: OutboxOptions) {
		this.#emit = options.emit;
		this.#retryDelay = options.retryDelay;
		this.#newId = options.newId ?? randomUUID;
		this.#clock = options.clock ?? (() => performance.now());
		this.#onChange = options.onChange ?? (() => undefined);
	}

	/** Messages not yet confirmed (queued, waiting to retry, or in flight). */
	get size(): number {
		return this.#entries.length;
	}

	get pending(): PendingMessage[] {
		return this.#entries.map(entry => entry.message);
	}

	enqueue(
		input: {chat_id: string; text: string; visibility: Visibility; auto: boolean; answers?: false; part_of?: string},
		at: number,
	): PendingMessage {
		const message: PendingMessage = {...input, client_msg_id: this.#newId(), queued_at: at};
		this.#entries.push({message, inFlight: false, notBefore: 0, retries: 0});
		this.#emit({type: 'outbox.queued', message, at});
		this.#changed();
		return message;
	}

	/**
	 * Messages an earlier run queued and never saw confirmed, back in the queue with their own client_msg_ids, so
	 * the server recognises any it already stored. Ones already queued here are skipped.
	 */
	restore(messages: readonly PendingMessage[], at: number): PendingMessage[] {
		const restored: PendingMessage[] = [];
		for (const message of messages) {
			if (this.#find(message.client_msg_id)) continue;
			this.#entries.push({message, inFlight: false, notBefore: 0, retries: 0});
			this.#emit({type: 'outbox.queued', message, at});
			restored.push(message);
		}
		if (restored.length > 0) this.#changed();
		return restored;
	}

	/** The messages that may go out now, marked in flight: the oldest of each chat, unless it is busy or waiting. */
	takeReady(): PendingMessage[] {
		const now = this.#clock();
		const seenChats = new Set<string>();
		const ready: PendingMessage[] = [];
		for (const entry of this.#entries) {
			const chatId = entry.message.chat_id;
			if (seenChats.has(chatId)) continue;
			seenChats.add(chatId);
			if (entry.inFlight || entry.notBefore > now) continue;
			entry.inFlight = true;
			ready.push(entry.message);
		}
		return ready;
	}

	/** The server stored the message (or had stored it already: a repeated client_msg_id returns the original). */
	confirm(clientMsgId: string, stored: Message, at: number): void {
		if (!this.#remove(clientMsgId)) return;
		this.#changed();
		this.#emit({type: 'outbox.sent', client_msg_id: clientMsgId, message: stored, at});
	}

	/**
	 * The server refused the message: retryable codes keep it queued for later, anything else drops it, and with it
	 * the later parts of the same text (half a notice is worse than none).
	 */
	refuse(clientMsgId: string, error: ProtocolError, at: number): void {
		const entry = this.#find(clientMsgId);
		if (!entry) return;
		if (RETRYABLE.has(error.code)) {
			this.retryLater(clientMsgId);
			return;
		}
		const group = entry.message.part_of;
		const laterParts =
			group === undefined
				? []
				: this.#entries.filter(other => other !== entry && other.message.part_of === group).map(other => other.message);
		this.#remove(clientMsgId);
		for (const part of laterParts) this.#remove(part.client_msg_id);
		this.#changed();
		this.#emit({type: 'outbox.failed', client_msg_id: clientMsgId, error, at});
		const words = 'not sent: the part of the same text before it was refused';
		for (const part of laterParts)
			this.#emit({
				type: 'outbox.failed',
				client_msg_id: part.client_msg_id,
				error: {code: error.code, message: words, retryable: false},
				at,
			});
	}

	/** No usable answer (e.g. a malformed res): keep the message and try again after a pause. */
	retryLater(clientMsgId: string): void {
		const entry = this.#find(clientMsgId);
		if (!entry) return;
		entry.inFlight = false;
		entry.notBefore = this.#clock() + this.#retryDelay(entry.retries);
		entry.retries += 1;
	}

	/** The link dropped: whatever was on the wire goes out again, first thing, on the next connection. */
	releaseInFlight(): void {
		for (const entry of this.#entries) {
			entry.inFlight = false;
			entry.notBefore = 0;
		}
	}

	/** Milliseconds until a message held back by a retryable refusal becomes ready, or null if none waits. */
	msUntilRetry(): number | null {
		let earliest: number | null = null;
		for (const entry of this.#entries) {
			if (entry.inFlight || entry.notBefore === 0) continue;
			if (earliest === null || entry.notBefore < earliest) earliest = entry.notBefore;
		}
		return earliest === null ? null : Math.max(0, earliest - this.#clock());
	}

	#changed(): void {
		try {
			this.#onChange(this.pending);
		} catch {
			// The keeper reports its own trouble; a throwing hook must not stop the messages going out.
		}
	}

	#find(clientMsgId: string): Entry | undefined {
		return this.#entries.find(entry => entry.message.client_msg_id === clientMsgId);
	}

	#remove(clientMsgId: string): boolean {
		const index = this.#entries.findIndex(entry => entry.message.client_msg_id === clientMsgId);
		if (index === -1) return false;
		this.#entries.splice(index, 1);
		return true;
	}
}
