// Test kit for the reference server: start one on a free port, connect agents and customers, collect and check frames.
import {WebSocket} from 'ws';
import {
	AGENT_SUBPROTOCOL,
	CUSTOMER_SUBPROTOCOL,
	decodeResult,
	decodeServerFrame,
	TRANSIENT_AGENT_EVENTS,
	TRANSIENT_CUSTOMER_EVENTS,
	type Endpoint,
} from '../../source/protocol/index.js';
import {startServer, type AgentAccount, type RunningServer, type ServerOptions} from '../../source/server/server.js';
import {waitFor} from '../helpers/wait-for.js';

export type Frame = Record<string, any>;
export type Res = {
	type: 'res';
	id: string | null;
	ok: boolean;
	payload?: any;
	error?: {code: string; message: string; retryable: boolean};
};
export type Evt = {type: 'evt'; seq?: number; event: string; ts: number; payload: any};

const open = new Set<{close(): Promise<void>}>();

/** Closes every server and client the helpers opened; call it from afterEach. */
export async function closeAll(): Promise<void> {
	const all = [...open];
	open.clear();
	// Clients first, so servers do not see them as dropped links mid-shutdown.
	await Promise.all(all.filter(item => item instanceof TestClient).map(item => item.close()));
	await Promise.all(all.filter(item => !(item instanceof TestClient)).map(item => item.close()));
}

/** An agent account for tests: token is `<id>-token`, name is the id capitalised. */
export function account(id: string, extra: Partial<AgentAccount> = {}): AgentAccount {
	return {
		id,
		name: id[0]!.toUpperCase() + id.slice(1),
		company: 'Acme',
		token: `${id}-token`,
		departments: [],
		capacity: 2,
		...extra,
	};
}

export const TEST_DEPARTMENTS = [
	{id: 'billing', name: 'Billing'},
	// Names in the customers' languages (E11): departments.list passes them on.
	{id: 'tech', name: 'Technical', names: {nb: 'Teknisk støtte', zh: '技术支持'}},
];

/** A server with short timers; heartbeat stays at 1 s, the least the hello schema allows. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
	const server = await startServer({
		agents: [account('alice'), account('bob')],
		departments: TEST_DEPARTMENTS,
		heartbeatMs: 1_000,
		resumeWindowMs: 2_000,
		offerTimeoutMs: 5_000,
		...options,
	});
	open.add(server);
	return server;
}

export type ClientOptions = {
	endpoint?: Endpoint;
	/** Subprotocols to offer; default the endpoint's own. */
	protocols?: string[];
	/** Answer the server's pings (default true). */
	autoPong?: boolean;
	/** The loopback address to connect from (127.0.0.2, ...: all of 127/8 is loopback on Linux); default 127.0.0.1. */
	localAddress?: string;
};

/** A raw protocol client: sends frames, records everything received, and checks each frame against the schemas. */
export class TestClient {
	readonly frames: Frame[] = [];
	/** Frames that failed protocol validation, or sequenced events out of order. */
	readonly problems: string[] = [];
	closed: {code: number; reason: string} | null = null;
	/** Highest seq received on this connection. */
	lastSeq = 0;
	private readonly ops = new Map<string, string>();
	private requests = 0;

	private constructor(
		readonly socket: WebSocket,
		readonly endpoint: Endpoint,
		autoPong: boolean,
	) {
		socket.on('message', (data, isBinary) => {
			const text = isBinary ? '' : data.toString();
			const frame = JSON.parse(text) as Frame;
			this.frames.push(frame);
			this.check(text, frame);
			if (autoPong && frame.type === 'ping') this.send({type: 'pong', id: frame.id});
		});
		socket.on('close', (code, reason) => (this.closed = {code, reason: reason.toString()}));
		socket.on('error', () => {});
	}

	static async open(url: string, options: ClientOptions = {}): Promise<TestClient> {
		const endpoint = options.endpoint ?? (url.endsWith('/customer') ? 'customer' : 'agent');
		const protocols = options.protocols ?? [endpoint === 'agent' ? AGENT_SUBPROTOCOL : CUSTOMER_SUBPROTOCOL];
		const socket = new WebSocket(url, protocols, options.localAddress ? {localAddress: options.localAddress} : {});
		const client = new TestClient(socket, endpoint, options.autoPong ?? true);
		open.add(client);
		await new Promise<void>((resolve, reject) => {
			socket.once('open', () => resolve());
			socket.once('error', reject);
		});
		return client;
	}

	get hello(): Frame | undefined {
		return this.frames.find(frame => frame.type === 'hello');
	}

	send(frame: object | string): void {
		this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
	}

	/** Sends a req and resolves with its res (ok or not). */
	async request(op: string, payload: object = {}): Promise<Res> {
		const id = this.post(op, payload);
		return (await this.waitFor(frame => frame.type === 'res' && frame.id === id, `res to ${op}`)) as Res;
	}

	/** Sends a req without waiting for its res (which is still checked when it comes); returns the request id. */
	post(op: string, payload: object = {}): string {
		const id = `r${++this.requests}`;
		this.ops.set(id, op);
		this.send({type: 'req', id, op, payload});
		return id;
	}

	/** Sends a req that must succeed, and returns its payload. */
	async call(op: string, payload: object = {}): Promise<any> {
		const res = await this.request(op, payload);
		if (!res.ok) throw new Error(`${op} failed: ${res.error?.code} ${res.error?.message}`);
		return res.payload;
	}

