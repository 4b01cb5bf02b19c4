// The contact centre of one server process among several on one PostgreSQL database: the same op handlers as the
// single-process server, but every change and the events it causes commit together (unit.ts), offers are decided in
// the database (router.ts), and events reach whichever process holds the link (bus.ts). Nothing lives only here that
// another process would need: this process can die at any moment and the others carry on from the tables.
import type {Presence} from '../../protocol/index.js';
import type {DepartmentConfig} from '../accounts.js';
import type {AccountRecord} from '../store/accounts-contract.js';
import type {AgentState, AgentProfile} from '../agent-state.js';
import {ContactCentre, type CentreSettings} from '../contact-centre.js';
import type {CustomerSession} from '../customer-sessions.js';
import {newId} from '../ids.js';
import type {Router} from '../router.js';
import type {ChatPatch, ChatRecord, NewMessage, Store} from '../store/contract.js';
import type {Queryable} from '../store/postgres/connection.js';
import type {PostgresStore} from '../store/postgres/postgres-store.js';
import {customerChatView, sameCustomerChatView} from '../views.js';
import {ClusterBus, type LocalStream} from './bus.js';
import {ClusterRouter} from './router.js';
import {handleNotice} from './notices.js';
import {Sweeps} from './sweeps.js';
import {currentUnit, inUnit, requireUnit, type Unit, type Written} from './unit.js';
import type {Message} from '../../protocol/index.js';

export type ClusterOptions = {
	/** How often each process reads what it may have missed, and sweeps for expired offers and sessions; default 1 s. */
	pollMs?: number;
	/** Test hook: this process throws every NOTIFY away; only its poll (and its own commits) deliver. */
	dropNotifications?: boolean;
};

export class ClusterCentre extends ContactCentre {
	declare readonly router: ClusterRouter;
	readonly bus: ClusterBus;
	/** Customer sessions whose link is on this process, by chat: their names, for the messages they send. */
	readonly customerSessions = new Map<string, CustomerSession>();
	private readonly sweeps: Sweeps;
	private readonly expiryTimers = new Set<NodeJS.Timeout>();

	static async openCluster(
		database: PostgresStore,
		settings: CentreSettings,
		profiles: readonly AgentProfile[],
		options: ClusterOptions = {},
	): Promise<ClusterCentre> {
		const store = unitStore(database);
		const [departments, accounts] = await Promise.all([store.accounts.listDepartments(), store.accounts.list()]);
		const {rows} = await database.pool.query<{schema: string}>('SELECT current_schema() AS schema');
		const centre = new ClusterCentre(database, store, settings, profiles, departments, accounts, {
			channel: `switchboard.${rows[0]?.schema ?? 'public'}`,
			pollMs: options.pollMs ?? 1_000,
			dropNotifications: options.dropNotifications ?? false,
		});
		await centre.sweeps.register();
		await centre.bus.start();
		return centre;
	}

	private constructor(
		readonly database: PostgresStore,
		store: Store,
		settings: CentreSettings,
		profiles: readonly AgentProfile[],
		departments: readonly DepartmentConfig[],
		accounts: ReadonlyArray<Readonly<AccountRecord>>,
		bus: {channel: string; pollMs: number; dropNotifications: boolean},
	) {
		super(store, settings, profiles, departments, accounts);
		const processId = newId();
		this.sweeps = new Sweeps(this, processId);
		this.bus = new ClusterBus(
			database,
			processId,
			bus.channel,
			{pollMs: bus.pollMs, dropNotifications: bus.dropNotifications, reportError: settings.reportError},
			(kind, fields) => handleNotice(this, kind, fields),
			() => this.sweeps.run(),
		);
	}

	protected override newRouter(): Router {
		return new ClusterRouter(this);
	}

	/** Runs work in a unit of work (a transaction that commits its events with it), or in the caller's. */
	unit<T>(work: (unit: Unit) => Promise<T>, isolation?: 'repeatable read'): Promise<T> {
		return inUnit(this.database, this.settings.now, (written, unit) => this.committed(written, unit), work, isolation);
	}

