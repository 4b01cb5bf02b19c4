// Agent ops about the desk as a whole: offers, transfers, presence, and the lists of agents, departments and canned texts.
import {ownChat, type AgentOpHandlers} from './agent-context.js';
import {departmentStaffing} from './routing.js';
import {agentView} from './views.js';

type DeskOps = Pick<
	AgentOpHandlers,
	| 'agents.list'
	| 'departments.list'
	| 'canned.list'
	| 'offer.accept'
	| 'offer.decline'
	| 'chat.transfer'
	| 'presence.set'
>;

export const agentDeskOps: DeskOps = {
	'agents.list': ({desk}) => ({agents: [...desk.agents.values()].map(agentView)}),

	'departments.list': ({desk}) => ({
		departments: [...desk.departments.values()].map(department => ({
			id: department.id,
			name: department.name,
			...departmentStaffing(desk.agents.values(), department.id),
		})),
	}),

	'canned.list': ({desk}) => ({canned: [...desk.settings.canned]}),

	'offer.accept': ({desk, agent}, {chat_id}) => ({chat: desk.chatView(desk.router.accept(agent, chat_id))}),

	'offer.decline': ({desk, agent}, {chat_id}) => {
		desk.router.decline(agent, chat_id);
		return {};
	},

	'chat.transfer': (context, {chat_id, target, note}) => {
		const {desk, agent, after} = context;
		const chat = ownChat(context, chat_id);
		return {chat: desk.chatView(desk.router.transfer(agent, chat, target, note, after))};
	},

	'presence.set': ({desk, agent, after}, {presence}) => {
		if (agent.presence !== presence) {
			agent.presence = presence;
			desk.broadcastPresence(agent);
			if (presence === 'online') after(() => desk.router.routeQueue());
		}
		return {agent: agentView(agent)};
	},
};
