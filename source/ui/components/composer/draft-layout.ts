// The draft as screen rows: hard-wrapped at the composer's width (so the cursor maps to one row and column), windowed around the cursor.
import {graphemeWidth, splitGraphemes} from '../../text/width.js';

export type DraftLayout = {
	/** The visible rows (at most maxRows), without the prompt. */
	rows: string[];
	cursorRow: number;
	cursorColumn: number;
	/** Rows of the whole draft, for "line 3 of 7". */
	totalRows: number;
	firstRow: number;
};

export function layoutDraft(text: string, cursor: number, width: number, maxRows: number): DraftLayout {
	const columns = Math.max(1, width);
	const rows: string[] = [];
	let row = '';
	let used = 0;
	let offset = 0;
	let cursorRow = -1;
	let cursorColumn = 0;
	const markCursor = () => {
		if (cursorRow === -1 && offset === cursor) {
			cursorRow = rows.length;
			cursorColumn = used;
		}
	};
	for (const grapheme of splitGraphemes(text)) {
		if (grapheme === '\n') {
			markCursor();
			rows.push(row);
			row = '';
			used = 0;
			offset += grapheme.length;
			continue;
		}
		const width = graphemeWidth(grapheme);
		if (used + width > columns && used > 0) {
			rows.push(row);
			row = '';
			used = 0;
		}
		markCursor();
		row += grapheme;
		used += width;
		offset += grapheme.length;
	}
	// The cursor after the last character sits at the end, or at the start of the next row when that one is full.
	if (cursorRow === -1 && used >= columns) {
		rows.push(row);
		row = '';
		used = 0;
	}
	markCursor();
	rows.push(row);
	if (cursorRow === -1) {
		cursorRow = rows.length - 1;
		cursorColumn = used;
	}
	const visible = Math.max(1, maxRows);
	const firstRow = Math.min(Math.max(0, cursorRow - visible + 1), Math.max(0, rows.length - visible));
	return {
		rows: rows.slice(firstRow, firstRow + visible),
		cursorRow: cursorRow - firstRow,
		cursorColumn,
		totalRows: rows.length,
		firstRow,
	};
}
