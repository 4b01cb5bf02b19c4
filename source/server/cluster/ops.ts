// The agent and customer ops whose answer depends on what other processes hold (offers, presence, loads): read from
// the tables here; every other op is the single-process handler, run inside a unit of work.
import type {CustomerOpResult} from '../../protocol/index.js';
import {ownChat, type AgentContext, type AgentOpHandlers} from '../agent-context.js';
import {chatReadingOps} from '../agent-chat-ops.js';
import {refuse} from '../requests.js';
import {customerInfoOf} from '../customer-info.js';
import {departmentStaffing} from '../routing.js';
import type {ChatRecord} from '../store/contract.js';
import type {ClusterCentre} from './centre.js';
import {agentStatus, clusterAgentView, routingAgents, team} from './team.js';
import {requireUnit} from './unit.js';

type ClusterOps = Pick<
	AgentOpHandlers,
	'agents.list' | 'departments.list' | 'presence.set' | 'chat.history' | 'customer.chats' | 'read.mark'
>;

const SEATED = `('active', 'on_hold', 'transferring')`;

function clusterOf(context: AgentContext): ClusterCentre {
	return context.centre as unknown as ClusterCentre;
}

/** A chat this agent may read: their own, or one offered to them now (on any process). */
async function visibleChat(context: AgentContext, chatId: string): Promise<Readonly<ChatRecord>> {
	const centre = clusterOf(context);
	const chat = await centre.getChat(chatId);
	if ((await centre.router.offeredTo(chatId)) === context.agent.id) return chat;
	return ownChat(context, chatId);
}

/** One it may see, or another chat of a customer whose chat it has or is offered (E8: earlier chats). */
async function readableChat(context: AgentContext, chatId: string): Promise<Readonly<ChatRecord>> {
	const centre = clusterOf(context);
	const {agent} = context;
	const chat = await centre.getChat(chatId);
	if (chat.agent_id === agent.id && chat.status !== 'queued' && chat.status !== 'offered') return chat;
	if ((await centre.router.offeredTo(chatId)) === agent.id) return chat;
	if (!centre.settings.capabilities.has('earlier_chats')) return refuse('forbidden', `chat ${chatId} is not yours`);
	const {rowCount} = await centre.db().query(
		`SELECT 1 FROM chats c WHERE c.customer_id = $2 AND c.id <> $3 AND (
			(c.agent_id = $1 AND c.status IN ${SEATED})
			OR EXISTS (SELECT 1 FROM offers o WHERE o.chat_id = c.id AND o.agent_id = $1))`,
		[agent.id, chat.customer_id, chatId],
	);
	return rowCount ? chat : refuse('forbidden', `chat ${chatId} is not yours`);
}

export const clusterAgentOps: ClusterOps = {
	'agents.list': async context => {
		const centre = clusterOf(context);
		const statuses = await team(centre);
		return {
			agents: [...centre.agents.values()].map(agent => clusterAgentView(agent, statuses.get(agent.id))),
		};
	},

	'departments.list': async context => {
		const centre = clusterOf(context);
		const agents = await routingAgents(centre);
		return {
			departments: [...centre.departments.values()].map(department => ({
				id: department.id,
				name: department.name,
				...(department.names ? {names: {...department.names}} : {}),
				...departmentStaffing(agents, department.id),
			})),
		};
	},

	'presence.set': async (context, {presence}) => {
		const centre = clusterOf(context);
		const {agent, after} = context;
		const {client} = requireUnit();
		const {rows} = await client.query<{presence: string}>(
			'SELECT presence FROM agent_streams WHERE agent_id = $1 FOR UPDATE',
			[agent.id],
		);
		if (rows[0] && rows[0].presence !== presence) {
			await client.query('UPDATE agent_streams SET presence = $2 WHERE agent_id = $1', [agent.id, presence]);
			after(async () => {
				centre.announcePresence(agent.id, presence);
				if (presence === 'online') await centre.unit(() => centre.router.routeQueue());
			});
		}
		return {agent: clusterAgentView(agent, await agentStatus(centre, agent.id))};
	},

	...chatReadingOps(readableChat, visibleChat),
};

/** The customer op `info`, with staffing as the tables have it. */
export async function clusterCustomerInfo(centre: ClusterCentre): Promise<CustomerOpResult<'info'>> {
	return customerInfoOf(await routingAgents(centre), centre.departments.values());
}
