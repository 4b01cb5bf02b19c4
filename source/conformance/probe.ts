// One raw WebSocket to the server under test: validates every frame it receives and waits for frames with deadlines.
import WebSocket, {type RawData} from 'ws';
import {
	decodeResult,
	decodeServerFrame,
	RETRYABLE,
	type Endpoint,
	type ErrorCode,
	type ResFrame,
	type ServerFrame,
} from '../protocol/index.js';
import {CheckFailure} from './check.js';
import {describeFrame, describeRaw, oneLine} from './describe.js';

/** Something the server sent that breaks the protocol, reported to whichever check is running. */
export type Violation = {probe: string; reason: string};

export type ReceivedFrame = {
	index: number;
	/** The text as received (binary frames are shown as `<binary N bytes>`). */
	raw: string;
	/** The frame after validation, or null when it did not validate. */
	frame: ServerFrame | null;
	/** Why it did not validate. */
	invalid?: string;
	/** For a successful `res`: its payload validated against the op it answers. */
	result?: Record<string, unknown>;
};

export type CloseInfo = {code: number; reason: string};

export type ProbeOptions = {
	url: string;
	endpoint: Endpoint;
	/** Subprotocols to offer; an empty list offers none. */
	protocols: string[];
	/** Names the probe in failure reasons, e.g. "agent" or "customer 2". */
	label: string;
	timeoutMs: number;
	onViolation: (violation: Violation) => void;
};

type Waiter = {check: () => boolean; onClose: (close: CloseInfo) => void};

let probeCounter = 0;

export class Probe {
	readonly label: string;
	readonly endpoint: Endpoint;
	readonly timeoutMs: number;
	readonly frames: ReceivedFrame[] = [];
	/** Seq of every sequenced event, in arrival order, with the frame index it came at. */
	readonly seqs: Array<{seq: number; index: number; event: string}> = [];
	/** Where this probe's stream of sequenced events starts: events after frame `index` must begin at `base + 1`. */
	seqStart: {index: number; base: number} | null = null;
	closed: CloseInfo | null = null;

	private readonly ws: WebSocket;
	private readonly onViolation: (violation: Violation) => void;
	private readonly pending = new Map<string, string>();
	private readonly answered = new Set<string>();
	private readonly waiters = new Set<Waiter>();
	private readonly closeListeners = new Set<(close: CloseInfo) => void>();
	private nextId = 0;
	private readonly idPrefix: string;

	private constructor(ws: WebSocket, options: ProbeOptions) {
		this.ws = ws;
		this.label = options.label;
		this.endpoint = options.endpoint;
		this.timeoutMs = options.timeoutMs;
		this.onViolation = options.onViolation;
		this.idPrefix = `cf${++probeCounter}`;
		ws.on('message', (data, isBinary) => this.receive(data, isBinary));
		ws.on('close', (code, reason) => {
			this.closed = {code, reason: reason.toString()};
			for (const listener of this.closeListeners) listener(this.closed);
			for (const waiter of [...this.waiters]) waiter.onClose(this.closed);
		});
		ws.on('error', () => {
			// A socket error is followed by 'close'; the close code tells the story.
		});
	}

	/** Opens a socket; rejects with a one-line reason when the upgrade is refused or nothing answers in time. */
	static open(options: ProbeOptions): Promise<Probe> {
		return new Promise((resolve, reject) => {
			const ws = new WebSocket(options.url, options.protocols, {handshakeTimeout: options.timeoutMs});
			// The probe exists before 'open' so that frames sent right after the upgrade are not missed.
			const probe = new Probe(ws, options);
			const onResponse = (_request: unknown, response: {statusCode?: number; resume: () => void}) => {
				response.resume();
				fail(`${options.label}: upgrade to ${options.url} refused with HTTP ${response.statusCode}`);
			};
			const onError = (error: Error) =>
				fail(`${options.label}: cannot connect to ${options.url}: ${oneLine(error.message)}`);
			const onOpen = () => {
				ws.off('unexpected-response', onResponse);
				ws.off('error', onError);
				resolve(probe);
			};
			const fail = (reason: string) => {
				ws.off('open', onOpen);
				ws.off('unexpected-response', onResponse);
				ws.off('error', onError);
				ws.terminate();
				reject(new CheckFailure(reason));
			};
			ws.once('open', onOpen);
			ws.once('unexpected-response', onResponse);
			ws.once('error', onError);
		});
	}

