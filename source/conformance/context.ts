// State shared by the checks of one run: endpoints, the logged-in agent, the customers and chats made, every socket opened.
import {
	AGENT_PATH,
	AGENT_SUBPROTOCOL,
	CUSTOMER_PATH,
	CUSTOMER_SUBPROTOCOL,
	type Agent,
	type Chat,
	type Capability,
	type CustomerChatView,
	type Endpoint,
	type HelloFrame,
	type Offer,
	type ServerFrame,
	type Snapshot,
} from '../protocol/index.js';
import {CheckFailure, CheckSkipped, expect} from './check.js';
import {describeFrame, describeRaw, oneLine} from './describe.js';
import {chatIdOf, Probe, type Violation} from './probe.js';

export type ConformanceOptions = {
	/** ws://HOST:PORT of the server; /agent and /customer are added. */
	url: string;
	token: string;
	/**
	 * A second agent's token, for the checks that need two agents (§19): an agent that is offline when the run
	 * starts and takes department-less chats. Without it those checks are skipped.
	 */
	secondToken?: string;
	/** Longest wait for any one answer or event. */
	timeoutMs: number;
	/** Sent as client.version in auth. */
	clientVersion: string;
	/** Longest a check may wait out the server's own timings (the heartbeat check); default 120,000. */
	maxWaitMs?: number;
};

export type AgentSession = {
	probe: Probe;
	sessionId: string;
	agent: Agent;
	resumed: boolean;
	snapshot: Snapshot | null;
};

export type CustomerSession = {
	probe: Probe;
	chatId: string;
	resumeToken: string;
	joined: CustomerChatView;
	/** Set once the chat is known to be over, so the clean-up does not try to leave it. */
	ended: boolean;
};

/** A chat that reached the agent: offer is set when it was offered, assigned when it came without an offer. */
export type ArrivedChat = {
	agent: AgentSession;
	customer: CustomerSession;
	offer: Offer | null;
	assigned: Chat | null;
	since: number;
	/** The offer's or assignment's `evt.ts`: when the server sent it, on its own clock (§6.1). */
	sentAt: number;
};

/** A chat assigned to the agent, with its customer still connected. */
export type OpenChat = {chatId: string; customer: CustomerSession};

export const CLIENT_NAME = 'switchboard-conformance';

/** ws://HOST:PORT (a trailing /agent or /customer is tolerated) -> the two endpoint URLs. */
export function endpointUrls(url: string): {agentUrl: string; customerUrl: string} {
	const parsed = new URL(url);
	parsed.search = '';
	parsed.hash = '';
	const base = parsed.pathname.replace(/\/+$/, '').replace(/\/(agent|customer)$/, '');
	parsed.pathname = base + AGENT_PATH;
	const agentUrl = parsed.toString();
	parsed.pathname = base + CUSTOMER_PATH;
	return {agentUrl, customerUrl: parsed.toString()};
}

export class ConformanceContext {
	readonly agentUrl: string;
	readonly customerUrl: string;
	readonly token: string;
	readonly secondToken: string | null;
	readonly timeoutMs: number;
	readonly clientVersion: string;
	readonly maxWaitMs: number;
	/** The first valid hello from the agent endpoint. */
	hello: HelloFrame | null = null;
	/** The chat most checks work on, set up by the offer checks. */
	mainChat: OpenChat | null = null;
	/** The server gave a chat with chat.assigned and no chat.offered before it (legal: protocol §15). */
	assignsWithoutOffer = false;
	/** Ids of the messages sent in the shared chat, in the order sent, for the history check. */
	readonly mainChatMessages: string[] = [];
	/** Every invalid frame seen, in order; the runner charges them to the check that was running. */
	readonly violations: Violation[] = [];
	readonly probes: Probe[] = [];
	readonly customers: CustomerSession[] = [];
	private current: AgentSession | null = null;
	private customerCount = 0;

