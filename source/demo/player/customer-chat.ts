// One simulated customer's chat as the player follows it: the client, the agent's moves as they come, and the journal they go into.
import {CustomerClient, type CustomerClientEvent, type CustomerJoinDetails} from '../../client/customer-client.js';
import type {Message} from '../../protocol/index.js';
import type {ExpectCase} from '../scenario/scenario.js';
import {ChatWatch, matchesMove, type Observation} from './agent-moves.js';
import type {CustomerJournal} from './journal.js';
import type {PlayerLog} from './player-log.js';
import type {PlayerTimers} from './player-timers.js';

type MoveWaiter = (observation: Observation, index: number) => boolean;

export class CustomerChat {
	readonly #journal: CustomerJournal;
	readonly #log: PlayerLog;
	readonly #timers: PlayerTimers;
	readonly #client: CustomerClient;
	readonly #watch = new ChatWatch();
	/** Every move seen, in order; an expect looks only at those after #consumed. */
	readonly #moves: Observation[] = [];
	#consumed = 0;
	#moveWaiter: MoveWaiter | null = null;
	readonly #changeWaiters = new Set<() => void>();
	#ended = false;
	#leaving = false;
	#ratingRequested = false;
	/** Called when the chat ends under the script (not by the customer leaving, not taken by an expect's `end` case). */
	onInterrupted: () => void = () => {};

	constructor(options: {url: string; journal: CustomerJournal; log: PlayerLog; timers: PlayerTimers}) {
		this.#journal = options.journal;
		this.#log = options.log;
		this.#timers = options.timers;
		this.#client = new CustomerClient({url: options.url, onEvent: event => this.#onEvent(event)});
	}

	get ended(): boolean {
		return this.#ended;
	}

	/** Joins; false (with the reason in the journal) when the server refused or the player stopped first. */
	async join(details: CustomerJoinDetails): Promise<boolean> {
		this.#journal.arrivedAt = this.#log.elapsed();
		try {
			const chat = await this.#client.join(details);
			this.#journal.chatId = chat.chat_id;
			this.#journal.joinedAt = this.#log.elapsed();
			this.#log.note(this.#journal.key, `joined (${chat.chat_id})`);
			return true;
		} catch (error) {
			this.#problem(null, `could not join: ${messageOf(error)}`);
			return false;
		}
	}

	send(text: string): Promise<Message> {
		return this.#client.send(text);
	}

	/** The typing indicator, with the draft for the sneak peek. Transient: a lost one does not matter, so no one waits. */
	typing(draft: string | null): void {
		const sent = draft === null ? this.#client.setTyping(false) : this.#client.setTyping(true, draft);
		sent.catch(() => {});
	}

	rate(score: number, comment: string | null): Promise<void> {
		return this.#client.rate(score, comment ?? undefined);
	}

	leave(): Promise<void> {
		this.#leaving = true;
		return this.#client.leave();
	}

	close(): Promise<void> {
		return this.#client.stop();
	}

	/**
	 * The first move matching one of `cases`, among those since the customer last spoke that no earlier expect took
	 * (a reply that came while the customer was still typing is not an answer to it). null after `timeoutMs`.
	 */
	waitForMove(cases: readonly ExpectCase[], timeoutMs: number | null, signal: AbortSignal): Promise<ExpectCase | null> {
		const caseFor = (observation: Observation) => cases.find(candidate => matchesMove(candidate.move, observation));
		for (let index = this.#consumed; index < this.#moves.length; index++) {
			const found = caseFor(this.#moves[index]!);
			if (!found) continue;
			this.#consumed = index + 1;
			return Promise.resolve(found);
		}
		return new Promise((resolve, reject) => {
			const finish = (outcome: () => void) => {
				this.#moveWaiter = null;
				cancelTimeout();
				signal.removeEventListener('abort', onAbort);
				outcome();
			};
			const onAbort = () => finish(() => reject(signal.reason));
			const cancelTimeout =
				timeoutMs === null ? () => {} : this.#timers.after(timeoutMs, () => finish(() => resolve(null)));
			this.#moveWaiter = (observation, index) => {
				const found = caseFor(observation);
				if (!found) return false;
				this.#consumed = index + 1;
				finish(() => resolve(found));
				return true;
			};
			if (signal.aborted) return onAbort();
			signal.addEventListener('abort', onAbort, {once: true});
		});
	}

	/** Whether the agent asked for a rating, waiting up to `timeoutMs` for it. */
	waitForRatingRequest(timeoutMs: number, signal: AbortSignal): Promise<boolean> {
		return this.#until(() => this.#ratingRequested, timeoutMs, signal);
	}

