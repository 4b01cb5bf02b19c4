// Turns stored records and agent state into the wire shapes of source/protocol (what each side is allowed to see).
import type {Agent, Chat, Customer, CustomerChatView} from '../protocol/index.js';
import type {AgentState} from './agent-state.js';
import type {ChatRecord, CustomerRecord} from './store/contract.js';

/** The chat's copy of the customer (protocol §13.2): the person's record, with what this chat knows of them. */
export function customerView(
	customer: Readonly<CustomerRecord>,
	chat: Pick<ChatRecord, 'previous_chats' | 'customer_time_zone'>,
): Customer {
	return {
		id: customer.id,
		name: customer.name,
		email: customer.email,
		locale: customer.locale,
		page: customer.page,
		previous_chats: chat.previous_chats,
		time_zone: chat.customer_time_zone,
	};
}

export function chatView(chat: Readonly<ChatRecord>, customer: Readonly<CustomerRecord>): Chat {
	return {
		id: chat.id,
		status: chat.status,
		customer: customerView(customer, chat),
		department_id: chat.department_id,
		agent_id: chat.agent_id,
		created_at: chat.created_at,
		hold: chat.hold,
		transfer: chat.transfer,
		rating: chat.rating,
	};
}

/** The customer sees the status and the agent's name, never agent ids, notes or routing. */
export function customerChatView(chat: Readonly<ChatRecord>, agentName: string | null): CustomerChatView {
	return {
		chat_id: chat.id,
		status: customerStatus(chat.status),
		agent_name: agentName,
		department_id: chat.department_id,
	};
}

/**
 * Routing stays with the server (protocol §17.3, v1.1): to the customer an offered chat is still waiting. A transfer
 * stays visible as `transferring`: the agent tells the customer about it anyway (E11), never whom it went to or why.
 */
function customerStatus(status: ChatRecord['status']): CustomerChatView['status'] {
	return status === 'offered' ? 'queued' : status;
}

export function sameCustomerChatView(a: CustomerChatView, b: CustomerChatView): boolean {
	return a.status === b.status && a.agent_name === b.agent_name && a.department_id === b.department_id;
}

export function agentView(agent: AgentState): Agent {
	return {
		id: agent.id,
		name: agent.name,
		company: agent.profile.company,
		departments: [...agent.departments],
		presence: agent.presence,
		capacity: agent.capacity,
		load: agent.load,
	};
}
