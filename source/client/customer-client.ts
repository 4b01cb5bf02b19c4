// The customer side of the wire (a web widget, the demo's simulated customers): join, messages, typing, rating, leave, resume.
import {
	CUSTOMER_SUBPROTOCOL,
	adviceForClose,
	customerOps,
	decodeServerFrame,
	describeIssues,
	type Capability,
	type CustomerChatView,
	type CustomerOp,
	type CustomerOpRequest,
	type EvtFrame,
	type Message,
} from '../protocol/index.js';
import {backoffDelay, backoffOptions, type BackoffOptions} from './backoff.js';
import {STOP_REASON} from './close-reason.js';
import type {CustomerClientEvent, CustomerConnectionStatus, CustomerServerEvent} from './customer-events.js';
import {admitCustomerEvent, refuseInvalidFrame, settleAnswer} from './customer-inbound.js';
import {CHAT_LOST_REASON, judgeJoin, type CustomerJoinDetails} from './customer-join.js';
import {customerUrl} from './customer-url.js';
import {CustomerSends} from './customer-sends.js';
import type {ConnectionOptions, Link, LinkEnd} from './link.js';
import type {RequestOutcome} from './pending-requests.js';
import {ReconnectingLink} from './reconnecting-link.js';
import {RequestError} from './request-error.js';

export type {CustomerClientEvent, CustomerConnectionStatus, CustomerServerEvent} from './customer-events.js';
export type {CustomerJoinDetails} from './customer-join.js';

export type CustomerClientOptions = ConnectionOptions & {
	/** ws://host:port (the /customer path is added) or the full ws://host:port/customer. */
	url: string;
	/** Every event of the chat, validated, plus connection changes and ignored frames. */
	onEvent: (event: CustomerClientEvent) => void;
};

type Settle<T> = {resolve: (value: T) => void; reject: (error: RequestError) => void};
type SimpleOp = Exclude<CustomerOp, 'join' | 'resume' | 'message.send'>;

export class CustomerClient {
	readonly #onEvent: (event: CustomerClientEvent) => void;
	readonly #now: () => number;
	readonly #backoff: BackoffOptions;
	readonly #requestTimeoutMs: number;
	/** The link to the server, kept up as the agent client's is (the same module); its requests and event sequence. */
	readonly #link: ReconnectingLink;
	readonly #sends: CustomerSends;

	#status: CustomerConnectionStatus = {state: 'idle'};
	#details: CustomerJoinDetails | null = null;
	#joining: Settle<CustomerChatView> | null = null;
	#resumeToken: string | null = null;
	#chat: CustomerChatView | null = null;
	#capabilities: Capability[] = [];

