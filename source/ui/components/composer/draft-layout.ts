// The draft as screen rows: wrapped by word like the conversation, the cursor's row and column, and a window that keeps the first line.
//
// A draft taller than the composer shows its first row (where a canned response starts, E12), the rows around the
// cursor, and a marker for each run of rows it leaves out, so the agent always knows there is more.
import {displayWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';

/** One composer row on screen: a row of the draft, or a marker for rows left out above or below. */
export type DraftRow =
	/** `start`: where the row's text begins in the draft, so a span of the draft (a chosen placeholder) can be drawn apart. */
	{kind: 'text'; index: number; text: string; start: number} | {kind: 'more'; hidden: number; at: 'above' | 'below'};

export type DraftLayout = {
	/** What the composer shows, at most maxRows entries, without the prompt. */
	visible: DraftRow[];
	/** The cursor on screen: which of the visible entries, and the column in it. */
	cursorRow: number;
	cursorColumn: number;
	/** Rows of the whole draft. */
	totalRows: number;
};

type WrappedDraft = {rows: string[]; cursorRow: number; cursorColumn: number; starts: number[]};

/** Where each wrapped line starts in its paragraph: wrapText keeps a line's text contiguous, so it is found in order. */
function lineStarts(paragraph: string, lines: readonly string[]): number[] {
	const starts: number[] = [];
	let from = 0;
	for (const line of lines) {
		const at = line === '' ? from : paragraph.indexOf(line, from);
		const start = at === -1 ? from : at;
		starts.push(start);
		from = start + line.length;
	}
	return starts;
}

/** Every row of the draft wrapped to `columns`, and where the cursor falls (never in the last column's right edge). */
export function wrapDraft(text: string, cursor: number, columns: number): WrappedDraft {
	const width = Math.max(1, columns);
	const rows: string[] = [];
	const rowStarts: number[] = [];
	let cursorRow = -1;
	let cursorColumn = 0;
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		const lines = wrapText(paragraph, width);
		const starts = lineStarts(paragraph, lines);
		const end = offset + paragraph.length;
		if (cursorRow === -1 && cursor >= offset && cursor <= end) {
			const at = cursor - offset;
			// The last line whose start is at or before the cursor: spaces a soft break swallowed belong to the line before it.
			let line = 0;
			while (line + 1 < lines.length && starts[line + 1]! <= at) line++;
			const column = displayWidth(paragraph.slice(starts[line]!, at));
			if (column < width) {
				cursorRow = rows.length + line;
				cursorColumn = column;
			} else if (line + 1 < lines.length) {
				cursorRow = rows.length + line + 1;
				cursorColumn = 0;
			} else {
				// After a full last line the cursor opens a row of its own, where the next character will go.
				rows.push(...lines, '');
				rowStarts.push(...starts.map(start => offset + start), end);
				cursorRow = rows.length - 1;
				cursorColumn = 0;
				offset = end + 1;
				continue;
			}
		}
		rows.push(...lines);
		rowStarts.push(...starts.map(start => offset + start));
		offset = end + 1;
	}
	if (cursorRow === -1) {
		cursorRow = rows.length - 1;
		cursorColumn = Math.min(width - 1, displayWidth(rows.at(-1) ?? ''));
	}
	return {rows, cursorRow, cursorColumn, starts: rowStarts};
}

/** The first window start that shows the cursor's row with the markers it needs, in `slots` rows after the first. */
function windowAround(total: number, cursorRow: number, slots: number): {start: number; end: number} {
	const fits = (start: number) => {
		let room = slots - (start > 1 ? 1 : 0);
		let end = Math.min(total, start + room);
		if (end < total) {
			room -= 1;
			end = Math.min(total, start + room);
		}
		return {start, end};
	};
	if (cursorRow === 0) return fits(1);
	for (let start = Math.max(1, cursorRow - slots + 1); start <= cursorRow; start++) {
		const window = fits(start);
		if (cursorRow < window.end) return window;
	}
	return {start: cursorRow, end: cursorRow + 1};
}

export function layoutDraft(text: string, cursor: number, width: number, maxRows: number): DraftLayout {
	const {rows, cursorRow, cursorColumn, starts} = wrapDraft(text, cursor, width);
	const slots = Math.max(1, Math.floor(maxRows));
	const row = (index: number): DraftRow => ({kind: 'text', index, text: rows[index]!, start: starts[index]!});
	if (rows.length <= slots)
		return {visible: rows.map((_, index) => row(index)), cursorRow, cursorColumn, totalRows: rows.length};
	if (slots === 1) return {visible: [row(cursorRow)], cursorRow: 0, cursorColumn, totalRows: rows.length};
	if (slots === 2) {
		const second = Math.max(1, cursorRow);
		return {visible: [row(0), row(second)], cursorRow: cursorRow === 0 ? 0 : 1, cursorColumn, totalRows: rows.length};
	}
	const {start, end} = windowAround(rows.length, cursorRow, slots - 1);
	const visible: DraftRow[] = [row(0)];
	if (start > 1) visible.push({kind: 'more', hidden: start - 1, at: 'above'});
	const windowTop = visible.length;
	for (let index = start; index < end; index++) visible.push(row(index));
	if (end < rows.length) visible.push({kind: 'more', hidden: rows.length - end, at: 'below'});
	return {
		visible,
		cursorRow: cursorRow === 0 ? 0 : windowTop + cursorRow - start,
		cursorColumn,
		totalRows: rows.length,
	};
}

/** Rows a draft takes before the window: what the pane sizes the composer by. */
export function draftRowCount(text: string, cursor: number, width: number): number {
	return wrapDraft(text, cursor, width).rows.length;
}
