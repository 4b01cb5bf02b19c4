// Where the agent's event stream stands: which seq was processed last, which are duplicates, when to ack.

export type EventSequenceOptions = {
	/** Sends a cumulative ack for everything up to seq. */
	sendAck: (seq: number) => void;
	/** Ack at least this often while events are unacked. */
	ackIntervalMs: number;
	/** Ack at once after this many unacked events. */
	ackEvery?: number;
};

/**
 * Tracks the last processed seq of the session. An event at or below it was seen already (a replay overlap
 * or a duplicate) and is skipped. Acks are cumulative, so one ack covers a whole burst: the timer keeps the
 * server's replay buffer short without acking every single event.
 */
export class EventSequence {
	#lastSeq = 0;
	#lastAcked = 0;
	#unacked = 0;
	#timer: NodeJS.Timeout | undefined;
	readonly #sendAck: (seq: number) => void;
	readonly #intervalMs: number;
	readonly #ackEvery: number;

	constructor(options: EventSequenceOptions) {
		this.#sendAck = options.sendAck;
		this.#intervalMs = options.ackIntervalMs;
		this.#ackEvery = options.ackEvery ?? 100;
	}

	get lastSeq(): number {
		return this.#lastSeq;
	}

	get lastAcked(): number {
		return this.#lastAcked;
	}

	/**
	 * Starts counting from seq, which the server already knows we have: the snapshot's seq of a fresh session,
	 * or the last_seq we resumed from.
	 */
	reset(seq: number): void {
		this.pause();
		this.#lastSeq = seq;
		this.#lastAcked = seq;
		this.#unacked = 0;
	}

	/**
	 * Records a sequenced event. Returns false for a seq already processed, which the caller skips.
	 * Events that will not be processed (unknown name, invalid payload) are recorded all the same: the
	 * server must not replay them forever.
	 */
	advance(seq: number): boolean {
		if (seq <= this.#lastSeq) return false;
		this.#lastSeq = seq;
		this.#unacked += 1;
		if (this.#unacked >= this.#ackEvery) this.flush();
		else this.#timer ??= setTimeout(() => this.flush(), this.#intervalMs);
		return true;
	}

	/** Acks everything processed so far, if anything is unacked. */
	flush(): void {
		this.#clearTimer();
		if (this.#lastSeq <= this.#lastAcked) return;
		this.#lastAcked = this.#lastSeq;
		this.#unacked = 0;
		this.#sendAck(this.#lastSeq);
	}

	/** The link is down: nothing can be acked until the next connection, which resumes from lastSeq anyway. */
	pause(): void {
		this.#clearTimer();
	}

	#clearTimer(): void {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
}