	/** Resolves when the chat has ended, however it ended. */
	async waitForEnd(signal: AbortSignal): Promise<void> {
		await this.#until(() => this.#ended, null, signal);
	}

	#until(check: () => boolean, timeoutMs: number | null, signal: AbortSignal): Promise<boolean> {
		if (check()) return Promise.resolve(true);
		return new Promise((resolve, reject) => {
			const finish = (outcome: () => void) => {
				this.#changeWaiters.delete(onChange);
				cancelTimeout();
				signal.removeEventListener('abort', onAbort);
				outcome();
			};
			const onChange = () => {
				if (check()) finish(() => resolve(true));
			};
			const onAbort = () => finish(() => reject(signal.reason));
			const cancelTimeout =
				timeoutMs === null ? () => {} : this.#timers.after(timeoutMs, () => finish(() => resolve(false)));
			this.#changeWaiters.add(onChange);
			if (signal.aborted) return onAbort();
			signal.addEventListener('abort', onAbort, {once: true});
		});
	}

	#onEvent(event: CustomerClientEvent): void {
		const journal = this.#journal;
		switch (event.type) {
			case 'joined':
				if (!event.resumed) this.#watch.reset(event.chat);
				else this.#log.note(journal.key, 'the link is back; chat resumed');
				return;
			case 'connection.changed':
				if (event.status.state === 'reconnecting' && event.status.attempt === 1)
					this.#problem(null, `the link dropped (${event.status.reason}); resuming`);
				if (event.status.state === 'stopped' && event.status.code !== null)
					this.#problem(null, `disconnected: ${event.status.reason}`);
				return;
			case 'protocol.error':
				this.#problem(null, `the server sent something unexpected: ${event.message}`);
				return;
			case 'server.event':
				break;
		}
		for (const observation of this.#watch.observe(event)) this.#observe(observation);
		if (event.event === 'message.created' && event.payload.message.author.type === 'customer') {
			// Whatever the agent did before the customer's latest message is no answer to it.
			this.#consumed = this.#moves.length;
		}
		for (const waiter of [...this.#changeWaiters]) waiter();
	}

	#observe(observation: Observation): void {
		const journal = this.#journal;
		const at = this.#log.elapsed();
		switch (observation.kind) {
			case 'assigned':
				journal.agents.push({at, name: observation.agentName});
				break;
			case 'reply':
				journal.received.push({at, text: observation.text, auto: observation.auto, agentName: observation.agentName});
				break;
			case 'hold':
				journal.holds.push({at, endedAt: null});
				break;
			case 'unhold':
				for (const hold of journal.holds) hold.endedAt ??= at;
				break;
			case 'transfer-started':
				journal.transfers.push({
					at,
					from: journal.agents.at(-1)?.name ?? null,
					to: null,
					outcome: 'pending',
					settledAt: null,
				});
				break;
			case 'transfer':
			case 'transfer-failed':
				this.#settleTransfer(observation, at);
				break;
			case 'rating-request':
				this.#ratingRequested = true;
				journal.ratingRequestedAt ??= at;
				break;
			case 'end':
				this.#ended = true;
				journal.end = {at, by: this.#leaving ? 'customer' : 'agent'};
				break;
		}
		const index = this.#moves.push(observation) - 1;
		const taken = this.#moveWaiter?.(observation, index) ?? false;
		// An expect with an `end` case takes the end and runs that case; otherwise the chat ended under the script.
		if (observation.kind === 'end' && !taken && !this.#leaving) this.onInterrupted();
	}

	#settleTransfer(observation: Extract<Observation, {kind: 'transfer' | 'transfer-failed'}>, at: number): void {
		const journal = this.#journal;
		let transfer = journal.transfers.findLast(candidate => candidate.outcome === 'pending');
		if (!transfer) {
			// The customer never saw "transferring" (it happened while the link was down): still a transfer.
			transfer = {at, from: journal.agents.at(-1)?.name ?? null, to: null, outcome: 'pending', settledAt: null};
			journal.transfers.push(transfer);
		}
		transfer.settledAt = at;
		if (observation.kind === 'transfer-failed') return void (transfer.outcome = 'failed');
		transfer.outcome = 'completed';
		transfer.to = observation.to;
		if (observation.to !== null) journal.agents.push({at, name: observation.to});
	}

	#problem(line: number | null, message: string): void {
		this.#log.problem(this.#journal.problems, this.#journal.key, line, message);
	}
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
