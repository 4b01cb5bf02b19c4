// RSS of `serve` while 30,000 chats come and go (issue 13: flat with the database; memory holds only what is live),
// with the in-memory store beside it. One chat per link, as the protocol has it, so the pace comes from many customers
// at once, each sending its join and leave together (the server answers a link's requests in order).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {WebSocket} from 'ws';
import type {ChildServer} from './child-server.js';
import {freePort, heapAfterGcMiB} from './heap-probe.js';
import {rssMiB, serve} from './store-bench.js';
import {figure} from './stats.js';

const ENDED_CHATS = 30_000;
const STEP = 5_000;
/**
 * Customers joining and leaving at once. A chat costs a handful of round trips, each a wait for the scheduler on a
 * busy machine: 64 at once keep the server busy where 16 left it mostly waiting (about 10 against 19 ms a chat).
 */
const PARALLEL = 64;

/** A customer who joins a chat and leaves it at once, then closes the link; a refusal fails the benchmark. */
function joinAndLeave(url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(`${url}/customer`, 'switchboard.customer.v1');
		socket.on('error', reject);
		socket.on('message', data => {
			const frame = JSON.parse(String(data)) as {type: string; id?: string; ok?: boolean; error?: unknown};
			if (frame.type === 'hello') {
				socket.send(JSON.stringify({type: 'req', id: 'j', op: 'join', payload: {name: 'Bench', locale: 'en'}}));
				socket.send(JSON.stringify({type: 'req', id: 'l', op: 'leave', payload: {}}));
			} else if (frame.type === 'res' && !frame.ok) {
				socket.terminate();
				reject(new Error(`${frame.id === 'j' ? 'join' : 'leave'} refused: ${JSON.stringify(frame.error)}`));
			} else if (frame.type === 'res' && frame.id === 'l') {
				socket.close();
				resolve();
			}
		});
	});
}

/** Joins and leaves STEP chats, `PARALLEL` at a time; the pace in ms a chat. */
async function comeAndGo(server: ChildServer): Promise<number> {
	const started = performance.now();
	let left = STEP;
	const worker = async () => {
		while (left > 0) {
			left -= 1;
			await joinAndLeave(server.url);
		}
	};
	await Promise.all(Array.from({length: PARALLEL}, worker));
	return (performance.now() - started) / STEP;
}

export async function runEndedChatsBenchmark(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-ended-bench-'));
	try {
		for (const [name, store] of [
			['sqlite', ['--data', join(dir, 'data')]],
			['memory_baseline', ['--memory']],
		] as const) {
			const inspector = await freePort();
			const server = await serve(dir, [...store], [`--inspect=127.0.0.1:${inspector}`]);
			try {
				const start = `start ${rssMiB(server.pid).toFixed(0)} MiB, heap ${(await heapAfterGcMiB(inspector)).toFixed(1)}`;
				// RSS follows the collector's timing; the heap after a full collection is what the server still holds.
				const marks: string[] = [];
				for (let done = STEP; done <= ENDED_CHATS; done += STEP) {
					const pace = await comeAndGo(server);
					const rss = rssMiB(server.pid);
					const heap = await heapAfterGcMiB(inspector);
					marks.push(`${done / 1_000}k: ${rss.toFixed(0)} MiB, heap ${heap.toFixed(1)}, ${pace.toFixed(1)} ms/chat`);
				}
				figure(
					`store.rss_after_ended_chats.${name}`,
					rssMiB(server.pid),
					`MiB (heap after GC in MiB; ${start}; ${marks.join('; ')})`,
				);
			} finally {
				await server.stop();
			}
		}
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
