// A sequenced event stream that outlives its socket: seq numbering, the replay buffer, acks and the resume window.
import type {
	SequencedAgentEvent,
	SequencedCustomerEvent,
	TransientAgentEvent,
	TransientCustomerEvent,
} from '../protocol/index.js';
import type {FrameConnection} from './connection.js';

/** Past this many unacked events a session is no longer resumable (docs/protocol-rules: Sequencing). */
export const MAX_BUFFERED_EVENTS = 10_000;
/** ... or past this many characters of them: a client that never acks cannot make a resume replay megabytes. */
export const MAX_BUFFERED_CHARS = 4 * 1024 * 1024;

export type EventSessionOptions<S extends string, T extends string> = {
	id: string;
	resumeWindowMs: number;
	now: () => number;
	/** Called once when the socket has been gone for the whole resume window. */
	onExpire: (session: EventSession<S, T>) => void;
	maxBuffered?: number;
	maxBufferedChars?: number;
	/** The seq the stream continues from (a customer's stream rebuilt after a restart); default 0. */
	startSeq?: number;
};

/**
 * S: the endpoint's sequenced event names, T: its transient ones (both from the protocol's event tables), so a
 * transient event can never be sequenced by mistake, nor the other way round.
 */
export class EventSession<S extends string = string, T extends string = string> {
	readonly id: string;
	private lastSeq = 0;
	/** Serialised frames not yet acked; frames[i] has seq firstSeq + i, and those before head are acked. */
	private frames: string[] = [];
	private head = 0;
	private firstSeq = 1;
	/** Characters in frames[head..]: what a replay would send. */
	private bufferedChars = 0;
	private resumable = true;
	private link: FrameConnection | null = null;
	private windowTimer: NodeJS.Timeout | null = null;
	private ended = false;

	constructor(private readonly options: EventSessionOptions<S, T>) {
		this.id = options.id;
		this.lastSeq = options.startSeq ?? 0;
		this.firstSeq = this.lastSeq + 1;
	}

	get seq(): number {
		return this.lastSeq;
	}

	get connection(): FrameConnection | null {
		return this.link;
	}

	get isEnded(): boolean {
		return this.ended;
	}

	/** Sequences, buffers and (when connected) sends an event. payloadJson is the payload already serialised. */
	emitJson(event: S, payloadJson: string): void {
		if (this.ended) return;
		const seq = ++this.lastSeq;
		const text = `{"type":"evt","seq":${seq},"event":${JSON.stringify(event)},"ts":${this.options.now()},"payload":${payloadJson}}`;
		if (this.resumable) {
			this.frames.push(text);
			this.bufferedChars += text.length;
			if (
				this.frames.length - this.head > (this.options.maxBuffered ?? MAX_BUFFERED_EVENTS) ||
				this.bufferedChars > (this.options.maxBufferedChars ?? MAX_BUFFERED_CHARS)
			)
				this.giveUpReplay();
		}
		this.link?.sendText(text);
	}

	emit(event: S, payload: object): void {
		this.emitJson(event, JSON.stringify(payload));
	}

	/** Transient events carry no seq, are not buffered, and are lost while disconnected. */
	emitTransient(event: T, payload: object): void {
		if (this.ended || !this.link) return;
		this.link.sendText(JSON.stringify({type: 'evt', event, ts: this.options.now(), payload}));
	}

	/** Cumulative ack; false when seq is above anything sent (the client is confused). */
	ack(seq: number): boolean {
		if (seq > this.lastSeq) return false;
		this.trim(seq);
		return true;
	}

	/** True when every event after lastSeq is still buffered. */
	canResume(lastSeq: number): boolean {
		return !this.ended && this.resumable && lastSeq <= this.lastSeq && lastSeq >= this.firstSeq + this.head - 1;
	}

	/** Puts a socket on the session; with replayAfter, first sends every buffered event after that seq. */
	attach(connection: FrameConnection, replayAfter?: number): void {
		if (this.ended) return;
		this.stopWindow();
		this.link = connection;
		if (replayAfter === undefined) return;
		this.trim(replayAfter);
		for (let i = this.head; i < this.frames.length; i++) connection.sendText(this.frames[i]!, true);
	}

	/** The socket went away: events keep being buffered, and the resume window starts. */
	detach(connection: FrameConnection): void {
		if (this.link !== connection || this.ended) return;
		this.link = null;
		this.awaitReturn();
	}

	/** Starts the resume window with nobody connected (a session rebuilt after a restart). */
	awaitReturn(): void {
		if (this.link || this.ended || this.windowTimer) return;
		this.windowTimer = setTimeout(() => {
			this.windowTimer = null;
			this.end();
			this.options.onExpire(this);
		}, this.options.resumeWindowMs);
	}

	/** Ends the session for good (window over, replaced by a fresh login, server shutdown). Does not close the socket. */
	end(): void {
		this.ended = true;
		this.stopWindow();
		this.link = null;
		this.frames = [];
		this.head = 0;
		this.bufferedChars = 0;
	}

	private stopWindow(): void {
		if (this.windowTimer) clearTimeout(this.windowTimer);
		this.windowTimer = null;
	}

	private trim(upTo: number): void {
		const drop = Math.min(upTo - (this.firstSeq + this.head) + 1, this.frames.length - this.head);
		if (drop <= 0) return;
		for (let i = this.head; i < this.head + drop; i++) this.bufferedChars -= this.frames[i]!.length;
		this.head += drop;
		// Compact now and then rather than shifting the array on every ack.
		if (this.head === this.frames.length || (this.head > 1_024 && this.head * 2 > this.frames.length)) {
			this.frames = this.frames.slice(this.head);
			this.firstSeq += this.head;
			this.head = 0;
		}
	}

	private giveUpReplay(): void {
		this.resumable = false;
		this.frames = [];
		this.head = 0;
		this.bufferedChars = 0;
		this.firstSeq = this.lastSeq + 1;
	}
}

/** An agent's stream: the agent endpoint's events, sequenced and transient as the protocol's event table declares. */
export type AgentStream = EventSession<SequencedAgentEvent, TransientAgentEvent>;
/** A customer's stream: the customer endpoint's events. */
export type CustomerStream = EventSession<SequencedCustomerEvent, TransientCustomerEvent>;