	/** Where a statement goes now: the current unit's transaction, or the pool. */
	db(): Queryable {
		return currentUnit()?.client ?? this.database.pool;
	}

	private async committed(written: Written, unit: Unit): Promise<void> {
		await this.bus.committed(written);
		for (const effect of unit.afterCommit) {
			try {
				effect();
			} catch (error) {
				this.settings.reportError(error);
			}
		}
	}

	// Chats and messages ------------------------------------------------------------------------------------------

	override async addChat(chat: ChatRecord): Promise<void> {
		await this.store.addChat(chat);
	}

	override async updateChat(chatId: string, patch: ChatPatch): Promise<Readonly<ChatRecord>> {
		const unit = requireUnit();
		const before = await this.store.getChat(chatId);
		const chat = await this.store.updateChat(chatId, patch);
		if (chat.status === 'ended') {
			unit.afterCommit.push(() => this.limits.chatEnded(chatId));
			return chat;
		}
		const view = customerChatView(chat, this.agentName(chat.agent_id));
		if (!before || !sameCustomerChatView(customerChatView(before, this.agentName(before.agent_id)), view))
			unit.toCustomer(chat.id, 'chat.updated', JSON.stringify({chat: view}));
		return chat;
	}

	override async postMessage(
		chat: Readonly<ChatRecord>,
		input: NewMessage,
		scope: string,
	): Promise<{message: Message; json: string}> {
		const unit = requireUnit();
		const message = await this.store.addMessage(input, scope);
		const payload = `{"message":${JSON.stringify(message)}}`;
		if (chat.agent_id) unit.toAgent(chat.agent_id, 'message.created', payload);
		// Only a chat offered or being transferred has an offer: other chats cost no lookup.
		if (chat.status === 'offered' || chat.status === 'transferring') {
			const offered = await this.router.offeredTo(chat.id);
			if (offered && offered !== chat.agent_id) unit.toAgent(offered, 'message.created', payload);
		}
		if (message.visibility === 'public') {
			const forCustomer =
				message.author.type === 'agent'
					? `{"message":${JSON.stringify({...message, author: {...message.author, id: null}})}}`
					: payload;
			unit.toCustomer(chat.id, 'message.created', forCustomer);
		}
		return {message, json: payload};
	}

	// Delivery ----------------------------------------------------------------------------------------------------

	override toAgent(agentId: string, event: string, payload: object): void {
		requireUnit().toAgent(agentId, event, JSON.stringify(payload));
	}

	override toCustomer(chatId: string, event: string, payload: object): void {
		requireUnit().toCustomer(chatId, event, JSON.stringify(payload));
	}

	override showCustomer(chat: Readonly<ChatRecord>, event: 'chat.updated' | 'chat.ended'): void {
		this.toCustomer(chat.id, event, {chat: customerChatView(chat, this.agentName(chat.agent_id))});
	}

	override toChatWatchers(chat: Readonly<ChatRecord>, event: string, payload: object): void {
		const text = JSON.stringify({type: 'evt', event, ts: this.now(), payload});
		this.guard(async () => {
			const ids = new Set<string>();
			if (chat.agent_id) ids.add(chat.agent_id);
			if (chat.status === 'offered' || chat.status === 'transferring') {
				const offered = await this.router.offeredTo(chat.id);
				if (offered) ids.add(offered);
			}
			await this.transientToAgents([...ids], text);
		});
	}

	override toCustomerTransient(chatId: string, event: string, payload: object): void {
		const text = JSON.stringify({type: 'evt', event, ts: this.now(), payload});
		const local = this.bus.customers.get(chatId);
		if (local) local.connection.sendText(text);
		else this.bus.notify(['u', this.bus.processId, chatId, text]);
	}

	/** Transient events (typing, sneak peek) to agents: straight to a link here, through a NOTIFY to the others. */
	async transientToAgents(agentIds: string[], text: string): Promise<void> {
		const away: string[] = [];
		for (const id of agentIds) {
			const local = this.bus.agents.get(id);
			if (local) local.connection.sendText(text);
			else away.push(id);
		}
		if (away.length > 0) this.bus.notify(['t', this.bus.processId, away.join(','), text]);
	}

