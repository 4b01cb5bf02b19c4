// Starts the reference server: one HTTP(S) port, WebSocket upgrades on /agent and /customer, the web widget on / and
// /widget.js; memory store unless given one.
import {createServer as createHttpServer, type IncomingMessage, type RequestListener} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import type {Duplex} from 'node:stream';
import {WebSocket, WebSocketServer} from 'ws';
import {
	AGENT_PATH,
	AGENT_SUBPROTOCOL,
	CAPABILITIES,
	CUSTOMER_PATH,
	CUSTOMER_SUBPROTOCOL,
	LIMITS,
	PROTOCOL_VERSION,
	type CannedResponse,
	type Capability,
	type HelloFrame,
} from '../protocol/index.js';
import {accountsProblem, DEFAULT_CAPACITY, type AgentAccount, type DepartmentConfig} from './accounts.js';
import {acceptAgentSocket} from './agent-endpoint.js';
import {acceptCustomerSocket} from './customer-endpoint.js';
import {ContactCentre, type CentreSettings} from './contact-centre.js';
import {MemoryStore} from './store/memory.js';
import {keepRetention} from './retention.js';
import {ACCOUNT_CHECK_MS, watchAccounts} from './account-watch.js';
import {DEFAULT_SIGN_IN_THROTTLE, type SignInThrottleSettings} from './sign-in-throttle.js';
import {errorFields, silentLog, type ServerLog} from './server-log.js';
import {originAllowed, RefusedOriginLog} from './origin-policy.js';
import {answerWebRequest} from './web-pages.js';
import {DEFAULT_VISITOR_LIMITS, type VisitorLimitSettings} from './visitor-limits.js';
import type {Store, SyncStore} from './store/contract.js';
import {asyncStore} from './store/sync-adapter.js';
import {PostgresStore} from './store/postgres/postgres-store.js';
import {ClusterCentre, type ClusterOptions} from './cluster/centre.js';
import {acceptClusterAgentSocket, acceptClusterCustomerSocket} from './cluster/endpoints.js';

export type {AgentAccount, DepartmentConfig} from './accounts.js';
export type {Store} from './store/contract.js';
export {SIMULATED_VISITORS} from './visitor-limits.js';

export type ServerOptions = {
	host?: string;
	/** 0 picks a free port. */
	port?: number;
	agents: AgentAccount[];
	departments?: DepartmentConfig[];
	heartbeatMs?: number;
	resumeWindowMs?: number;
	offerTimeoutMs?: number;
	capabilities?: Capability[];
	rateLimit?: {perSecond: number; burst: number};
	/** A store that answers at once (memory, SQLite) serves through SyncStoreAdapter. Default: a new memory store. */
	store?: Store | SyncStore;
	/** Clock for timestamps; timers still use real setTimeout. */
	now?: () => number;
	name?: string;
	version?: string;
	/** Served by canned.list. */
	canned?: CannedResponse[];
	/** What one visitor may hold (connections, open chats, shared frame budgets); defaults from the rate limit. */
	limits?: Partial<VisitorLimitSettings>;
	/** A link that has not signed in (auth, join, resume) by then is closed; default two heartbeats. */
	signInTimeoutMs?: number;
	/** Bytes waiting to go to one client before it is cut off with 4413; default 8 MiB. */
	maxSendBufferBytes?: number;
	/**
	 * Web pages (origins, as parseAllowedOrigin returns them, or `*`) that may open the customer endpoint besides
	 * this server's own pages and loopback ones (origin-policy.ts). Default: none besides those.
	 */
	allowOrigins?: readonly string[];
	/** Operational notices (a refused origin); default: stderr. */
	log?: (line: string) => void;
	/** How often database accounts are read again, to sign out removed or rotated agents (4001); default 2 s. */
	accountCheckMs?: number;
	/** Ended chats older than this many days are removed at start and hourly (`serve --retain-days`); default: kept. */
	retainDays?: number;
	/** Failed sign-ins allowed per address (and account) in a window; default 10 in 5 minutes. */
	signInThrottle?: Partial<SignInThrottleSettings>;
	/** One line per connection, sign-in, chat and error (server-log.ts); default: none. */
	eventLog?: ServerLog;
	/** A certificate chain and its private key (PEM): the server speaks wss:// instead of ws://. */
	tls?: {cert: string | Buffer; key: string | Buffer};
	/** Failures inside the server (a handler bug, a store error); the request got `internal`. Default: stderr. */
	onError?: (error: unknown) => void;
	/**
	 * On a PostgreSQL store the server is one process of a cluster (several on one database, docs/deploying.md): how
	 * often it catches up from the tables, and a test hook that makes it miss every NOTIFY.
	 */
	cluster?: ClusterOptions;
};

export type RunningServer = {
	host: string;
	port: number;
	/** ws://host:port, or wss://host:port with TLS */
	url: string;
	agentUrl: string;
	customerUrl: string;
	store: Store;
	close(): Promise<void>;
};

