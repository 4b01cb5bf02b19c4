// The widget's link to the customer endpoint (protocol §17): join or resume, requests, sequenced events, acks, reconnect.
// Hand-written instead of source/client's CustomerClient: that one runs on Node's ws and validates with zod, which would
// be most of the 20 KB budget; the widget checks the few fields it reads and shows only text.
import {CUSTOMER_SUBPROTOCOL} from '../protocol/version.js';

export type WireState = 'connecting' | 'ready' | 'offline' | 'lost' | 'replaced';

export type Joined = {chat: ChatView; resume_token: string; seq: number};
export type ChatView = {chat_id: string; status: string; agent_name: string | null; department_id: string | null};

export type WireHandlers = {
	/** A sequenced event (seq above every one seen before) or a transient one (seq undefined). */
	event(name: string, payload: Record<string, unknown>, seq: number | undefined): void;
	/** After join or resume answered: the token and seq to keep for the next resume. */
	joined(result: Joined, resumed: boolean): void;
	state(state: WireState, detail?: string): void;
};

export type WireStart =
	{join: Record<string, unknown>} | {resume: {resume_token: string; last_seq: number}; join?: Record<string, unknown>};

type Pending = {resolve(payload: Record<string, unknown>): void; reject(error: WireError): void};

export class WireError extends Error {
	constructor(
		readonly code: string,
		message: string,
	) {
		super(message);
	}
}

/** Close codes that mean "do not come back on your own" (protocol §11): a newer tab took over, the chat is gone. */
const REPLACED = 4003;
const RESUME_OVER = 4009;

export class CustomerWire {
	#socket: WebSocket | null = null;
	#pending = new Map<string, Pending>();
	#nextId = 0;
	#lastSeq = 0;
	#token: string | null = null;
	#attempt = 0;
	#timers: {retry?: number; ack?: number; silence?: number} = {};
	#heartbeatMs = 15_000;
	#stopped = false;
	#ready = false;

	constructor(
		private readonly url: string,
		private readonly start: WireStart,
		private readonly handlers: WireHandlers,
	) {
		if ('resume' in start) {
			this.#token = start.resume.resume_token;
			this.#lastSeq = start.resume.last_seq;
		}
		this.#connect();
	}

	get ready(): boolean {
		return this.#ready;
	}

