// One agent's connection to a switchboard server: handshake, resume, heartbeat, acks, requests and the outbox, as core actions.
import {randomUUID} from 'node:crypto';
import type {ConnectionStatus, DeskAction, PendingMessage, ServerEventAction} from '../core/actions.js';
import {
	AGENT_SUBPROTOCOL,
	CloseCode,
	LIMITS,
	RATE_LIMITED_MIN_BACKOFF_MS,
	TRANSIENT_AGENT_EVENTS,
	adviceForClose,
	agentOps,
	decodeResult,
	decodeServerFrame,
	describeIssues,
	isAgentEvent,
	isAgentOp,
	type AgentOp,
	type AgentOpRequest,
	type AgentOpResult,
	type Capability,
	type EvtFrame,
	type HelloFrame,
	type Offer,
	type ProtocolError,
	type ResFrame,
	type Visibility,
} from '../protocol/index.js';
import {agentUrl} from './agent-url.js';
import {backoffDelay, backoffOptions, type BackoffOptions} from './backoff.js';
import {STOP_REASON} from './close-reason.js';
import type {Link, LinkEnd} from './link.js';
import {authPayload, judgeLogin} from './login.js';
import {Outbox} from './outbox.js';
import type {OutboxKeeping} from './outbox-keeper.js';
import type {RequestOutcome} from './pending-requests.js';
import {ReconnectingLink} from './reconnecting-link.js';
import {RequestError} from './request-error.js';
import {ServerClock} from './server-clock.js';
import {textParts} from './text-parts.js';
import type {ConnectionOptions} from './link.js';

export type AgentClientOptions = ConnectionOptions & {
	/** ws://host:port (the /agent path is appended if missing) or a full ws://host:port/agent. */
	url: string;
	token: string;
	client?: {name: string; version: string};
	/** Every state change as a core action. */
	onAction: (action: DeskAction) => void;
	/**
	 * Keeps the outbox across restarts (OutboxKeeper: a file per server and agent): loaded at the first login, as
	 * the agent is known then, and resent with the same client_msg_ids; saved on every change.
	 */
	keeper?: OutboxKeeping;
	/**
	 * The chats' histories are fetched once this settles (the desk passes its first frame): parsing a few thousand
	 * messages while the screen is still to be drawn would hold the agent's first sight of the chat list back.
	 */
	historyAfter?: Promise<unknown>;
};

/**
 * Messages fetched when a chat shows up (offered, assigned, or in the snapshot): paged with `before` until this
 * many have come or the server has no more, since a server may answer with short pages (protocol §14.3).
 */
const HISTORY_LIMIT = 100;
/** A server that sends a gap again at the same seq right after a resume cannot fill it: log in fresh instead. */
type Gap = {expected: number; resumed: boolean};

export class AgentClient {
	/** Replaced by signIn() when the agent enters a new token after a refusal. */
	#token: string;
	readonly #clientInfo: {name: string; version: string};
	readonly #onAction: (action: DeskAction) => void;
	readonly #now: () => number;
	readonly #backoff: BackoffOptions;
	readonly #requestTimeoutMs: number;
	/** The link to the server, kept up (backoff, watchdog, close codes); its requests and event sequence. */
	readonly #link: ReconnectingLink;
	readonly #outbox: Outbox;
	readonly #keeper: OutboxKeeping | null;
	readonly #historyAfter: Promise<unknown> | null;
	/** Chats whose history is being fetched, so a replayed offer does not fetch it twice. */
	readonly #historyLoading = new Set<string>();
	/** Chats whose history this session fetched: a chat assigned without an offer still needs its own. */
	readonly #historyFetched = new Set<string>();
	/** Server times (offers, holds, message ts) are counted on the server's clock, estimated from here. */
	readonly #clock: ServerClock;
	/** Later parts of a text sent in parts, by the id of the part before: a refused part takes the rest with it. */
	/** The longest text the server takes (hello.limits); texts over it are sent in parts. */
	#maxTextChars: number = LIMITS.maxTextChars;
	#gap: Gap | null = null;

	#status: ConnectionStatus = {state: 'stopped', reason: 'not started', code: null};
	#capabilities: Capability[] = [];
	#sessionId: string | null = null;
	#outboxTimer: NodeJS.Timeout | undefined;