/** How long shutdown waits for clients to answer its 1001 before it cuts what is left. */
const SHUTDOWN_GRACE_MS = 3_000;

/** Frames above this are cut off by ws itself with 1009; up to it, oversize frames are answered `too_large`. */
const HARD_FRAME_CAP = 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
	const host = options.host ?? '127.0.0.1';
	const heartbeatMs = positive('heartbeatMs', options.heartbeatMs ?? 15_000);
	const resumeWindowMs = nonNegative('resumeWindowMs', options.resumeWindowMs ?? 120_000);
	const offerTimeoutMs = positive('offerTimeoutMs', options.offerTimeoutMs ?? 30_000);
	const rateLimit = options.rateLimit ?? {perSecond: 100, burst: 1_000};
	if (!(rateLimit.perSecond > 0) || !(rateLimit.burst >= 1))
		throw new Error('startServer: rateLimit needs perSecond > 0 and burst >= 1');
	const departments = options.departments ?? [];
	const problem = accountsProblem(options.agents, departments);
	if (problem) throw new Error(`startServer: ${problem}`);
	const capabilities = new Set(
		(options.capabilities ?? CAPABILITIES).filter(c => (CAPABILITIES as readonly string[]).includes(c)),
	);
	const hello: HelloFrame = {
		type: 'hello',
		protocol: PROTOCOL_VERSION,
		heartbeat_ms: heartbeatMs,
		resume_window_ms: resumeWindowMs,
		capabilities: [...capabilities],
		limits: {max_frame_bytes: LIMITS.maxFrameBytes, max_text_chars: LIMITS.maxTextChars},
		server: {name: options.name ?? 'switchboard-reference', version: options.version ?? 'dev'},
	};
	const store = asyncStore(options.store ?? new MemoryStore());
	const eventLog = options.eventLog ?? silentLog;
	const settings: CentreSettings = {
		heartbeatMs,
		resumeWindowMs,
		offerTimeoutMs,
		rateLimit,
		capabilities,
		departments,
		canned: options.canned ?? [],
		now: options.now ?? Date.now,
		helloText: JSON.stringify(hello),
		reportError:
			options.onError ??
			(options.eventLog
				? error => eventLog('error', errorFields(error))
				: error => console.error('switchboard server: internal error:', error)),
		log: eventLog,
		signInThrottle: {...DEFAULT_SIGN_IN_THROTTLE, ...options.signInThrottle},
		// Reconnecting must not refill a budget: one agent's, or one chat's, links share the per-link figure.
		limits: {
			...DEFAULT_VISITOR_LIMITS,
			identityRate: rateLimit,
			addressRate: {perSecond: rateLimit.perSecond * 5, burst: rateLimit.burst * 5},
			...options.limits,
		},
		signInTimeoutMs: positive('signInTimeoutMs', options.signInTimeoutMs ?? 2 * heartbeatMs),
		maxSendBufferBytes: positive('maxSendBufferBytes', options.maxSendBufferBytes ?? 8 * 1024 * 1024),
	};
	const profiles = options.agents.map(account => ({
		id: account.id,
		name: account.name,
		company: account.company ?? null,
		token: account.token,
		departments: [...account.departments],
		capacity: account.capacity ?? DEFAULT_CAPACITY,
	}));
	// PostgreSQL is shared by any number of processes: the cluster's centre keeps nothing only one of them knows.
	const centre =
		store instanceof PostgresStore
			? await ClusterCentre.openCluster(store, settings, profiles, options.cluster)
			: await ContactCentre.open(store, settings, profiles);
	const cluster = centre instanceof ClusterCentre ? centre : null;
	const stopAccountWatch = watchAccounts(centre, options.accountCheckMs ?? ACCOUNT_CHECK_MS);
	const stopRetention =
		options.retainDays === undefined
			? () => {}
			: keepRetention(store, options.retainDays, centre.now.bind(centre), eventLog, centre.settings.reportError);

	const allowOrigins = options.allowOrigins ?? [];
	const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
	const refusedOrigins = new RefusedOriginLog(log, options.now ?? Date.now);

	const agentSockets = endpointServer(AGENT_SUBPROTOCOL);
	const customerSockets = endpointServer(CUSTOMER_SUBPROTOCOL);

	const answer: RequestListener = (request, response) => {
		const path = pathOf(request);
		// The chat widget and its demo page; the endpoints speak WebSocket only; anything else here is not found.
		if (answerWebRequest(request, response, path, departments)) return;
		response.writeHead(path === AGENT_PATH || path === CUSTOMER_PATH ? 426 : 404, {'content-type': 'text/plain'});
		response.end(path === AGENT_PATH || path === CUSTOMER_PATH ? 'WebSocket upgrade required\n' : 'not found\n');
	};
	const http = options.tls
		? createHttpsServer({cert: options.tls.cert, key: options.tls.key}, answer)
		: createHttpServer(answer);
	http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
		socket.on('error', () => socket.destroy());
		const path = pathOf(request);
		const sockets = path === AGENT_PATH ? agentSockets : path === CUSTOMER_PATH ? customerSockets : null;
		if (!sockets) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		// A page the operator did not allow gets a plain 403 (the browser's console shows it); the log says why.
		if (sockets === customerSockets && !originAllowed(request.headers.origin, request.headers.host, allowOrigins)) {
			refusedOrigins.refused(request.headers.origin ?? '');
			eventLog('connection.refused', {
				endpoint: 'customer',
				address: (socket as Duplex & {remoteAddress?: string}).remoteAddress ?? 'unknown',
				status: 403,
				origin: (request.headers.origin ?? '').slice(0, 300),
			});
			socket.end(
				'HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 35\r\n\r\n' +
					'origin not allowed (--allow-origin)',
			);
			return;
		}
		const address = (socket as Duplex & {remoteAddress?: string}).remoteAddress ?? 'unknown';
		// Turned away before the upgrade: a full server costs one short HTTP answer, not a WebSocket.
		if (!centre.limits.admitConnection(address)) {
			eventLog('connection.refused', {endpoint: sockets === agentSockets ? 'agent' : 'customer', address, status: 503});
			socket.end(
				'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n',
			);
			return;
		}
		const accept = cluster
			? sockets === agentSockets
				? acceptClusterAgentSocket
				: acceptClusterCustomerSocket
			: sockets === agentSockets
				? acceptAgentSocket
				: acceptCustomerSocket;
		let released = false;
		const release = () => {
			if (!released) centre.limits.releaseConnection(address);
			released = true;
		};
		socket.once('close', release);
		// The upgraded TCP socket is what ws writes to; the connection corks it to batch its frames.
		sockets.handleUpgrade(request, socket, head, ws =>
			centre.guard(() => accept(centre as ClusterCentre, ws, socket, address)),
		);
	});
	http.on('clientError', (_error, socket) => socket.destroy());
	// A failed TLS handshake (a plain ws:// client, a scanner) costs one socket, never the server.
	http.on('tlsClientError', (_error, socket) => socket.destroy());

	await new Promise<void>((resolve, reject) => {
		http.once('error', reject);
		http.listen(options.port ?? 0, host, () => {
			http.off('error', reject);
			resolve();
		});
	});
	const address = http.address();
	const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
	const url = `${options.tls ? 'wss' : 'ws'}://${host.includes(':') ? `[${host}]` : host}:${port}`;

	let closing: Promise<void> | null = null;
	// Graceful: no new links, every open one is told 1001 (clients resume once the server is back), then the store.
	const close = () =>
		(closing ??= (async () => {
			const stopped = new Promise<void>(resolve => http.close(() => resolve()));
			const clients = [...agentSockets.clients, ...customerSockets.clients];
			const gone = Promise.all(clients.map(client => socketGone(client)));
			stopRetention();
			stopAccountWatch();
			centre.shutdown();
			// A client that never answers the close is cut after the grace (FrameConnection.close); this is the backstop.
			await Promise.race([gone, delay(SHUTDOWN_GRACE_MS)]);
			for (const sockets of [agentSockets, customerSockets]) {
				for (const client of sockets.clients) client.terminate();
				sockets.close();
			}
			http.closeAllConnections();
			await stopped;
			await cluster?.stopCluster();
			// A store the caller passed in is theirs to close; they may still want to read it.
			if (!options.store) await store.close();
		})());

	return {host, port, url, agentUrl: `${url}${AGENT_PATH}`, customerUrl: `${url}${CUSTOMER_PATH}`, store, close};
}

function socketGone(socket: WebSocket): Promise<void> {
	return new Promise(resolve => {
		if (socket.readyState === WebSocket.CLOSED) resolve();
		else socket.once('close', () => resolve());
	});
}

function delay(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms).unref());
}

function endpointServer(subprotocol: string): WebSocketServer {
	return new WebSocketServer({
		noServer: true,
		maxPayload: HARD_FRAME_CAP,
		// Without the endpoint's subprotocol the socket still opens, and is then closed with 4400 (protocol rules).
		handleProtocols: offered => (offered.has(subprotocol) ? subprotocol : false),
	});
}

function pathOf(request: IncomingMessage): string {
	const url = request.url ?? '/';
	const query = url.indexOf('?');
	return query === -1 ? url : url.slice(0, query);
}

function positive(name: string, value: number): number {
	if (!Number.isInteger(value) || value <= 0)
		throw new Error(`startServer: ${name} must be a positive whole number of milliseconds`);
	return value;
}

function nonNegative(name: string, value: number): number {
	if (!Number.isInteger(value) || value < 0)
		throw new Error(`startServer: ${name} must be a whole number of milliseconds, 0 or more`);
	return value;
}