	constructor(options: ConformanceOptions) {
		const {agentUrl, customerUrl} = endpointUrls(options.url);
		this.agentUrl = agentUrl;
		this.customerUrl = customerUrl;
		this.token = options.token;
		this.secondToken = options.secondToken ?? null;
		this.timeoutMs = options.timeoutMs;
		this.clientVersion = options.clientVersion;
		this.maxWaitMs = options.maxWaitMs ?? 120_000;
	}

	async openProbe(endpoint: Endpoint, label: string, protocols?: string[]): Promise<Probe> {
		const probe = await Probe.open({
			url: endpoint === 'agent' ? this.agentUrl : this.customerUrl,
			endpoint,
			protocols: protocols ?? [endpoint === 'agent' ? AGENT_SUBPROTOCOL : CUSTOMER_SUBPROTOCOL],
			label,
			timeoutMs: this.timeoutMs,
			onViolation: violation => this.violations.push(violation),
		});
		this.probes.push(probe);
		return probe;
	}

	/** Waits for the hello, which must be the first frame. */
	async waitHello(probe: Probe): Promise<HelloFrame> {
		const first = await probe.waitFrameAt(0, 'a hello as the first frame');
		if (!first.frame)
			throw new CheckFailure(
				`${probe.label}: the first frame is not a valid hello (${first.invalid}): ${describeRaw(first.raw)}`,
			);
		if (first.frame.type !== 'hello')
			throw new CheckFailure(`${probe.label}: expected hello as the first frame, got ${describeFrame(first.frame)}`);
		if (probe.endpoint === 'agent' && !this.hello) this.hello = first.frame;
		return first.frame;
	}

	/** Opens an agent connection and authenticates; does not make it the current agent. */
	async login(
		label: string,
		resume?: {session_id: string; last_seq: number},
		token = this.token,
	): Promise<AgentSession> {
		const probe = await this.openProbe('agent', label);
		await this.waitHello(probe);
		const payload: Record<string, unknown> = {
			token,
			client: {name: CLIENT_NAME, version: this.clientVersion},
		};
		if (resume) payload['resume'] = resume;
		const received = await probe.request('auth', payload);
		const res = received.frame;
		if (!res.ok)
			throw new CheckFailure(`${label}: auth answered error ${res.error.code} (${oneLine(res.error.message)})`);
		expect(received.result, `${label}: the auth result is not valid`);
		const result = received.result as {session_id: string; agent: Agent; resumed: boolean; snapshot?: Snapshot};
		probe.seqStart = {
			index: received.index,
			base: resume && result.resumed ? resume.last_seq : (result.snapshot?.seq ?? 0),
		};
		const session: AgentSession = {
			probe,
			sessionId: result.session_id,
			agent: result.agent,
			resumed: result.resumed,
			snapshot: result.snapshot ?? null,
		};
		return session;
	}

	/** The live agent connection the checks share; logs in afresh when there is none or it was closed. */
	async agent(): Promise<AgentSession> {
		if (this.current?.probe.isOpen) return this.current;
		const session = await this.login(this.current ? 'agent (logged in again)' : 'agent');
		if (session.resumed || !session.snapshot) {
			throw new CheckFailure(
				`agent: a fresh auth answered resumed:${session.resumed}${session.snapshot ? '' : ' without a snapshot'}`,
			);
		}
		this.current = session;
		return session;
	}

	/** Makes another connection the one the checks share (after a resume or a replacement). */
	adoptAgent(session: AgentSession): void {
		this.current = session;
	}

	/** The capabilities the hello claims, or null without a valid hello. */
	capabilities(): Set<Capability> | null {
		return this.hello ? new Set(this.hello.capabilities as Capability[]) : null;
	}

