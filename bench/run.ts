// `npm run bench`: customer-to-agent throughput and latency through the reference server, beside a bare ws relay.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startChildServer} from './child-server.js';
import {relayRoute, serverRoute, type Route} from './routes.js';
import {figure, percentile} from './stats.js';

const CUSTOMERS = 20;
const THROUGHPUT_MESSAGES = 30_000;
const WINDOW = 1_000; // messages in flight at most, so neither side buffers without bound
const LATENCY_RATE = 1_000; // msg/s
const LATENCY_SECONDS = 5;

const here = fileURLToPath(new URL('.', import.meta.url));
const now = () => performance.now();

/** Sends `total` messages as fast as the window allows; returns messages per second, first send to last delivery. */
async function throughput(route: Route, total: number): Promise<number> {
	let sent = 0;
	let delivered = 0;
	const started = now();
	await new Promise<void>(resolve => {
		const pump = () => {
			while (sent < total && sent - delivered < WINDOW) route.send(sent % CUSTOMERS, `t${sent++}`);
		};
		route.onDelivered(() => {
			delivered++;
			if (delivered === total) resolve();
			else if (sent - delivered < WINDOW / 2) pump();
		});
		pump();
	});
	return total / ((now() - started) / 1_000);
}

/** Sends at a fixed rate; each text carries its send time, so delivery latency is measured on one clock. */
async function latency(route: Route, rate: number, seconds: number): Promise<number[]> {
	const total = rate * seconds;
	const samples: number[] = [];
	const started = now();
	let sent = 0;
	await new Promise<void>(resolve => {
		route.onDelivered(text => {
			if (!text.startsWith('L')) return;
			samples.push(now() - Number(text.slice(1)));
			if (samples.length === total) resolve();
		});
		const tick = setInterval(() => {
			const due = Math.min(total, Math.floor(((now() - started) / 1_000) * rate));
			while (sent < due) route.send(sent++ % CUSTOMERS, `L${now()}`);
			if (sent === total) clearInterval(tick);
		}, 2);
	});
	return samples.sort((a, b) => a - b);
}

async function measure(route: Route) {
	await throughput(route, 3_000); // warm-up: JIT and socket buffers
	const rate = await throughput(route, THROUGHPUT_MESSAGES);
	const samples = await latency(route, LATENCY_RATE, LATENCY_SECONDS);
	await route.close();
	return {rate, p50: percentile(samples, 50), p99: percentile(samples, 99)};
}

async function main() {
	const relay = await startChildServer(join(here, 'relay-server.js'), []);
	const relayFigures = await measure(await relayRoute(relay.url, CUSTOMERS)).finally(() => relay.stop());

	const accounts = join(mkdtempSync(join(tmpdir(), 'switchboard-bench-')), 'accounts.json');
	writeFileSync(accounts, JSON.stringify({departments: [], agents: [{id: 'bench', name: 'Bench', token: 'bench-token', departments: [], capacity: CUSTOMERS}]}));
	const server = await startChildServer(join(here, '..', 'cli.js'), ['serve', '--port', '0', '--accounts', accounts, '--rate-limit', '100000']);
	const serverFigures = await measure(await serverRoute(server.url, 'bench-token', CUSTOMERS)).finally(() => server.stop());

	figure('wire.throughput.server', serverFigures.rate, 'msg/s');
	figure('wire.throughput.relay_baseline', relayFigures.rate, 'msg/s');
	figure('wire.throughput.ratio', serverFigures.rate / relayFigures.rate, 'x (target >= 0.5)');
	figure('wire.latency_at_1000.server.p50', serverFigures.p50, 'ms');
	figure('wire.latency_at_1000.server.p99', serverFigures.p99, 'ms (target < 20)');
	figure('wire.latency_at_1000.relay_baseline.p50', relayFigures.p50, 'ms');
	figure('wire.latency_at_1000.relay_baseline.p99', relayFigures.p99, 'ms');
}

main().then(
	() => process.exit(0),
	error => {
		process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
		process.exit(1);
	},
);
