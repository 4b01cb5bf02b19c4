// A scripted agent-endpoint server for client tests: a real ws server on 127.0.0.1 whose every frame the test chooses.
import type {AddressInfo} from 'node:net';
import {WebSocketServer, type WebSocket} from 'ws';
import {waitFor} from '../helpers/wait-for.js';
import {agent, hello as helloFixture} from '../protocol/fixtures.js';

export type Frame = {type: string; [field: string]: unknown};
export type ReqFrame = {type: 'req'; id: string; op: string; payload: Record<string, unknown>};

export const emptySnapshot = {seq: 0, chats: [], offers: [], followups: []};

export class FakeConnection {
	readonly received: Frame[] = [];
	readonly closed: Promise<{code: number; reason: string}>;
	readonly #socket: WebSocket;
	readonly #taken = new Set<Frame>();

	constructor(socket: WebSocket) {
		this.#socket = socket;
		socket.on('message', data => {
			try {
				this.received.push(JSON.parse(data.toString()) as Frame);
			} catch {
				this.received.push({type: 'unparseable', raw: data.toString()});
			}
		});
		this.closed = new Promise(resolve =>
			socket.once('close', (code, reason) => resolve({code, reason: reason.toString()})),
		);
	}

	get protocol(): string {
		return this.#socket.protocol;
	}

	get isOpen(): boolean {
		return this.#socket.readyState === this.#socket.OPEN;
	}

	send(frame: object): void {
		this.#socket.send(JSON.stringify(frame));
	}

	sendRaw(data: string | Buffer): void {
		this.#socket.send(data);
	}

	hello(overrides: Record<string, unknown> = {}): void {
		this.send({...helloFixture, ...overrides});
	}

	/** Waits for the next request with this op that no earlier call took. */
	async request(op: string, timeout = 5_000): Promise<ReqFrame> {
		const frame = await waitFor(
			() => this.received.find(f => f.type === 'req' && f['op'] === op && !this.#taken.has(f)),
			{timeout, message: `a ${op} request from the client`},
		);
		this.#taken.add(frame);
		return frame as ReqFrame;
	}

	/** Waits for any frame matching the predicate (not consumed). */
	async frame(
		predicate: (frame: Frame) => boolean,
		message = 'a frame from the client',
		timeout = 5_000,
	): Promise<Frame> {
		return waitFor(() => this.received.find(f => predicate(f)), {timeout, message});
	}

	reply(req: ReqFrame, payload: Record<string, unknown>): void {
		this.send({type: 'res', id: req.id, ok: true, payload});
	}

	fail(req: ReqFrame, code: string, message = code, retryable = false): void {
		this.send({type: 'res', id: req.id, ok: false, error: {code, message, retryable}});
	}

	event(event: string, payload: Record<string, unknown>, seq?: number): void {
		this.send({type: 'evt', ...(seq === undefined ? {} : {seq}), event, ts: Date.now(), payload});
	}

	/** Answers the client's auth: a fresh session with a snapshot, or a resumed one. Returns the auth request. */
	async login(
		options: {sessionId?: string; resumed?: boolean; snapshot?: Record<string, unknown>} = {},
	): Promise<ReqFrame> {
		const auth = await this.request('auth');
		const {sessionId = 's1', resumed = false, snapshot = emptySnapshot} = options;
		this.reply(
			auth,
			resumed
				? {session_id: sessionId, agent, resumed: true}
				: {session_id: sessionId, agent, resumed: false, snapshot},
		);
		return auth;
	}

	close(code: number, reason = ''): void {
		this.#socket.close(code, reason);
	}

	/** Cuts the link without a closing handshake, like a dropped network. */
	terminate(): void {
		this.#socket.terminate();
	}

	/** Acks the client sent, highest last. */
	acks(): number[] {
		return this.received.filter(f => f.type === 'ack').map(f => f['seq'] as number);
	}
}

export class FakeServer {
	readonly connections: FakeConnection[] = [];
	readonly #server: WebSocketServer;
	readonly #hello: Record<string, unknown> | null;
	#claimed = 0;

	private constructor(server: WebSocketServer, hello: Record<string, unknown> | null) {
		this.#server = server;
		this.#hello = hello;
		server.on('connection', socket => {
			const connection = new FakeConnection(socket);
			this.connections.push(connection);
			if (this.#hello) connection.hello(this.#hello);
		});
	}

	/**
	 * hello: overrides for the hello sent on every connection at once, or null to send none
	 * (the test sends its own).
	 */
	static async start(options: {hello?: Record<string, unknown> | null} = {}): Promise<FakeServer> {
		const server = new WebSocketServer({
			host: '127.0.0.1',
			port: 0,
			path: '/agent',
			handleProtocols: protocols => (protocols.has('switchboard.v1') ? 'switchboard.v1' : false),
		});
		await new Promise<void>((resolve, reject) => {
			server.once('listening', resolve);
			server.once('error', reject);
		});
		return new FakeServer(server, options.hello === undefined ? {} : options.hello);
	}

	get port(): number {
		return (this.#server.address() as AddressInfo).port;
	}

	/** Without the /agent path: the client must add it. */
	get url(): string {
		return `ws://127.0.0.1:${this.port}`;
	}

	/** Waits for the next connection no earlier call returned. */
	async nextConnection(timeout = 5_000): Promise<FakeConnection> {
		const index = this.#claimed;
		const connection = await waitFor(() => this.connections[index], {timeout, message: `connection #${index + 1}`});
		this.#claimed += 1;
		return connection;
	}

	async close(): Promise<void> {
		for (const client of this.#server.clients) client.terminate();
		await new Promise<void>(resolve => this.#server.close(() => resolve()));
	}
}
