// The team as the tables have it, for every process alike: each agent's presence, whether a session of theirs lives
// (on any process), and their load (seated chats and pending offers).
import type {Agent, Presence} from '../../protocol/index.js';
import type {AgentState} from '../agent-state.js';
import type {RoutingAgent} from '../routing.js';
import type {ClusterCentre} from './centre.js';

export type AgentStatus = {presence: Presence; available: boolean; load: number};

const OFFLINE: AgentStatus = {presence: 'offline', available: false, load: 0};

export async function team(centre: ClusterCentre): Promise<Map<string, AgentStatus>> {
	const ids = [...centre.agents.keys()];
	const {rows} = await centre.db().query<{id: string; presence: Presence | null; available: boolean; load: number}>(
		`SELECT a.id, s.presence, s.session_id IS NOT NULL AS available,
			(SELECT count(*) FROM chats c WHERE c.agent_id = a.id AND c.status IN ('active', 'on_hold', 'transferring'))
			+ (SELECT count(*) FROM offers o WHERE o.agent_id = a.id) AS load
		 FROM unnest($1::text[]) AS a(id) LEFT JOIN agent_streams s ON s.agent_id = a.id`,
		[ids],
	);
	return new Map(
		rows.map(row => [
			row.id,
			{
				presence: row.available ? (row.presence ?? 'offline') : 'offline',
				available: row.available === true,
				load: Number(row.load),
			},
		]),
	);
}

export async function agentStatus(centre: ClusterCentre, agentId: string): Promise<AgentStatus> {
	return (await team(centre)).get(agentId) ?? OFFLINE;
}

export function clusterAgentView(agent: AgentState, status: AgentStatus = OFFLINE): Agent {
	return {
		id: agent.id,
		name: agent.name,
		company: agent.profile.company,
		departments: [...agent.departments],
		presence: status.presence,
		capacity: agent.capacity,
		load: status.load,
	};
}

/** Routing agents for the pure staffing figures (departments.list, info). */
export async function routingAgents(centre: ClusterCentre): Promise<RoutingAgent[]> {
	const statuses = await team(centre);
	return [...centre.agents.values()].map(agent => ({
		id: agent.id,
		departments: agent.departments,
		capacity: agent.capacity,
		lastOfferedAt: 0,
		...(statuses.get(agent.id) ?? OFFLINE),
	}));
}
