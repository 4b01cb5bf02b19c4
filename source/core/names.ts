// How the desk names customers, colleagues and departments when the server gave only an id, or nothing.
import type {TransferTarget} from '../protocol/index.js';
import type {DeskChat, DeskState} from './desk-state.js';

/** E3: the customer's name when known; otherwise a neutral placeholder that never guesses one. */
export function customerName(chat: DeskChat): string {
	const name = chat.chat.customer.name?.trim();
	return name ? name : `Visitor ${chat.arrival}`;
}

export function isNameKnown(chat: DeskChat): boolean {
	return Boolean(chat.chat.customer.name?.trim());
}

export function departmentName(state: DeskState, departmentId: string | null): string | null {
	if (departmentId === null) return null;
	return state.departments.get(departmentId)?.name ?? departmentId;
}

export function colleagueName(state: DeskState, agentId: string): string {
	return state.colleagues.get(agentId)?.name ?? agentId;
}

export function targetName(state: DeskState, target: TransferTarget): string {
	return target.type === 'department'
		? (departmentName(state, target.id) ?? target.id)
		: colleagueName(state, target.id);
}
