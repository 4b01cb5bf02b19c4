// A client for the courtesy tests: records sends and requests in one ordered log, and lets a test confirm, refuse or hold them by hand.
import type {DeskAction} from '../../../source/core/actions.js';
import type {AgentOp, Message, Visibility} from '../../../source/protocol/index.js';
import type {DeskClient} from '../../../source/ui/runtime/desk-runtime.js';
import {T0} from '../helpers/fixtures.js';

export type FakeSend = {id: string; chatId: string; text: string; visibility: Visibility; auto: boolean};
export type FakeRequest = {op: AgentOp; payload: unknown};

type Deferred = {op: AgentOp; resolve: (value: unknown) => void; reject: (error: Error) => void};

/**
 * Sends queue in the outbox (`outbox.queued` at once, like the real client) and stay unconfirmed until
 * confirm()/refuse(), unless `confirmAtOnce` is set. Requests answer from `answers` (or fail from
 * `failures`) at once, except ops in `held`, which wait for release().
 */
export class FakeCourtesyClient implements DeskClient {
	log: string[] = [];
	sends: FakeSend[] = [];
	requests: FakeRequest[] = [];
	answers: Partial<Record<AgentOp, unknown>> = {
		'departments.list': {departments: []},
		'agents.list': {agents: []},
		'chat.history': {messages: [], has_more: false},
	};
	failures: Partial<Record<AgentOp, Error>> = {};
	held = new Set<AgentOp>();
	confirmAtOnce = false;
	started = false;
	private waiting: Deferred[] = [];
	private confirmed = new Set<string>();
	private nextId = 1;
	private nextN = 100;

	/** `now` stamps the outbox (queued_at) and the stored messages. */
	constructor(
		public emit: (action: DeskAction) => void = () => {},
		private now: () => number = () => T0,
	) {}

	start() {
		this.started = true;
	}

	async stop() {}

	request(op: AgentOp, payload: unknown) {
		this.requests.push({op, payload});
		this.log.push(`request ${op}`);
		if (this.held.has(op)) return new Promise((resolve, reject) => this.waiting.push({op, resolve, reject})) as never;
		const failure = this.failures[op];
		return (failure ? Promise.reject(failure) : Promise.resolve(this.answers[op] ?? {})) as never;
	}

	send(chatId: string, text: string, options: {visibility?: Visibility; auto?: boolean; answers?: false} = {}) {
		const id = `msg-${this.nextId++}`;
		const entry = {
			id,
			chatId,
			text,
			visibility: options.visibility ?? 'public',
			auto: options.auto ?? false,
			answers: options.answers ?? true,
		};
		this.sends.push(entry);
		this.log.push(`send ${text}`);
		const answers = options.answers === false ? {answers: false as const} : {};
		this.emit({
			type: 'outbox.queued',
			message: {
				chat_id: chatId,
				client_msg_id: id,
				text,
				visibility: entry.visibility,
				auto: entry.auto,
				queued_at: this.now(),
				...answers,
			},
			at: this.now(),
		});
		if (this.confirmAtOnce) this.confirm(id);
		return id;
	}

	/** The server stored the send (stamped `ts`, default now). */
	confirm(id: string, ts = this.now()) {
		if (this.confirmed.has(id)) return;
		this.confirmed.add(id);
		const send = this.sends.find(entry => entry.id === id)!;
		const stored: Message = {
			id: `stored-${id}`,
			chat_id: send.chatId,
			n: this.nextN++,
			client_msg_id: id,
			author: {type: 'agent', id: 'alex', name: 'Alex'},
			text: send.text,
			visibility: send.visibility,
			auto: send.auto,
			ts,
		};
		this.emit({type: 'outbox.sent', client_msg_id: id, message: stored, at: ts});
	}

	confirmAll(ts = this.now()) {
		for (const send of this.sends) this.confirm(send.id, ts);
	}

	refuse(id: string) {
		this.emit({
			type: 'outbox.failed',
			client_msg_id: id,
			error: {code: 'conflict', message: 'the chat has ended', retryable: false},
			at: this.now(),
		});
	}

	/** Answers the held requests of `op` (with `answers[op]`, or fails them with `error`). */
	release(op: AgentOp, error?: Error) {
		for (const deferred of this.waiting.filter(entry => entry.op === op)) {
			if (error) deferred.reject(error);
			else deferred.resolve(this.answers[op] ?? {});
		}
		this.waiting = this.waiting.filter(entry => entry.op !== op);
		this.held.delete(op);
	}

	sendsTo(chatId: string) {
		return this.sends.filter(send => send.chatId === chatId);
	}
}

/** Lets promise callbacks and I/O callbacks already due run (no time passes on any clock). */
export const settle = () => new Promise(resolve => setImmediate(resolve));
