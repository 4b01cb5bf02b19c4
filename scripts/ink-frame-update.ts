// Ink's incremental frame as the changed cells only: copied into Ink at install (scripts/patch-ink.ts) as its writer
// for a frame of the same size as the last one, so a keystroke costs the typed letter, not the rest of its line.
//
// Why: Ink rewrote every changed line from its first changed column to the end, borders and padding included, and
// moved the cursor from the bottom of the frame to the top and back for every frame. On the desk a keystroke cost
// ~180 bytes where the typed letter is 1, and a ticking timer a whole list row. This compares the two frames cell by
// cell (a cell is one grapheme with its colours), and writes each run of changed cells with the shortest cursor
// move from wherever the cursor already is. Plain JavaScript after type stripping, using only what Ink depends on.
import stringWidth from 'string-width';

/** SGR attributes, one slot each ('' is the default): fg, bg, bold, dim, italic, underline, blink, inverse, hidden, strike, overline. */
type Style = readonly string[];
type Cell = {ch: string; w: number; st: Style; key: string};
type Position = {row: number; col: number | undefined};

const OFF = ['39', '49', '22', '22', '23', '24', '25', '27', '28', '29', '55'];
const FLAG: Record<string, number> = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 7: 7, 8: 8, 9: 9, 53: 10};
const CLEAR: Record<string, number[]> = {22: [2, 3], 23: [4], 24: [5], 25: [6], 27: [7], 28: [8], 29: [9], 55: [10]};
const DEFAULT: Style = Object.freeze(['', '', '', '', '', '', '', '', '', '', '']);
const DEFAULT_KEY = DEFAULT.join('|');
const BLANK: Cell = {ch: ' ', w: 1, st: DEFAULT, key: DEFAULT_KEY};
/** Unchanged cells between two changed runs of a row shorter than this are rewritten rather than jumped over. */
const GAP = 6;

const sgrAt = /\x1b\[([\d;:]*)m/y;
const printable = /^[ -~]*$/;
const control = /\p{Cc}/u;
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
/** What may join characters into one grapheme: marks, format characters (ZWJ), variation selectors, Hangul jamo, and anything outside the BMP (emoji, flags, skin tones). */
const joining = /[\p{M}\p{Cf}\ufe00-\ufe0f\u1100-\u11ff\u3164\uffa0\u{10000}-\u{10ffff}]/u;
const widths = new Map<string, number>();
function widthOf(ch: string): number {
	let width = widths.get(ch);
	if (width === undefined) {
		width = stringWidth(ch);
		if (widths.size < 10_000) widths.set(ch, width);
	}
	return width;
}

/** The style after an SGR sequence's parameters; undefined for one this writer does not model (the line is then rewritten whole). */
function applySgr(style: Style, parameters: string): Style | undefined {
	const next = [...style];
	const tokens = parameters === '' ? ['0'] : parameters.split(';');
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (token.includes(':')) {
			if (token.startsWith('38:')) next[0] = token;
			else if (token.startsWith('48:')) next[1] = token;
			else if (token.startsWith('4:')) next[5] = token === '4:0' ? '' : token;
			else return undefined;
			continue;
		}
		const code = Number(token);
		if (code === 0) next.fill('');
		else if (FLAG[code] !== undefined) next[FLAG[code]] = token;
		else if (CLEAR[code]) for (const slot of CLEAR[code]) next[slot] = '';
		else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) next[0] = token;
		else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) next[1] = token;
		else if (code === 39) next[0] = '';
		else if (code === 49) next[1] = '';
		else if (code === 38 || code === 48) {
			const length = tokens[index + 1] === '5' ? 3 : tokens[index + 1] === '2' ? 5 : 0;
			if (length === 0 || index + length > tokens.length) return undefined;
			next[code === 38 ? 0 : 1] = tokens.slice(index, index + length).join(';');
			index += length - 1;
		} else return undefined;
	}
	return next;
}