	constructor(options: AgentClientOptions) {
		this.#token = options.token;
		this.#clientInfo = options.client ?? {name: 'switchboard', version: '0.0.0'};
		this.#onAction = options.onAction;
		// An injected clock is the caller's own (a test's, the demo's): it is not corrected by server timestamps.
		this.#clock = new ServerClock(options.now ?? Date.now, options.now === undefined);
		this.#now = () => this.#clock.now();
		this.#backoff = backoffOptions(options.backoff);
		this.#requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
		this.#link = new ReconnectingLink({
			url: agentUrl(options.url),
			subprotocol: AGENT_SUBPROTOCOL,
			requestTimeoutMs: this.#requestTimeoutMs,
			backoff: this.#backoff,
			ackIntervalMs: options.ackIntervalMs ?? 1_000,
			now: this.#now,
			signOff: 'agent signed off',
			owner: {
				onFrame: (link, raw) => this.#receive(link, raw),
				closeEnd: (code, description) => this.#closeEnd(code, description),
				onLinkEnded: () => {
					this.#clearOutboxTimer();
					// Whatever was on the wire unconfirmed goes out again on the next connection, with the same ids.
					this.#outbox.releaseInFlight();
				},
				// The old session is gone: log in afresh at once and take the snapshot.
				freshAtOnce: () => {
					if (this.#sessionId === null) return false;
					this.#sessionId = null;
					return true;
				},
				onProgress: (status, at) => this.#setStatus(status, at),
				onStopped: (reason, code) => {
					this.#clearOutboxTimer();
					this.#setStatus({state: 'stopped', reason, code});
				},
			},
		});
		this.#keeper = options.keeper ?? null;
		this.#historyAfter = options.historyAfter ?? null;
		this.#outbox = new Outbox({
			emit: action => this.#emit(action),
			retryDelay: attempt => backoffDelay(attempt, this.#backoff),
			onChange: pending => this.#keeper?.save(pending),
		});
	}

	get status(): ConnectionStatus {
		return this.#status;
	}

	/** What the server can do (from its hello); the UI hides the rest. */
	get capabilities(): Capability[] {
		return [...this.#capabilities];
	}

	/** The server's clock minus this machine's, in ms, as estimated (hello.now, else recent server timestamps). */
	get clockOffsetMs(): number {
		return this.#clock.offsetMs;
	}

	/** The longest text the server takes in one message. */
	get maxTextChars(): number {
		return this.#maxTextChars;
	}

	/** Messages in the outbox the server has not confirmed yet. */
	get pendingCount(): number {
		return this.#outbox.size;
	}

	/** The messages themselves, oldest first (what quitting would leave undelivered). */
	get pendingMessages(): PendingMessage[] {
		return this.#outbox.pending;
	}

	/** Connects, and keeps reconnecting by itself until stop() or a close code that says not to. */
	start(): void {
		if (!this.#link.running) this.#link.start();
	}

	/**
	 * Skips the backoff: a link waiting to reconnect connects now (the agent knows the network is back); a stopped
	 * client starts again (signed in elsewhere: the agent takes the desk back). False when connected or connecting.
	 */
	reconnectNow(): boolean {
		if (!this.#link.running) {
			this.start();
			return true;
		}
		return this.#link.reconnectNow();
	}

	/** Signs in with another token (the server refused the last one): connects at once, keeping the outbox. */
	signIn(token: string): void {
		this.#token = token;
		if (!this.#link.running) this.start();
		else this.reconnectNow();
	}

	/** Closes for good: no reconnect, no timers left. The outbox and the session are kept for a later start(). */
	async stop(): Promise<void> {
		const wasRunning = this.#link.running;
		this.#clearOutboxTimer();
		if (await this.#link.stop(STOP_REASON.user)) return;
		if (wasRunning || this.#status.state !== 'stopped')
			this.#setStatus({state: 'stopped', reason: STOP_REASON.user, code: null});
	}

	/**
	 * Sends one request and resolves with its validated result. Rejects with a RequestError whose code is the
	 * server's error code, 'offline' (at once, when not connected) or 'timeout'. For messages use send().
	 */
	request<O extends AgentOp>(op: O, payload: AgentOpRequest<O>): Promise<AgentOpResult<O>> {
		return new Promise((resolve, reject) => {
			const refusal = this.#checkRequest(op, payload);
			if (refusal) {
				reject(refusal);
				return;
			}
			const parsed = agentOps[op].request.safeParse(payload);
			if (!parsed.success) {
				reject(new RequestError('bad_request', describeIssues(parsed.error, 'payload')));
				return;
			}
			this.#dispatch(
				op,
				parsed.data as Record<string, unknown>,
				outcome => (outcome.ok ? resolve(outcome.payload as AgentOpResult<O>) : reject(outcome.error)),
				this.#requestTimeoutMs,
			);
		});
	}

	/**
	 * Queues a message for a chat and returns its client_msg_id. Works while offline: the outbox sends it,
	 * in order, once connected, and resends it with the same id until the server confirms it.
	 */
	send(chatId: string, text: string, options: {visibility?: Visibility; auto?: boolean; answers?: false} = {}): string {
		// Over the server's limit: well-formed parts, each its own message, in order (the returned id is the last
		// part's, which is confirmed only after the others; a refused part refuses the rest).
		const parts = textParts(text, this.#maxTextChars);
		const partOf = parts.length > 1 ? {part_of: randomUUID()} : {};
		let last = '';
		for (const part of parts) last = this.#enqueue(chatId, part, {...options, ...partOf});
		this.#flushOutbox();
		return last;
	}

	#enqueue(
		chatId: string,
		text: string,
		options: {visibility?: Visibility; auto?: boolean; answers?: false; part_of?: string},
	): string {
		const pending = this.#outbox.enqueue(
			{
				chat_id: chatId,
				text,
				visibility: options.visibility ?? 'public',
				auto: options.auto ?? false,
				...(options.answers === false ? {answers: false as const} : {}),
				...(options.part_of === undefined ? {} : {part_of: options.part_of}),
			},
			this.#now(),
		);
		// Refuse at once what the server would refuse anyway (empty or too long text), even while offline.
		const check = agentOps['message.send'].request.safeParse({...pending});
		if (!check.success) {
			this.#outbox.refuse(
				pending.client_msg_id,
				{code: 'bad_request', message: describeIssues(check.error, 'payload'), retryable: false},
				this.#now(),
			);
		}
		return pending.client_msg_id;
	}

	// ---- connection lifecycle

	/** What a close code means here: stop, a fresh login, or a resume after the backoff (4429: a longer one). */
	#closeEnd(code: number, description: string): LinkEnd {
		switch (adviceForClose(code)) {
			case 'stop':
				return {kind: 'stop', reason: description, code};
			case 'fresh':
				return {kind: 'fresh', reason: description};
			case 'resume':
				return {
					kind: 'resume',
					reason: description,
					...(code === CloseCode.rateLimited ? {minDelayMs: RATE_LIMITED_MIN_BACKOFF_MS} : {}),
				};
		}
	}

	// ---- inbound frames

	#receive(link: Link, raw: unknown): void {
		const decoded = decodeServerFrame(raw, 'agent');
		if (!decoded.ok) {
			this.#onInvalidFrame(link, decoded.error.message, decoded.id, decoded.seq);
			return;
		}
		const frame = decoded.frame;
		switch (frame.type) {
			case 'hello':
				this.#onHello(link, frame);
				return;
			case 'ping':
				this.#link.send(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id});
				return;
			case 'pong':
				return;
			case 'res':
				this.#onResponse(frame);
				return;
			case 'evt':
				this.#onEvent(link, frame);
		}
	}

	#onInvalidFrame(link: Link, message: string, id: string | null, seq: number | null): void {
		if (link.phase === 'hello') {
			// Without a valid hello there is no protocol to speak: try again later (the server may be upgraded).
			this.#protocolError(`the server's hello was not understood: ${message}`);
			this.#link.end(link, {kind: 'resume', reason: 'the server does not speak switchboard.v1'});
			return;
		}
		if (seq !== null && link.phase === 'ready') {
			// The event is skipped but its seq counts, so the server does not replay it forever.
			if (this.#link.sequence.advance(seq)) this.#protocolError(`ignored event ${seq}: ${message}`);
			return;
		}
		this.#protocolError(`ignored a frame from the server: ${message}`);
		if (id !== null)
			this.#link.requests.take(id)?.settle({
				ok: false,
				malformed: true,
				error: new RequestError('bad_frame', `the server's answer was not understood: ${message}`),
			});
	}

	#onHello(link: Link, hello: HelloFrame): void {
		if (link.phase !== 'hello') {
			this.#protocolError('ignored a second hello from the server');
			return;
		}
		link.hello = hello;
		link.phase = 'auth';
		this.#clock.hello(hello.now);
		this.#maxTextChars = Math.min(hello.limits.max_text_chars, LIMITS.maxTextChars);
		// Probe at 1.5 heartbeats, not 1: a server pinging on time never triggers a needless ping of ours.
		link.watchdog.arm(2 * hello.heartbeat_ms, 1.5 * hello.heartbeat_ms);
		link.resumeFrom = this.#sessionId;
		const session = this.#sessionId === null ? null : {id: this.#sessionId, lastSeq: this.#link.sequence.lastSeq};
		const payload = authPayload(this.#token, this.#clientInfo, session);
		this.#link.request(link, 'auth', payload, outcome => this.#onAuth(link, outcome), this.#requestTimeoutMs);
	}

	#onAuth(link: Link, outcome: RequestOutcome): void {
		if (link.ended) return;
		const verdict = judgeLogin(outcome, link.resumeFrom);
		if (!verdict.ok) {
			if (verdict.protocolError)
				this.#protocolError(
					verdict.protocolError,
					"The server's answer to the sign-in was not understood; the desk signs in again.",
				);
			this.#link.end(link, verdict.end);
			return;
		}
		const result = verdict.result;

		link.phase = 'ready';
		this.#link.loggedIn();
		this.#sessionId = result.session_id;
		this.#capabilities = (link.hello?.capabilities ?? []) as Capability[];
		// Either way the server already knows we have everything up to this seq.
		this.#link.sequence.reset(result.resumed ? this.#link.sequence.lastSeq : (result.snapshot?.seq ?? 0));
		this.#setStatus({state: 'connected', sessionId: result.session_id, resumed: result.resumed});
		const snapshot = result.resumed ? null : (result.snapshot ?? null);
		this.#emit({
			type: 'session.started',
			agent: result.agent,
			capabilities: [...this.#capabilities],
			resumed: result.resumed,
			snapshot,
			at: this.#now(),
		});
		if (link.ended) return; // onAction may have stopped the client.

		if (!result.resumed) this.#historyFetched.clear();
		for (const frame of link.early.splice(0)) if (!this.#processEvent(link, frame)) return;
		// What an earlier run left undelivered goes out first thing, with its own ids: the server deduplicates.
		if (this.#keeper) this.#outbox.restore(this.#keeper.load(result.agent.id), this.#now());
		if (link.ended) return;
		if (snapshot) {
			const loadHistories = () => {
				if (link.ended) return; // the next login takes a snapshot of its own
				for (const chat of snapshot.chats) if (chat.status !== 'ended') this.#loadHistory(chat.id);
				for (const offer of snapshot.offers) this.#loadHistory(offer.chat.id);
			};
			if (this.#historyAfter) void this.#historyAfter.then(loadHistories, loadHistories);
			else loadHistories();
		}
		this.#flushOutbox();
	}

	#onResponse(frame: ResFrame): void {
		if (frame.id === null) {
			// An answer to a frame of ours the server could not even read (an ack it disliked, say).
			if (!frame.ok)
				this.#protocolError(
					`the server rejected a frame: ${frame.error.code}: ${frame.error.message}`,
					'The server could not read something the desk sent. The alert log (Alt+L) has the details.',
				);
			return;
		}
		const waiting = this.#link.requests.take(frame.id);
		if (!waiting) return; // Answer to a request that already timed out.
		if (frame.ok && waiting.op === 'message.send') {
			// A message just stored carries the server's clock of a moment ago.
			const ts = (frame.payload as {message?: {ts?: unknown}}).message?.ts;
			if (typeof ts === 'number') this.#clock.sample(ts);
		}
		if (!frame.ok) {
			waiting.settle({ok: false, error: RequestError.fromProtocol(frame.error)});
			return;
		}
		const result = decodeResult('agent', waiting.op, frame.payload);
		if (!result.ok) {
			this.#protocolError(`ignored the answer to ${waiting.op}: ${result.error.message}`);
			waiting.settle({ok: false, malformed: true, error: new RequestError('bad_frame', result.error.message)});
			return;
		}
		waiting.settle({ok: true, payload: result.value});
	}

	#onEvent(link: Link, frame: EvtFrame): void {
		if (link.phase !== 'ready') {
			if (frame.seq !== undefined) link.early.push(frame);
			return;
		}
		this.#processEvent(link, frame);
	}

	/** Returns false when the event ended the link (a gap in the seq). */
	#processEvent(link: Link, frame: EvtFrame): boolean {
		if (frame.seq === undefined) {
			if (isAgentEvent(frame.event) && !TRANSIENT_AGENT_EVENTS.has(frame.event)) {
				this.#protocolError(`ignored event ${frame.event}: it came without a seq`);
				return true;
			}
			// A transient event is live: its ts is the server's clock a moment ago.
			this.#clock.sample(frame.ts);
		} else {
			const expected = this.#link.sequence.lastSeq + 1;
			if (frame.seq > expected) return this.#onGap(link, expected, frame.seq);
			if (!this.#link.sequence.advance(frame.seq)) return true; // Seen already (replay overlap or duplicate).
			this.#gap = null;
			this.#clock.refine(frame.ts);
		}
		// Unknown events come from a newer server: skipped, but their seq counted above.
		if (!isAgentEvent(frame.event)) return true;
		this.#emit({
			type: 'server.event',
			event: frame.event,
			payload: frame.payload,
			seq: frame.seq ?? null,
			at: this.#now(),
		} as ServerEventAction);
		if (frame.event === 'chat.offered') {
			// The server sends message.created only from the offer on; what the customer wrote before is history.
			this.#loadHistory((frame.payload as Offer).chat.id);
		} else if (frame.event === 'chat.assigned') {
			// A server may assign without offering (protocol §15): the chat's history is still to fetch.
			const chatId = (frame.payload as {chat: {id: string}}).chat.id;
			if (!this.#historyFetched.has(chatId)) this.#loadHistory(chatId);
		}
		return true;
	}

	/**
	 * Events went missing before this one. It is not processed and nothing past the gap is acked: the link is
	 * dropped and the session resumed from the last event processed, so the server replays the missing ones.
	 * A server that leaves the same gap again after that resume cannot fill it: the desk logs in fresh.
	 */
	#onGap(link: Link, expected: number, got: number): boolean {
		const missing = got - 1 === expected ? `event ${expected}` : `events ${expected} to ${got - 1}`;
		const again = this.#gap?.expected === expected && this.#gap.resumed;
		// The agent reads what happens about it; the event numbers are for the alert log's details.
		this.#protocolError(
			`${missing} never arrived; ${again ? 'logging in afresh' : 'resuming to get them'}`,
			again
				? 'Updates from the server went missing again; the desk signs in afresh to get everything.'
				: 'Some updates from the server went missing; the desk is fetching them again.',
		);
		this.#gap = {expected, resumed: true};
		if (again) {
			this.#gap = null;
			this.#sessionId = null;
		}
		this.#link.end(link, {kind: 'resume', reason: 'updates from the server went missing'});
		return false;
	}

	/** The chat's latest messages, page after page (`before`), until HISTORY_LIMIT came or the server has no more. */
	#loadHistory(chatId: string): void {
		if (this.#historyLoading.has(chatId)) return;
		this.#historyLoading.add(chatId);
		this.#historyFetched.add(chatId);
		const page = async (before: number | null, got: number): Promise<void> => {
			const request = {chat_id: chatId, limit: HISTORY_LIMIT - got, ...(before === null ? {} : {before})};
			const result = await this.request('chat.history', request);
			this.#emit({
				type: 'history.loaded',
				chat_id: chatId,
				messages: result.messages,
				has_more: result.has_more,
				at: this.#now(),
			});
			const first = result.messages[0];
			const total = got + result.messages.length;
			if (result.has_more && first && total < HISTORY_LIMIT && (before === null || first.n < before))
				await page(first.n, total);
		};
		page(null, 0)
			// A chat that vanished meanwhile (offer revoked) or a dropped link: the next snapshot or offer fetches again.
			.catch(() => this.#historyFetched.delete(chatId))
			.finally(() => this.#historyLoading.delete(chatId));
	}

	// ---- outbound

	#checkRequest(op: AgentOp, payload: unknown): RequestError | null {
		if (!isAgentOp(op)) return new RequestError('unknown_op', `unknown operation "${String(op)}"`);
		if (op === 'auth') return new RequestError('bad_request', 'auth: the client logs in by itself');
		if (typeof payload !== 'object' || payload === null)
			return new RequestError('bad_request', 'payload: expected an object');
		if (!this.#link.ready) return new RequestError('offline', `${op}: not connected to the server`);
		const capability = (agentOps[op] as {capability?: Capability}).capability;
		if (capability && !this.#capabilities.includes(capability)) {
			return new RequestError('unsupported', `${op}: this server does not support ${capability}`);
		}
		return null;
	}

	#dispatch(
		op: string,
		payload: Record<string, unknown>,
		settle: (outcome: RequestOutcome) => void,
		timeoutMs: number | null,
	): void {
		const link = this.#link.ready;
		if (!link) {
			settle({ok: false, error: new RequestError('offline', `${op}: not connected to the server`)});
			return;
		}
		this.#link.request(link, op, payload, settle, timeoutMs);
	}

	#flushOutbox(): void {
		const link = this.#link.ready;
		if (!link) return;
		this.#clearOutboxTimer();
		for (const message of this.#outbox.takeReady()) {
			const {chat_id, client_msg_id, text, visibility, auto} = message;
			if (text.length > this.#maxTextChars) {
				// Queued before the hello told the limit (or split for a laxer server): refused here, never sent to be refused.
				const words = `the message has ${text.length} characters; this server takes at most ${this.#maxTextChars}`;
				this.#refuseSend(client_msg_id, {code: 'bad_request', message: words, retryable: false});
				continue;
			}
			// No deadline: a send waits for its res however long it takes; a dead link is the watchdog's business.
			this.#link.request(
				link,
				'message.send',
				{chat_id, client_msg_id, text, visibility, auto},
				outcome => this.#onSent(client_msg_id, outcome),
				null,
			);
		}
		const wait = this.#outbox.msUntilRetry();
		if (wait !== null) this.#outboxTimer = setTimeout(() => this.#flushOutbox(), wait);
	}

	#onSent(clientMsgId: string, outcome: RequestOutcome): void {
		if (outcome.ok) {
			this.#outbox.confirm(clientMsgId, (outcome.payload as AgentOpResult<'message.send'>).message, this.#now());
		} else if (outcome.error.code === 'offline' || outcome.error.code === 'timeout') {
			return; // The link dropped: releaseInFlight puts it back, it goes out again after the next login.
		} else if (outcome.malformed) {
			this.#outbox.retryLater(clientMsgId);
		} else {
			const {code, message, retryable} = outcome.error;
			this.#refuseSend(clientMsgId, {code, message, retryable});
		}
		this.#flushOutbox();
	}

	/** A refused send; the outbox drops the later parts of the same text with it. */
	#refuseSend(clientMsgId: string, error: ProtocolError): void {
		this.#outbox.refuse(clientMsgId, error, this.#now());
	}

	// ---- plumbing

	#setStatus(status: ConnectionStatus, at = this.#now()): void {
		this.#status = status;
		this.#emit({type: 'connection.changed', status, at});
	}

	/** `message`: the technical detail (seqs, the server's words); `summary`: what it means for the agent, when plainer than the default. */
	#protocolError(message: string, summary?: string): void {
		this.#emit({type: 'protocol.error', message, ...(summary === undefined ? {} : {summary}), at: this.#now()});
	}

	/** The caller's handler may throw; that must not break the connection. */
	#emit(action: DeskAction): void {
		try {
			this.#onAction(action);
		} catch {
			// Deliberately swallowed: one faulty consumer must not take the agent offline.
		}
	}

	#clearOutboxTimer(): void {
		if (this.#outboxTimer !== undefined) clearTimeout(this.#outboxTimer);
		this.#outboxTimer = undefined;
	}
}
