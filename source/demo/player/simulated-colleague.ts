// One simulated colleague: signs in as an agent and answers transfer offers as the scenario says (accept, decline, ignore).
import {AgentClient} from '../../client/agent-client.js';
import type {DeskAction} from '../../core/actions.js';
import type {Offer} from '../../protocol/index.js';
import {colleagueGreeting} from '../scenario/colleague-greeting.js';
import type {ScenarioColleague} from '../scenario/scenario.js';
import {closingWords} from './colleague-words.js';
import {messageOf} from './customer-chat.js';
import {DeskPresence} from './desk-presence.js';
import type {ColleagueJournal, ColleagueOffer} from './journal.js';
import type {PlayerLog} from './player-log.js';
import type {PlayerTimers} from './player-timers.js';

/** After this much customer silence (scenario time) a colleague who took a chat closes it politely. */
export const COLLEAGUE_CLOSES_AFTER_MS = 30_000;

export type ColleagueContext = {
	agentUrl: string;
	token: string;
	company: string | null;
	timers: PlayerTimers;
	speed: number;
	log: PlayerLog;
	/** The scenario key of the customer in a chat, if the chat is one of the player's. */
	customerOf: (chatId: string) => string | null;
	/** Every colleague's id: any other agent is the desk. */
	colleagueIds: ReadonlySet<string>;
};

/** A chat the colleague took: who the customer is (for the closing) and the timer that will close it. */
type TakenChat = {locale: string; customerName: string | null; cancelClose: () => void};

export function newColleagueJournal(colleague: ScenarioColleague): ColleagueJournal {
	return {id: colleague.id, name: colleague.name, line: colleague.line, offers: [], closed: [], problems: []};
}

export class SimulatedColleague {
	readonly #spec: ScenarioColleague;
	readonly #journal: ColleagueJournal;
	readonly #context: ColleagueContext;
	readonly #client: AgentClient;
	/** Offers waiting for the colleague's answer, by chat id: the timer to cancel if the offer goes away. */
	readonly #answering = new Map<string, {offer: ColleagueOffer; cancel: () => void}>();
	readonly #taken = new Map<string, TakenChat>();
	/** Messages the colleague sent, until the server confirms them: a closing must be stored before the chat ends. */
	readonly #sending = new Map<string, () => void>();
	readonly #desk: DeskPresence;
	/** New chats offered to this colleague while the desk was not online, declined once it is. */
	readonly #heldForDesk = new Set<string>();
	#stopped = false;

