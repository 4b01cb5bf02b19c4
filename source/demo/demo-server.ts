// The reference server for `switchboard demo`: in-process on a free loopback port, with the scenario's agent, colleagues and departments.
import {randomBytes} from 'node:crypto';
import {SIMULATED_VISITORS, startServer, type AgentAccount} from '../server/server.js';
import type {Scenario} from './scenario/scenario.js';

export type DemoServer = {
	/** The loopback port: the web widget's shop page is http://127.0.0.1:PORT/ (demo --web). */
	port: number;
	/** ws://127.0.0.1:PORT/agent, for the desk and the simulated colleagues. */
	agentUrl: string;
	/** ws://127.0.0.1:PORT/customer, for the simulated customers. */
	customerUrl: string;
	/** The desk's token: it signs in as the scenario's agent. */
	agentToken: string;
	/** Per colleague id (as in the scenario), the token the player signs that colleague in with. */
	colleagueTokens: Map<string, string>;
	close(): Promise<void>;
};

export type DemoServerOptions = {
	/** Default 0: any free port. */
	port?: number;
	/** Failures inside the server. Default: ignored, because the desk owns the terminal and nothing else may write to it. */
	onError?: (error: unknown) => void;
};

/** The desk agent's id; it only has to differ from every colleague's. */
const DESK_AGENT_ID = 'desk';
/** Colleagues only take transfers, so room for several at once is enough. */
const COLLEAGUE_CAPACITY = 8;

export async function startDemoServer(scenario: Scenario, options: DemoServerOptions = {}): Promise<DemoServer> {
	const colleagueIds = new Set(scenario.colleagues.map(colleague => colleague.id));
	let deskId = DESK_AGENT_ID;
	for (let n = 2; colleagueIds.has(deskId); n++) deskId = `${DESK_AGENT_ID}-${n}`;

	const agentToken = newToken();
	const colleagueTokens = new Map(scenario.colleagues.map(colleague => [colleague.id, newToken()]));
	const company = scenario.agent.company;
	const agents: AgentAccount[] = [
		{
			id: deskId,
			name: scenario.agent.name,
			company,
			token: agentToken,
			departments: [...scenario.agent.departments],
			capacity: scenario.agent.capacity,
		},
		...scenario.colleagues.map(colleague => ({
			id: colleague.id,
			name: colleague.name,
			// Colleagues work for the same company as the desk agent.
			company,
			token: colleagueTokens.get(colleague.id)!,
			departments: [...colleague.departments],
			capacity: COLLEAGUE_CAPACITY,
		})),
	];
	const server = await startServer({
		host: '127.0.0.1',
		port: options.port ?? 0,
		agents,
		departments: scenario.departments.map(({id, name}) => ({id, name})),
		name: 'switchboard-demo',
		// Every customer is simulated from this machine: per-address caps would stop a large scenario.
		limits: SIMULATED_VISITORS,
		onError: options.onError ?? (() => {}),
	});
	return {
		port: server.port,
		agentUrl: server.agentUrl,
		customerUrl: server.customerUrl,
		agentToken,
		colleagueTokens,
		close: () => server.close(),
	};
}

/** 32 random bytes: nobody else on the machine can guess their way onto the demo's desk. */
function newToken(): string {
	return randomBytes(32).toString('base64url');
}
