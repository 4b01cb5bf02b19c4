// PostgreSQL beside SQLite in one run: customer-to-agent throughput through 1, 2 and 3 `serve` processes on one
// PostgreSQL database and through one `serve` on SQLite (alternating rounds), p50/p99 delivery latency at fixed rates,
// and where the CPU goes (the server processes, the database's, this benchmark's own clients). Durability: PostgreSQL
// with fsync=on, synchronous_commit=on and full_page_writes=on (each commit waits for the disk); SQLite as `serve` runs
// it, WAL with synchronous=NORMAL (a commit survives the process, kill -9 included).
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startPgCluster} from '../test/helpers/pg-cluster.js';
import {cpuMsOf, startChildServer, type ChildServer} from './child-server.js';
import {latency} from './latency.js';
import {clusterRoute, type Route} from './routes.js';
import {figure, percentile, spread, spreadText} from './stats.js';
import {throughput} from './throughput.js';

const CUSTOMERS = 30;
const MESSAGES = 2_000; // per round
const ROUNDS = 3;
const LATENCY_RATES = [100, 1_000]; // msg/s: a light load, and the target of three processes
const LATENCY_SECONDS = 5;
const PROCESS_COUNTS = [1, 2, 3];
const AGENTS = Math.max(...PROCESS_COUNTS);

const here = fileURLToPath(new URL('.', import.meta.url));

async function serve(dir: string, store: string[]): Promise<ChildServer> {
	const accounts = join(dir, 'accounts.json');
	const agents = Array.from({length: AGENTS}, (_, index) => ({
		id: `bench${index}`,
		name: `Bench ${index}`,
		token: `bench-token-${index}`,
		departments: [],
		capacity: 1_000,
	}));
	writeFileSync(accounts, JSON.stringify({agents}));
	return startChildServer(join(here, '..', 'cli.js'), [
		'serve',
		...store,
		'--port',
		'0',
		'--accounts',
		accounts,
		'--rate-limit',
		'100000',
		// Every customer comes from this machine's one address.
		'--max-chats-per-address',
		'1000',
		'--max-connections-per-address',
		'1000',
	]);
}

/**
 * CPU time of a process and its children (the postmaster and its backends), in ms: the live ones, plus what the
 * children that have ended used (the root's cutime and cstime), so a backend that ends between two readings does
 * not take its time with it.
 */
function treeCpuMs(root: number): number {
	let total = 0;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(name) === root) total += cpuMsOf(root) + (Number(fields[13]) + Number(fields[14])) * 10;
			else if (Number(fields[1]) === root) total += cpuMsOf(Number(name));
		} catch {
			// The process ended while we looked.
		}
	}
	return total;
}

/** One configuration measured: its servers, its route, and what its rounds cost. */
type Setup = {
	name: string;
	servers: ChildServer[];
	route: Route;
	rates: number[];
	serverCpuMs: number;
	databaseCpuMs: number;
	benchCpuMs: number;
	wallMs: number;
};

const benchCpuMs = () => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1_000;
};