/** A line of Ink's output as cells (a wide grapheme takes two: itself and an empty continuation); undefined when it holds anything but text and SGR. */
function cellsOf(line: string): Cell[] | undefined {
	const cells: Cell[] = [];
	let style = DEFAULT;
	let key = DEFAULT_KEY;
	let index = 0;
	while (index < line.length) {
		if (line.charCodeAt(index) === 0x1b) {
			sgrAt.lastIndex = index;
			const match = sgrAt.exec(line);
			const next = match ? applySgr(style, match[1]!) : undefined;
			if (!match || !next) return undefined;
			style = next;
			key = next.join('|');
			index += match[0].length;
			continue;
		}
		let end = line.indexOf('\x1b', index);
		if (end < 0) end = line.length;
		const run = line.slice(index, end);
		index = end;
		if (printable.test(run)) {
			for (const ch of run) cells.push({ch, w: 1, st: style, key});
			continue;
		}
		if (control.test(run)) return undefined;
		if (!joining.test(run)) {
			// One character, one grapheme (box drawing, accents, CJK): measured once per character.
			for (const ch of run) {
				const width = widthOf(ch);
				if (width === 0 || width > 2) return undefined;
				cells.push({ch, w: width, st: style, key});
				if (width === 2) cells.push({ch: '', w: 0, st: style, key});
			}
			continue;
		}
		for (const {segment} of segmenter.segment(run)) {
			const width = stringWidth(segment);
			if (width === 0) {
				// Joins the grapheme before it (as the terminal draws it); nothing to join at the start of a line.
				const last = cells.findLast(cell => cell.w > 0);
				if (!last) return undefined;
				last.ch += segment;
			} else if (width > 2) return undefined;
			else {
				cells.push({ch: segment, w: width, st: style, key});
				if (width === 2) cells.push({ch: '', w: 0, st: style, key});
			}
		}
	}
	return cells;
}

/** What a blank shows: only its background, unless an attribute that draws on a blank is set. */
const blankLook = (cell: Cell) =>
	cell.st[5] || cell.st[7] || cell.st[9] || cell.st[10] ? cell.key : `bg ${cell.st[1]}`;
const sameLook = (a: Cell, b: Cell) =>
	a.ch === b.ch && a.w === b.w && (a.key === b.key || (a.ch === ' ' && blankLook(a) === blankLook(b)));

const csi = (count: number, final: string) => `\x1b[${count === 1 ? '' : count}${final}`;

/** The shortest SGR sequence from the terminal's current style (undefined: not known) to `to`. */
function sgrTo(from: Style | undefined, to: Style): string {
	const set = to.flatMap(value => (value ? [value] : []));
	const reset = `\x1b[${['0', ...set].join(';')}m`;
	if (!from) return reset;
	const parameters: string[] = [];
	const intensityOff = (from[2] && !to[2]) || (from[3] && !to[3]);
	if (intensityOff) parameters.push('22');
	for (let slot = 0; slot < to.length; slot++) {
		const intensity = slot === 2 || slot === 3;
		if (intensity && intensityOff) {
			if (to[slot]) parameters.push(to[slot]!);
		} else if (from[slot] !== to[slot]) parameters.push(to[slot] || OFF[slot]!);
	}
	if (parameters.length === 0) return '';
	const diff = `\x1b[${parameters.join(';')}m`;
	return diff.length <= reset.length ? diff : reset;
}

/** The shortest move along a row; `from` undefined when the column is not known (after writing the last column). */
function alongRow(from: number | undefined, to: number): string {
	if (from === to) return '';
	if (to === 0) return '\r';
	const absolute = `\x1b[${to + 1}G`;
	if (from === undefined) return absolute;
	if (from - to === 1) return '\b';
	const relative = to > from ? csi(to - from, 'C') : csi(from - to, 'D');
	return relative.length < absolute.length ? relative : absolute;
}

/** The shortest relative move (the frame's place on screen is not known, so nothing absolute); `col` undefined: any column. */
function moveTo(position: Position, row: number, col: number | undefined): string {
	const rows = row - position.row;
	let move: string;
	if (col === undefined) move = rows === 0 ? '' : csi(Math.abs(rows), rows > 0 ? 'B' : 'A');
	else if (rows === 0) move = alongRow(position.col, col);
	else {
		const keepColumn = csi(Math.abs(rows), rows > 0 ? 'B' : 'A') + alongRow(position.col, col);
		const firstColumn = csi(Math.abs(rows), rows > 0 ? 'E' : 'F') + alongRow(0, col);
		move = firstColumn.length < keepColumn.length ? firstColumn : keepColumn;
	}
	position.row = row;
	if (col !== undefined) position.col = col;
	return move;
}

/** Runs of changed cells [first, last] in one row, joined where the unchanged gap between them is short. */
function changedRuns(before: Cell[], after: Cell[]): Array<[number, number]> {
	const runs: Array<[number, number]> = [];
	const length = Math.max(before.length, after.length);
	for (let col = 0; col < length; col++) {
		if (sameLook(before[col] ?? BLANK, after[col] ?? BLANK)) continue;
		const last = runs.at(-1);
		if (last && col - last[1] <= GAP) last[1] = col;
		else runs.push([col, col]);
	}
	for (const run of runs) {
		// Never start on the right half of a wide grapheme, never end on its left half.
		while (run[0] > 0 && ((after[run[0]]?.w ?? 1) === 0 || (before[run[0]]?.w ?? 1) === 0)) run[0]--;
		if (after[run[1]]?.w === 2) run[1]++;
	}
	return runs;
}

