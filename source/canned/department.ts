// Per-department wording (E12): in a department's chats, its own responses win over general ones with the same shortcut.
import type {CannedResponse} from './response.js';

/** The chat's department as the desk knows it; a response's `department:` may name its id or its name. */
export type ChatDepartment = {id: string; name?: string | null} | null;

function matches(response: CannedResponse, department: NonNullable<ChatDepartment>): boolean {
	const wanted = response.department!.toLowerCase();
	return (
		wanted === department.id.toLowerCase() || (department.name != null && wanted === department.name.toLowerCase())
	);
}

/**
 * The responses to offer in a chat of `department`: general ones, plus that department's own; a
 * department response hides any general response with the same shortcut. Other departments' wording is left out.
 */
export function responsesForDepartment(
	responses: readonly CannedResponse[],
	department: ChatDepartment,
): CannedResponse[] {
	const own =
		department === null
			? []
			: responses.filter(response => response.department !== null && matches(response, department));
	const taken = new Set(own.flatMap(response => (response.shortcut === null ? [] : [response.shortcut.toLowerCase()])));
	return responses.filter(response =>
		response.department === null
			? response.shortcut === null || !taken.has(response.shortcut.toLowerCase())
			: own.includes(response),
	);
}
