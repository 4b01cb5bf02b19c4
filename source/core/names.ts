// How the desk names customers, colleagues and departments when the server gave only an id, or nothing: never by the id (issue 9).
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

/** The department's name; null until the server's list has it (an id means nothing to the agent). */
export function departmentName(state: DeskState, departmentId: string | null): string | null {
	if (departmentId === null) return null;
	return state.departments.get(departmentId)?.name ?? null;
}

/** Who a transfer went to, by name; a plain description where the desk has no name for them. */
export function targetName(state: DeskState, target: TransferTarget): string {
	if (target.type === 'department') return departmentName(state, target.id) ?? 'the department you chose';
	return state.colleagues.get(target.id)?.name ?? 'the colleague you chose';
}
