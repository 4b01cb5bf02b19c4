// One WebSocket link of either endpoint: JSON framing, inbound validation, heartbeats, bad-frame and rate limits.
import type {RawData, WebSocket} from 'ws';
import {
	CloseCode,
	decodeClientFrame,
	protocolError,
	type Endpoint,
	type ProtocolError,
	type ReqFrame,
} from '../protocol/index.js';
import {TokenBucket, type RateLimit} from './token-bucket.js';
import {StrikeWindow} from './strike-window.js';

/** More bad frames than this within BAD_FRAME_WINDOW_MS closes the link with 4400. */
const BAD_FRAMES_ALLOWED = 10;
const BAD_FRAME_WINDOW_MS = 60_000;
/** This many over-budget frames in a row closes the link with 4429. */
const RATE_LIMITED_IN_A_ROW = 50;
const OPEN = 1;
/** How long a closing link may take to finish the closing handshake before its socket is cut. */
const CLOSE_GRACE_MS = 2_000;

export type ConnectionSettings = {
	endpoint: Endpoint;
	heartbeatMs: number;
	rateLimit: RateLimit;
	/** Budgets this link shares with others (its address's); identity budgets join later through shareBudget. */
	sharedBudgets?: TokenBucket[];
	/** A link that has not signed in (auth, join or resume) by then is closed. */
	signInTimeoutMs: number;
	/** Past this many bytes waiting to be written, the link is closed with 4413: the client is not reading. */
	maxSendBufferBytes: number;
	/** Commits the store's pending writes; called before any frame leaves (store.flushWrites). */
	commitWrites?: () => void;
};

/** The TCP stream under the WebSocket (from the HTTP upgrade); corked so a burst of frames leaves in one write. */
export type Transport = {cork(): void; uncork(): void};

export type ConnectionHandlers = {
	request(frame: ReqFrame): void;
	ack(seq: number): void;
	/** Called once, when the link is closed by either side. */
	closed(code: number): void;
	/** A failure inside the connection's own code: logged, never thrown at ws. */
	error(error: unknown): void;
};

export class FrameConnection {
	private lastHeard = performance.now();
	private readonly pingTimer: NodeJS.Timeout;
	private silenceTimer: NodeJS.Timeout;
	private signInTimer: NodeJS.Timeout | null;
	/** This link's own budget first, then any it shares; a frame must fit in all of them. */
	private readonly budgets: TokenBucket[];
	private readonly badFrames = new StrikeWindow(BAD_FRAMES_ALLOWED, BAD_FRAME_WINDOW_MS);
	private overBudgetInARow = 0;
	private pings = 0;
	private isClosed = false;
	private corked = false;
	/** Frames that arrived while paused, oldest first; null when not paused. */
	private held: Array<[RawData, boolean]> | null = null;
	/** This link's number in the server log (0 until the contact centre numbers it). */
	link = 0;

	constructor(
		private readonly socket: WebSocket,
		private readonly settings: ConnectionSettings,
		private readonly handlers: ConnectionHandlers,
		private readonly transport: Transport | null = null,
	) {
		this.budgets = [new TokenBucket(settings.rateLimit), ...(settings.sharedBudgets ?? [])];
		const silenceLimit = 2 * settings.heartbeatMs;
		this.pingTimer = setInterval(() => this.sendFrame({type: 'ping', id: `hb${++this.pings}`}), settings.heartbeatMs);
		this.silenceTimer = setTimeout(this.watchSilence, silenceLimit);
		// A client that never signs in must not hold a socket forever just by answering pings.
		this.signInTimer = setTimeout(
			() => this.close(CloseCode.heartbeatTimeout, 'no auth in time'),
			settings.signInTimeoutMs,
		);
		socket.on('message', (data, isBinary) => this.receive(data, isBinary));
		socket.on('close', code => this.finish(code));
		// 'close' always follows 'error'; the listener only keeps ws from throwing.
		socket.on('error', () => {});
	}

	get closed(): boolean {
		return this.isClosed;
	}

	/**
	 * Handles no further frame until resumeReading (a request being answered off the event loop). Frames ws has
	 * already parsed wait in order; the socket stops reading, so what waits stays small.
	 */
	pauseReading(): void {
		this.held ??= [];
		this.socket.pause();
	}

	resumeReading(): void {
		const held = this.held ?? [];
		this.held = null;
		// A closed link reads on too: the client's answer to its close frame is what completes the closing handshake.
		this.socket.resume();
		if (this.isClosed) return;
		// The wait was the server's, not silence from the client.
		this.lastHeard = performance.now();
		while (held.length > 0 && this.held === null) {
			const [data, isBinary] = held.shift()!;
			this.receive(data, isBinary);
		}
		// Paused again by one of them: the rest wait, still first in line. (receive may have set it: TS cannot see that.)
		const again = this.held as Array<[RawData, boolean]> | null;
		if (again !== null) again.unshift(...held);
	}

	/** Stops the sign-in deadline: the client authenticated (or joined). */
	signedIn(): void {
		if (this.signInTimer) clearTimeout(this.signInTimer);
		this.signInTimer = null;
	}

	/** From now on this link also spends from `bucket` (the signed-in agent's, or the customer chat's). */
	shareBudget(bucket: TokenBucket): void {
		if (!this.budgets.includes(bucket)) this.budgets.push(bucket);
	}

