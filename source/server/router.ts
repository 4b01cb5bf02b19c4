// Offers and transfers: who is offered which chat, offer timeouts, declines, re-routing, and ending a chat.
import type {Offer, TransferTarget} from '../protocol/index.js';
import type {AgentState} from './agent-state.js';
import type {ContactCentre} from './contact-centre.js';
import type {After} from './requests.js';
import {refuse} from './requests.js';
import type {ChatRecord} from './store/contract.js';
import {anyoneCanTakeChat, chooseAgentForOffer, chooseTransferTarget, hasUndeclinedCandidate} from './routing.js';

type TransferRequest = {from: AgentState; note: string; target: TransferTarget};

export type PendingOffer = {
	chatId: string;
	agent: AgentState;
	expiresAt: number;
	timer: NodeJS.Timeout;
	/** Set when a colleague transfers the chat; null for a chat from the queue. */
	transfer: TransferRequest | null;
};

type EndedBy = 'agent' | 'customer' | 'system';

const NOBODY: ReadonlySet<string> = new Set();

export class Router {
	private readonly offers = new Map<string, PendingOffer>();
	/** Per chat, the agents who declined it or let the offer run out; they are skipped when it is routed again. */
	private readonly declines = new Map<string, Set<string>>();
	/** Orders offers without the wall clock, so equally loaded agents take turns even within one millisecond. */
	private offerCount = 0;

	constructor(private readonly centre: ContactCentre) {}

	pendingOffer(chatId: string): PendingOffer | undefined {
		return this.offers.get(chatId);
	}

	async offersTo(agent: AgentState): Promise<Offer[]> {
		const offers: Offer[] = [];
		for (const chatId of [...agent.offers])
			offers.push(await this.offerView(this.offers.get(chatId)!, await this.centre.getChat(chatId)));
		return offers;
	}

	/**
	 * Offers queued chats, oldest first, while anyone has a free seat. `except` is left for the caller to route. The
	 * queue is kept in order, so this reads only its head: no work that grows with the queue when nobody is free.
	 */
	async routeQueue(except?: string): Promise<void> {
		const {centre} = this;
		for (const chatId of centre.queue.oldestFirst()) {
			if (!anyoneCanTakeChat(centre.agents.values())) return;
			if (chatId !== except) await this.routeChat(chatId);
		}
	}

	/** Offers one queued chat to the best agent; without one it stays queued until capacity frees up. */
	async routeChat(chatId: string): Promise<void> {
		const chat = await this.centre.store.getChat(chatId);
		if (!chat || chat.status !== 'queued') return;
		const declined = this.declines.get(chatId) ?? NOBODY;
		const agent = chooseAgentForOffer(this.centre.agents.values(), chat.department_id, declined);
		if (agent) return this.offer(chat, agent, null);
		if (declined.size > 0 && !hasUndeclinedCandidate(this.centre.agents.values(), chat.department_id, declined)) {
			this.declines.delete(chatId);
		}
	}

	async accept(agent: AgentState, chatId: string): Promise<Readonly<ChatRecord>> {
		const offer = await this.offerFor(agent, chatId);
		this.withdraw(chatId);
		this.declines.delete(chatId);
		if (offer.transfer) return this.completeTransfer(offer.transfer, agent, chatId);
		const chat = await this.centre.updateChat(chatId, {status: 'active', agent_id: agent.id});
		this.centre.toAgent(agent.id, 'chat.assigned', {chat: await this.centre.chatView(chat)});
		return chat;
	}

	async decline(agent: AgentState, chatId: string): Promise<void> {
		await this.refuseOffer(await this.offerFor(agent, chatId), 'declined');
	}

	/** Starts a transfer: the chat is `transferring` until the colleague answers; failure comes as transfer.failed. */
	async transfer(
		from: AgentState,
		chat: Readonly<ChatRecord>,
		target: TransferTarget,
		note: string,
		after: After,
	): Promise<Readonly<ChatRecord>> {
		const {centre} = this;
		if (chat.status !== 'active' && chat.status !== 'on_hold') {
			refuse('conflict', `chat ${chat.id} is ${chat.status}; only active or on-hold chats can be transferred`);
		}
		if (target.type === 'agent') {
			if (!centre.agents.has(target.id)) refuse('not_found', `target.id: no agent ${target.id}`);
			if (target.id === from.id) refuse('bad_request', 'target.id: cannot transfer a chat to yourself');
		} else if (!centre.departments.has(target.id)) {
			refuse('not_found', `target.id: no department ${target.id}`);
		}
		const transferring = await centre.updateChat(chat.id, {status: 'transferring', hold: null, transfer: target});
		centre.toAgent(from.id, 'chat.updated', {chat: await centre.chatView(transferring)});
		const request: TransferRequest = {from, note, target};
		const receiver = chooseTransferTarget(centre.agents.values(), target, from.id);
		if (receiver) await this.offer(transferring, receiver, request);
		else after(() => this.failTransfer(chat.id, request, 'no_agent_available'));
		return transferring;
	}

