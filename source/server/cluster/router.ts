// Offers and transfers decided in the database, for several server processes at once: every decision that can raise an
// agent's load (an offer) is made under the cluster's routing lock, from loads counted in the tables, and an offer is
// a row keyed by its chat, so no chat is offered twice and no agent goes over capacity, whichever process decides.
import type {Offer, Presence, TransferTarget} from '../../protocol/index.js';
import type {AgentState} from '../agent-state.js';
import type {After} from '../requests.js';
import {refuse} from '../requests.js';
import {Router} from '../router.js';
import {anyoneCanTakeChat, chooseAgentForOffer, chooseTransferTarget, hasUndeclinedCandidate} from '../routing.js';
import type {ChatRecord} from '../store/contract.js';
import type {ClusterCentre} from './centre.js';
import {requireUnit} from './unit.js';

type StoredTransfer = {from: string; from_name: string; note: string; target: TransferTarget};
type StoredOffer = {chatId: string; agentId: string; expiresAt: number; transfer: StoredTransfer | null};
type Candidate = {
	id: string;
	departments: readonly string[];
	presence: Presence;
	available: boolean;
	load: number;
	capacity: number;
	lastOfferedAt: number;
	agent: AgentState;
};
type EndedBy = 'agent' | 'customer' | 'system';

const SEATED = `('active', 'on_hold', 'transferring')`;

export class ClusterRouter extends Router {
	constructor(private readonly cluster: ClusterCentre) {
		super(cluster);
	}

	/** Offers live in the database here: callers that need one ask offerOf. */
	override pendingOffer(): undefined {
		return undefined;
	}

	/** The agent a chat is offered to now, if any. */
	async offeredTo(chatId: string): Promise<string | undefined> {
		const {rows} = await this.cluster
			.db()
			.query<{agent_id: string}>('SELECT agent_id FROM offers WHERE chat_id = $1', [chatId]);
		return rows[0]?.agent_id;
	}

	override async offersTo(agent: AgentState): Promise<Offer[]> {
		const {rows} = await this.cluster
			.db()
			.query<OfferRow>(`SELECT ${OFFER_COLUMNS} FROM offers WHERE agent_id = $1 ORDER BY expires_at`, [agent.id]);
		const offers: Offer[] = [];
		for (const row of rows) {
			const chat = await this.cluster.store.getChat(row.chat_id);
			if (chat) offers.push(await this.viewOffer(offerFromRow(row), chat));
		}
		return offers;
	}

	override async routeQueue(except?: string): Promise<void> {
		const unit = requireUnit();
		await unit.lockRouting();
		const candidates = await this.candidates();
		const {rows} = await unit.client.query<{id: string}>(
			`SELECT id FROM chats WHERE status = 'queued' ORDER BY created_at, id LIMIT 500`,
		);
		for (const {id} of rows) {
			if (!anyoneCanTakeChat(candidates.values())) return;
			if (id !== except) await this.routeOne(id, candidates);
		}
	}

	override async routeChat(chatId: string): Promise<void> {
		await requireUnit().lockRouting();
		await this.routeOne(chatId, await this.candidates());
	}

	override async accept(agent: AgentState, chatId: string): Promise<Readonly<ChatRecord>> {
		await requireUnit().lockRouting();
		await this.cluster.getChat(chatId);
		const offer = await this.takeOffer(chatId, agent.id);
		if (!offer) refuse('conflict', `chat ${chatId} is not offered to you`);
		await this.forgetDeclines(chatId);
		if (offer.transfer) return this.finishTransfer(offer.transfer, agent, chatId);
		const chat = await this.cluster.updateChat(chatId, {status: 'active', agent_id: agent.id});
		this.cluster.toAgent(agent.id, 'chat.assigned', {chat: await this.cluster.chatView(chat)});
		return chat;
	}

	override async decline(agent: AgentState, chatId: string): Promise<void> {
		await requireUnit().lockRouting();
		await this.cluster.getChat(chatId);
		const offer = await this.takeOffer(chatId, agent.id);
		if (!offer) refuse('conflict', `chat ${chatId} is not offered to you`);
		await this.turnDown(offer, 'declined');
	}

	override async transfer(
		from: AgentState,
		chat: Readonly<ChatRecord>,
		target: TransferTarget,
		note: string,
		after: After,
	): Promise<Readonly<ChatRecord>> {
		const {cluster} = this;
		await requireUnit().lockRouting();
		// Read again under the lock: the status decides whether a transfer may start.
		chat = await cluster.getChat(chat.id);
		if (chat.status !== 'active' && chat.status !== 'on_hold')
			refuse('conflict', `chat ${chat.id} is ${chat.status}; only active or on-hold chats can be transferred`);
		if (target.type === 'agent') {
			if (!cluster.agents.has(target.id)) refuse('not_found', `target.id: no agent ${target.id}`);
			if (target.id === from.id) refuse('bad_request', 'target.id: cannot transfer a chat to yourself');
		} else if (!cluster.departments.has(target.id)) {
			refuse('not_found', `target.id: no department ${target.id}`);
		}
		const transferring = await cluster.updateChat(chat.id, {status: 'transferring', hold: null, transfer: target});
		cluster.toAgent(from.id, 'chat.updated', {chat: await cluster.chatView(transferring)});
		const request: StoredTransfer = {from: from.id, from_name: from.name, note, target};
		const receiver = chooseTransferTarget((await this.candidates()).values(), target, from.id);
		if (receiver) await this.makeOffer(transferring, receiver, request);
		else after(() => cluster.unit(() => this.transferFailed(chat.id, request, 'no_agent_available')));
		return transferring;
	}

