// The palette as screen lines for a width and a height: a window over the rows, the canned preview, the hint.
//
// Pure, so the pane can size the conversation above the palette with the same numbers the palette draws with.
import {remoteBody} from '../../remote-text.js';
import {displayWidth, ellipsisFor, fitToWidth, padToWidth, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {createTheme} from '../../theme.js';
import {listWindow} from '../chat-list/list-window.js';
import type {CannedRow, PaletteView} from './palette-row.js';
import {selectedIndex, type PaletteState} from './palette-state.js';
import {leadWidth, rowColumns, rowLines, type RowLook} from './row-text.js';

export type PaletteLine =
	| {
			kind: 'row';
			index: number;
			/** 0 for a row's first line, then its wrapped continuation lines. */
			part: number;
			selected: boolean;
			marker: string;
			lead: string;
			detail: string;
			tone: 'muted' | 'ok';
	  }
	/** "↓ 12 more": rows cut off above or below the window. */
	| {kind: 'more'; text: string}
	| {kind: 'preview-title'; text: string}
	| {kind: 'preview'; text: string}
	| {kind: 'hint'; text: string};

/** The usage hint under the list wraps to at most this many lines. */
const MAX_HINT_LINES = 3;

/** Lines of canned text under the list: enough to recognise the wording, not so many the conversation disappears. */
export const PREVIEW_TEXT_LINES = 3;
/** Rows the list keeps before a preview may take room from it (a cut list also needs its two "more" lines). */
const MIN_LIST_ROWS = 3;
const INDENT = '  ';

function previewLines(row: CannedRow, width: number, look: RowLook): PaletteLine[] {
	const {preview, locale} = row;
	const ellipsis = ellipsisFor(look.ascii);
	const language = preview.languageFallback && locale ? `no ${locale} variant: ${preview.language}` : preview.language;
	const divider = look.symbols.divider;
	const label = truncateToWidth(`${divider}${divider} preview (${language})`, width, {ellipsis});
	const rest = width - displayWidth(label);
	const title = {
		kind: 'preview-title' as const,
		text: rest >= 2 ? `${label} ${divider.repeat(rest - 1)}` : padToWidth(label, width),
	};
	const room = Math.max(1, width - INDENT.length);
	// Blank lines between paragraphs would spend the few lines there are on nothing.
	const wrapped = wrapText(remoteBody(preview.text, look.ascii), room).filter(line => line.trim() !== '');
	const shown = wrapped.slice(0, PREVIEW_TEXT_LINES);
	if (wrapped.length > shown.length && shown.length > 0) {
		const last = shown.at(-1)!;
		shown[shown.length - 1] =
			displayWidth(last) + displayWidth(ellipsis) <= room
				? `${last}${ellipsis}`
				: truncateToWidth(last, room - displayWidth(ellipsis), {ellipsis: ''}) + ellipsis;
	}
	return [
		title,
		...shown.map(line => ({kind: 'preview' as const, text: fitToWidth(`${INDENT}${line}`, width, {ellipsis})})),
	];
}

type Window = {start: number; end: number; hiddenAbove: number; hiddenBelow: number};

/** Which rows (of these heights) fit in `room` lines, keeping the selection in view; below three lines there is no room to say what is cut. */
function rowWindow(heights: readonly number[], selected: number, room: number): Window {
	const count = heights.length;
	const total = heights.reduce((sum, rows) => sum + rows, 0);
	if (total <= room) return {start: 0, end: count, hiddenAbove: 0, hiddenBelow: 0};
	if (room < 3) return {start: selected, end: selected + 1, hiddenAbove: 0, hiddenBelow: 0};
	return listWindow(heights, selected, room);
}

/** The lines the palette shows at `width` x `maxRows`: every line exactly `width` columns, never more than `maxRows` lines. */
export function paletteLines(
	view: PaletteView,
	state: PaletteState,
	width: number,
	maxRows: number,
	look: RowLook,
): PaletteLine[] {
	const budget = Math.max(0, Math.floor(maxRows));
	const columns = Math.max(1, Math.floor(width));
	const ellipsis = ellipsisFor(look.ascii);
	const hintText = view.hint === null ? null : look.ascii ? view.hint.replaceAll(' — ', ' - ') : view.hint;
	// The usage of the command typed wraps in full (up to a few lines) rather than being cut.
	const hint: PaletteLine[] =
		hintText === null
			? []
			: wrapText(hintText, Math.max(1, columns - INDENT.length))
					.slice(0, MAX_HINT_LINES)
					.map(line => ({kind: 'hint' as const, text: fitToWidth(`${INDENT}${line}`, columns, {ellipsis})}));
	const count = view.rows.length;
	if (count === 0 || budget === 0) return hint.slice(0, budget);

	const selected = selectedIndex(state, count);
	const selectedRow = view.rows[selected]!;
	const hintRows = budget >= 2 ? Math.min(hint.length, budget - 1) : 0;
	const block = selectedRow.kind === 'canned' ? previewLines(selectedRow, columns, look) : [];
	const listNeeds = count <= MIN_LIST_ROWS ? count : MIN_LIST_ROWS + 2;
	const previewRoom = Math.min(block.length, budget - hintRows - listNeeds);
	// A title with no text under it says nothing: the preview shows with at least one line of text, or not at all.
	const preview = previewRoom >= 2 ? block.slice(0, previewRoom) : [];
	const listRoom = budget - hintRows - preview.length;

	const all = view.rows.map(row => rowColumns(row, view.mode, look));
	const lead = leadWidth(all, columns);
	// Every row in full, its description wrapped; a window over them when they are more than the room.
	const wrapped = all.map((entry, index) => rowLines(entry, index === selected, lead, columns, look));
	const window = rowWindow(
		wrapped.map(lines => lines.length),
		selected,
		listRoom,
	);
	const more = (arrow: string, hidden: number): PaletteLine[] =>
		hidden > 0 ? [{kind: 'more', text: fitToWidth(`${INDENT}${arrow} ${hidden} more`, columns)}] : [];
	const rows: PaletteLine[] = wrapped.slice(window.start, window.end).flatMap((lines, offset) => {
		const index = window.start + offset;
		return lines.map((line, part) => ({
			kind: 'row' as const,
			index,
			part,
			selected: index === selected,
			tone: all[index]!.tone,
			...line,
		}));
	});
	// Only a selected row taller than the whole room is ever cut (a sane cap); its first lines still show.
	const markers = (window.hiddenAbove > 0 ? 1 : 0) + (window.hiddenBelow > 0 ? 1 : 0);
	rows.length = Math.min(rows.length, Math.max(0, listRoom - markers));
	return [
		...more(look.ascii ? '^' : '↑', window.hiddenAbove),
		...rows,
		...more(look.ascii ? 'v' : '↓', window.hiddenBelow),
		...preview,
		...hint.slice(0, hintRows),
	];
}

/** Most lines the palette takes in the pane: at most 60% of it (the conversation stays in view) and never more than this. */
export const PALETTE_MAX_ROWS = 12;

/** The `maxRows` to give the palette in a pane whose frame holds `innerHeight` lines (descriptions wrap, so a little more than half). */
export function paletteMaxRows(innerHeight: number): number {
	return Math.max(0, Math.min(PALETTE_MAX_ROWS, Math.floor(innerHeight * 0.6)));
}

// Line counts do not depend on ASCII or colour, so sizing needs no theme.
const SIZING_LOOK = createTheme({unicode: true, color: 'none'});

/** Lines the palette takes at this size: the pane gives the conversation what is left above it. */
export function paletteRows(view: PaletteView | null, state: PaletteState, width: number, maxRows: number): number {
	return view === null ? 0 : paletteLines(view, state, width, maxRows, SIZING_LOOK).length;
}