	/** Sends a frame already serialised (events are serialised once and may be buffered for replay, `replay`). */
	sendText(text: string, replay = false): void {
		if (this.isClosed || this.socket.readyState !== OPEN) return;
		if (!this.corked) {
			// A client that does not read must not make the server hold its events without bound. What counts is what it
			// left unread from earlier turns: a burst written in this turn (a replay, a busy moment) is bounded by itself.
			if (!replay && this.socket.bufferedAmount > this.settings.maxSendBufferBytes) return this.dropSlowReader();
			// Frames written in the same turn of the event loop (an event and its res, messages from many customers to
			// one agent) are held until the turn ends and then leave in one system call: fewer writes and fewer packets.
			if (this.transport) {
				this.corked = true;
				this.transport.cork();
				setImmediate(this.flush);
			}
		}
		if (!this.transport) this.settings.commitWrites?.();
		this.socket.send(text);
	}

	sendFrame(frame: object): void {
		this.sendText(JSON.stringify(frame));
	}

	reply(id: string, payload: object): void {
		this.replyJson(id, JSON.stringify(payload));
	}

	replyJson(id: string, payloadJson: string): void {
		this.sendText(`{"type":"res","id":${JSON.stringify(id)},"ok":true,"payload":${payloadJson}}`);
	}

	replyError(id: string | null, error: ProtocolError): void {
		this.sendFrame({type: 'res', id, ok: false, error});
	}

	/** Answers a frame the client got wrong, and cuts the link off after too many. */
	rejectFrame(id: string | null, error: ProtocolError): void {
		this.replyError(id, error);
		if (this.badFrames.strike()) this.close(CloseCode.badFrame, 'too many bad frames');
	}

	close(code: number, reason: string): void {
		if (this.isClosed) return;
		// A close reason may hold at most 123 bytes; ours are ASCII.
		this.socket.close(code, reason.slice(0, 120));
		// A client that does not read never completes the closing handshake, and what waits for it stays in memory.
		setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref();
		this.finish(code);
	}

	/** Closes with 4413; the close frame waits behind what the client never read, so close() cuts the socket soon. */
	private dropSlowReader(): void {
		this.close(CloseCode.tooSlow, 'not reading fast enough; resume');
	}

	private finish(code: number): void {
		if (this.isClosed) return;
		this.isClosed = true;
		clearInterval(this.pingTimer);
		clearTimeout(this.silenceTimer);
		this.signedIn();
		try {
			this.handlers.closed(code);
		} catch (error) {
			this.handlers.error(error);
		}
	}

	private readonly flush = (): void => {
		this.corked = false;
		// What these frames say is stored must be on disk before they leave (a store with group commit). If it cannot
		// be, they never leave: the client resumes and sends again rather than believe something that is not stored.
		try {
			this.settings.commitWrites?.();
		} catch (error) {
			this.handlers.error(error);
			this.socket.terminate();
			return;
		}
		this.transport?.uncork();
	};

	// Checked lazily: one timer per link instead of re-arming a timer on every frame.
	private readonly watchSilence = (): void => {
		const limit = 2 * this.settings.heartbeatMs;
		const silentFor = performance.now() - this.lastHeard;
		if (silentFor >= limit) this.close(CloseCode.heartbeatTimeout, 'heartbeat timeout');
		else this.silenceTimer = setTimeout(this.watchSilence, limit - silentFor);
	};

	private receive(data: RawData, isBinary: boolean): void {
		if (this.isClosed) return;
		if (this.held !== null) {
			this.held.push([data, isBinary]);
			return;
		}
		const now = performance.now();
		this.lastHeard = now;
		try {
			const raw = isBinary ? data : data.toString();
			const decoded = decodeClientFrame(raw, this.settings.endpoint);
			const frame = decoded.ok ? decoded.frame : null;
			// Acks and pongs cost the server nothing and must never turn into errors: they spend no budget.
			const free = frame !== null && (frame.type === 'ack' || frame.type === 'pong');
			if (!free && !this.spend(now))
				return this.overBudget(frame ? (frame.type === 'req' ? frame.id : null) : decoded.ok ? null : decoded.id);
			this.overBudgetInARow = 0;
			if (!decoded.ok) return this.rejectFrame(decoded.id, decoded.error);
			switch (decoded.frame.type) {
				case 'req':
					return this.handlers.request(decoded.frame);
				case 'ack':
					return this.handlers.ack(decoded.frame.seq);
				case 'ping':
					return this.sendFrame(decoded.frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: decoded.frame.id});
				case 'pong':
					return;
			}
		} catch (error) {
			this.handlers.error(error);
			this.replyError(null, protocolError('internal', 'the server failed to handle this frame'));
		}
	}

	private spend(now: number): boolean {
		for (const bucket of this.budgets) if (!bucket.take(now)) return false;
		return true;
	}

	/** Only a request is answered (so its sender can match the refusal); nothing else is, so no error storm. */
	private overBudget(requestId: string | null): void {
		if (requestId !== null) this.replyError(requestId, protocolError('rate_limited', 'too many frames; slow down'));
		if (++this.overBudgetInARow >= RATE_LIMITED_IN_A_ROW) this.close(CloseCode.rateLimited, 'rate limited');
	}
}