	/** Opens a socket expecting the upgrade to be refused; resolves with the HTTP status (or null if it was accepted). */
	static refusedStatus(url: string, protocols: string[], timeoutMs: number): Promise<number | null> {
		return new Promise((resolve, reject) => {
			const ws = new WebSocket(url, protocols, {handshakeTimeout: timeoutMs});
			ws.once('unexpected-response', (_request, response) => {
				resolve(response.statusCode ?? 0);
				response.resume();
				ws.terminate();
			});
			ws.once('open', () => {
				resolve(null);
				ws.terminate();
			});
			ws.once('error', error => reject(new CheckFailure(`cannot connect to ${url}: ${oneLine(error.message)}`)));
		});
	}

	/** The subprotocol the server picked ('' when none). */
	get protocol(): string {
		return this.ws.protocol;
	}

	get isOpen(): boolean {
		return this.ws.readyState === WebSocket.OPEN;
	}

	/** Index the next received frame will get; pass it as `since` to wait only for frames after this point. */
	mark(): number {
		return this.frames.length;
	}

	newId(): string {
		return `${this.idPrefix}-${++this.nextId}`;
	}

	/** Sends a JSON value as a text frame. */
	send(value: unknown): void {
		this.sendRaw(JSON.stringify(value));
	}

	sendRaw(data: string | Buffer, options: {binary?: boolean} = {}): void {
		if (!this.isOpen) {
			throw new CheckFailure(
				`${this.label}: cannot send, the connection is ${this.closed ? `closed (${this.closed.code})` : 'not open'}`,
			);
		}
		this.ws.send(data, {binary: options.binary ?? false});
	}

	/** Notes that a res with this id answering this op is expected, so that its payload gets validated. */
	expectAnswer(id: string, op: string): void {
		this.pending.set(id, op);
	}

	/** Sends a req and waits for the res with its id. */
	/** Sends a req (with any `extra` envelope fields, to test that unknown ones are ignored) and waits for its res. */
	async request(
		op: string,
		payload: Record<string, unknown>,
		timeoutMs = this.timeoutMs,
		extra: Record<string, unknown> = {},
	): Promise<ReceivedFrame & {frame: ResFrame}> {
		const id = this.newId();
		const since = this.mark();
		this.expectAnswer(id, op);
		this.send({type: 'req', id, op, payload, ...extra});
		const received = await this.waitFor(frame => frame.type === 'res' && frame.id === id, `a res to ${op} (id ${id})`, {
			since,
			timeoutMs,
		});
		return received as ReceivedFrame & {frame: ResFrame};
	}

	/** Sends a req and returns its validated result; a failed or invalid answer fails the check. */
	async call(op: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
		const received = await this.request(op, payload);
		const res = received.frame;
		if (!res.ok)
			throw new CheckFailure(`${this.label}: ${op} answered error ${res.error.code} (${oneLine(res.error.message)})`);
		if (!received.result) throw new CheckFailure(`${this.label}: the res to ${op} is not a valid ${op} result`);
		return received.result;
	}

	/** Sends a req and expects a failed res with this error code. */
	async expectError(op: string, payload: Record<string, unknown>, code: string): Promise<ResFrame & {ok: false}> {
		const res = (await this.request(op, payload)).frame;
		if (res.ok) throw new CheckFailure(`${this.label}: expected ${op} to answer error ${code}, got ok`);
		if (res.error.code !== code) {
			throw new CheckFailure(
				`${this.label}: expected ${op} to answer error ${code}, got ${res.error.code} (${oneLine(res.error.message)})`,
			);
		}
		// §10: the flag MUST match the code's row; a client decides on it whether to send the same request again.
		const retryable = RETRYABLE.has(code as ErrorCode);
		if (res.error.retryable !== retryable) {
			throw new CheckFailure(
				`${this.label}: ${op} answered ${code} with retryable:${res.error.retryable}; §10 gives ${code} retryable:${retryable}`,
			);
		}
		return res;
	}