	/** Sends a req that must fail, and returns its error code. */
	async refused(op: string, payload: object = {}): Promise<string> {
		const res = await this.request(op, payload);
		if (res.ok) throw new Error(`${op} unexpectedly succeeded`);
		return res.error!.code;
	}

	ack(seq = this.lastSeq): void {
		this.send({type: 'ack', seq});
	}

	events(name?: string): Evt[] {
		return this.frames.filter(
			(frame): frame is Evt => frame.type === 'evt' && (name === undefined || frame.event === name),
		);
	}

	async waitForEvent(name: string, match: (payload: any) => boolean = () => true): Promise<Evt> {
		return (await this.waitFor(
			frame => frame.type === 'evt' && frame.event === name && match(frame.payload),
			`event ${name}`,
		)) as Evt;
	}

	async waitFor(match: (frame: Frame) => boolean, what = 'frame'): Promise<Frame> {
		return waitFor(() => this.frames.find(frame => match(frame)), {
			message: `${what} on the ${this.endpoint} client`,
			timeout: 8_000,
		});
	}

	async waitForClose(): Promise<{code: number; reason: string}> {
		return waitFor(() => this.closed, {message: `close of the ${this.endpoint} client`, timeout: 8_000});
	}

	/** Drops the link without a closing handshake, as a lost network would. */
	drop(): void {
		this.socket.terminate();
	}

	async close(): Promise<void> {
		open.delete(this);
		if (this.socket.readyState === WebSocket.CLOSED) return;
		if (this.socket.readyState === WebSocket.CONNECTING) return this.socket.terminate();
		const closed = new Promise<void>(resolve => this.socket.once('close', () => resolve()));
		this.socket.close();
		const timer = setTimeout(() => this.socket.terminate(), 1_000);
		await closed;
		clearTimeout(timer);
	}

	private check(text: string, frame: Frame): void {
		const decoded = decodeServerFrame(text, this.endpoint);
		if (!decoded.ok) this.problems.push(`${decoded.error.message} in ${text.slice(0, 200)}`);
		if (frame.type === 'res' && frame.ok === true) {
			const op = this.ops.get(frame.id as string) ?? '?';
			const result = decodeResult(this.endpoint, op, frame.payload);
			if (!result.ok) this.problems.push(`${result.error.message} in ${text.slice(0, 200)}`);
		}
		if (frame.type === 'evt') {
			const transient = (this.endpoint === 'agent' ? TRANSIENT_AGENT_EVENTS : TRANSIENT_CUSTOMER_EVENTS).has(
				frame.event as string,
			);
			if (transient !== (frame.seq === undefined))
				this.problems.push(
					`${frame.event}: seq ${String(frame.seq)} on a ${transient ? 'transient' : 'sequenced'} event`,
				);
			if (typeof frame.seq === 'number') {
				if (this.lastSeq > 0 && frame.seq !== this.lastSeq + 1)
					this.problems.push(`seq ${frame.seq} after ${this.lastSeq}`);
				this.lastSeq = frame.seq;
			}
		}
	}
}

export type AgentSignIn = {client: TestClient; auth: any};

/** Opens /agent and authenticates (fresh, or resuming a session). */
export async function connectAgent(
	server: RunningServer,
	token: string,
	options: {resume?: {session_id: string; last_seq: number}; autoPong?: boolean} = {},
): Promise<AgentSignIn> {
	const client = await TestClient.open(server.agentUrl, {autoPong: options.autoPong});
	const payload = {token, client: {name: 'test', version: '1'}, ...(options.resume ? {resume: options.resume} : {})};
	const auth = await client.call('auth', payload);
	return {client, auth};
}

export type CustomerJoin = {client: TestClient; joined: any; chatId: string};

/** Opens /customer and joins a chat. */
export async function joinCustomer(server: RunningServer, payload: object = {}): Promise<CustomerJoin> {
	const client = await TestClient.open(server.customerUrl);
	const joined = await client.call('join', {name: 'Sarah', locale: 'en', ...payload});
	return {client, joined, chatId: joined.chat.chat_id as string};
}

/** Connects an agent, joins a customer and has the agent accept the offer: the usual starting point. */
export async function activeChat(
	server: RunningServer,
	token = 'alice-token',
	join: object = {},
): Promise<{agent: TestClient; customer: TestClient; chatId: string}> {
	const {client: agent} = await connectAgent(server, token);
	const {client: customer, chatId} = await joinCustomer(server, join);
	await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	await agent.call('offer.accept', {chat_id: chatId});
	return {agent, customer, chatId};
}

/**
 * A one-chat agent who answered and ended `answered` chats in a row (real waits for a rough wait, protocol 1.2) and
 * is now busy with one more, so the next customer waits in line.
 */
export async function busyAfterAnswering(server: RunningServer, agent: TestClient, answered = 3): Promise<void> {
	const take = async (chatId: string) => {
		await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await agent.call('offer.accept', {chat_id: chatId});
	};
	for (let served = 0; served < answered; served++) {
		const {chatId} = await joinCustomer(server);
		await take(chatId);
		await agent.call('chat.end', {chat_id: chatId});
	}
	await take((await joinCustomer(server)).chatId);
}