	/** Sends a request once the chat is joined; rejects if the link drops before the answer (the caller retries). */
	request(op: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
		if (!this.#ready || !this.#socket) return Promise.reject(new WireError('offline', 'not connected'));
		return this.#send(op, payload);
	}

	stop(): void {
		this.#stopped = true;
		this.#ready = false;
		for (const timer of Object.values(this.#timers)) clearTimeout(timer);
		this.#socket?.close(1000);
		this.#socket = null;
	}

	#send(op: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
		const id = `w${++this.#nextId}`;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, {resolve, reject});
			this.#socket!.send(JSON.stringify({type: 'req', id, op, payload}));
		});
	}

	#connect(): void {
		if (this.#stopped) return;
		this.handlers.state('connecting');
		let socket: WebSocket;
		try {
			socket = new WebSocket(this.url, CUSTOMER_SUBPROTOCOL);
		} catch {
			return this.#dropped(socket!);
		}
		this.#socket = socket;
		socket.onmessage = message => this.#receive(socket, message.data);
		socket.onclose = close => this.#closed(socket, close.code);
		// An error is always followed by a close, which does the work.
		socket.onerror = () => {};
	}

	#receive(socket: WebSocket, data: unknown): void {
		if (socket !== this.#socket || typeof data !== 'string') return;
		let frame: Record<string, unknown>;
		try {
			frame = JSON.parse(data) as Record<string, unknown>;
		} catch {
			return;
		}
		this.#heard();
		if (frame.type === 'hello') {
			if (typeof frame.heartbeat_ms === 'number') this.#heartbeatMs = frame.heartbeat_ms;
			this.#heard();
			this.#signIn();
		} else if (frame.type === 'ping') {
			socket.send(JSON.stringify(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id}));
		} else if (frame.type === 'res' && typeof frame.id === 'string') {
			const pending = this.#pending.get(frame.id);
			this.#pending.delete(frame.id);
			const error = frame.error as {code?: string; message?: string} | undefined;
			if (frame.ok === true) pending?.resolve((frame.payload ?? {}) as Record<string, unknown>);
			else pending?.reject(new WireError(String(error?.code ?? 'internal'), String(error?.message ?? '')));
		} else if (frame.type === 'evt' && typeof frame.event === 'string') {
			const payload = (frame.payload ?? {}) as Record<string, unknown>;
			if (typeof frame.seq !== 'number') return this.handlers.event(frame.event, payload, undefined);
			// Replayed events the widget already has (a resume from an older seq) are skipped: nothing shows twice.
			if (frame.seq <= this.#lastSeq) return;
			this.#lastSeq = frame.seq;
			this.handlers.event(frame.event, payload, frame.seq);
			this.#timers.ack ??= setTimeout(() => {
				this.#timers.ack = undefined;
				if (this.#socket === socket && socket.readyState === WebSocket.OPEN)
					socket.send(JSON.stringify({type: 'ack', seq: this.#lastSeq}));
			}, 250) as unknown as number;
		}
	}

	#signIn(): void {
		const resume = this.#token !== null;
		const payload = resume
			? {resume_token: this.#token, last_seq: this.#lastSeq}
			: ('join' in this.start && this.start.join) || {};
		this.#send(resume ? 'resume' : 'join', payload).then(
			result => {
				const joined = result as unknown as Joined;
				this.#token = joined.resume_token;
				// After join the stream's seq is where events start; after resume, the replay follows from our own seq.
				if (!resume) this.#lastSeq = joined.seq;
				this.#attempt = 0;
				this.#ready = true;
				this.handlers.joined(joined, resume);
				this.handlers.state('ready');
			},
			(error: WireError) => {
				if (error.code === 'resume_expired') return this.#lose('resume_expired');
				if (error.code === 'offline') return;
				// A refused join (an unknown department, too many chats) will not get better by retrying.
				this.#lose(error.code);
			},
		);
	}

	#heard(): void {
		clearTimeout(this.#timers.silence);
		const socket = this.#socket;
		// Two heartbeats without a word: the link is dead even if the browser has not noticed (protocol §6).
		this.#timers.silence = setTimeout(() => {
			if (socket === this.#socket) socket?.close(4000);
		}, 2 * this.#heartbeatMs) as unknown as number;
	}

	#closed(socket: WebSocket, code: number): void {
		if (socket !== this.#socket) return;
		if (code === REPLACED) {
			this.#end();
			this.#stopped = true;
			return this.handlers.state('replaced');
		}
		if (code === RESUME_OVER) return this.#lose('resume_expired');
		this.#dropped(socket);
	}

	#dropped(socket: WebSocket | undefined): void {
		if (socket && socket !== this.#socket) return;
		this.#end();
		if (this.#stopped) return;
		this.handlers.state('offline');
		// Backoff with jitter, 0.5 s doubling to 15 s: a server coming back is not stormed by every page at once.
		const delay = Math.min(15_000, 500 * 2 ** this.#attempt++) * (0.75 + Math.random() / 2);
		this.#timers.retry = setTimeout(() => this.#connect(), delay) as unknown as number;
	}

	#lose(reason: string): void {
		this.#end();
		this.#stopped = true;
		this.#socket?.close(1000);
		this.handlers.state('lost', reason);
	}

	#end(): void {
		this.#ready = false;
		clearTimeout(this.#timers.silence);
		clearTimeout(this.#timers.ack);
		this.#timers.ack = undefined;
		for (const pending of this.#pending.values()) pending.reject(new WireError('offline', 'the link dropped'));
		this.#pending.clear();
	}
}

export type ServerInfo = {
	online: boolean;
	departments: {id: string; name: string; names?: Record<string, string>}[];
};

/**
 * Asks the server `info` (protocol 1.2) on a short-lived link: who is there, which departments. Null when the server
 * is older, unreachable or slow: the widget then offers the page's own settings and the plain chat.
 */
export function fetchInfo(url: string, timeoutMs = 5_000): Promise<ServerInfo | null> {
	return new Promise(resolve => {
		let socket: WebSocket;
		const done = (info: ServerInfo | null) => {
			clearTimeout(timer);
			resolve(info);
			socket?.close(1000);
		};
		const timer = setTimeout(() => done(null), timeoutMs);
		try {
			socket = new WebSocket(url, CUSTOMER_SUBPROTOCOL);
		} catch {
			return done(null);
		}
		socket.onclose = () => done(null);
		socket.onmessage = message => {
			let frame: Record<string, unknown>;
			try {
				frame = JSON.parse(String(message.data)) as Record<string, unknown>;
			} catch {
				return done(null);
			}
			if (frame.type === 'hello') socket.send(JSON.stringify({type: 'req', id: 'info', op: 'info', payload: {}}));
			else if (frame.type === 'res' && frame.id === 'info') {
				const payload = frame.payload as Partial<ServerInfo> | undefined;
				if (frame.ok !== true || typeof payload?.online !== 'boolean' || !Array.isArray(payload.departments))
					return done(null);
				done({online: payload.online, departments: payload.departments});
			}
		};
	});
}
