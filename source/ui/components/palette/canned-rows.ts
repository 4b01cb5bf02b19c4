// Canned responses for the palette: the chat department's wording, searched and previewed in the customer's language (E12).
// Module by module, not the canned barrel: the barrel brings the YAML reader, which the desk loads only after its first frame.
import {chatValues} from '../../../canned/chat-values.js';
import {responsesForDepartment} from '../../../canned/department.js';
import type {PlaceholderValues} from '../../../canned/placeholders.js';
import {previewCanned} from '../../../canned/preview.js';
import type {CannedResponse} from '../../../canned/response.js';
import {searchCanned, type CannedMatch} from '../../../canned/search.js';
import type {DeskChat} from '../../../core/index.js';
import type {Agent, Department} from '../../../protocol/index.js';
import type {CannedRow} from './palette-row.js';

export type CannedSource = {
	canned: readonly CannedResponse[];
	chat: DeskChat | null;
	agent: Agent | null;
	departments: ReadonlyMap<string, Department>;
};

function valuesFor({chat, agent, departments}: CannedSource): PlaceholderValues {
	if (chat) return chatValues({chat: chat.chat, agent, departments: [...departments.values()]});
	// No chat in the pane: what the agent supplies is still known, the rest stays marked.
	return {'agent.name': agent?.name ?? null, company: agent?.company ?? null};
}

export type CannedRowOptions = {
	/** At most this many (0 or absent: all). */
	limit?: number;
	/** Only matches this accepts (applied before the limit). */
	accept?: (match: CannedMatch) => boolean;
};

/** Responses matching `query` (all of them when empty), best first. */
export function cannedRows(
	source: CannedSource,
	query: string,
	{limit = 0, accept}: CannedRowOptions = {},
): CannedRow[] {
	const {chat, departments} = source;
	const departmentId = chat?.chat.department_id ?? null;
	// The same choice /canned QUERY makes, so what the palette shows is what the command would insert.
	const department =
		departmentId === null ? null : {id: departmentId, name: departments.get(departmentId)?.name ?? null};
	const locale = chat?.chat.customer.locale ?? null;
	const found = searchCanned(responsesForDepartment(source.canned, department), query, {
		locale,
		limit: accept ? 0 : limit,
	});
	const matches = accept ? found.filter(accept).slice(0, limit > 0 ? limit : undefined) : found;
	if (matches.length === 0) return [];
	const values = valuesFor(source);
	return matches.map(match => ({kind: 'canned', preview: previewCanned(match.response, {locale, values}), locale}));
}
