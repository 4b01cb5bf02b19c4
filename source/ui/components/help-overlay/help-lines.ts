// The help, generated from the keymap: one line per action (Alt+1..9 as one), grouped, with the agent's own bindings; laid out in columns and pages so no description is cut.
import type {CommandHelpLine} from '../../../commands/index.js';
import {HELP_GROUP_TITLES, type HelpGroup} from '../../keymap.js';
import {formatKeySpec} from '../../keys/key-spec.js';
import type {ResolvedKeymap} from '../../keys/resolve-keymap.js';
import {splitRuleCodes} from '../../text/rule-codes.js';
import {displayWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';

export type HelpLine = {kind: 'group'; title: string} | {kind: 'binding'; keys: string; description: string};

/**
 * `commands`: the slash commands the server supports (commandHelp), listed after the keys so /help and F1 show
 * one page of everything.
 */
export function helpLines(
	keymap: ResolvedKeymap,
	{ascii = false, commands = []}: {ascii?: boolean; commands?: ReadonlyArray<CommandHelpLine>} = {},
): HelpLine[] {
	const lines: HelpLine[] = [];
	const groups = new Map<HelpGroup, HelpLine[]>();
	const collapsed = new Map<string, {keys: string[]; line: HelpLine & {kind: 'binding'}}>();
	for (const binding of keymap) {
		const keys = binding.specs.map(spec => formatKeySpec(spec, {ascii}));
		let group = groups.get(binding.group);
		if (!group) {
			group = [];
			groups.set(binding.group, group);
		}
		if (binding.collapse) {
			const existing = collapsed.get(binding.collapse);
			if (existing) {
				existing.keys.push(...keys);
				continue;
			}
			const line = {kind: 'binding' as const, keys: '', description: binding.description};
			collapsed.set(binding.collapse, {keys: [...keys], line});
			group.push(line);
			continue;
		}
		group.push({
			kind: 'binding',
			keys: keys.length === 0 ? '(unbound)' : keys.join(', '),
			description: binding.description,
		});
	}
	for (const {keys, line} of collapsed.values()) {
		line.keys =
			keys.length === 0
				? '(unbound)'
				: keys.length > 2
					? `${keys[0]}${ascii ? '..' : '…'}${keys.at(-1)}`
					: keys.join(', ');
	}
	// Groups in their fixed order, whatever order the table needs its rows in to match keys (Tab: placeholder, then pane).
	for (const group of Object.keys(HELP_GROUP_TITLES) as HelpGroup[]) {
		const entries = groups.get(group);
		if (entries) lines.push({kind: 'group', title: HELP_GROUP_TITLES[group]}, ...entries);
	}
	lines.push(
		{kind: 'group', title: 'Palette and guard'},
		...PALETTE_AND_GUARD.map(([keys, description]) => ({kind: 'binding' as const, keys, description})),
	);
	if (commands.length > 0) {
		lines.push(
			{kind: 'group', title: 'Commands (// sends a message starting with /)'},
			...commands.map(({command, usage, description}) => ({
				kind: 'binding' as const,
				keys: command,
				description: usage ? `${usage}: ${description}` : description,
			})),
		);
	}
	return lines;
}

/**
 * Keys with a meaning of their own while the palette (a draft starting with "/") or the guard's findings show;
 * fixed, like the help's paging keys, so they are listed here rather than in the keymap.
 */
export const PALETTE_AND_GUARD: ReadonlyArray<readonly [string, string]> = [
	['Up, Down', 'palette: choose a command, response or target'],
	['Tab', 'palette: complete; guard: apply the rewrite'],
	['Enter', 'palette: run or insert; guard: send as it is'],
	['Esc', 'palette: close; guard: back to editing'],
	['/help', 'every command with its arguments'],
	// The codes the guard, the notices and the report card name (E6, E12, ...) are explained in the user docs.
	['E1-E29', 'etiquette rule codes, explained in docs/etiquette.md'],
];

/** The help split into columns that fit `rows`, groups kept whole where possible. */
export function helpColumns(lines: readonly HelpLine[], rows: number): HelpLine[][] {
	const height = Math.max(1, rows);
	const count = Math.max(1, Math.ceil(lines.length / height));
	const target = Math.ceil(lines.length / count);
	const columns: HelpLine[][] = [[]];
	for (const line of lines) {
		let column = columns.at(-1)!;
		// A group title does not start at a column's last row; a column is full at the target (or the height).
		const full =
			column.length >= height ||
			(column.length >= target && columns.length < count) ||
			(line.kind === 'group' && column.length >= height - 1);
		if (full && column.length > 0) {
			column = [];
			columns.push(column);
		}
		column.push(line);
	}
	return columns;
}

/**
 * One screen row of a help column: a group title, or a binding (or a wrapped continuation of one, keys ''). `codes`:
 * the E-codes the description names (" (E8)"), after it on its last row, drawn dimmed so the sentence reads first.
 */
export type HelpRow =
	| {kind: 'group'; title: string}
	| {kind: 'binding'; keys: string; description: string; codes: string; continued: boolean};

export type HelpLayout = {
	/** Columns on each page, each column's width, and the width of the keys within a column. */
	columnCount: number;
	columnWidth: number;
	keyWidth: number;
	/** Pages of columns of rows; one page when everything fits on the screen. */
	pages: HelpRow[][][];
};

const maxWidth = (texts: readonly string[]): number =>
	texts.reduce((widest, text) => Math.max(widest, displayWidth(text)), 0);

/** The key column: the widest keys and a gap, but at most 40% of the column (longer keys wrap). */
function keyColumnWidth(lines: readonly HelpLine[], columnWidth: number): number {
	const keys = maxWidth(lines.flatMap(line => (line.kind === 'binding' ? [line.keys] : [])));
	return Math.max(2, Math.min(keys + 2, Math.floor(columnWidth * 0.4)));
}

/** Whether every line shows whole, on one row, in columns of this width. */
function fitsUncut(lines: readonly HelpLine[], columnWidth: number): boolean {
	const keyWidth = keyColumnWidth(lines, columnWidth);
	return lines.every(line =>
		line.kind === 'group'
			? displayWidth(line.title) <= columnWidth
			: displayWidth(line.keys) < keyWidth && displayWidth(line.description) <= columnWidth - keyWidth,
	);
}

function rowsOf(line: HelpLine, columnWidth: number, keyWidth: number): HelpRow[] {
	if (line.kind === 'group') return wrapText(line.title, columnWidth).map(title => ({kind: 'group', title}));
	const keys = wrapText(line.keys, Math.max(1, keyWidth - 1));
	const {sentence, codes} = splitRuleCodes(line.description);
	const description = wrapText(codes === '' ? sentence : `${sentence} ${codes}`, Math.max(1, columnWidth - keyWidth));
	// The codes end the last row (wrapText keeps "(E12)" whole); they are split off there to be drawn dimmed.
	const last = description.length - 1;
	const codesAtEnd = codes !== '' && description[last]!.endsWith(codes);
	if (codesAtEnd) description[last] = description[last]!.slice(0, -codes.length).trimEnd();
	const lastCodes = !codesAtEnd ? '' : description[last] === '' ? codes : ` ${codes}`;
	return Array.from({length: Math.max(keys.length, description.length)}, (_, index) => ({
		kind: 'binding' as const,
		keys: keys[index] ?? '',
		description: description[index] ?? '',
		codes: index === last ? lastCodes : '',
		continued: index > 0,
	}));
}

/**
 * The help laid out for a `width` x `rows` area. Every description is shown in full: when the columns that would
 * fit the height are too narrow for that, there are fewer columns (one on an 80x24 terminal) and several pages,
 * and a description wider than its column wraps onto a continuation row instead of being cut.
 */
export function helpLayout(lines: readonly HelpLine[], width: number, rows: number): HelpLayout {
	const height = Math.max(1, rows);
	const inner = Math.max(1, width);
	const onePage = helpColumns(lines, height);
	const onePageWidth = Math.floor(inner / onePage.length);
	if (fitsUncut(lines, onePageWidth)) {
		const keyWidth = keyColumnWidth(lines, onePageWidth);
		return {
			columnCount: onePage.length,
			columnWidth: onePageWidth,
			keyWidth,
			pages: [onePage.map(column => column.flatMap(line => rowsOf(line, onePageWidth, keyWidth)))],
		};
	}
	let columnCount = Math.max(1, onePage.length - 1);
	while (columnCount > 1 && !fitsUncut(lines, Math.floor(inner / columnCount))) columnCount--;
	const columnWidth = Math.floor(inner / columnCount);
	const keyWidth = keyColumnWidth(lines, columnWidth);
	// Fill columns to the height: a binding's rows stay together (unless taller than a column), a title stays with what follows.
	const columns: HelpRow[][] = [[]];
	for (const line of lines) {
		const rowsOfLine = rowsOf(line, columnWidth, keyWidth);
		let column = columns.at(-1)!;
		const room = height - column.length;
		const full =
			line.kind === 'group'
				? room < Math.min(height, rowsOfLine.length + 1)
				: room < rowsOfLine.length && rowsOfLine.length <= height;
		if (full && column.length > 0) {
			column = [];
			columns.push(column);
		}
		for (const row of rowsOfLine) {
			if (column.length >= height) {
				column = [];
				columns.push(column);
			}
			column.push(row);
		}
	}
	const pages: HelpRow[][][] = [];
	for (let start = 0; start < columns.length; start += columnCount)
		pages.push(columns.slice(start, start + columnCount));
	return {columnCount, columnWidth, keyWidth, pages};
}
