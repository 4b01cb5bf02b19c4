// `switchboard serve`: runs the reference server until SIGINT/SIGTERM and says where and how to sign in.
import {randomBytes} from 'node:crypto';
import {startServer, type AgentAccount, type DepartmentConfig} from '../server/server.js';
import {loadAccountsFile, parseTokenFlag} from '../server/accounts.js';
import {parseAllowedOrigin} from '../server/origin-policy.js';
import type {Store} from '../server/store/contract.js';
import {databasePath, defaultDataDir} from '../server/store/data-dir.js';
import {MemoryStore} from '../server/store/memory.js';
import {PostgresStore} from '../server/store/postgres/postgres-store.js';
import {SqliteStore} from '../server/store/sqlite/sqlite-store.js';
import {SyncStoreAdapter} from '../server/store/sync-adapter.js';
import {chosenDatabase} from './database-setting.js';
import {parseFlags} from './parse-flags.js';
import {plainTextWarning, readTlsFiles} from './serve-tls.js';
import {printBanner} from './serve-banner.js';
import {lineLog} from '../server/server-log.js';
import {integerFlag, UsageError} from './usage-error.js';

/** The flags `serve` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const SERVE_FLAGS = {
	port: {type: 'string', default: '7420'},
	host: {type: 'string', default: '127.0.0.1'},
	token: {type: 'string', isMultiple: true},
	accounts: {type: 'string'},
	heartbeatMs: {type: 'string', default: '15000'},
	resumeWindowMs: {type: 'string', default: '120000'},
	offerTimeoutMs: {type: 'string', default: '30000'},
	rateLimit: {type: 'string', default: '100'},
	data: {type: 'string'},
	database: {type: 'string'},
	maxConnections: {type: 'string', default: '900'},
	maxConnectionsPerAddress: {type: 'string', default: '50'},
	maxChatsPerAddress: {type: 'string', default: '20'},
	memory: {type: 'boolean', default: false},
	allowOrigin: {type: 'string', isMultiple: true},
	tlsCert: {type: 'string'},
	tlsKey: {type: 'string'},
	logFormat: {type: 'string', default: 'text'},
	retainDays: {type: 'string'},
} as const;

export async function runServe(argv: string[], importMeta: ImportMeta, version: string): Promise<number> {
	const {flags} = parseFlags(argv, SERVE_FLAGS, importMeta);
	const port = integerFlag('port', flags.port, 0, 65_535);
	const heartbeatMs = integerFlag('heartbeat-ms', flags.heartbeatMs, 1_000, 300_000);
	const resumeWindowMs = integerFlag('resume-window-ms', flags.resumeWindowMs, 0, 86_400_000);
	const offerTimeoutMs = integerFlag('offer-timeout-ms', flags.offerTimeoutMs, 1_000, 3_600_000);
	const perSecond = integerFlag('rate-limit', flags.rateLimit, 1, 1_000_000);
	const limits = {
		maxConnections: integerFlag('max-connections', flags.maxConnections, 1, 1_000_000),
		maxConnectionsPerAddress: integerFlag('max-connections-per-address', flags.maxConnectionsPerAddress, 1, 1_000_000),
		maxOpenChatsPerAddress: integerFlag('max-chats-per-address', flags.maxChatsPerAddress, 1, 1_000_000),
	};

	// Repeatable, and each value may be a comma-separated list: `--allow-origin https://a.example,https://b.example`.
	const allowOrigins: string[] = [];
	for (const value of (flags.allowOrigin ?? []).flatMap(given => given.split(','))) {
		if (value.trim() === '') continue;
		try {
			allowOrigins.push(parseAllowedOrigin(value));
		} catch (error) {
			throw new UsageError(`--allow-origin: ${(error as Error).message}`);
		}
	}

	let agents: AgentAccount[] = [];
	let departments: DepartmentConfig[] = [];
	if (flags.accounts) {
		try {
			({agents, departments} = loadAccountsFile(flags.accounts));
		} catch (error) {
			throw new UsageError((error as Error).message);
		}
	}
	for (const value of flags.token ?? []) {
		try {
			agents.push(parseTokenFlag(value));
		} catch (error) {
			throw new UsageError(`--token: ${(error as Error).message}`);
		}
	}
	const tls = readTlsFiles(flags.tlsCert, flags.tlsKey);
	const retainDays =
		flags.retainDays === undefined ? undefined : integerFlag('retain-days', flags.retainDays, 1, 36_500);
	const logFormat = flags.logFormat;
	if (logFormat !== 'text' && logFormat !== 'json')
		throw new UsageError(`--log-format must be text or json, not ${JSON.stringify(logFormat)}`);
	const eventLog = lineLog(logFormat, line => process.stdout.write(line));
	const database = chosenDatabase(flags.database, flags.memory || flags.data !== undefined);
	const stores = [flags.memory && '--memory', flags.data && '--data', database && '--database'].filter(Boolean);
	if (stores.length > 1) throw new UsageError(`${stores.join(' and ')} exclude each other: choose one`);
	const store = database
		? await openPostgres(database)
		: openStore(flags.memory ? null : (flags.data ?? defaultDataDir()));
	// Accounts in the database (`switchboard accounts`) sign in alongside these; with none anywhere, one is made up.
	const storedAccounts = (await store.accounts.list()).length;
	let generatedToken: string | null = null;
	if (agents.length === 0 && storedAccounts === 0) {
		generatedToken = randomBytes(18).toString('base64url');
		agents = [parseTokenFlag(generatedToken)];
	}
	const server = await startServer({
		store,
		...(tls ? {tls} : {}),
		host: flags.host,
		port,
		agents,
		departments,
		heartbeatMs,
		resumeWindowMs,
		offerTimeoutMs,
		rateLimit: {perSecond, burst: perSecond * 10},
		limits,
		version,
		allowOrigins,
		eventLog,
		...(retainDays === undefined ? {} : {retainDays}),
		// The origin notices join the JSON log as `notice` lines, so every line of it stays one JSON object.
		...(logFormat === 'json' ? {log: (text: string) => eventLog('notice', {text})} : {}),
	});
	const warning = plainTextWarning(flags.host, tls !== null);
	if (warning) process.stderr.write(`${warning}\n`);
	printBanner(logFormat, eventLog, {
		server,
		dataPath:
			store instanceof SyncStoreAdapter && store.sync instanceof SqliteStore
				? store.sync.path
				: store instanceof PostgresStore
					? store.where
					: null,
		allowOrigins,
		generatedToken,
		agentCount: agents.length + storedAccounts,
	});

	const signal = await new Promise<NodeJS.Signals>(resolve => {
		for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, () => resolve(name));
	});
	// A second signal while clients are being told goodbye means "now": stop without waiting for them.
	for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, () => process.exit(1));
	eventLog('server.stopping', {signal});
	await server.close();
	// Every write is committed when its request is answered; closing the database checkpoints its WAL.
	await store.close();
	eventLog('server.stopped');
	return 0;
}

/**
 * PostgreSQL at this URL (postgres://...), its schema brought up to date; one that cannot be reached is a usage error.
 * `serving`: a server's pool; `accounts` and `data` need only a couple of connections.
 */
export async function openPostgres(url: string, serving = true): Promise<Store> {
	if (!/^postgres(ql)?:\/\//.test(url))
		throw new UsageError(`--database: give a postgres://USER@HOST:PORT/DATABASE URL, not ${JSON.stringify(url)}`);
	try {
		return await PostgresStore.open(url, {poolSize: serving ? 10 : 2});
	} catch (error) {
		throw new UsageError(`cannot open the database: ${(error as Error).message}`);
	}
}

/** SQLite in the data directory, or memory; a database that cannot be opened is a usage error naming the file. */
function openStore(dataDir: string | null): Store {
	if (dataDir === null) return new SyncStoreAdapter(new MemoryStore());
	let path = dataDir;
	try {
		path = databasePath(dataDir);
		// Writes of one turn commit together, before any answer about them leaves (connection.ts commitWrites).
		return new SyncStoreAdapter(new SqliteStore(path, {groupCommit: true}));
	} catch (error) {
		throw new UsageError(`cannot open the database ${path}: ${(error as Error).message}`);
	}
}
