// A sequenced event stream with its replay buffer (one per agent session, one per customer chat), and the connection type.

/** One WebSocket connection as the variant server's logic sees it. */
export type Conn = {
	send(frame: object): void;
	close(code: number, reason: string): void;
	readonly endpoint: 'agent' | 'customer';
	/** Set once auth (agent) or join/resume (customer) succeeded. */
	agentId: string | null;
	stream: Stream | null;
	open: boolean;
};

type Buffered = {seq: number; event: string; ts: number; payload: object};

export class Stream {
	seq = 0;
	conn: Conn | null = null;
	/** Drops buffered events this many ms after the connection went, unless it comes back. */
	windowTimer: NodeJS.Timeout | undefined;
	ended = false;
	readonly #buffer: Buffered[] = [];
	/** Highest seq acknowledged (and dropped). */
	#dropped = 0;

	constructor(
		readonly id: string,
		readonly now: () => number,
	) {}

	push(event: string, payload: object): void {
		if (this.ended) return;
		const entry = {seq: ++this.seq, event, ts: this.now(), payload};
		this.#buffer.push(entry);
		this.conn?.send({type: 'evt', ...entry});
	}

	transient(event: string, payload: object): void {
		this.conn?.send({type: 'evt', event, ts: this.now(), payload});
	}

	/** False for an ack above the last seq sent. */
	ack(seq: number): boolean {
		if (seq > this.seq) return false;
		while (this.#buffer.length > 0 && this.#buffer[0]!.seq <= seq) this.#buffer.shift();
		this.#dropped = Math.max(this.#dropped, seq);
		return true;
	}

	/** The events after lastSeq, or null when some of them are gone (or lastSeq is in the future). */
	replay(lastSeq: number, keepDropped = false): Buffered[] | null {
		if (lastSeq > this.seq) return null;
		if (lastSeq < this.#dropped && !keepDropped) return null;
		return this.#buffer.filter(entry => entry.seq > lastSeq);
	}
}