	/** Waits for the frame at this index to arrive, valid or not. */
	waitFrameAt(index: number, what: string): Promise<ReceivedFrame> {
		return this.waitUntil(() => this.frames[index], what, 0, this.timeoutMs);
	}

	/**
	 * Waits for a valid frame matching the predicate, looking at frames from index `since` on (already received
	 * ones included). Fails on the deadline, or when the connection closes first.
	 */
	waitFor(
		predicate: (frame: ServerFrame, received: ReceivedFrame) => boolean,
		what: string,
		options: {since?: number; timeoutMs?: number} = {},
	): Promise<ReceivedFrame> {
		const since = options.since ?? 0;
		const find = () =>
			this.frames.slice(since).find(received => received.frame !== null && predicate(received.frame, received));
		return this.waitUntil(find, what, since, options.timeoutMs ?? this.timeoutMs);
	}

	private waitUntil(
		find: () => ReceivedFrame | undefined,
		what: string,
		since: number,
		timeoutMs: number,
	): Promise<ReceivedFrame> {
		const already = find();
		if (already) return Promise.resolve(already);
		return new Promise((resolve, reject) => {
			const waiter: Waiter = {
				check: () => {
					const found = find();
					if (!found) return false;
					finish();
					resolve(found);
					return true;
				},
				onClose: close => {
					// Frames that came just before the close were checked as they arrived.
					finish();
					reject(
						new CheckFailure(
							`${this.label}: expected ${what}, but the connection closed (${describeClose(close)})${this.seenSince(since)}`,
						),
					);
				},
			};
			const timer = setTimeout(() => {
				finish();
				reject(new CheckFailure(`${this.label}: expected ${what} within ${timeoutMs} ms${this.seenSince(since)}`));
			}, timeoutMs);
			const finish = () => {
				clearTimeout(timer);
				this.waiters.delete(waiter);
			};
			if (this.closed) {
				waiter.onClose(this.closed);
				return;
			}
			this.waiters.add(waiter);
		});
	}

	/** Waits for an event (of this chat, when chatId is given) and returns its validated payload. */
	async waitEvent<P = Record<string, unknown>>(
		event: string,
		options: {chatId?: string; since?: number; timeoutMs?: number; match?: (payload: P) => boolean; what?: string} = {},
	): Promise<P> {
		const {chatId, match} = options;
		const what = options.what ?? `${event}${chatId === undefined ? '' : ` for chat ${chatId}`}`;
		const received = await this.waitFor(
			frame =>
				frame.type === 'evt' &&
				frame.event === event &&
				(chatId === undefined || chatIdOf(frame.payload) === chatId) &&
				(match === undefined || match(frame.payload as P)),
			what,
			options,
		);
		return (received.frame as {payload: unknown}).payload as P;
	}

	/** Waits for the server to close the connection; resolves with the close code and reason. */
	waitClose(what: string, timeoutMs = this.timeoutMs): Promise<CloseInfo> {
		if (this.closed) return Promise.resolve(this.closed);
		return new Promise((resolve, reject) => {
			const listener = (close: CloseInfo) => {
				clearTimeout(timer);
				resolve(close);
			};
			const timer = setTimeout(() => {
				this.closeListeners.delete(listener);
				reject(
					new CheckFailure(`${this.label}: expected ${what} within ${timeoutMs} ms, but the connection stayed open`),
				);
			}, timeoutMs);
			this.closeListeners.add(listener);
		});
	}

	/** A ping/pong round trip: once the pong is back, the server has handled everything sent before the ping. */
	async barrier(what = 'a pong'): Promise<void> {
		const id = this.newId();
		const since = this.mark();
		this.send({type: 'ping', id});
		await this.waitFor(frame => frame.type === 'pong' && frame.id === id, `${what} (pong with id ${id})`, {since});
	}

	/** Valid frames received from index `since` on. */
	framesSince(since: number): ServerFrame[] {
		return this.frames.slice(since).flatMap(received => (received.frame ? [received.frame] : []));
	}

	/** The highest seq received so far (0 when none). */
	get lastSeq(): number {
		return this.seqs.reduce((highest, entry) => Math.max(highest, entry.seq), 0);
	}

