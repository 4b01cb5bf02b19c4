// The SQLite store against the memory store in one run: throughput through `serve` on each (alternating rounds), the
// server's RSS per idle customer connection, and its RSS while 30,000 chats come and go (bench/ended-chats-bench.ts).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {WebSocket} from 'ws';
import {cpuMsOf, startChildServer, type ChildServer} from './child-server.js';
import {serverRoute} from './routes.js';
import {figure, spread, spreadText} from './stats.js';
import {throughput} from './throughput.js';
import {runEndedChatsBenchmark} from './ended-chats-bench.js';

const CUSTOMERS = 20;
const MESSAGES = 10_000; // per round
const ROUNDS = 5;
const IDLE_CUSTOMERS = 1_000;

const here = fileURLToPath(new URL('.', import.meta.url));

export function rssMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1_024;
}

export async function serve(dir: string, store: string[], nodeArgs: string[] = []): Promise<ChildServer> {
	const accounts = join(dir, 'accounts.json');
	writeFileSync(
		accounts,
		JSON.stringify({agents: [{id: 'bench', name: 'Bench', token: 'bench-token', departments: [], capacity: 1_000}]}),
	);
	return startChildServer(
		join(here, '..', 'cli.js'),
		[
			'serve',
			...store,
			'--port',
			'0',
			'--accounts',
			accounts,
			'--rate-limit',
			'100000',
			'--max-connections',
			'5000',
			'--max-connections-per-address',
			'5000',
			'--max-chats-per-address',
			'5000',
		],
		nodeArgs,
	);
}

/** A customer socket that joins a chat (and, with `leave`, leaves it at once). */
export function customer(url: string, leave: boolean): Promise<WebSocket> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(`${url}/customer`, 'switchboard.customer.v1');
		socket.on('error', reject);
		socket.on('message', data => {
			const frame = JSON.parse(String(data)) as {type: string; id?: string};
			if (frame.type === 'hello')
				socket.send(JSON.stringify({type: 'req', id: 'j', op: 'join', payload: {name: 'Bench', locale: 'en'}}));
			else if (frame.type === 'res' && frame.id === 'j') {
				if (!leave) return resolve(socket);
				socket.send(JSON.stringify({type: 'req', id: 'l', op: 'leave', payload: {}}));
			} else if (frame.type === 'res' && frame.id === 'l') {
				socket.close();
				resolve(socket);
			}
		});
	});
}

export async function runStoreBenchmarks(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-store-bench-'));
	const memory = await serve(dir, ['--memory']);
	const sqlite = await serve(dir, ['--data', join(dir, 'data')]);
	try {
		const routes = [
			await serverRoute(memory.url, 'bench-token', CUSTOMERS),
			await serverRoute(sqlite.url, 'bench-token', CUSTOMERS),
		] as const;
		for (const route of routes) await throughput(route, 2_000, CUSTOMERS); // warm-up
		const rates: [number[], number[]] = [[], []];
		const pids = [memory.pid, sqlite.pid];
		const cpu = [0, 0];
		for (let round = 0; round < ROUNDS; round++)
			for (const [index, route] of routes.entries()) {
				const before = cpuMsOf(pids[index]!);
				rates[index]!.push(await throughput(route, MESSAGES, CUSTOMERS));
				cpu[index]! += cpuMsOf(pids[index]!) - before;
			}
		for (const route of routes) await route.close();
		const ratios = spread(rates[1].map((rate, round) => rate / rates[0][round]!));
		figure('store.throughput.sqlite', spread(rates[1]).median, 'msg/s');
		figure('store.throughput.memory_baseline', spread(rates[0]).median, 'msg/s');
		figure('store.throughput.ratio', ratios.median, `x (${spreadText(ratios)}; target >= 0.8)`);
		// The server's own CPU per message: on a loaded machine a steadier view of the same cost than the rates.
		const perMessage = cpu.map(ms => (ms * 1_000) / (ROUNDS * MESSAGES));
		figure('store.cpu_per_message.sqlite', perMessage[1]!, 'us');
		figure('store.cpu_per_message.memory_baseline', perMessage[0]!, 'us');
		figure(
			'store.cpu_per_message.ratio',
			perMessage[0]! / perMessage[1]!,
			'x (memory / sqlite: as a throughput ratio)',
		);

		// Idle customers: each joined and waiting, as a visitor with the widget open.
		const before = rssMiB(sqlite.pid);
		const idle: WebSocket[] = [];
		for (let i = 0; i < IDLE_CUSTOMERS; i++) idle.push(await customer(sqlite.url, false));
		const after = rssMiB(sqlite.pid);
		figure(
			'store.rss_per_idle_customer.sqlite',
			((after - before) * 1_024) / IDLE_CUSTOMERS,
			`KiB (${IDLE_CUSTOMERS} joined)`,
		);
		for (const socket of idle) socket.close();
	} finally {
		await Promise.all([memory.stop(), sqlite.stop()]);
		rmSync(dir, {recursive: true, force: true});
	}
	await runEndedChatsBenchmark();
}