	/** Connects a customer and joins, which creates a chat. */
	async joinCustomer(): Promise<CustomerSession> {
		const label = `customer ${++this.customerCount}`;
		const probe = await this.openProbe('customer', label);
		await this.waitHello(probe);
		const received = await probe.request('join', {
			name: `Conformance Customer ${this.customerCount}`,
			email: `conformance-${this.customerCount}@example.com`,
			locale: 'en',
			page: 'https://example.com/conformance',
		});
		const res = received.frame;
		if (!res.ok)
			throw new CheckFailure(`${label}: join answered error ${res.error.code} (${oneLine(res.error.message)})`);
		expect(received.result, `${label}: the join result is not valid`);
		const result = received.result as {chat: CustomerChatView; resume_token: string; seq: number};
		probe.seqStart = {index: received.index, base: result.seq};
		const customer: CustomerSession = {
			probe,
			chatId: result.chat.chat_id,
			resumeToken: result.resume_token,
			joined: result.chat,
			ended: false,
		};
		this.customers.push(customer);
		return customer;
	}

	/**
	 * Joins a customer and waits until the chat reaches the agent: offered (chat.offered), or assigned without
	 * an offer (chat.assigned), which protocol §15 allows; the latter is remembered for the offer checks.
	 */
	async arrivedChat(): Promise<ArrivedChat> {
		const agent = await this.agent();
		const since = agent.probe.mark();
		const customer = await this.joinCustomer();
		const received = await agent.probe.waitFor(
			frame =>
				frame.type === 'evt' &&
				(frame.event === 'chat.offered' || frame.event === 'chat.assigned') &&
				chatIdOf(frame.payload) === customer.chatId,
			`chat.offered (or chat.assigned) for chat ${customer.chatId} (the agent must be online, with free capacity, and take chats of any department)`,
			{since},
		);
		const frame = received.frame as ServerFrame & {type: 'evt'};
		const sentAt = frame.ts;
		if (frame.event === 'chat.assigned') {
			this.assignsWithoutOffer = true;
			return {agent, customer, offer: null, assigned: frame.payload['chat'] as Chat, since, sentAt};
		}
		return {agent, customer, offer: frame.payload as Offer, assigned: null, since, sentAt};
	}

	/** The customer leaves its chat (a refusal is ignored: it may have ended), and the clean-up leaves it alone. */
	async leave(customer: CustomerSession): Promise<void> {
		await customer.probe.request('leave', {}).catch(() => undefined);
		customer.ended = true;
	}

	/** Joins a customer and waits until the agent is offered the chat; skips when the server assigns without offers. */
	async offeredChat(): Promise<{agent: AgentSession; customer: CustomerSession; offer: Offer; since: number}> {
		const arrived = await this.arrivedChat();
		if (!arrived.offer) {
			// Its seat is given back at once, so the checks after this one still find room.
			await this.leave(arrived.customer);
			throw new CheckSkipped(
				'the server assigns chats without offering them (protocol §15 allows it): no offer to check',
			);
		}
		return {...arrived, offer: arrived.offer};
	}

	/** A chat the agent has: offered and accepted, or assigned without an offer. */
	async acceptedChat(): Promise<OpenChat> {
		const {agent, customer, offer} = await this.arrivedChat();
		if (offer) await agent.probe.call('offer.accept', {chat_id: customer.chatId});
		return {chatId: customer.chatId, customer};
	}

	requireMainChat(): OpenChat {
		if (!this.mainChat)
			throw new CheckFailure('not run: needs the chat that the offer.accept check sets up, which failed');
		if (this.mainChat.customer.ended) throw new CheckFailure('not run: the shared chat has already ended');
		return this.mainChat;
	}

	/** Leaves every chat still open (so the agent's capacity is given back), then closes every socket. */
	async closeAll(): Promise<void> {
		const leaveTimeout = Math.min(this.timeoutMs, 2_000);
		await Promise.all(
			this.customers
				.filter(customer => !customer.ended && customer.probe.isOpen)
				.map(customer => customer.probe.request('leave', {}, leaveTimeout).catch(() => undefined)),
		);
		await Promise.all(this.probes.map(probe => probe.close()));
	}
}