	/** presence.changed to every other agent, on every process. */
	announcePresence(agentId: string, presence: Presence): void {
		const text = JSON.stringify({
			type: 'evt',
			event: 'presence.changed',
			ts: this.now(),
			payload: {agent_id: agentId, presence},
		});
		for (const local of this.bus.agents.values()) if (local.id !== agentId) local.connection.sendText(text);
		this.bus.notify(['p', this.bus.processId, agentId, text]);
	}

	override broadcastPresence(agent: AgentState): void {
		this.announcePresence(agent.id, agent.presence);
	}

	override customerRenamed(customerId: string, name: string | null): void {
		for (const session of this.customerSessions.values())
			if (session.customerId === customerId) session.customerName = name;
	}

	// Agents ------------------------------------------------------------------------------------------------------

	/** An offer this process made runs out here too, to the millisecond; the sweeps are the backstop. */
	expireLater(chatId: string, ms: number): void {
		requireUnit().afterCommit.push(() => {
			const timer = setTimeout(() => {
				this.expiryTimers.delete(timer);
				this.guard(() => this.unit(() => this.router.expireOffer(chatId)));
			}, ms + 5);
			this.expiryTimers.add(timer);
		});
	}

	/** An agent's account was removed or its token rotated: the session ends everywhere, its link closes with 4001. */
	override async revokeAgent(agent: AgentState, removed: boolean): Promise<void> {
		await this.unit(async unit => {
			await unit.lockRouting();
			const {rowCount} = await unit.client.query(
				`UPDATE agent_streams SET session_id = NULL, presence = 'offline', link_id = NULL, process_id = NULL
				 WHERE agent_id = $1 AND session_id IS NOT NULL`,
				[agent.id],
			);
			if (rowCount) await this.router.withdrawOffersOf(agent.id);
			if (removed) {
				const {rows} = await unit.client.query<{id: string}>(
					`SELECT id FROM chats WHERE agent_id = $1 AND status IN ('active', 'on_hold', 'transferring')`,
					[agent.id],
				);
				for (const {id} of rows) await this.updateChat(id, {status: 'queued', agent_id: null, transfer: null});
			}
			await this.router.routeQueue();
			if (rowCount) unit.afterCommit.push(() => this.announcePresence(agent.id, 'offline'));
		});
		if (removed) this.agents.delete(agent.id);
		this.bus.notify(['r', agent.id, removed ? 'removed' : 'rotated']);
	}

	/** A link of this process closed: the stream waits in the database for its client to resume on any process. */
	linkClosed(stream: LocalStream): void {
		if (!this.bus.detach(stream.kind, stream.id, stream.linkId)) return;
		if (stream.kind === 'customer') this.customerSessions.delete(stream.id);
		const sql =
			stream.kind === 'agent'
				? 'UPDATE agent_streams SET link_id = NULL, process_id = NULL, detached_at = $3 WHERE agent_id = $1 AND link_id = $2'
				: `UPDATE chats SET customer_link = NULL, customer_process = NULL, customer_detached_at = $3
				   WHERE id = $1 AND customer_link = $2`;
		this.guard(async () => {
			await this.database.pool.query(sql, [stream.id, stream.linkId, this.now()]);
		});
	}

	override shutdown(): void {
		for (const timer of this.expiryTimers) clearTimeout(timer);
		this.expiryTimers.clear();
		super.shutdown();
	}

	/** After shutdown: this process's links are marked away (clients resume elsewhere), then it stops listening. */
	async stopCluster(): Promise<void> {
		await this.bus.stop();
		await this.sweeps.leave();
	}
}

/** A store whose every call joins the current unit's transaction when there is one. */
function unitStore(database: PostgresStore): Store {
	return new Proxy(database, {
		get(target, key) {
			const source = currentUnit()?.store ?? target;
			const value = Reflect.get(source, key) as unknown;
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
		},
	});
}