	override async endChat(chatId: string, by: EndedBy): Promise<Readonly<ChatRecord>> {
		const {cluster} = this;
		await requireUnit().lockRouting();
		const current = await cluster.getChat(chatId);
		if (current.status === 'ended') return current;
		const offer = await this.takeOffer(chatId, null);
		await this.forgetDeclines(chatId);
		if (offer)
			cluster.toAgent(offer.agentId, 'offer.revoked', {
				chat_id: chatId,
				reason: by === 'agent' ? 'taken' : 'customer_left',
			});
		const chat = await cluster.updateChat(chatId, {
			status: 'ended',
			ended_at: cluster.now(),
			hold: null,
			transfer: null,
		});
		cluster.settings.log('chat.ended', {chat: chatId, by, agent: chat.agent_id});
		const view = await cluster.chatView(chat);
		if (offer?.transfer && by !== 'agent') {
			cluster.toAgent(offer.transfer.from, 'transfer.failed', {
				chat_id: chatId,
				target: offer.transfer.target,
				reason: 'customer_left',
				chat: view,
			});
		}
		if (chat.agent_id) cluster.toAgent(chat.agent_id, 'chat.ended', {chat_id: chatId, by, chat: view});
		cluster.showCustomer(chat, 'chat.ended');
		await this.routeQueue();
		return chat;
	}

	/** The agent's session is over: queue offers go back to the queue, transfers fail back to their senders. */
	override async withdrawOffersTo(agent: AgentState): Promise<void> {
		await this.withdrawOffersOf(agent.id);
	}

	async withdrawOffersOf(agentId: string): Promise<void> {
		const unit = requireUnit();
		await unit.lockRouting();
		const {rows} = await unit.client.query<OfferRow>(
			`DELETE FROM offers WHERE agent_id = $1 RETURNING ${OFFER_COLUMNS}`,
			[agentId],
		);
		for (const offer of rows.map(offerFromRow)) {
			if (offer.transfer) await this.transferFailed(offer.chatId, offer.transfer, 'timeout');
			else await this.cluster.updateChat(offer.chatId, {status: 'queued'});
		}
	}

	/** An offer whose time ran out (any process may find it): revoked and routed on, once. */
	async expireOffer(chatId: string): Promise<void> {
		const unit = requireUnit();
		await unit.lockRouting();
		const {rows} = await unit.client.query<OfferRow>(
			`DELETE FROM offers WHERE chat_id = $1 AND expires_at <= $2 RETURNING ${OFFER_COLUMNS}`,
			[chatId, this.cluster.now()],
		);
		if (rows[0]) await this.turnDown(offerFromRow(rows[0]), 'timeout');
	}

	override shutdown(): void {}

	/** The agents who could take chats now, with their loads as the tables have them (under the routing lock). */
	private async candidates(): Promise<Map<string, Candidate>> {
		const {client} = requireUnit();
		const {rows} = await client.query<{agent_id: string; presence: Presence; last_offered: number; load: number}>(
			`SELECT s.agent_id, s.presence, s.last_offered,
				(SELECT count(*) FROM chats c WHERE c.agent_id = s.agent_id AND c.status IN ${SEATED})
				+ (SELECT count(*) FROM offers o WHERE o.agent_id = s.agent_id) AS load
			 FROM agent_streams s WHERE s.session_id IS NOT NULL`,
		);
		const candidates = new Map<string, Candidate>();
		for (const row of rows) {
			const agent = this.cluster.agents.get(row.agent_id);
			if (!agent) continue;
			candidates.set(agent.id, {
				id: agent.id,
				departments: agent.departments,
				presence: row.presence,
				available: true,
				load: Number(row.load),
				capacity: agent.capacity,
				lastOfferedAt: Number(row.last_offered),
				agent,
			});
		}
		return candidates;
	}

	private async routeOne(chatId: string, candidates: Map<string, Candidate>): Promise<void> {
		const {client} = requireUnit();
		const chat = await this.cluster.store.getChat(chatId);
		if (!chat || chat.status !== 'queued') return;
		const declined = new Set(
			(await client.query<{agent_id: string}>('SELECT agent_id FROM declines WHERE chat_id = $1', [chatId])).rows.map(
				row => row.agent_id,
			),
		);
		const agent = chooseAgentForOffer(candidates.values(), chat.department_id, declined);
		if (agent) return this.makeOffer(chat, agent, null);
		if (declined.size > 0 && !hasUndeclinedCandidate(candidates.values(), chat.department_id, declined))
			await this.forgetDeclines(chatId);
	}