export async function runPostgresBenchmarks(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-pg-bench-'));
	const started: ChildServer[] = [];
	const routes: Route[] = [];
	let cluster: Awaited<ReturnType<typeof startPgCluster>> | null = null;
	try {
		cluster = await startPgCluster({durable: true});
		const setups: Setup[] = [];
		const setup = async (name: string, servers: ChildServer[]) => {
			const tokens = servers.map((_, index) => `bench-token-${index}`);
			const route = await clusterRoute(
				servers.map(server => server.url),
				tokens,
				CUSTOMERS,
			);
			routes.push(route);
			setups.push({name, servers, route, rates: [], serverCpuMs: 0, databaseCpuMs: 0, benchCpuMs: 0, wallMs: 0});
		};
		const sqlite = await serve(dir, ['--data', join(dir, 'data')]);
		started.push(sqlite);
		await setup('sqlite_baseline', [sqlite]);
		for (const count of PROCESS_COUNTS) {
			// Each cluster on a database of its own, its processes started one after another (each migrates what it must).
			const database = await cluster.createDatabase(`bench_${count}`);
			const servers: ChildServer[] = [];
			for (let index = 0; index < count; index++) {
				servers.push(await serve(dir, ['--database', database]));
				started.push(servers.at(-1)!);
			}
			await setup(`${count}_process${count === 1 ? '' : 'es'}`, servers);
		}
		for (const {route} of setups) await throughput(route, 1_000, CUSTOMERS); // warm-up

		// Alternating rounds, so every setup sees the same machine noise.
		for (let round = 0; round < ROUNDS; round++)
			for (const entry of setups) {
				const serverBefore = entry.servers.reduce((sum, server) => sum + cpuMsOf(server.pid), 0);
				const databaseBefore = treeCpuMs(cluster.pid);
				const benchBefore = benchCpuMs();
				const wallBefore = performance.now();
				entry.rates.push(await throughput(entry.route, MESSAGES, CUSTOMERS));
				entry.wallMs += performance.now() - wallBefore;
				entry.serverCpuMs += entry.servers.reduce((sum, server) => sum + cpuMsOf(server.pid), 0) - serverBefore;
				if (entry.name !== 'sqlite_baseline') entry.databaseCpuMs += treeCpuMs(cluster.pid) - databaseBefore;
				entry.benchCpuMs += benchCpuMs() - benchBefore;
			}
		// A rate above what a setup carries only measures its queue growing: such a latency is not measured.
		const carries = (entry: Setup, rate: number) => spread(entry.rates).median >= rate * 1.1;
		const latencies = new Map<string, number[]>();
		for (const rate of LATENCY_RATES)
			for (const entry of setups)
				if (carries(entry, rate))
					latencies.set(`${entry.name}@${rate}`, await latency(entry.route, rate, LATENCY_SECONDS, CUSTOMERS));

		const messages = ROUNDS * MESSAGES;
		const sqliteRates = setups[0]!.rates;
		for (const entry of setups) {
			const durability =
				entry.name === 'sqlite_baseline' ? 'WAL, synchronous=NORMAL' : 'fsync=on, synchronous_commit=on';
			const rates = spread(entry.rates);
			figure(`postgres.throughput.${entry.name}`, rates.median, `msg/s (${durability}; ${spreadText(rates)})`);
			if (entry.name !== 'sqlite_baseline') {
				const ratios = spread(entry.rates.map((rate, round) => rate / sqliteRates[round]!));
				figure(`postgres.throughput_vs_sqlite.${entry.name}`, ratios.median, `x (${spreadText(ratios)})`);
			}
			figure(`postgres.cpu_per_message.${entry.name}.servers`, (entry.serverCpuMs / messages) * 1_000, 'us');
			if (entry.name !== 'sqlite_baseline')
				figure(
					`postgres.cpu_per_message.${entry.name}.database`,
					(entry.databaseCpuMs / messages) * 1_000,
					'us (postmaster and backends)',
				);
			figure(
				`postgres.cpu_per_message.${entry.name}.bench_clients`,
				(entry.benchCpuMs / messages) * 1_000,
				'us (this process: 30 customers, the agents, JSON)',
			);
			// How many of the machine's cores the three together kept busy: near the core count, the machine is the limit.
			const busy = (entry.serverCpuMs + entry.databaseCpuMs + entry.benchCpuMs) / entry.wallMs;
			figure(`postgres.cores_busy.${entry.name}`, busy, 'cores (servers + database + bench clients)');
		}
		for (const rate of LATENCY_RATES)
			for (const entry of setups) {
				const samples = latencies.get(`${entry.name}@${rate}`);
				if (!samples) {
					process.stdout.write(
						`postgres.latency_at_${rate}.${entry.name} not measured: it carries ${Math.round(spread(entry.rates).median)} msg/s\n`,
					);
					continue;
				}
				figure(`postgres.latency_at_${rate}.${entry.name}.p50`, percentile(samples, 50), 'ms');
				figure(`postgres.latency_at_${rate}.${entry.name}.p99`, percentile(samples, 99), 'ms');
			}
	} finally {
		// Whatever started is stopped, even when a later start failed (a cluster must not outlive the run).
		await Promise.all(routes.map(route => route.close()));
		await Promise.all(started.map(server => server.stop()));
		await cluster?.stop();
		rmSync(dir, {recursive: true, force: true});
	}
}
