// One WebSocket link of either endpoint: JSON framing, inbound validation, heartbeats, bad-frame and rate limits.
import type {RawData, WebSocket} from 'ws';
import {
	CloseCode,
	decodeClientFrame,
	LIMITS,
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

export type ConnectionSettings = {
	endpoint: Endpoint;
	heartbeatMs: number;
	rateLimit: RateLimit;
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
	private readonly bucket: TokenBucket;
	private readonly badFrames = new StrikeWindow(BAD_FRAMES_ALLOWED, BAD_FRAME_WINDOW_MS);
	private overBudgetInARow = 0;
	private pings = 0;
	private isClosed = false;
	private corked = false;

	constructor(
		private readonly socket: WebSocket,
		private readonly settings: ConnectionSettings,
		private readonly handlers: ConnectionHandlers,
		private readonly transport: Transport | null = null,
	) {
		this.bucket = new TokenBucket(settings.rateLimit);
		const silenceLimit = 2 * settings.heartbeatMs;
		this.pingTimer = setInterval(() => this.sendFrame({type: 'ping', id: `hb${++this.pings}`}), settings.heartbeatMs);
		this.silenceTimer = setTimeout(this.watchSilence, silenceLimit);
		// A client that never signs in must not hold a socket forever just by answering pings.
		this.signInTimer = setTimeout(() => this.close(CloseCode.heartbeatTimeout, 'no auth in time'), silenceLimit);
		socket.on('message', (data, isBinary) => this.receive(data, isBinary));
		socket.on('close', code => this.finish(code));
		// 'close' always follows 'error'; the listener only keeps ws from throwing.
		socket.on('error', () => {});
	}

	get closed(): boolean {
		return this.isClosed;
	}

	/** Stops the sign-in deadline: the client authenticated (or joined). */
	signedIn(): void {
		if (this.signInTimer) clearTimeout(this.signInTimer);
		this.signInTimer = null;
	}

	/** Sends a frame already serialised (events are serialised once and may be buffered for replay). */
	sendText(text: string): void {
		if (this.isClosed || this.socket.readyState !== OPEN) return;
		// Frames written in the same turn of the event loop (an event and its res, messages from many customers to
		// one agent) are held until the turn ends and then leave in one system call: fewer writes and fewer packets.
		if (this.transport && !this.corked) {
			this.corked = true;
			this.transport.cork();
			setImmediate(this.flush);
		}
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
		this.finish(code);
	}

	/** Drops the socket at once, without a closing handshake (server shutdown). */
	terminate(): void {
		this.socket.terminate();
		this.finish(CloseCode.goingAway);
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
		const now = performance.now();
		this.lastHeard = now;
		try {
			const raw = isBinary ? data : data.toString();
			if (!this.bucket.take(now)) return this.overBudget(raw);
			this.overBudgetInARow = 0;
			const decoded = decodeClientFrame(raw, this.settings.endpoint);
			if (!decoded.ok) return this.rejectFrame(decoded.id, decoded.error);
			const frame = decoded.frame;
			switch (frame.type) {
				case 'req':
					return this.handlers.request(frame);
				case 'ack':
					return this.handlers.ack(frame.seq);
				case 'ping':
					return this.sendFrame(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id});
				case 'pong':
					return;
			}
		} catch (error) {
			this.handlers.error(error);
			this.replyError(null, protocolError('internal', 'the server failed to handle this frame'));
		}
	}

	private overBudget(raw: unknown): void {
		this.replyError(requestIdOf(raw), protocolError('rate_limited', 'too many frames; slow down'));
		if (++this.overBudgetInARow >= RATE_LIMITED_IN_A_ROW) this.close(CloseCode.rateLimited, 'rate limited');
	}
}

/** The id of a request the server will not execute, so the client can still match the answer. */
function requestIdOf(raw: unknown): string | null {
	if (typeof raw !== 'string' || raw.length > LIMITS.maxFrameBytes) return null;
	try {
		const value = JSON.parse(raw) as unknown;
		const id = typeof value === 'object' && value !== null ? (value as {id?: unknown}).id : undefined;
		return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.maxIdChars ? id : null;
	} catch {
		return null;
	}
}
