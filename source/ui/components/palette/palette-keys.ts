// What a key does while the palette is shown: a pure decision the desk carries out; null leaves the key to the composer.
import type {MarkedValue} from '../../../canned/index.js';
import type {KeyPress} from '../../keys/key-press.js';
import {cannedInsert} from './canned-insert.js';
import type {CannedRow, CommandRow, PaletteRow, PaletteView, TargetRow} from './palette-row.js';
import {selectedIndex, type PaletteState} from './palette-state.js';

export type PaletteDecision =
	/** Move the selection; the desk dispatches {type: 'move', by, count: view.rows.length}. */
	| {type: 'move'; by: number}
	/** Completion: the draft becomes `text` (cursor at its end); the palette follows the new draft. */
	| {type: 'replace-draft'; text: string}
	/** E12: the response replaces the draft, to be edited and sent by the agent; never sent from here. */
	| {type: 'insert'; text: string; marks: readonly MarkedValue[]}
	/** Run the command line as if Enter had sent it (runCommandLine), then clear the draft. */
	| {type: 'run'; line: string}
	/** Esc: hide the palette for this draft. */
	| {type: 'dismiss'};

/** PgUp/PgDn move by this many rows unless the desk passes the rows it shows. */
export const PALETTE_PAGE = 5;

const plain = (key: KeyPress) => !key.ctrl && !key.meta && !key.shift;
const ctrlOnly = (key: KeyPress) => key.ctrl && !key.meta;

/** An id as /transfer reads it back: quoted when it has blanks or starts with a quote (parseArgs groups on those). */
export function quoteTargetId(id: string): string {
	if (!/\s/u.test(id) && !/^["']/u.test(id)) return id;
	const quote = id.includes('"') ? "'" : '"';
	return `${quote}${id}${quote}`;
}

function insert(row: CannedRow): PaletteDecision {
	return {type: 'insert', ...cannedInsert(row.preview)};
}

function completeCommand(row: CommandRow): PaletteDecision {
	return {type: 'replace-draft', text: `/${row.command.name} `};
}

function completeTarget(row: TargetRow): PaletteDecision {
	// The id, not the name: ids are unique and always found, while a name may be shared or need quoting.
	return {type: 'replace-draft', text: `/transfer ${quoteTargetId(row.target.id)} `};
}

/** "/hold" or "/c" typed out in full (an alias counts): Enter means "run it", not "complete it". */
function typedInFull(draft: string, row: CommandRow): boolean {
	const typed = draft.trim().replace(/^\//u, '').toLowerCase();
	return typed === row.command.name || row.command.aliases.includes(typed);
}

function tab(row: PaletteRow | undefined): PaletteDecision | null {
	if (!row) return null;
	if (row.kind === 'command') return completeCommand(row);
	if (row.kind === 'canned') return insert(row);
	return completeTarget(row);
}

function enter(view: PaletteView, row: PaletteRow | undefined, draft: string): PaletteDecision {
	// Nothing to pick (usage, or nothing matched): the line runs and the command itself says what is wrong or does it.
	if (view.mode === 'usage' || !row) return {type: 'run', line: draft};
	if (row.kind === 'canned') return insert(row);
	if (row.kind === 'target') return completeTarget(row);
	// The full name, not what was typed: "/un" with /unhold selected runs /unhold.
	if (row.command.usage === '' || typedInFull(draft, row)) return {type: 'run', line: `/${row.command.name}`};
	return completeCommand(row);
}

/**
 * The palette's answer to `key` for `view` (shown for `draft`), or null when the key is not the palette's: it
 * then goes through the keymap and types into the composer as usual. Keys that only make sense with rows (moving,
 * Tab) are left alone when there are none, so a usage line never takes Up (history) or PgUp (scrolling) away.
 */
export function paletteDecision(
	key: KeyPress,
	view: PaletteView,
	state: PaletteState,
	draft: string,
	page = PALETTE_PAGE,
): PaletteDecision | null {
	const count = view.rows.length;
	const row = count > 0 ? view.rows[selectedIndex(state, count)] : undefined;
	const step = Math.max(1, page);
	if (key.name === 'escape' && plain(key)) return {type: 'dismiss'};
	if (key.name === 'enter' && plain(key)) return enter(view, row, draft);
	if (count === 0) return null;
	if (key.name === 'tab' && plain(key)) return tab(row);
	if ((key.name === 'up' && plain(key)) || (key.name === 'p' && ctrlOnly(key))) return {type: 'move', by: -1};
	if ((key.name === 'down' && plain(key)) || (key.name === 'n' && ctrlOnly(key))) return {type: 'move', by: 1};
	if (key.name === 'pageup' && plain(key)) return {type: 'move', by: -step};
	if (key.name === 'pagedown' && plain(key)) return {type: 'move', by: step};
	return null;
}