	/** Ends a chat from any state, telling the agent, a colleague it was offered to, and the customer. */
	async endChat(chatId: string, by: EndedBy): Promise<Readonly<ChatRecord>> {
		const {centre} = this;
		const current = await centre.getChat(chatId);
		if (current.status === 'ended') return current;
		const offer = this.withdraw(chatId);
		this.declines.delete(chatId);
		if (offer)
			centre.toAgent(offer.agent.id, 'offer.revoked', {
				chat_id: chatId,
				reason: by === 'agent' ? 'taken' : 'customer_left',
			});
		const chat = await centre.updateChat(chatId, {status: 'ended', ended_at: centre.now(), hold: null, transfer: null});
		centre.settings.log('chat.ended', {chat: chatId, by, agent: chat.agent_id});
		const view = await centre.chatView(chat);
		if (offer?.transfer && by !== 'agent') {
			centre.toAgent(offer.transfer.from.id, 'transfer.failed', {
				chat_id: chatId,
				target: offer.transfer.target,
				reason: 'customer_left',
				chat: view,
			});
		}
		if (chat.agent_id) centre.toAgent(chat.agent_id, 'chat.ended', {chat_id: chatId, by, chat: view});
		centre.showCustomer(chat, 'chat.ended');
		await this.routeQueue();
		return chat;
	}

	/** The agent's session is over: queue offers go back to the queue, transfers fail back to their senders. */
	async withdrawOffersTo(agent: AgentState): Promise<void> {
		for (const chatId of [...agent.offers]) {
			const offer = this.withdraw(chatId)!;
			if (offer.transfer) await this.failTransfer(chatId, offer.transfer, 'timeout');
			else await this.centre.updateChat(chatId, {status: 'queued'});
		}
	}

	shutdown(): void {
		for (const offer of this.offers.values()) clearTimeout(offer.timer);
		this.offers.clear();
	}

	private async offerFor(agent: AgentState, chatId: string): Promise<PendingOffer> {
		await this.centre.getChat(chatId);
		const offer = this.offers.get(chatId);
		if (!offer || offer.agent !== agent) refuse('conflict', `chat ${chatId} is not offered to you`);
		return offer;
	}

	private async offer(chat: Readonly<ChatRecord>, agent: AgentState, transfer: TransferRequest | null): Promise<void> {
		const {centre} = this;
		const {offerTimeoutMs} = centre.settings;
		const offer: PendingOffer = {
			chatId: chat.id,
			agent,
			expiresAt: centre.now() + offerTimeoutMs,
			timer: setTimeout(() => centre.guard(() => this.expire(chat.id, offer)), offerTimeoutMs),
			transfer,
		};
		this.offers.set(chat.id, offer);
		agent.offers.add(chat.id);
		agent.lastOfferedAt = ++this.offerCount;
		// A transferred chat keeps status `transferring` (it is still the sender's); a queued one becomes `offered`.
		const offered = transfer ? chat : await centre.updateChat(chat.id, {status: 'offered'});
		centre.toAgent(agent.id, 'chat.offered', await this.offerView(offer, offered));
	}

	private async offerView(offer: PendingOffer, chat: Readonly<ChatRecord>): Promise<Offer> {
		const {transfer} = offer;
		return {
			chat: await this.centre.chatView(chat),
			expires_at: offer.expiresAt,
			transfer: transfer ? {from: {id: transfer.from.id, name: transfer.from.name}, note: transfer.note} : null,
		};
	}

	private async expire(chatId: string, offer: PendingOffer): Promise<void> {
		if (this.offers.get(chatId) === offer) await this.refuseOffer(offer, 'timeout');
	}

	private async refuseOffer(offer: PendingOffer, reason: 'declined' | 'timeout'): Promise<void> {
		const {chatId} = offer;
		this.withdraw(chatId);
		this.centre.toAgent(offer.agent.id, 'offer.revoked', {chat_id: chatId, reason});
		if (offer.transfer) {
			await this.failTransfer(chatId, offer.transfer, reason);
			await this.routeQueue();
			return;
		}
		let declined = this.declines.get(chatId);
		if (!declined) this.declines.set(chatId, (declined = new Set()));
		declined.add(offer.agent.id);
		await this.centre.updateChat(chatId, {status: 'queued'});
		// The freed seat goes to the rest of the queue first, so the chat is not bounced straight back to this agent.
		await this.routeQueue(chatId);
		await this.routeChat(chatId);
	}

	private async completeTransfer(
		transfer: TransferRequest,
		agent: AgentState,
		chatId: string,
	): Promise<Readonly<ChatRecord>> {
		const {centre} = this;
		const chat = await centre.updateChat(chatId, {status: 'active', agent_id: agent.id, transfer: null, hold: null});
		centre.toAgent(transfer.from.id, 'chat.transferred', {
			chat_id: chatId,
			to: {type: 'agent', id: agent.id, name: agent.name},
		});
		centre.toAgent(agent.id, 'chat.assigned', {chat: await centre.chatView(chat)});
		await this.routeQueue();
		return chat;
	}

	private async failTransfer(
		chatId: string,
		transfer: TransferRequest,
		reason: 'declined' | 'timeout' | 'no_agent_available',
	): Promise<void> {
		const {centre} = this;
		if ((await centre.store.getChat(chatId))?.status !== 'transferring') return;
		const chat = await centre.updateChat(chatId, {status: 'active', transfer: null});
		centre.toAgent(transfer.from.id, 'transfer.failed', {
			chat_id: chatId,
			target: transfer.target,
			reason,
			chat: await centre.chatView(chat),
		});
	}

	/** Takes a pending offer off the books: its timer, and the seat it held. */
	private withdraw(chatId: string): PendingOffer | undefined {
		const offer = this.offers.get(chatId);
		if (!offer) return undefined;
		clearTimeout(offer.timer);
		this.offers.delete(chatId);
		offer.agent.offers.delete(chatId);
		return offer;
	}
}
