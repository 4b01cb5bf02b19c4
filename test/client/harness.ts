// Test wiring for the agent client: a fake server, a client with fast timers, a log of every action, and cleanup.
import {afterEach} from 'vitest';
import type {DeskAction} from '../../source/core/actions.js';
import {AgentClient, type AgentClientOptions} from '../../source/client/agent-client.js';
import {waitFor} from '../helpers/wait-for.js';
import {FakeServer, type FakeConnection} from './fake-server.js';

export type ActionOf<T extends DeskAction['type']> = Extract<DeskAction, {type: T}>;

export class ActionLog {
	readonly all: DeskAction[] = [];
	readonly record = (action: DeskAction): void => {
		this.all.push(action);
	};

	of<T extends DeskAction['type']>(type: T): Array<ActionOf<T>> {
		return this.all.filter((action): action is ActionOf<T> => action.type === type);
	}

	/** Waits until an action of this type (matching the predicate) has been emitted, and returns it. */
	async next<T extends DeskAction['type']>(
		type: T,
		predicate: (action: ActionOf<T>) => boolean = () => true,
		timeout = 5_000,
	): Promise<ActionOf<T>> {
		return waitFor(() => this.of(type).find(predicate), {timeout, message: `action ${type}`});
	}

	/** Connection states in order, e.g. ['connecting', 'connected', 'reconnecting']. */
	states(): string[] {
		return this.of('connection.changed').map(action => action.status.state);
	}
}

type Started = {server: FakeServer; client: AgentClient; log: ActionLog};

/** Registers cleanup for everything the test starts; call once per test file. */
export function useHarness() {
	const stops: Array<() => Promise<void>> = [];
	afterEach(async () => {
		for (const stop of stops.splice(0).reverse()) await stop();
	});

	async function startServer(options: Parameters<typeof FakeServer.start>[0] = {}): Promise<FakeServer> {
		const server = await FakeServer.start(options);
		stops.push(() => server.close());
		return server;
	}

	function startClient(
		server: FakeServer | string,
		options: Partial<AgentClientOptions> = {},
	): {client: AgentClient; log: ActionLog} {
		const log = new ActionLog();
		const client = new AgentClient({
			url: typeof server === 'string' ? server : server.url,
			token: 'alex-token',
			client: {name: 'switchboard-test', version: '1.0.0'},
			onAction: log.record,
			// Fast and predictable: reconnects within tens of milliseconds.
			backoff: {initialMs: 20, maxMs: 200, factor: 2, jitter: 0},
			...options,
		});
		stops.push(() => client.stop());
		client.start();
		return {client, log};
	}

	/** A fake server and a client logged in to it with a fresh, empty session. */
	async function connected(
		serverOptions: Parameters<typeof FakeServer.start>[0] = {},
		clientOptions: Partial<AgentClientOptions> = {},
	): Promise<Started & {connection: FakeConnection}> {
		const server = await startServer(serverOptions);
		const {client, log} = startClient(server, clientOptions);
		const connection = await server.nextConnection();
		await connection.login();
		await log.next('session.started');
		return {server, client, log, connection};
	}

	return {startServer, startClient, connected};
}

/**
 * Checks that something does NOT happen within a window. Only for absence (a reconnect that must never come);
 * the window is many times the delay in which it would happen if the code were wrong.
 */
export async function staysTrue(check: () => boolean, ms: number): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (!check()) return false;
		await new Promise(resolve => setTimeout(resolve, 10));
	}
	return check();
}
