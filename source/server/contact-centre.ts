// The server's live state: agents, customer sessions, the queue, and delivery of events to whoever should see them.
import type {WebSocket} from 'ws';
import {CloseCode} from '../protocol/index.js';
import type {
	AgentEventPayload,
	CannedResponse,
	Capability,
	Chat,
	CustomerEventPayload,
	Endpoint,
	Message,
	SequencedAgentEvent,
	SequencedCustomerEvent,
	TransientAgentEvent,
	TransientCustomerEvent,
} from '../protocol/index.js';
import type {DepartmentConfig} from './accounts.js';
import {AgentState, type AgentProfile} from './agent-state.js';
import {FrameConnection, type ConnectionHandlers, type Transport} from './connection.js';
import {CustomerSessions, RESEND_PAGE, type CustomerSession} from './customer-sessions.js';
import {EventSession, type AgentStream} from './event-session.js';
import {newId} from './ids.js';
import {ChatQueue} from './chat-queue.js';
import {QueuePositions} from './queue-positions.js';
import {QueueWaits} from './queue-waits.js';
import {Router} from './router.js';
import {VisitorLimits, type VisitorLimitSettings} from './visitor-limits.js';
import type {ChatPatch, ChatRecord, NewMessage, Store} from './store/contract.js';
import type {RateLimit} from './token-bucket.js';
import type {ServerLog} from './server-log.js';
import {SignInThrottle, type SignInThrottleSettings} from './sign-in-throttle.js';
import {AccountDirectory} from './account-directory.js';
import type {AccountRecord} from './store/accounts-contract.js';
import {refuse} from './requests.js';
import {chatView, customerChatView, sameCustomerChatView} from './views.js';

export type CentreSettings = {
	heartbeatMs: number;
	resumeWindowMs: number;
	offerTimeoutMs: number;
	rateLimit: RateLimit;
	capabilities: ReadonlySet<Capability>;
	departments: readonly DepartmentConfig[];
	canned: readonly CannedResponse[];
	now: () => number;
	/** The hello frame without `now`, serialised once; helloText() adds the clock per connection. */
	helloText: string;
	reportError: (error: unknown) => void;
	log: ServerLog;
	signInThrottle: SignInThrottleSettings;
	limits: VisitorLimitSettings;
	signInTimeoutMs: number;
	maxSendBufferBytes: number;
};

/** Statuses in which a chat takes one of its agent's seats. */
const SEATED = new Set(['active', 'on_hold', 'transferring']);

export class ContactCentre {
	readonly agents = new Map<string, AgentState>();
	readonly departments: ReadonlyMap<string, DepartmentConfig>;
	/** Chats waiting for an offer. */
	readonly queue = new ChatQueue();
	/** How long recent customers waited, for the rough wait told beside the place in line (1.2). */
	readonly queueWaits = new QueueWaits();
	/** Waiting customers hear their place in line and, where known, a rough wait (protocol §17.5, 1.2). */
	readonly queuePositions = new QueuePositions(this.queue, (chatId, position) => {
		const wait = this.queueWaits.estimateMinutes(position, this.now());
		this.toCustomerTransient(
			chatId,
			'queue.position',
			wait === undefined ? {position} : {position, wait_minutes: wait},
		);
	});
	readonly router: Router;
	private readonly agentsByToken = new Map<string, AgentState>();
	private readonly configuredIds: ReadonlySet<string>;
	private readonly directory: AccountDirectory;
	readonly customers: CustomerSessions;
	readonly limits: VisitorLimits;
	readonly signIns: SignInThrottle;
	private readonly connections = new Set<FrameConnection>();
	/** Ended chats' sessions whose customer is away, oldest first: resumable for a rating, bounded in number. */
	private readonly endedAway = new Set<CustomerSession>();
	/** Numbers links in the log, so a link's lines can be told apart from another's from the same address. */
	private links = 0;

	/** A centre on this store, its live state rebuilt from what the store holds (a restart). */
	static async open(store: Store, settings: CentreSettings, profiles: readonly AgentProfile[]): Promise<ContactCentre> {
		const [departments, accounts] = await Promise.all([store.accounts.listDepartments(), store.accounts.list()]);
		const centre = new ContactCentre(store, settings, profiles, departments, accounts);
		await centre.restore();
		return centre;
	}