const hideCursor = '\x1b[?25l';
const showCursor = '\x1b[?25h';
const beginSynchronized = '\x1b[?2026h';
const endSynchronized = '\x1b[?2026l';

export type FrameUpdateOptions = {
	columns: number;
	/** Where the last frame left the cursor: at its cursor position when it showed one, else on its bottom row. */
	cursorWasShown: boolean;
	previousCursor: {x: number; y: number} | undefined;
	/** Where this frame wants the cursor shown, if anywhere. */
	cursor: {x: number; y: number} | undefined;
	/** Wrap a frame that moves about the screen in a synchronized update (the terminal draws it at once). */
	synchronize: boolean;
};

/**
 * The bytes that turn the screen of `previousLines` into `nextLines` (the same number of lines, the same width), the
 * cursor left where Ink's writer expects it: at `cursor`, else on the bottom row. Undefined when a line is wider than
 * the terminal (Ink's own writer handles that).
 */
export default function frameUpdate(
	previousLines: string[],
	nextLines: string[],
	{columns, cursorWasShown, previousCursor, cursor, synchronize}: FrameUpdateOptions,
): string | undefined {
	if (!Number.isFinite(columns) || columns < 1 || previousLines.length !== nextLines.length) return undefined;
	const bottom = nextLines.length - 1;
	const shownBefore = cursorWasShown && previousCursor !== undefined;
	const start: Position = shownBefore
		? {row: Math.min(previousCursor.y, bottom), col: previousCursor.x < columns ? previousCursor.x : undefined}
		: {row: bottom, col: undefined};
	const position = {...start};
	// The terminal's colours as this frame leaves them: Ink's lines end in the defaults; undefined when not known.
	let style: Style | undefined = DEFAULT;
	let styleKey: string | undefined = DEFAULT_KEY;
	let body = '';
	const rowsWritten = new Set<number>();
	for (let row = 0; row < nextLines.length; row++) {
		const before = previousLines[row]!;
		const after = nextLines[row]!;
		if (before === after) continue;
		rowsWritten.add(row);
		const was = cellsOf(before);
		const now = cellsOf(after);
		if ((was && was.length > columns) || (now && now.length > columns)) return undefined;
		if (!was || !now) {
			// Something other than text and colours (a hyperlink, say): the whole line, as Ink writes it.
			body += moveTo(position, row, 0) + sgrTo(style, DEFAULT) + '\x1b[K' + after;
			style = undefined;
			styleKey = undefined;
			position.col = undefined;
			continue;
		}
		for (const [first, last] of changedRuns(was, now)) {
			body += moveTo(position, row, first);
			const end = Math.min(last, now.length - 1);
			// Terminals disagree about the width of some graphemes (emoji above all): after one, place by column, never relative.
			let uncertain = false;
			for (let col = first; col <= end; col++) {
				const cell = now[col]!;
				if (cell.w === 0) continue;
				// A blank looks the same in any colours that draw nothing on it: no need to change them for it.
				const keep =
					cell.ch === ' ' &&
					style !== undefined &&
					blankLook({...BLANK, st: style, key: styleKey!}) === blankLook(cell);
				if (cell.key !== styleKey && !keep) {
					body += sgrTo(style, cell.st);
					style = cell.st;
					styleKey = cell.key;
				}
				body += cell.ch;
				if (cell.w === 2 || cell.ch.length > 1) uncertain = true;
			}
			if (end >= first) position.col = end + 1 < columns && !uncertain ? end + 1 : undefined;
			if (last >= now.length) {
				// The line got shorter: erase what is left of the old one, in the default colours.
				body += sgrTo(style, DEFAULT) + '\x1b[K';
				style = DEFAULT;
				styleKey = DEFAULT_KEY;
				break;
			}
		}
	}
	if (styleKey !== DEFAULT_KEY) body += sgrTo(style, DEFAULT);
	const target = cursor ? Math.min(cursor.y, bottom) : bottom;
	body += moveTo(position, target, cursor?.x);
	// Writing only on the row the cursor stands on, it stays visible (a terminal echoes the same way).
	const inPlace =
		shownBefore && cursor !== undefined && [...rowsWritten].every(row => row === start.row && row === target);
	const hide = shownBefore && !inPlace;
	const output = (hide ? hideCursor : '') + body + (cursor && !inPlace ? showCursor : '');
	return synchronize && (hide || rowsWritten.size > 1) ? beginSynchronized + output + endSynchronized : output;
}
