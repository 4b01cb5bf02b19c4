// Pure routing decisions: who may take a chat and who gets the next offer. No sockets, no timers, no store.
import type {Presence, TransferTarget} from '../protocol/index.js';

/** What routing needs to know of an agent. */
export type RoutingAgent = {
	readonly id: string;
	/** Empty: the agent takes chats of every department. */
	readonly departments: readonly string[];
	readonly presence: Presence;
	/** A live socket, or a dropped one still inside its resume window. */
	readonly available: boolean;
	/** active + on_hold + transferring chats + pending offers. */
	readonly load: number;
	readonly capacity: number;
	/** When the agent last got an offer (0 = never); spreads offers among equally loaded agents. */
	readonly lastOfferedAt: number;
};

export function servesDepartment(agent: RoutingAgent, departmentId: string | null): boolean {
	return departmentId === null || agent.departments.length === 0 || agent.departments.includes(departmentId);
}

/** Online, reachable and with a free seat. */
export function canTakeChat(agent: RoutingAgent): boolean {
	return agent.presence === 'online' && agent.available && agent.load < agent.capacity;
}

/** Orders candidates: least loaded first, then the one who waited longest for an offer, then by id (stable). */
export function compareForOffer(a: RoutingAgent, b: RoutingAgent): number {
	return a.load - b.load || a.lastOfferedAt - b.lastOfferedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The agent who should get the offer of a chat in this department, skipping those in `exclude`. */
export function chooseAgentForOffer<A extends RoutingAgent>(
	agents: Iterable<A>,
	departmentId: string | null,
	exclude: ReadonlySet<string> = new Set(),
): A | undefined {
	let best: A | undefined;
	for (const agent of agents) {
		if (exclude.has(agent.id) || !canTakeChat(agent) || !servesDepartment(agent, departmentId)) continue;
		if (!best || compareForOffer(agent, best) < 0) best = agent;
	}
	return best;
}

/**
 * After declines, whether anyone who has not declined could still take the chat some day (online and serving the
 * department, whatever their load). When nobody could, the declines are forgotten so the chat is not stuck forever.
 */
export function hasUndeclinedCandidate(
	agents: Iterable<RoutingAgent>,
	departmentId: string | null,
	declined: ReadonlySet<string>,
): boolean {
	for (const agent of agents) {
		if (declined.has(agent.id) || agent.presence !== 'online' || !agent.available) continue;
		if (servesDepartment(agent, departmentId)) return true;
	}
	return false;
}

/** Who receives a transfer: the named agent when able, or the best agent of the department; never the sender. */
export function chooseTransferTarget<A extends RoutingAgent>(
	agents: Iterable<A>,
	target: TransferTarget,
	fromAgentId: string,
): A | undefined {
	if (target.type === 'department') return chooseAgentForOffer(agents, target.id, new Set([fromAgentId]));
	for (const agent of agents) {
		if (agent.id === target.id) return agent.id !== fromAgentId && canTakeChat(agent) ? agent : undefined;
	}
	return undefined;
}

/** The figures departments.list reports for one department. */
export function departmentStaffing(
	agents: Iterable<RoutingAgent>,
	departmentId: string,
): {agents_online: number; accepting: boolean} {
	let online = 0;
	let accepting = false;
	for (const agent of agents) {
		if (agent.presence !== 'online' || !agent.available || !servesDepartment(agent, departmentId)) continue;
		online++;
		if (agent.load < agent.capacity) accepting = true;
	}
	return {agents_online: online, accepting};
}

/** Whether any agent at all could take a chat now: lets queue routing stop early when nobody has a free seat. */
export function anyoneCanTakeChat(agents: Iterable<RoutingAgent>): boolean {
	for (const agent of agents) if (canTakeChat(agent)) return true;
	return false;
}