	protected constructor(
		readonly store: Store,
		readonly settings: CentreSettings,
		profiles: readonly AgentProfile[],
		storedDepartments: readonly DepartmentConfig[],
		storedAccounts: ReadonlyArray<Readonly<AccountRecord>>,
	) {
		for (const profile of profiles) {
			const agent = new AgentState(profile);
			this.agents.set(profile.id, agent);
			this.agentsByToken.set(profile.token, agent);
		}
		this.configuredIds = new Set(profiles.map(profile => profile.id));
		this.directory = new AccountDirectory(store.accounts);
		// Configured departments first; the database's fill in the rest.
		this.departments = new Map(
			[...storedDepartments, ...settings.departments].map(department => [department.id, department]),
		);
		// Database accounts are known from the start, so agents.list has them and their open chats keep their seats.
		for (const account of storedAccounts) this.agentOfAccount(account);
		this.limits = new VisitorLimits(settings.limits);
		this.signIns = new SignInThrottle(settings.signInThrottle, settings.now);
		this.router = this.newRouter();
		this.customers = new CustomerSessions({
			resumeWindowMs: settings.resumeWindowMs,
			now: settings.now,
			expired: session => this.guard(() => this.customerSessionExpired(session)),
		});
	}

	/** The router this centre decides offers with (a cluster's decides them in the database). */
	protected newRouter(): Router {
		return new Router(this);
	}

	now(): number {
		return this.settings.now();
	}

	/** Before any frame leaves: what it says is stored is committed (group commit, store.flushWrites). */
	readonly commitWrites = (): void => this.store.flushWrites();

	/** The hello for a new connection: the serialised frame with the server's clock now (protocol §6.1, 1.1). */
	helloText(): string {
		return `${this.settings.helloText.slice(0, -1)},"now":${this.now()}}`;
	}

	/**
	 * The agent a token signs in: a configured one (--token, --accounts), or a database account (a token not checked
	 * before is hashed off the event loop).
	 */
	async agentByToken(token: string): Promise<AgentState | undefined> {
		const configured = this.agentsByToken.get(token);
		if (configured) return configured;
		const account = await this.directory.find(token);
		return account && this.agentOfAccount(account);
	}

	/**
	 * The live agent of a database account, made if it was added while the server runs and brought up to date with its
	 * record; none when a configured agent has its id (the configured one wins).
	 */
	agentOfAccount(account: Readonly<AccountRecord>): AgentState | undefined {
		if (this.configuredIds.has(account.id)) return undefined;
		const profile = {
			id: account.id,
			name: account.name,
			company: account.company,
			token: '',
			departments: account.departments.filter(id => this.departments.has(id)),
			capacity: account.capacity,
		};
		const agent = this.agents.get(account.id);
		if (agent) {
			Object.assign(agent.profile, profile);
			agent.tokenHash = account.token_hash;
			return agent;
		}
		const added = new AgentState(profile);
		added.tokenHash = account.token_hash;
		this.agents.set(account.id, added);
		return added;
	}

	/** A link from `address`; customers' links share their address's frame budget from the start. */
	openConnection(
		socket: WebSocket,
		transport: Transport | null,
		endpoint: Endpoint,
		address: string,
		handlers: Omit<ConnectionHandlers, 'error'>,
	): FrameConnection {
		const {heartbeatMs, rateLimit, reportError, signInTimeoutMs, maxSendBufferBytes} = this.settings;
		const sharedBudgets = endpoint === 'customer' ? [this.limits.addressBucket(address)] : [];
		const link = ++this.links;
		const opened = performance.now();
		this.settings.log('connection.opened', {link, endpoint, address});
		const connection: FrameConnection = new FrameConnection(
			socket,
			{
				endpoint,
				heartbeatMs,
				rateLimit,
				sharedBudgets,
				signInTimeoutMs,
				maxSendBufferBytes,
				commitWrites: this.commitWrites,
			},
			{
				...handlers,
				closed: code => {
					this.connections.delete(connection);
					const seconds = Math.round((performance.now() - opened) / 100) / 10;
					this.settings.log('connection.closed', {link, endpoint, address, code, seconds});
					handlers.closed(code);
				},
				error: reportError,
			},
			transport,
		);
		this.connections.add(connection);
		connection.link = link;
		return connection;
	}

