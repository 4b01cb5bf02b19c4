// A small protocol server of the tests' own, on 127.0.0.1: legal variants the reference server never shows, and single faults.
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {WebSocketServer, type WebSocket} from 'ws';
import {
	AGENT_SUBPROTOCOL,
	CUSTOMER_SUBPROTOCOL,
	PROTOCOL_VERSION,
	RETRYABLE,
	agentOps,
	decodeClientFrame,
	type Capability,
	type ErrorCode,
} from '../../source/protocol/index.js';
import {agentAuth, agentGone, agentOp, type Outcome} from './variant-agent.js';
import {chatOf, customerGone, customerJoin, customerOp, customerResume} from './variant-customer.js';
import {resolveOptions, type VariantOptions} from './variant-options.js';
import type {Conn} from './variant-stream.js';
import {VariantWorld} from './variant-world.js';

export type VariantServer = {url: string; port: number; world: VariantWorld; close(): Promise<void>};

const CUSTOMER_CAPABILITY: Record<string, Capability> = {'rating.submit': 'rating'};

function retryable(world: VariantWorld, code: string): boolean {
	const truth = RETRYABLE.has(code as ErrorCode);
	return world.has('wrong-retryable') && code === 'not_found' ? !truth : truth;
}

function serve(world: VariantWorld, socket: WebSocket, endpoint: 'agent' | 'customer'): void {
	const {options} = world;
	const conn: Conn = {
		endpoint,
		agentId: null,
		stream: null,
		open: true,
		send: frame => {
			if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
		},
		close: (code, reason) => {
			conn.open = false;
			socket.close(code, reason);
		},
	};
	const fail = (id: string | null, code: string, message: string) =>
		conn.send({type: 'res', id, ok: false, error: {code, message, retryable: retryable(world, code)}});
	const hello: Record<string, unknown> = {
		type: 'hello',
		protocol: PROTOCOL_VERSION,
		heartbeat_ms: options.heartbeatMs,
		resume_window_ms: options.resumeWindowMs,
		capabilities: options.capabilities,
		limits: {max_frame_bytes: 65_536, max_text_chars: options.maxTextChars},
		server: {name: 'variant-test-server', version: '1'},
	};
	if (options.helloNow) hello['now'] = world.now();
	conn.send(hello);

	let lastHeard = Date.now();
	const opened = Date.now();
	const deadline = 2 * options.heartbeatMs;
	let pings = 0;
	const heartbeat = setInterval(() => {
		conn.send({type: 'ping', id: `hb${++pings}`});
		if (world.has('no-4008')) return;
		if (Date.now() - lastHeard >= deadline) conn.close(4008, 'heartbeat timeout');
		else if (conn.stream === null && Date.now() - opened >= deadline) conn.close(4008, 'no auth in time');
	}, options.heartbeatMs);
	const badFrames: number[] = [];
	let tokens = options.rateLimit * 10;
	let refill = Date.now();
	let overInARow = 0;

	socket.on('message', (data, isBinary) => {
		lastHeard = Date.now();
		if (!world.has('no-rate-limit')) {
			tokens = Math.min(options.rateLimit * 10, tokens + ((Date.now() - refill) / 1_000) * options.rateLimit);
			refill = Date.now();
			if (tokens < 1) {
				if (++overInARow >= 50) conn.close(4429, 'rate limited');
				else fail(null, 'rate_limited', 'slow down');
				return;
			}
			tokens -= 1;
			overInARow = 0;
		}
		const decoded = decodeClientFrame(isBinary ? data : data.toString('utf8'), endpoint);
		const countBad = () => {
			const now = Date.now();
			badFrames.push(now);
			while (badFrames.length > 0 && badFrames[0]! < now - 60_000) badFrames.shift();
			if (badFrames.length > 10) conn.close(4400, 'too many bad frames');
		};
		if (!decoded.ok) {
			fail(decoded.id, decoded.error.code, decoded.error.message);
			countBad();
			return;
		}
		const frame = decoded.frame;
		if (frame.type === 'ping') return conn.send(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id});
		if (frame.type === 'pong') return;
		if (frame.type === 'ack') {
			if (conn.stream === null || !conn.stream.ack(frame.seq)) {
				fail(null, 'bad_frame', `ack ${frame.seq} is above the last seq sent`);
				countBad();
			}
			return;
		}
		// The announced text limit is the server's own, lower than the schema's 4,000: counted in UTF-16 units.
		const text = frame.payload['text'];
		if (typeof text === 'string' && text.length > options.maxTextChars) {
			fail(frame.id, 'bad_request', `payload.text: over ${options.maxTextChars} characters`);
			countBad();
			return;
		}
		const outcome = answer(world, conn, frame.op, frame.payload);
		if (outcome.ok) conn.send({type: 'res', id: frame.id, ok: true, payload: outcome.payload});
		else fail(frame.id, outcome.code, outcome.message);
		if (outcome.ok) outcome.after?.();
		else if (outcome.code === 'bad_token') conn.close(4001, 'bad token');
		else if (outcome.code === 'resume_expired') conn.close(4009, 'cannot resume');
	});
	socket.on('close', () => {
		conn.open = false;
		clearInterval(heartbeat);
		if (endpoint === 'agent') agentGone(world, conn);
		else customerGone(world, conn);
	});
}