	private async makeOffer(
		chat: Readonly<ChatRecord>,
		candidate: Candidate,
		transfer: StoredTransfer | null,
	): Promise<void> {
		const {cluster} = this;
		const {client} = requireUnit();
		const offer: StoredOffer = {
			chatId: chat.id,
			agentId: candidate.id,
			expiresAt: cluster.now() + cluster.settings.offerTimeoutMs,
			transfer,
		};
		// The primary key on chat_id is the last word: a chat is never offered twice, whatever went before.
		await client.query('INSERT INTO offers (chat_id, agent_id, expires_at, transfer) VALUES ($1, $2, $3, $4)', [
			offer.chatId,
			offer.agentId,
			offer.expiresAt,
			transfer ? JSON.stringify(transfer) : null,
		]);
		const {rows} = await client.query<{n: number}>(
			`UPDATE agent_streams SET last_offered = nextval('offer_order') WHERE agent_id = $1 RETURNING last_offered AS n`,
			[candidate.id],
		);
		candidate.load++;
		candidate.lastOfferedAt = Number(rows[0]?.n ?? candidate.lastOfferedAt);
		// A transferred chat keeps status `transferring` (it is still the sender's); a queued one becomes `offered`.
		const offered = transfer ? chat : await cluster.updateChat(chat.id, {status: 'offered'});
		cluster.toAgent(candidate.id, 'chat.offered', await this.viewOffer(offer, offered));
		cluster.expireLater(offer.chatId, cluster.settings.offerTimeoutMs);
	}

	private async viewOffer(offer: StoredOffer, chat: Readonly<ChatRecord>): Promise<Offer> {
		const {transfer} = offer;
		return {
			chat: await this.cluster.chatView(chat),
			expires_at: offer.expiresAt,
			transfer: transfer ? {from: {id: transfer.from, name: transfer.from_name}, note: transfer.note} : null,
		};
	}

	/** Takes the chat's offer off the books (only if it is this agent's, when one is named); none if there was none. */
	private async takeOffer(chatId: string, agentId: string | null): Promise<StoredOffer | undefined> {
		const {client} = requireUnit();
		const {rows} =
			agentId === null
				? await client.query<OfferRow>(`DELETE FROM offers WHERE chat_id = $1 RETURNING ${OFFER_COLUMNS}`, [chatId])
				: await client.query<OfferRow>(
						`DELETE FROM offers WHERE chat_id = $1 AND agent_id = $2 RETURNING ${OFFER_COLUMNS}`,
						[chatId, agentId],
					);
		return rows[0] && offerFromRow(rows[0]);
	}

	private async forgetDeclines(chatId: string): Promise<void> {
		await requireUnit().client.query('DELETE FROM declines WHERE chat_id = $1', [chatId]);
	}

	private async turnDown(offer: StoredOffer, reason: 'declined' | 'timeout'): Promise<void> {
		const {cluster} = this;
		const {chatId} = offer;
		cluster.toAgent(offer.agentId, 'offer.revoked', {chat_id: chatId, reason});
		if (offer.transfer) {
			await this.transferFailed(chatId, offer.transfer, reason);
			await this.routeQueue();
			return;
		}
		await requireUnit().client.query(
			'INSERT INTO declines (chat_id, agent_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
			[chatId, offer.agentId],
		);
		await cluster.updateChat(chatId, {status: 'queued'});
		// The freed seat goes to the rest of the queue first, so the chat is not bounced straight back to this agent.
		await this.routeQueue(chatId);
		await this.routeChat(chatId);
	}

	private async finishTransfer(
		transfer: StoredTransfer,
		agent: AgentState,
		chatId: string,
	): Promise<Readonly<ChatRecord>> {
		const {cluster} = this;
		const chat = await cluster.updateChat(chatId, {status: 'active', agent_id: agent.id, transfer: null, hold: null});
		cluster.toAgent(transfer.from, 'chat.transferred', {
			chat_id: chatId,
			to: {type: 'agent', id: agent.id, name: agent.name},
		});
		cluster.toAgent(agent.id, 'chat.assigned', {chat: await cluster.chatView(chat)});
		await this.routeQueue();
		return chat;
	}

	private async transferFailed(
		chatId: string,
		transfer: StoredTransfer,
		reason: 'declined' | 'timeout' | 'no_agent_available',
	): Promise<void> {
		const {cluster} = this;
		if ((await cluster.store.getChat(chatId))?.status !== 'transferring') return;
		const chat = await cluster.updateChat(chatId, {status: 'active', transfer: null});
		cluster.toAgent(transfer.from, 'transfer.failed', {
			chat_id: chatId,
			target: transfer.target,
			reason,
			chat: await cluster.chatView(chat),
		});
	}
}

type OfferRow = {chat_id: string; agent_id: string; expires_at: number; transfer: string | null};
const OFFER_COLUMNS = 'chat_id, agent_id, expires_at, transfer';

function offerFromRow(row: OfferRow): StoredOffer {
	return {
		chatId: row.chat_id,
		agentId: row.agent_id,
		expiresAt: Number(row.expires_at),
		transfer: row.transfer === null ? null : (JSON.parse(row.transfer) as StoredTransfer),
	};
}
