// The placeholder values a chat supplies: customer and agent name, company, department, chat id.
import type {Agent, Chat, Department} from '../protocol/model.js';
import type {CannedPlaceholder} from './placeholders.js';

export type ChatValues = Record<CannedPlaceholder, string | null>;

export type ChatValuesInput = {
	chat: Pick<Chat, 'id' | 'department_id'> & {customer: Pick<Chat['customer'], 'name'>};
	agent: Pick<Agent, 'name' | 'company'> | null;
	/** From departments.list; the department's name reads better to a customer than its id. */
	departments?: ReadonlyArray<Pick<Department, 'id' | 'name'>>;
};

export function chatValues({chat, agent, departments = []}: ChatValuesInput): ChatValues {
	const department =
		chat.department_id === null ? null : (departments.find(entry => entry.id === chat.department_id)?.name ?? null);
	return {
		'customer.name': chat.customer.name,
		'agent.name': agent?.name ?? null,
		company: agent?.company ?? null,
		department,
		'chat.id': chat.id,
	};
}
