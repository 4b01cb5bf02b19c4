// The PostgreSQL store beside SQLite in one run: customer-to-agent throughput through one `serve` process on each
// (alternating rounds), p50/p99 delivery latency at a fixed rate, and where the CPU goes (the server process or the
// database's). Durability: PostgreSQL with fsync=on and synchronous_commit=on (each commit waits for the disk);
// SQLite as `serve` runs it, WAL with synchronous=NORMAL (a commit survives the process, kill -9 included).
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startPgCluster} from '../test/helpers/pg-cluster.js';
import {cpuMsOf, startChildServer, type ChildServer} from './child-server.js';
import {latency} from './latency.js';
import {serverRoute} from './routes.js';
import {figure, percentile, spread, spreadText} from './stats.js';
import {throughput} from './throughput.js';

const CUSTOMERS = 20;
const MESSAGES = 5_000; // per round
const ROUNDS = 3;
const LATENCY_RATE = 200; // msg/s
const LATENCY_SECONDS = 5;

const here = fileURLToPath(new URL('.', import.meta.url));

async function serve(dir: string, store: string[]): Promise<ChildServer> {
	const accounts = join(dir, 'accounts.json');
	writeFileSync(
		accounts,
		JSON.stringify({agents: [{id: 'bench', name: 'Bench', token: 'bench-token', departments: [], capacity: 1_000}]}),
	);
	return startChildServer(join(here, '..', 'cli.js'), [
		'serve',
		...store,
		'--port',
		'0',
		'--accounts',
		accounts,
		'--rate-limit',
		'100000',
	]);
}

/** CPU time of a process and its children (the postmaster and its backends), in ms. */
function treeCpuMs(root: number): number {
	let total = 0;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (Number(name) === root || ppid === root) total += cpuMsOf(Number(name));
		} catch {
			// The process ended while we looked.
		}
	}
	return total;
}

export async function runPostgresBenchmarks(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-pg-bench-'));
	const started: ChildServer[] = [];
	let cluster: Awaited<ReturnType<typeof startPgCluster>> | null = null;
	try {
		cluster = await startPgCluster({durable: true});
		const sqlite = await serve(dir, ['--data', join(dir, 'data')]);
		started.push(sqlite);
		const postgres = await serve(dir, ['--database', cluster.url]);
		started.push(postgres);
		const routes = [
			await serverRoute(sqlite.url, 'bench-token', CUSTOMERS),
			await serverRoute(postgres.url, 'bench-token', CUSTOMERS),
		] as const;
		for (const route of routes) await throughput(route, 1_000, CUSTOMERS); // warm-up
		const rates: [number[], number[]] = [[], []];
		const serverCpu = [0, 0];
		let databaseCpu = 0;
		for (let round = 0; round < ROUNDS; round++)
			for (const [index, route] of routes.entries()) {
				const pid = [sqlite.pid, postgres.pid][index]!;
				const before = cpuMsOf(pid);
				const databaseBefore = index === 1 ? treeCpuMs(cluster!.pid) : 0;
				rates[index]!.push(await throughput(route, MESSAGES, CUSTOMERS));
				serverCpu[index]! += cpuMsOf(pid) - before;
				if (index === 1) databaseCpu += treeCpuMs(cluster!.pid) - databaseBefore;
			}
		const [sqliteLatency, postgresLatency] = [
			await latency(routes[0], LATENCY_RATE, LATENCY_SECONDS, CUSTOMERS),
			await latency(routes[1], LATENCY_RATE, LATENCY_SECONDS, CUSTOMERS),
		];
		for (const route of routes) await route.close();

		const ratios = spread(rates[1].map((rate, round) => rate / rates[0][round]!));
		figure('postgres.throughput.1_process', spread(rates[1]).median, 'msg/s (fsync=on, synchronous_commit=on)');
		figure('postgres.throughput.sqlite_baseline', spread(rates[0]).median, 'msg/s (WAL, synchronous=NORMAL)');
		figure('postgres.throughput.ratio', ratios.median, `x (${spreadText(ratios)})`);
		const messages = ROUNDS * MESSAGES;
		figure('postgres.cpu_per_message.server_process', (serverCpu[1]! / messages) * 1_000, 'us');
		figure('postgres.cpu_per_message.database', (databaseCpu / messages) * 1_000, 'us (postmaster and backends)');
		figure('postgres.cpu_per_message.sqlite_server_process', (serverCpu[0]! / messages) * 1_000, 'us');
		figure(`postgres.latency_at_${LATENCY_RATE}.1_process.p50`, percentile(postgresLatency, 50), 'ms');
		figure(`postgres.latency_at_${LATENCY_RATE}.1_process.p99`, percentile(postgresLatency, 99), 'ms');
		figure(`postgres.latency_at_${LATENCY_RATE}.sqlite_baseline.p50`, percentile(sqliteLatency, 50), 'ms');
		figure(`postgres.latency_at_${LATENCY_RATE}.sqlite_baseline.p99`, percentile(sqliteLatency, 99), 'ms');
	} finally {
		// Whatever started is stopped, even when a later start failed (a cluster must not outlive the run).
		await Promise.all(started.map(server => server.stop()));
		await cluster?.stop();
		rmSync(dir, {recursive: true, force: true});
	}
}
