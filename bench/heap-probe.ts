// A child process's V8 heap after a full garbage collection, through the inspector (the child runs with --inspect on a
// loopback port): what the process still holds, which RSS alone hides behind the collector's timing.
import {createServer} from 'node:net';
import {WebSocket} from 'ws';

/** A free loopback port for `--inspect=127.0.0.1:PORT`. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as {port: number};
	await new Promise(resolve => server.close(resolve));
	return port;
}

/** Collects garbage in the process behind the inspector on `port`, then says how many MiB its heap still uses. */
export async function heapAfterGcMiB(port: number): Promise<number> {
	const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
		webSocketDebuggerUrl: string;
	}>;
	const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
	await new Promise((resolve, reject) => {
		socket.once('open', resolve);
		socket.once('error', reject);
	});
	let next = 0;
	const call = (method: string) =>
		new Promise<Record<string, number>>((resolve, reject) => {
			const id = ++next;
			const onMessage = (data: unknown) => {
				const reply = JSON.parse(String(data)) as {id?: number; result?: Record<string, number>; error?: unknown};
				if (reply.id !== id) return;
				socket.off('message', onMessage);
				if (reply.error) reject(new Error(`${method}: ${JSON.stringify(reply.error)}`));
				else resolve(reply.result ?? {});
			};
			socket.on('message', onMessage);
			socket.send(JSON.stringify({id, method}));
		});
	try {
		await call('HeapProfiler.collectGarbage');
		const {usedSize} = await call('Runtime.getHeapUsage');
		return usedSize! / 1_048_576;
	} finally {
		socket.close();
	}
}