	constructor(spec: ScenarioColleague, journal: ColleagueJournal, context: ColleagueContext) {
		this.#spec = spec;
		this.#journal = journal;
		this.#context = context;
		this.#desk = new DeskPresence(context.colleagueIds);
		this.#client = new AgentClient({
			url: context.agentUrl,
			token: context.token,
			client: {name: 'switchboard-demo-colleague', version: '1'},
			onAction: action => this.#onAction(action),
		});
	}

	start(): void {
		this.#client.start();
	}

	async stop(): Promise<void> {
		this.#stopped = true;
		for (const {cancel} of this.#answering.values()) cancel();
		for (const chat of this.#taken.values()) chat.cancelClose();
		this.#answering.clear();
		this.#taken.clear();
		this.#heldForDesk.clear();
		await this.#client.stop();
	}

	#onAction(action: DeskAction): void {
		if (this.#stopped) return;
		if (action.type === 'session.started') {
			// A fresh login makes an agent online; a colleague who is out for the scenario goes away again at once.
			if (action.agent.presence !== this.#spec.presence)
				this.#run('presence.set', () => this.#client.request('presence.set', {presence: this.#spec.presence}));
			this.#desk.signedIn();
			this.#run('agents.list', async () => {
				this.#desk.listed((await this.#client.request('agents.list', {})).agents);
				this.#passHeldChats();
			});
		} else if (
			action.type === 'connection.changed' &&
			action.status.state === 'stopped' &&
			action.status.code !== null
		) {
			this.#problem(`signed out: ${action.status.reason}`);
		} else if (action.type === 'outbox.sent' || action.type === 'outbox.failed') {
			this.#sending.get(action.client_msg_id)?.();
		} else if (action.type === 'server.event') {
			if (action.event === 'chat.offered') this.#onOffer(action.payload);
			else if (action.event === 'offer.revoked') this.#withdrawn(action.payload.chat_id);
			else if (action.event === 'presence.changed') {
				this.#desk.changed(action.payload.agent_id, action.payload.presence);
				this.#passHeldChats();
			} else if (action.event === 'message.created' && action.payload.message.author.type === 'customer')
				this.#scheduleClose(action.payload.message.chat_id);
			else if (action.event === 'chat.ended') this.#forget(action.payload.chat_id);
		}
	}

	#onOffer(offer: Offer): void {
		const chatId = offer.chat.id;
		if (offer.transfer === null) {
			// New chats are the desk's: the demo is about the agent at the keyboard. A colleague only takes transfers.
			this.#heldForDesk.add(chatId);
			this.#passHeldChats();
			return;
		}
		const entry: ColleagueOffer = {
			at: this.#context.log.elapsed(),
			chatId,
			customer: this.#context.customerOf(chatId),
			from: offer.transfer.from.name,
			outcome: 'pending',
			answeredAt: null,
		};
		this.#journal.offers.push(entry);
		const behaviour = this.#spec.onTransfer;
		if (behaviour === 'ignore') {
			entry.outcome = 'ignored';
			this.#context.log.note(
				this.#spec.name,
				`lets the transfer of ${entry.customer ?? chatId} from ${entry.from} time out`,
			);
			return;
		}
		const cancel = this.#context.timers.after(this.#spec.answerAfterMs / this.#context.speed, () => {
			this.#answering.delete(chatId);
			void (behaviour === 'accept' ? this.#accept(offer, entry) : this.#decline(chatId, entry));
		});
		this.#answering.set(chatId, {offer: entry, cancel});
	}

	async #accept(offer: Offer, entry: ColleagueOffer): Promise<void> {
		const chatId = offer.chat.id;
		entry.answeredAt = this.#context.log.elapsed();
		try {
			await this.#client.request('offer.accept', {chat_id: chatId});
		} catch (error) {
			if (this.#stopped) return;
			entry.outcome = 'failed';
			return this.#problem(`could not take the transfer of ${entry.customer ?? chatId}: ${messageOf(error)}`);
		}
		if (this.#stopped) return;
		entry.outcome = 'accepted';
		this.#context.log.note(this.#spec.name, `took the transfer of ${entry.customer ?? chatId} from ${entry.from}`);
		const {locale, name} = offer.chat.customer;
		this.#taken.set(chatId, {locale, customerName: name, cancelClose: () => {}});
		const greeting = colleagueGreeting(this.#spec, locale);
		if (greeting !== null) this.#client.send(chatId, greeting);
		this.#scheduleClose(chatId);
	}

	async #decline(chatId: string, entry: ColleagueOffer): Promise<void> {
		entry.answeredAt = this.#context.log.elapsed();
		try {
			await this.#client.request('offer.decline', {chat_id: chatId, reason: 'busy'});
			entry.outcome = 'declined';
			this.#context.log.note(this.#spec.name, `declined the transfer of ${entry.customer ?? chatId}`);
		} catch (error) {
			if (this.#stopped) return;
			entry.outcome = 'failed';
			this.#problem(`could not decline the transfer of ${entry.customer ?? chatId}: ${messageOf(error)}`);
		}
	}

	/** Declines the new chats held here, once the desk is online to be offered them next. */
	#passHeldChats(): void {
		if (!this.#desk.online) return;
		for (const chatId of this.#heldForDesk) {
			this.#run('offer.decline', () =>
				this.#client.request('offer.decline', {chat_id: chatId, reason: 'demo colleagues take transfers only'}),
			);
		}
		this.#heldForDesk.clear();
	}

	#withdrawn(chatId: string): void {
		this.#heldForDesk.delete(chatId);
		const answering = this.#answering.get(chatId);
		if (!answering) return;
		answering.cancel();
		this.#answering.delete(chatId);
		answering.offer.outcome = 'withdrawn';
	}

	/** (Re)starts the silence timer of a chat the colleague has: each customer message puts the closing off. */
	#scheduleClose(chatId: string): void {
		const chat = this.#taken.get(chatId);
		if (!chat) return;
		chat.cancelClose();
		chat.cancelClose = this.#context.timers.after(
			COLLEAGUE_CLOSES_AFTER_MS / this.#context.speed,
			() => void this.#close(chatId, chat),
		);
	}

	/** The polite end (E18, E19): the closing in the customer's language, the rating request, then the end. */
	async #close(chatId: string, chat: TakenChat): Promise<void> {
		const words = closingWords({
			locale: chat.locale,
			customerName: chat.customerName,
			agentName: this.#spec.name,
			company: this.#context.company,
		});
		// Recorded when the colleague starts closing: the customer may be done (and the player with it) before the answer.
		this.#journal.closed.push({at: this.#context.log.elapsed(), chatId});
		this.#context.log.note(this.#spec.name, `closes the chat with ${this.#context.customerOf(chatId) ?? chatId}`);
		try {
			if (words !== null) await this.#sendAndWait(chatId, words);
			if (this.#client.capabilities.includes('rating')) await this.#client.request('rating.request', {chat_id: chatId});
			await this.#client.request('chat.end', {chat_id: chatId});
		} catch (error) {
			if (!this.#stopped)
				this.#problem(
					`could not close the chat with ${this.#context.customerOf(chatId) ?? chatId}: ${messageOf(error)}`,
				);
		}
	}

	#sendAndWait(chatId: string, text: string): Promise<void> {
		return new Promise(resolve => {
			const id = this.#client.send(chatId, text, {auto: true});
			this.#sending.set(id, () => {
				this.#sending.delete(id);
				resolve();
			});
		});
	}

	#forget(chatId: string): void {
		this.#taken.get(chatId)?.cancelClose();
		this.#taken.delete(chatId);
	}

	/** A request whose failure is only worth a line in the journal. */
	#run(what: string, request: () => Promise<unknown>): void {
		request().catch(error => {
			if (!this.#stopped) this.#problem(`${what} failed: ${messageOf(error)}`);
		});
	}

	#problem(message: string): void {
		this.#context.log.problem(this.#journal.problems, this.#spec.name, this.#spec.line, message);
	}
}