	// Chats -------------------------------------------------------------------------------------------------------

	async getChat(chatId: string): Promise<Readonly<ChatRecord>> {
		return (await this.store.getChat(chatId)) ?? refuse('not_found', `chat ${chatId} does not exist`);
	}

	async addChat(chat: ChatRecord): Promise<void> {
		await this.store.addChat(chat);
		if (chat.status === 'queued') {
			this.queue.add(chat.id, chat.created_at);
			this.queueWaits.joined(chat.id, this.queue.size);
		}
	}

	/** Every chat change goes through here, so seats, the queue and the customer's view never drift from the store. */
	async updateChat(chatId: string, patch: ChatPatch): Promise<Readonly<ChatRecord>> {
		const before = await this.store.getChat(chatId);
		const previousAgent = before?.agent_id ?? null;
		const wasSeated = before !== undefined && SEATED.has(before.status);
		// Read before the update: a store may hand back the record it then changes in place.
		const wasWaiting = before?.status === 'queued' || before?.status === 'offered';
		const chat = await this.store.updateChat(chatId, patch);
		const seated = SEATED.has(chat.status);
		if (previousAgent && wasSeated && (!seated || chat.agent_id !== previousAgent))
			this.agents.get(previousAgent)?.chats.delete(chatId);
		if (chat.agent_id && seated) this.agents.get(chat.agent_id)?.chats.add(chatId);
		// The first agent to take a waiting chat: how long it waited is what the next customers' rough wait is made of.
		if (wasWaiting && seated && previousAgent === null)
			this.queueWaits.answered(chatId, this.now() - chat.created_at, this.now());
		else if (chat.status === 'ended') this.queueWaits.forget(chatId);
		const waited = this.queue.has(chatId);
		if (chat.status === 'queued') this.queue.add(chatId, chat.created_at);
		else this.queue.delete(chatId);
		if (waited !== this.queue.has(chatId)) this.queuePositions.refresh();
		if (chat.status !== 'ended') this.showCustomer(chat, 'chat.updated');
		else {
			this.limits.chatEnded(chatId);
			// Ended with nobody on the customer's side: kept a while (bounded) for a reload that rates it.
			const session = this.customers.get(chatId);
			if (session && !session.stream.connection) this.keepEndedSession(session);
		}
		return chat;
	}

	async chatView(chat: Readonly<ChatRecord>): Promise<Chat> {
		const customer = await this.store.getCustomer(chat.customer_id);
		if (!customer) throw new Error(`chat ${chat.id} has no customer ${chat.customer_id}`);
		return chatView(chat, customer);
	}

	agentName(agentId: string | null): string | null {
		return agentId === null ? null : (this.agents.get(agentId)?.name ?? null);
	}

	/**
	 * Stores a message and hands it to the chat's agent, a colleague it is offered to, and (if public) the customer.
	 * Returns the `{message}` payload serialised once, for the events and the sender's res alike.
	 */
	async postMessage(
		chat: Readonly<ChatRecord>,
		input: NewMessage,
		scope: string,
	): Promise<{message: Message; json: string}> {
		const message = await this.store.addMessage(input, scope);
		const payload = `{"message":${JSON.stringify(message)}}`;
		if (chat.agent_id) this.agents.get(chat.agent_id)?.session?.emitJson('message.created', payload);
		const offered = this.router.pendingOffer(chat.id)?.agent;
		if (offered && offered.id !== chat.agent_id) offered.session?.emitJson('message.created', payload);
		if (message.visibility === 'public') {
			// Customers never learn agent ids (docs/protocol.md §17.6): the agent's name is enough.
			const forCustomer =
				message.author.type === 'agent'
					? `{"message":${JSON.stringify({...message, author: {...message.author, id: null}})}}`
					: payload;
			const session = this.customers.get(chat.id);
			if (session) {
				session.stream.emitJson('message.created', forCustomer);
				this.customers.sentMessage(session, message.n);
			}
		}
		return {message, json: payload};
	}

	// Delivery ----------------------------------------------------------------------------------------------------

	toAgent<E extends SequencedAgentEvent>(agentId: string, event: E, payload: AgentEventPayload<E>): void {
		this.agents.get(agentId)?.session?.emit(event, payload);
	}

