// A tiny, deliberately incomplete protocol v1 server on 127.0.0.1 for showing that the checker catches faults.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {WebSocketServer, type WebSocket} from 'ws';
import {AGENT_SUBPROTOCOL, decodeClientFrame, LIMITS, PROTOCOL_VERSION} from '../../source/protocol/index.js';

export type FakeOptions = {
	/** The hello to send; defaults to a valid one claiming no capabilities. */
	hello?: Record<string, unknown>;
	/** When false, frames that fail to decode get no answer at all. */
	answerBadFrames?: boolean;
	token?: string;
	/** Accepts connections and then never sends anything. */
	silent?: boolean;
};

export type FakeServer = {url: string; openConnections: () => number; close: () => Promise<void>};

const AGENT = {id: 'a1', name: 'Fake Agent', company: null, departments: [], presence: 'online', capacity: 2, load: 0};

export function validHello(capabilities: string[] = []): Record<string, unknown> {
	return {
		type: 'hello',
		protocol: PROTOCOL_VERSION,
		heartbeat_ms: 15_000,
		resume_window_ms: 60_000,
		capabilities,
		limits: {max_frame_bytes: LIMITS.maxFrameBytes, max_text_chars: LIMITS.maxTextChars},
		server: {name: 'fake', version: '0'},
	};
}

function serveAgent(socket: WebSocket, options: Required<FakeOptions>): void {
	let authed = false;
	const send = (value: unknown) => socket.send(JSON.stringify(value));
	const fail = (id: string | null, code: string, message: string) =>
		send({type: 'res', id, ok: false, error: {code, message, retryable: false}});
	send(options.hello);
	socket.on('message', (data, isBinary) => {
		const decoded = decodeClientFrame(isBinary ? data : data.toString(), 'agent');
		if (!decoded.ok) {
			if (options.answerBadFrames) fail(decoded.id, decoded.error.code, decoded.error.message);
			return;
		}
		const frame = decoded.frame;
		if (frame.type === 'ping') {
			send(frame.id === undefined ? {type: 'pong'} : {type: 'pong', id: frame.id});
			return;
		}
		if (frame.type !== 'req') return;
		if (frame.op === 'auth') {
			if (frame.payload['token'] !== options.token) {
				fail(frame.id, 'bad_token', 'unknown token');
				socket.close(4001, 'bad token');
				return;
			}
			authed = true;
			send({
				type: 'res',
				id: frame.id,
				ok: true,
				payload: {
					session_id: 's1',
					agent: AGENT,
					resumed: false,
					snapshot: {seq: 0, chats: [], offers: [], followups: []},
				},
			});
			return;
		}
		if (!authed) fail(frame.id, 'unauthenticated', 'auth first');
		else fail(frame.id, 'unsupported', `${frame.op} is not supported by this fake`);
	});
}

/** Starts the fake on a free port: /agent only (everything else is 404), no customer endpoint. */
export async function startFakeServer(options: FakeOptions = {}): Promise<FakeServer> {
	const settings: Required<FakeOptions> = {
		hello: validHello(),
		answerBadFrames: true,
		token: 't',
		silent: false,
		...options,
	};
	const http: Server = createServer((_request, response) => response.writeHead(404).end());
	const wss = new WebSocketServer({
		noServer: true,
		handleProtocols: protocols => (protocols.has(AGENT_SUBPROTOCOL) ? AGENT_SUBPROTOCOL : false),
	});
	http.on('upgrade', (request, socket, head) => {
		if (new URL(request.url ?? '/', 'http://x').pathname !== '/agent') {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		wss.handleUpgrade(request, socket, head, ws => {
			if (ws.protocol !== AGENT_SUBPROTOCOL) {
				ws.close(4400, 'subprotocol switchboard.v1 required');
				return;
			}
			if (!settings.silent) serveAgent(ws, settings);
		});
	});
	await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
	const {port} = http.address() as AddressInfo;
	return {
		url: `ws://127.0.0.1:${port}`,
		openConnections: () => wss.clients.size,
		async close() {
			for (const client of wss.clients) client.terminate();
			wss.close();
			await new Promise<void>(resolve => http.close(() => resolve()));
		},
	};
}
