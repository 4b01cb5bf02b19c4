// Agent ops about the contact centre as a whole: offers, transfers, presence, and the lists of agents, departments and canned texts.
import {ownChat, type AgentOpHandlers} from './agent-context.js';
import {departmentStaffing} from './routing.js';
import {agentView} from './views.js';

type CentreOps = Pick<
	AgentOpHandlers,
	| 'agents.list'
	| 'departments.list'
	| 'canned.list'
	| 'offer.accept'
	| 'offer.decline'
	| 'chat.transfer'
	| 'presence.set'
>;

export const agentCentreOps: CentreOps = {
	'agents.list': ({centre}) => ({agents: [...centre.agents.values()].map(agentView)}),

	'departments.list': ({centre}) => ({
		departments: [...centre.departments.values()].map(department => ({
			id: department.id,
			name: department.name,
			...(department.names ? {names: {...department.names}} : {}),
			...departmentStaffing(centre.agents.values(), department.id),
		})),
	}),

	'canned.list': ({centre}) => ({canned: [...centre.settings.canned]}),

	'offer.accept': async ({centre, agent}, {chat_id}) => ({
		chat: await centre.chatView(await centre.router.accept(agent, chat_id)),
	}),

	'offer.decline': async ({centre, agent}, {chat_id}) => {
		await centre.router.decline(agent, chat_id);
		return {};
	},

	'chat.transfer': async (context, {chat_id, target, note}) => {
		const {centre, agent, after} = context;
		const chat = await ownChat(context, chat_id);
		return {chat: await centre.chatView(await centre.router.transfer(agent, chat, target, note, after))};
	},

	'presence.set': ({centre, agent, after}, {presence}) => {
		if (agent.presence !== presence) {
			agent.presence = presence;
			centre.broadcastPresence(agent);
			if (presence === 'online') after(() => centre.router.routeQueue());
		}
		return {agent: agentView(agent)};
	},
};