	/** Transient events for whoever is looking at the chat now: its agent and anyone it is offered to. */
	toChatWatchers<E extends TransientAgentEvent>(
		chat: Readonly<ChatRecord>,
		event: E,
		payload: AgentEventPayload<E>,
	): void {
		if (chat.agent_id) this.agents.get(chat.agent_id)?.session?.emitTransient(event, payload);
		const offered = this.router.pendingOffer(chat.id)?.agent;
		if (offered && offered.id !== chat.agent_id) offered.session?.emitTransient(event, payload);
	}

	toCustomer<E extends SequencedCustomerEvent>(chatId: string, event: E, payload: CustomerEventPayload<E>): void {
		this.customers.get(chatId)?.stream.emit(event, payload);
	}

	toCustomerTransient<E extends TransientCustomerEvent>(
		chatId: string,
		event: E,
		payload: CustomerEventPayload<E>,
	): void {
		this.customers.get(chatId)?.stream.emitTransient(event, payload);
	}

	/** Sends the customer their view of the chat (chat.updated or chat.ended) when it differs from the last one. */
	showCustomer(chat: Readonly<ChatRecord>, event: 'chat.updated' | 'chat.ended'): void {
		const session = this.customers.get(chat.id);
		if (!session) return;
		const view = customerChatView(chat, this.agentName(chat.agent_id));
		if (event === 'chat.updated' && sameCustomerChatView(view, session.shown)) return;
		session.shown = view;
		session.stream.emit(event, {chat: view});
	}

	broadcastPresence(agent: AgentState): void {
		const payload = {agent_id: agent.id, presence: agent.presence};
		for (const other of this.agents.values())
			if (other !== agent) other.session?.emitTransient('presence.changed', payload);
	}

	// Sessions ----------------------------------------------------------------------------------------------------

	startAgentSession(agent: AgentState): AgentStream {
		const session: AgentStream = new EventSession({
			id: newId(),
			resumeWindowMs: this.settings.resumeWindowMs,
			now: this.settings.now,
			onExpire: expired => this.guard(() => this.agentSessionExpired(agent, expired)),
		});
		agent.session = session;
		return session;
	}

	/** A new chat's customer session; the resume token goes to the customer, only its hash to the store. */
	openCustomerSession(chat: Readonly<ChatRecord>, customerName: string | null): CustomerSession {
		return this.customers.open(chat, customerName, customerChatView(chat, this.agentName(chat.agent_id)));
	}

	/** An agent renamed a customer: their live chats' later messages carry the new name. */
	customerRenamed(customerId: string, name: string | null): void {
		for (const session of this.customers.all()) if (session.customerId === customerId) session.customerName = name;
	}

	/**
	 * The first resume after a restart: the stream goes on from the customer's last seq, then the customer gets the
	 * chat as it is now and every public message after the last one they acked, read from the store page by page.
	 */
	async continueRestoredSession(session: CustomerSession, lastSeq: number): Promise<void> {
		this.customers.continueRestored(session, lastSeq);
		const chat = await this.getChat(session.chatId);
		session.shown = customerChatView(chat, this.agentName(chat.agent_id));
		session.stream.emit('chat.updated', {chat: session.shown});
		let after = chat.customer_acked_n;
		for (;;) {
			const page = await this.store.listMessages(chat.id, {after, limit: RESEND_PAGE});
			for (const message of page.messages) {
				after = message.n;
				if (message.visibility !== 'public') continue;
				const shown = message.author.type === 'agent' ? {...message, author: {...message.author, id: null}} : message;
				session.stream.emit('message.created', {message: shown});
				this.customers.sentMessage(session, message.n);
			}
			if (!page.has_more) break;
		}
	}

	/**
	 * The customer's link closed: an open chat waits for them to resume; so does an ended one, so that a visitor who
	 * reloads during the closing can still rate it (E19), but only for the resume window and only the newest
	 * `maxEndedSessionsKept` of them (30,000 ended chats must not fill the memory).
	 */
	async customerLinkClosed(session: CustomerSession, connection: FrameConnection): Promise<void> {
		session.stream.detach(connection);
		if (this.customers.get(session.chatId) !== session || session.stream.connection) return;
		if ((await this.store.getChat(session.chatId))?.status === 'ended') this.keepEndedSession(session);
	}