function answer(world: VariantWorld, conn: Conn, op: string, payload: Record<string, unknown>): Outcome {
	if (conn.endpoint === 'agent') {
		if (op === 'auth') return agentAuth(world, conn, payload);
		const agent = conn.agentId === null ? undefined : world.agents.get(conn.agentId);
		if (!agent || agent.session?.conn !== conn) return {ok: false, code: 'unauthenticated', message: 'auth first'};
		const capability = (agentOps[op as keyof typeof agentOps] as {capability?: Capability}).capability;
		if (capability && !world.options.capabilities.includes(capability))
			return {ok: false, code: 'unsupported', message: `no ${capability} here`};
		return agentOp(world, agent, op, payload);
	}
	if (op === 'join') return customerJoin(world, conn, payload);
	if (op === 'resume') return customerResume(world, conn, payload);
	const record = chatOf(world, conn);
	if (!record || record.customer.conn !== conn) return {ok: false, code: 'unauthenticated', message: 'join first'};
	const capability = CUSTOMER_CAPABILITY[op];
	if (capability && !world.options.capabilities.includes(capability))
		return {ok: false, code: 'unsupported', message: `no ${capability} here`};
	return customerOp(world, record, op, payload);
}

export async function startVariantServer(options: VariantOptions = {}): Promise<VariantServer> {
	const world = new VariantWorld(resolveOptions(options));
	const http = createServer((_request, response) => response.writeHead(404).end());
	const sockets = new WebSocketServer({
		noServer: true,
		maxPayload: 1024 * 1024,
		// The endpoint's own subprotocol when offered; without it the connection is closed with 4400 below.
		handleProtocols: protocols =>
			protocols.has(AGENT_SUBPROTOCOL)
				? AGENT_SUBPROTOCOL
				: protocols.has(CUSTOMER_SUBPROTOCOL)
					? CUSTOMER_SUBPROTOCOL
					: false,
	});
	http.on('upgrade', (request, socket, head) => {
		const path = (request.url ?? '').split('?')[0];
		const endpoint = path === '/agent' ? 'agent' : path === '/customer' ? 'customer' : null;
		if (endpoint === null) {
			socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		const wanted = endpoint === 'agent' ? AGENT_SUBPROTOCOL : CUSTOMER_SUBPROTOCOL;
		sockets.handleUpgrade(request, socket, head, ws => {
			if (ws.protocol !== wanted) {
				ws.close(4400, `subprotocol ${wanted} required`);
				return;
			}
			serve(world, ws, endpoint);
		});
	});
	await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
	const port = (http.address() as AddressInfo).port;
	return {
		url: `ws://127.0.0.1:${port}`,
		port,
		world,
		async close() {
			for (const client of sockets.clients) client.terminate();
			await new Promise<void>(resolve => sockets.close(() => resolve()));
			await new Promise<void>(resolve => http.close(() => resolve()));
			// Window and offer timers are unref'd; clearing them keeps a closed server from acting later.
			for (const record of world.chats.values()) {
				clearTimeout(record.offerTimer);
				clearTimeout(record.customer.windowTimer);
			}
			for (const agent of world.agents.values()) clearTimeout(agent.session?.windowTimer);
		},
	};
}
