// The customer's messages until the server confirms them: the shared outbox (order, retries, one client_msg_id per message), as promises.
import type {DeskAction} from '../core/actions.js';
import {customerOps, describeIssues, type Message} from '../protocol/index.js';
import {Outbox} from './outbox.js';
import type {RequestOutcome} from './pending-requests.js';
import {RequestError} from './request-error.js';

/** A customer has one chat; the outbox keys its order by chat, so every message goes under this key. */
const OUTBOX_CHAT = 'chat';

type Waiting = {resolve: (message: Message) => void; reject: (error: RequestError) => void};

/** Puts one message.send on the wire; `answered` gets its outcome. */
export type SendOnWire = (
	message: {client_msg_id: string; text: string},
	answered: (outcome: RequestOutcome) => void,
) => void;

export class CustomerSends {
	readonly #outbox: Outbox;
	readonly #now: () => number;
	/** The callers of add() waiting for the server's confirmation, by client_msg_id. */
	readonly #waiting = new Map<string, Waiting>();
	/** Wakes the outbox when a message held back by a retryable refusal may go again. */
	#retryTimer: NodeJS.Timeout | undefined;
	#wire: SendOnWire | null = null;

	constructor(options: {retryDelay: (attempt: number) => number; now: () => number}) {
		this.#now = options.now;
		this.#outbox = new Outbox({emit: action => this.#settle(action), retryDelay: options.retryDelay});
	}

	/** Queues a message; the promise settles when the server stores it (or refuses it for good). */
	add(text: string): Promise<Message> {
		return new Promise((resolve, reject) => {
			// Refuse at once what the server would refuse anyway (empty or too long), even while offline.
			const check = customerOps['message.send'].request.safeParse({client_msg_id: 'check', text});
			if (!check.success) return reject(new RequestError('bad_request', describeIssues(check.error, 'payload')));
			const pending = this.#outbox.enqueue(
				{chat_id: OUTBOX_CHAT, text, visibility: 'public', auto: false},
				this.#now(),
			);
			this.#waiting.set(pending.client_msg_id, {resolve, reject});
		});
	}

	/** The chat is joined (or resumed) on a link: what waits goes out, one message at a time. */
	online(wire: SendOnWire): void {
		this.#wire = wire;
		this.flush();
	}

	/** The link dropped: what was on the wire goes out again, with the same ids, once the chat is resumed. */
	offline(): void {
		this.#wire = null;
		this.#clearTimer();
		this.#outbox.releaseInFlight();
	}

	/** Sends what may go now: only the oldest unconfirmed message is ever in flight, so a resend cannot be overtaken. */
	flush(): void {
		const wire = this.#wire;
		if (!wire) return;
		this.#clearTimer();
		for (const {client_msg_id, text} of this.#outbox.takeReady())
			wire({client_msg_id, text}, outcome => this.#answered(client_msg_id, outcome));
		const wait = this.#outbox.msUntilRetry();
		if (wait !== null) this.#retryTimer = setTimeout(() => this.flush(), wait);
	}

	/** The client stopped for good: every waiting caller learns why. */
	failAll(reason: string): void {
		this.offline();
		const waiting = [...this.#waiting.values()];
		this.#waiting.clear();
		for (const caller of waiting) caller.reject(new RequestError('offline', `message.send: ${reason}`));
	}

	/** The answer to a message.send. A lost link leaves the message in the outbox for the next connection. */
	#answered(clientMsgId: string, outcome: RequestOutcome): void {
		if (outcome.ok) this.#outbox.confirm(clientMsgId, (outcome.payload as {message: Message}).message, this.#now());
		else if (outcome.error.code === 'offline' || outcome.error.code === 'timeout') return;
		else if (outcome.malformed) this.#outbox.retryLater(clientMsgId);
		else
			this.#outbox.refuse(
				clientMsgId,
				{code: outcome.error.code, message: outcome.error.message, retryable: outcome.error.retryable},
				this.#now(),
			);
		this.flush();
	}

	#clearTimer(): void {
		if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
		this.#retryTimer = undefined;
	}

	/** The outbox speaks desk actions; here they settle the callers' promises. */
	#settle(action: DeskAction): void {
		if (action.type !== 'outbox.sent' && action.type !== 'outbox.failed') return;
		const waiting = this.#waiting.get(action.client_msg_id);
		this.#waiting.delete(action.client_msg_id);
		if (action.type === 'outbox.sent') waiting?.resolve(action.message);
		else waiting?.reject(RequestError.fromProtocol(action.error));
	}
}