	/** Drops the TCP connection without a closing handshake, as a broken network link would. */
	drop(): void {
		this.ws.terminate();
	}

	/** Closes politely, and forcibly when the server does not complete the closing handshake in time. */
	async close(timeoutMs = 1_000): Promise<void> {
		if (this.ws.readyState === WebSocket.CLOSED) return;
		if (this.ws.readyState === WebSocket.CONNECTING) {
			this.ws.terminate();
			return;
		}
		const closed = new Promise<void>(resolve => this.ws.once('close', () => resolve()));
		if (this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, 'conformance run over');
		const timer = setTimeout(() => this.ws.terminate(), timeoutMs);
		await closed;
		clearTimeout(timer);
	}

	private seenSince(since: number): string {
		const seen = this.frames
			.slice(since)
			.map(received => (received.frame ? describeFrame(received.frame) : describeRaw(received.raw)));
		if (seen.length === 0) return '; nothing came';
		const shown = seen.slice(-4).join(', ');
		return `; got ${seen.length > 4 ? `${seen.length} frames, last: ` : ''}${shown}`;
	}

	private receive(data: RawData, isBinary: boolean): void {
		const buffer = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
		const index = this.frames.length;
		if (isBinary) {
			this.frames.push({index, raw: `<binary ${buffer.length} bytes>`, frame: null, invalid: 'binary frame'});
			this.violation(`sent a binary frame (only JSON text frames are allowed)`);
			this.notify();
			return;
		}
		const raw = buffer.toString('utf8');
		const decoded = decodeServerFrame(raw, this.endpoint);
		const received: ReceivedFrame = decoded.ok
			? {index, raw, frame: decoded.frame}
			: {index, raw, frame: null, invalid: oneLine(decoded.error.message)};
		this.frames.push(received);
		if (!decoded.ok) {
			this.violation(`sent an invalid frame (${received.invalid}): ${describeRaw(raw)}`);
		} else {
			this.inspect(received, decoded.frame);
		}
		this.notify();
	}

	private inspect(received: ReceivedFrame, frame: ServerFrame): void {
		if (frame.type === 'ping') {
			// Answering pings keeps the connection alive on servers with a short heartbeat.
			if (this.isOpen)
				this.ws.send(JSON.stringify(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id}));
			return;
		}
		if (frame.type === 'hello' && received.index !== 0) {
			this.violation('sent a second hello');
			return;
		}
		if (frame.type === 'evt' && frame.seq !== undefined) {
			this.seqs.push({seq: frame.seq, index: received.index, event: frame.event});
			return;
		}
		if (frame.type !== 'res' || frame.id === null) return;
		if (this.answered.has(frame.id)) {
			this.violation(`answered request ${frame.id} twice`);
			return;
		}
		const op = this.pending.get(frame.id);
		if (op === undefined) {
			this.violation(`sent a res for id ${frame.id}, which was never used in a request`);
			return;
		}
		this.pending.delete(frame.id);
		this.answered.add(frame.id);
		if (!frame.ok) return;
		const result = decodeResult(this.endpoint, op, frame.payload);
		if (result.ok) received.result = result.value;
		else this.violation(`answered ${op} with an invalid result (${oneLine(result.error.message)})`);
	}

	private notify(): void {
		for (const waiter of [...this.waiters]) waiter.check();
	}

	private violation(reason: string): void {
		this.onViolation({probe: this.label, reason: `${this.label} ${reason}`});
	}
}

export function describeClose(close: CloseInfo): string {
	return close.reason ? `code ${close.code}, "${oneLine(close.reason)}"` : `code ${close.code}`;
}

/** The chat id of an event payload that carries one as chat_id, chat.id or chat.chat_id. */
export function chatIdOf(payload: Record<string, unknown>): string | undefined {
	if (typeof payload['chat_id'] === 'string') return payload['chat_id'];
	const chat = payload['chat'] as {id?: unknown; chat_id?: unknown} | undefined;
	if (typeof chat?.id === 'string') return chat.id;
	if (typeof chat?.chat_id === 'string') return chat.chat_id;
	return undefined;
}