	/** A resume took an ended chat's session back: it is no longer among those kept away. */
	customerReturned(session: CustomerSession): void {
		this.endedAway.delete(session);
	}

	private keepEndedSession(session: CustomerSession): void {
		this.endedAway.delete(session);
		this.endedAway.add(session);
		// A Set keeps insertion order: the first is the one that has waited longest.
		while (this.endedAway.size > this.limits.settings.maxEndedSessionsKept) {
			const oldest = this.endedAway.values().next().value!;
			this.dropCustomerSession(oldest);
		}
	}

	private dropCustomerSession(session: CustomerSession): void {
		this.endedAway.delete(session);
		this.customers.remove(session);
		session.stream.end();
	}

	/** The customer acked: remember in the store the last message they have, for a resume after a restart. */
	async customerAcked(session: CustomerSession, seq: number): Promise<void> {
		const n = this.customers.acked(session, seq);
		if (n !== null) await this.store.updateChat(session.chatId, {customer_acked_n: n});
	}

	/** Runs work started by a timer or a socket event, where no request can answer `internal` for it. */
	guard(work: () => void | Promise<void>): void {
		try {
			const done = work();
			if (done) done.catch(this.settings.reportError);
		} catch (error) {
			this.settings.reportError(error);
		}
	}

	/** Stops the timers and tells every link the server is going away (1001): clients resume when it is back. */
	shutdown(): void {
		this.router.shutdown();
		this.limits.stop();
		for (const connection of [...this.connections]) connection.close(CloseCode.goingAway, 'server shutting down');
		for (const agent of this.agents.values()) agent.session?.end();
		this.customers.endAll();
	}

	/**
	 * An agent's account was removed, or its token rotated, by another process: their link closes with 4001 (the client
	 * does not reconnect with the old token), their offers go to others. A removed account's chats go back to the queue.
	 */
	async revokeAgent(agent: AgentState, removed: boolean): Promise<void> {
		const session = agent.session;
		if (session) {
			const connection = session.connection;
			agent.session = null;
			session.end();
			connection?.close(CloseCode.badToken, removed ? 'the account was removed' : 'the token was rotated');
			agent.presence = 'offline';
			this.broadcastPresence(agent);
			await this.router.withdrawOffersTo(agent);
		}
		if (removed) {
			this.agents.delete(agent.id);
			for (const chatId of [...agent.chats])
				await this.updateChat(chatId, {status: 'queued', agent_id: null, transfer: null});
		}
		await this.router.routeQueue();
	}

	/** The window ran out: the agent goes offline, their offers go to others; their chats stay theirs. */
	private async agentSessionExpired(agent: AgentState, session: AgentStream): Promise<void> {
		if (agent.session !== session) return;
		agent.session = null;
		agent.presence = 'offline';
		this.broadcastPresence(agent);
		await this.router.withdrawOffersTo(agent);
		await this.router.routeQueue();
	}

	/** The customer has been gone for the whole window: treated as leaving, ended by the system. */
	private async customerSessionExpired(session: CustomerSession): Promise<void> {
		this.endedAway.delete(session);
		this.customers.remove(session);
		const chat = await this.store.getChat(session.chatId);
		if (chat && chat.status !== 'ended') await this.router.endChat(chat.id, 'system');
	}

	/** After a restart with a persistent store: seats from open chats; offers did not survive, so those chats queue. */
	private async restore(): Promise<void> {
		for (const chat of await this.store.listOpenChats()) {
			// The customer may come back with their token; if they do not within the window, the chat ends.
			if (chat.resume_hash) {
				const name = (await this.store.getCustomer(chat.customer_id))?.name ?? null;
				this.customers.open(chat, name, customerChatView(chat, this.agentName(chat.agent_id)), true);
			}
			const agent = chat.agent_id ? this.agents.get(chat.agent_id) : undefined;
			if (SEATED.has(chat.status) && agent) {
				agent.chats.add(chat.id);
				if (chat.status === 'transferring') await this.updateChat(chat.id, {status: 'active', transfer: null});
			} else {
				await this.updateChat(chat.id, {status: 'queued', agent_id: SEATED.has(chat.status) ? null : chat.agent_id});
			}
		}
	}
}
