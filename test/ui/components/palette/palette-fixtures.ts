// Desk data for palette tests: a chat with a customer, colleagues and departments, and a canned library with a few test responses.
import {bundledResponses, type CannedResponse} from '../../../../source/canned/index.js';
import {newDeskChat, type Colleague, type DeskChat} from '../../../../source/core/index.js';
import {CAPABILITIES, type Department} from '../../../../source/protocol/index.js';
import type {KeyPress} from '../../../../source/ui/keys/key-press.js';
import {paletteView, type PaletteInput, type PaletteView} from '../../../../source/ui/components/palette/index.js';
import {agent, chat, T0} from '../../helpers/fixtures.js';

export function focusedChat(
	overrides: {locale?: string; name?: string | null; department_id?: string | null} = {},
): DeskChat {
	return newDeskChat(chat('c1', {department_id: 'technical', ...overrides}), 1, T0);
}

export function response(id: string, fields: Partial<CannedResponse> = {}): CannedResponse {
	return {
		id,
		title: id,
		shortcut: null,
		category: null,
		tags: [],
		department: null,
		text: {en: `Text of ${id}`},
		origin: {kind: 'personal', name: 'personal.yaml'},
		...fields,
	};
}

export const colleagues: ReadonlyMap<string, Colleague> = new Map<string, Colleague>([
	['kari', {id: 'kari', name: 'Kari Nordmann', presence: 'away'}],
	['alex', {id: 'alex', name: 'Alex', presence: 'online'}],
	['wang', {id: 'wang', name: '王伟', presence: 'online'}],
	['ola', {id: 'ola', name: null, presence: 'offline'}],
]);

export const departments: ReadonlyMap<string, Department> = new Map<string, Department>([
	['billing', {id: 'billing', name: 'Billing', agents_online: 2, accepting: true}],
	['technical', {id: 'technical', name: 'Technical', agents_online: 1, accepting: false}],
	['returns', {id: 'returns', name: 'Returns', agents_online: 0, accepting: false}],
]);

export function input(draft: string, overrides: Partial<PaletteInput> = {}): PaletteInput {
	return {
		draft,
		capabilities: CAPABILITIES,
		canned: bundledResponses(),
		chat: focusedChat(),
		agent,
		departments,
		colleagues,
		...overrides,
	};
}

export function view(draft: string, overrides: Partial<PaletteInput> = {}): PaletteView {
	const result = paletteView(input(draft, overrides));
	if (!result) throw new Error(`no palette for ${JSON.stringify(draft)}`);
	return result;
}

/** What the rows name, for compact expectations: "/hold", "canned:pw", "department:billing". */
export function rowNames(palette: PaletteView): string[] {
	return palette.rows.map(row =>
		row.kind === 'command'
			? `/${row.command.name}`
			: row.kind === 'canned'
				? `canned:${row.preview.response.shortcut ?? row.preview.response.id}`
				: `${row.target.type}:${row.target.id}`,
	);
}

export function key(
	name: string,
	modifiers: Partial<Pick<KeyPress, 'ctrl' | 'meta' | 'shift'>> = {},
	text = '',
): KeyPress {
	return {name, ctrl: modifiers.ctrl ?? false, meta: modifiers.meta ?? false, shift: modifiers.shift ?? false, text};
}
