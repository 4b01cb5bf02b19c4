// Several real `serve` processes (the built CLI, dist/cli.js) on one PostgreSQL, each on its own loopback port, each
// stopped, killed (SIGKILL: kill -9) and started again by its own pid; and a TCP front that hands each new connection
// to the next live process in turn, as a team's load balancer would. Clients of one URL (the desk's AgentClient, the
// widget's CustomerClient) fail over through the front: a dead process drops their sockets, they reconnect, and the
// front takes them to one that lives.
import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import {freePort} from './pg-cluster.js';
import {cliPath, nodePath} from './run-cli.js';
import {waitFor} from './wait-for.js';

export type ServeProcess = {
	/** Its place in the cluster, from 0. */
	index: number;
	/** Fixed for its life, across restarts: a client given this URL finds it again once it is back. */
	port: number;
	/** ws://127.0.0.1:PORT */
	url: string;
	/** The running process's pid, or null while it is down. */
	pid(): number | null;
	running(): boolean;
	/** What the current run wrote (stdout and stderr), for a failing test to show. */
	output(): string;
	/** SIGTERM, the graceful stop: resolves with the exit code. */
	stop(): Promise<number | null>;
	/** SIGKILL (kill -9): nothing is told goodbye; resolves once the process is gone. */
	kill(): Promise<void>;
	/** Starts it again on its port, with its arguments, and waits for it to listen. */
	start(): Promise<void>;
};

export type ServeFront = {
	port: number;
	/** ws://127.0.0.1:PORT: the one address clients are given. */
	url: string;
	/** Connections handed to each process so far, by index. */
	handedTo(): number[];
	close(): Promise<void>;
};

export type ServeCluster = {
	processes: ServeProcess[];
	front: ServeFront;
	/** Every process still running gets SIGTERM, the front closes; call it from afterEach/afterAll. */
	stop(): Promise<void>;
};

export type ServeClusterOptions = {
	/** postgres://... of the one database every process serves from (pg-cluster.ts's createSchema gives one). */
	database: string;
	count: number;
	/** More `serve` arguments for every process (--accounts, --heartbeat-ms, ...). */
	args?: string[];
	env?: Record<string, string>;
	/** How long a process may take to listen (loaded machines start Node slowly). */
	startTimeoutMs?: number;
};

function serveProcess(index: number, port: number, argv: string[], options: ServeClusterOptions): ServeProcess {
	let child: ChildProcess | null = null;
	let exited: Promise<number | null> = Promise.resolve(null);
	let output = '';
	const running = () => child !== null && child.exitCode === null && child.signalCode === null;
	const ended = async (signal: NodeJS.Signals) => {
		if (!running()) return exited;
		child!.kill(signal);
		return exited;
	};
	const url = `ws://127.0.0.1:${port}`;
	return {
		index,
		port,
		url,
		pid: () => (running() ? child!.pid! : null),
		running,
		output: () => output,
		stop: () => ended('SIGTERM'),
		kill: async () => void (await ended('SIGKILL')),
		async start() {
			if (running()) throw new Error(`serve process ${index} is already running (pid ${child!.pid})`);
			output = '';
			const started = spawn(nodePath, [cliPath, 'serve', ...argv], {
				env: {...process.env, SWITCHBOARD_DATABASE: '', ...options.env},
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			child = started;
			exited = new Promise(resolve => started.once('exit', code => resolve(code)));
			started.stdout!.on('data', chunk => (output += chunk));
			started.stderr!.on('data', chunk => (output += chunk));
			await waitFor(
				() => {
					if (started.exitCode !== null)
						throw new Error(`serve process ${index} exited (${started.exitCode}):\n${output}`);
					return output.includes(`listening on ${url}`);
				},
				{timeout: options.startTimeoutMs ?? 30_000, message: `serve process ${index} to listen on ${url}`},
			);
		},
	};
}

/** Round robin over the live processes; a process that refuses (just killed) is skipped for the next one. */
async function startFront(processes: ServeProcess[]): Promise<ServeFront & {sockets: Set<net.Socket>}> {
	const handed = processes.map(() => 0);
	const sockets = new Set<net.Socket>();
	let next = 0;
	const connectUpstream = (client: net.Socket, tried: number) => {
		if (tried >= processes.length || client.destroyed) {
			client.destroy();
			return;
		}
		const target = processes[next++ % processes.length]!;
		if (!target.running()) {
			connectUpstream(client, tried + 1);
			return;
		}
		const upstream = net.connect(target.port, '127.0.0.1');
		sockets.add(upstream);
		let linked = false;
		upstream.once('connect', () => {
			linked = true;
			handed[target.index]!++;
			client.pipe(upstream);
			upstream.pipe(client);
			client.resume();
		});
		upstream.on('error', () => {
			sockets.delete(upstream);
			upstream.destroy();
			if (linked) client.destroy();
			else connectUpstream(client, tried + 1);
		});
		// The process died or closed the socket: the client sees its link drop, as behind a real balancer.
		upstream.on('close', () => {
			sockets.delete(upstream);
			if (linked) client.destroy();
		});
		client.on('close', () => upstream.destroy());
	};
	const server = net.createServer({pauseOnConnect: true}, client => {
		sockets.add(client);
		client.on('error', () => client.destroy());
		client.on('close', () => sockets.delete(client));
		connectUpstream(client, 0);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	return {
		port,
		url: `ws://127.0.0.1:${port}`,
		handedTo: () => [...handed],
		sockets,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}

/** Starts `count` processes one after another (each runs the migrations it finds needed), then the front. */
export async function startServeCluster(options: ServeClusterOptions): Promise<ServeCluster> {
	const processes: ServeProcess[] = [];
	let front: ServeFront | null = null;
	const stop = async () => {
		await front?.close();
		await Promise.all(processes.map(member => member.stop()));
	};
	try {
		for (let index = 0; index < options.count; index++) {
			const port = await freePort();
			const argv = ['--database', options.database, '--port', String(port), ...(options.args ?? [])];
			const started = serveProcess(index, port, argv, options);
			processes.push(started);
			await started.start();
		}
		front = await startFront(processes);
	} catch (error) {
		await stop();
		throw error;
	}
	return {processes, front, stop};
}
