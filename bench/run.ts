// `npm run bench`: customer-to-agent throughput (median of alternating rounds) and latency through the reference server, beside a bare ws relay;
// then the stores (bench/store-bench.ts), the desk (bench/desk/), the web widget's size (bench/widget-size.ts) and the
// guard's labelled drafts (bench/guard/), PostgreSQL beside SQLite (bench/postgres-bench.ts).
// `node dist/bench/run.js wire|store|postgres|desk|widget|guard` runs one; `start` runs the desk's start-up figures alone,
// `ended` the store's RSS and heap after ended chats alone.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {cpuMsOf, startChildServer} from './child-server.js';
import {runDeskBenchmarks} from './desk/desk-bench.js';
import {runStartBenchmarks} from './desk/start-bench.js';
import {runGuardBenchmarks} from './guard/guard-bench.js';
import {relayRoute, serverRoute, type Route} from './routes.js';
import {latency as measureLatency} from './latency.js';
import {runPostgresBenchmarks} from './postgres-bench.js';
import {figure, percentile, spread, spreadText} from './stats.js';
import {runStoreBenchmarks} from './store-bench.js';
import {runEndedChatsBenchmark} from './ended-chats-bench.js';
import {throughput} from './throughput.js';
import {runWidgetBenchmarks} from './widget-size.js';

const CUSTOMERS = 20;
const THROUGHPUT_MESSAGES = 20_000; // per round
const LATENCY_RATE = 1_000; // msg/s
const LATENCY_SECONDS = 5;

const here = fileURLToPath(new URL('.', import.meta.url));

const latency = (route: Route, rate: number, seconds: number) => measureLatency(route, rate, seconds, CUSTOMERS);

const ROUNDS = 5; // throughput rounds per route, alternating, so both see the same machine noise

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function wireBenchmarks() {
	const relay = await startChildServer(join(here, 'relay-server.js'), []);
	const accounts = join(mkdtempSync(join(tmpdir(), 'switchboard-bench-')), 'accounts.json');
	writeFileSync(
		accounts,
		JSON.stringify({
			departments: [],
			agents: [{id: 'bench', name: 'Bench', token: 'bench-token', departments: [], capacity: CUSTOMERS}],
		}),
	);
	const server = await startChildServer(join(here, '..', 'cli.js'), [
		'serve',
		'--memory',
		'--port',
		'0',
		'--accounts',
		accounts,
		'--rate-limit',
		'100000',
	]);
	try {
		const routes = [
			await relayRoute(relay.url, CUSTOMERS),
			await serverRoute(server.url, 'bench-token', CUSTOMERS),
		] as const;
		const rates: [number[], number[]] = [[], []];
		const cpu = [0, 0];
		const pids = [relay.pid, server.pid];
		for (const route of routes) await throughput(route, 3_000, CUSTOMERS); // warm-up: JIT and socket buffers
		for (let round = 0; round < ROUNDS; round++) {
			for (const [index, route] of routes.entries()) {
				const pid = pids[index]!;
				const before = cpuMsOf(pid);
				rates[index]!.push(await throughput(route, THROUGHPUT_MESSAGES, CUSTOMERS));
				cpu[index]! += cpuMsOf(pid) - before;
			}
		}
		// Each round's server beside the relay round just before it: the ratio must hold in every one.
		const ratios = spread(rates[1].map((rate, round) => rate / rates[0][round]!));
		const [relayLatency, serverLatency] = [
			await latency(routes[0], LATENCY_RATE, LATENCY_SECONDS),
			await latency(routes[1], LATENCY_RATE, LATENCY_SECONDS),
		];
		for (const route of routes) await route.close();

		const [relayRate, serverRate] = [median(rates[0]), median(rates[1])];
		figure('wire.throughput.server', serverRate, 'msg/s');
		figure('wire.throughput.relay_baseline', relayRate, 'msg/s');
		figure('wire.throughput.ratio', serverRate / relayRate, `x (median rates; target >= 0.6 in every run)`);
		figure(
			'wire.throughput.ratio.per_run',
			ratios.median,
			`x (${spreadText(ratios)}: the lowest is ${ratios.min.toFixed(2)})`,
		);
		const messages = ROUNDS * THROUGHPUT_MESSAGES;
		figure('wire.cpu_per_message.server', (cpu[1]! / messages) * 1_000, `us (${messages} messages, user + system)`);
		figure('wire.cpu_per_message.relay_baseline', (cpu[0]! / messages) * 1_000, 'us');
		figure('wire.latency_at_1000.server.p50', percentile(serverLatency, 50), 'ms');
		figure('wire.latency_at_1000.server.p99', percentile(serverLatency, 99), 'ms (target < 20)');
		figure('wire.latency_at_1000.relay_baseline.p50', percentile(relayLatency, 50), 'ms');
		figure('wire.latency_at_1000.relay_baseline.p99', percentile(relayLatency, 99), 'ms');
	} finally {
		await Promise.all([relay.stop(), server.stop()]);
	}
}

async function main() {
	const only = process.argv[2];
	if (only === 'start') return runStartBenchmarks(Number(process.env['BENCH_ROUNDS'] ?? 5), 10);
	if (only === 'ended') return runEndedChatsBenchmark();
	if (only !== undefined && !['wire', 'store', 'postgres', 'desk', 'widget', 'guard'].includes(only))
		throw new Error(`unknown benchmark group ${only} (wire, store, postgres, desk, widget, guard, start or ended)`);
	if (only === undefined || only === 'widget') runWidgetBenchmarks();
	if (only === undefined || only === 'wire') await wireBenchmarks();
	if (only === undefined || only === 'store') await runStoreBenchmarks();
	if (only === undefined || only === 'postgres') await runPostgresBenchmarks();
	if (only === undefined || only === 'desk') await runDeskBenchmarks();
	if (only === undefined || only === 'guard') runGuardBenchmarks();
}

main().then(
	() => process.exit(0),
	error => {
		process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	},
);