	constructor(options: CustomerClientOptions) {
		this.#onEvent = options.onEvent;
		this.#now = options.now ?? Date.now;
		this.#backoff = backoffOptions(options.backoff);
		this.#requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
		this.#link = new ReconnectingLink({
			url: customerUrl(options.url),
			subprotocol: CUSTOMER_SUBPROTOCOL,
			requestTimeoutMs: this.#requestTimeoutMs,
			backoff: this.#backoff,
			ackIntervalMs: options.ackIntervalMs ?? 1_000,
			now: this.#now,
			signOff: 'customer signed off',
			owner: {
				onFrame: (link, raw) => this.#receive(link, raw),
				closeEnd: (code, description) => this.#closeEnd(code, description),
				onLinkEnded: () => this.#sends.offline(),
				onProgress: (status, at) => this.#setStatus(status, at),
				onStopped: (reason, code) => this.#halt(reason, code),
			},
		});
		this.#sends = new CustomerSends({retryDelay: attempt => backoffDelay(attempt, this.#backoff), now: this.#now});
	}

	get status(): CustomerConnectionStatus {
		return this.#status;
	}

	/** The chat as the customer last saw it (null before the join). */
	get chat(): CustomerChatView | null {
		return this.#chat;
	}

	get capabilities(): Capability[] {
		return [...this.#capabilities];
	}

	/**
	 * Connects and joins a new chat; resolves with the chat once joined. Keeps the link up by itself from then on
	 * (reconnect with backoff, resume). Rejects when the server refuses the join for good or stop() comes first.
	 */
	join(details: CustomerJoinDetails): Promise<CustomerChatView> {
		return new Promise((resolve, reject) => {
			if (this.#details !== null)
				return reject(new RequestError('conflict', 'join: this client has already joined a chat'));
			if (this.#status.state === 'stopped') return reject(new RequestError('offline', `join: ${this.#status.reason}`));
			const parsed = customerOps.join.request.safeParse(details);
			if (!parsed.success) return reject(new RequestError('bad_request', describeIssues(parsed.error, 'payload')));
			this.#details = parsed.data;
			this.#joining = {resolve, reject};
			this.#link.start();
		});
	}

	/**
	 * Sends a message; resolves with the stored message. Before the join or while the link is down it waits in the
	 * outbox; a send the link dropped goes out again with the same client_msg_id, which the server deduplicates.
	 */
	send(text: string): Promise<Message> {
		if (this.#status.state === 'stopped')
			return Promise.reject(new RequestError('offline', `message.send: ${this.#status.reason}`));
		const sent = this.#sends.add(text);
		this.#sends.flush();
		return sent;
	}

	/** Typing indicator; with `text` (the draft so far) the agent gets the sneak peek, if the server relays it. */
	setTyping(typing: boolean, text?: string): Promise<void> {
		// A widget should not send the draft to a server that does not relay it (protocol §9).
		const withDraft = text !== undefined && this.#capabilities.includes('sneak_peek');
		return this.#request('typing.set', withDraft ? {typing, text} : {typing});
	}

	rate(score: number, comment?: string): Promise<void> {
		if (this.#link.ready && !this.#capabilities.includes('rating')) {
			return Promise.reject(new RequestError('unsupported', 'rating.submit: this server does not support rating'));
		}
		return this.#request('rating.submit', comment === undefined ? {score} : {score, comment});
	}

	/** Ends the chat from the customer's side; the connection stays up (the customer may still rate) until stop(). */
	leave(): Promise<void> {
		return this.#request('leave', {});
	}

	/** Closes for good: no reconnect, no timers; sends still waiting fail with 'offline'. */
	async stop(): Promise<void> {
		if (await this.#link.stop(STOP_REASON.user)) return;
		if (this.#status.state !== 'stopped') this.#halt(STOP_REASON.user, null);
	}

	// ---- connection lifecycle

	#closeEnd(code: number, description: string): LinkEnd {
		const advice = adviceForClose(code);
		if (advice === 'stop') return {kind: 'stop', reason: description, code};
		// 4009: the chat's session is gone; without a token yet (never joined) a new attempt is still a first join.
		if (advice === 'fresh' && this.#resumeToken !== null) return {kind: 'stop', reason: CHAT_LOST_REASON, code};
		return {kind: 'resume', reason: description};
	}

	/** Stopped for good: whoever still waits is told why. */
	#halt(reason: string, code: number | null): void {
		this.#setStatus({state: 'stopped', reason, code});
		this.#joining?.reject(new RequestError('offline', `join: ${reason}`));
		this.#joining = null;
		this.#sends.failAll(reason);
	}

	// ---- inbound frames

	#receive(link: Link, raw: unknown): void {
		const decoded = decodeServerFrame(raw, 'customer');
		if (!decoded.ok) {
			const invalid = {message: decoded.error.message, id: decoded.id, seq: decoded.seq};
			const useless = refuseInvalidFrame(invalid, link, {
				sequence: this.#link.sequence,
				requests: this.#link.requests,
				report: this.#report,
			});
			// Without a valid hello there is no protocol to speak: try again later (the server may be upgraded).
			if (useless) this.#link.end(link, {kind: 'resume', reason: 'the server does not speak switchboard.v1'});
			return;
		}
		const frame = decoded.frame;
		if (frame.type === 'hello') {
			if (link.phase !== 'hello') return this.#report('ignored a second hello from the server');
			link.hello = frame;
			link.phase = 'auth';
			link.watchdog.arm(2 * frame.heartbeat_ms, 1.5 * frame.heartbeat_ms);
			// After the first join, every new link resumes the same chat from the last event processed.
			link.resumeFrom = this.#resumeToken;
			const [op, payload] =
				this.#resumeToken === null
					? (['join', this.#details!] as const)
					: (['resume', {resume_token: this.#resumeToken, last_seq: this.#link.sequence.lastSeq}] as const);
			this.#link.request(link, op, payload, outcome => this.#onJoined(link, outcome), this.#requestTimeoutMs);
		} else if (frame.type === 'ping')
			this.#link.send(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id});
		else if (frame.type === 'res') settleAnswer(frame, this.#link.requests, this.#report);
		else if (frame.type === 'evt') {
			if (link.phase === 'ready') this.#processEvent(frame);
			else if (frame.seq !== undefined) link.early.push(frame);
		}
	}

	#onJoined(link: Link, outcome: RequestOutcome): void {
		if (link.ended) return;
		const resumed = link.resumeFrom !== null;
		const verdict = judgeJoin(outcome, resumed);
		if (!verdict.ok) {
			// The owner's join() learns the server's own answer, not just "stopped".
			if (verdict.refusal && this.#joining) {
				this.#joining.reject(verdict.refusal);
				this.#joining = null;
			}
			return this.#link.end(link, verdict.end, true);
		}
		const {chat, resume_token, seq} = verdict.result;
		link.phase = 'ready';
		this.#link.loggedIn();
		this.#resumeToken = resume_token;
		this.#chat = chat;
		this.#capabilities = (link.hello?.capabilities ?? []) as Capability[];
		// A join starts the count at the server's seq; a resume goes on from ours (the server replays the rest).
		this.#link.sequence.reset(resumed ? this.#link.sequence.lastSeq : seq);
		this.#setStatus({state: 'connected', chatId: chat.chat_id, resumed});
		this.#emit({type: 'joined', chat, resumed, at: this.#now()});
		this.#joining?.resolve(chat);
		this.#joining = null;
		if (link.ended) return; // The owner may have stopped the client meanwhile.
		for (const frame of link.early.splice(0)) this.#processEvent(frame);
		// No deadline on a send: it waits for its res however long it takes; a dead link is the watchdog's business.
		this.#sends.online((message, answered) => this.#link.request(link, 'message.send', message, answered, null));
	}

	#processEvent(frame: EvtFrame): void {
		if (!admitCustomerEvent(frame, this.#link.sequence, this.#report)) return;
		const event = {
			type: 'server.event',
			event: frame.event,
			payload: frame.payload,
			seq: frame.seq ?? null,
			at: this.#now(),
		} as CustomerServerEvent;
		if (event.event === 'chat.updated' || event.event === 'chat.ended') this.#chat = event.payload.chat;
		this.#emit(event);
	}

	// ---- outbound

	#request<O extends SimpleOp>(op: O, payload: CustomerOpRequest<O>): Promise<void> {
		return new Promise((resolve, reject) => {
			const parsed = customerOps[op].request.safeParse(payload);
			if (!parsed.success) return reject(new RequestError('bad_request', describeIssues(parsed.error, 'payload')));
			const link = this.#link.ready;
			if (!link) return reject(new RequestError('offline', `${op}: not connected to the server`));
			const settle = (outcome: RequestOutcome) => (outcome.ok ? resolve() : reject(outcome.error));
			this.#link.request(link, op, parsed.data as Record<string, unknown>, settle, this.#requestTimeoutMs);
		});
	}

	// ---- plumbing

	#setStatus(status: CustomerConnectionStatus, at = this.#now()): void {
		this.#status = status;
		this.#emit({type: 'connection.changed', status, at});
	}

	readonly #report = (message: string): void => this.#emit({type: 'protocol.error', message, at: this.#now()});

	/** The owner's handler may throw; that must not break the connection. */
	#emit(event: CustomerClientEvent): void {
		try {
			this.#onEvent(event);
		} catch {
			// Deliberately swallowed, as in the agent client.
		}
	}
}
