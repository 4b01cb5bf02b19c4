// Column arithmetic for the printed card: display width (CJK and emoji take two columns), cutting, padding and wrapping.
import stringWidth from 'string-width';

const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

export function widthOf(text: string): number {
	return stringWidth(text);
}

/** `text` cut to `max` columns on a whole character (never half a CJK character or an emoji), ending in `ellipsis` when cut. */
export function fit(text: string, max: number, ellipsis: string): string {
	if (widthOf(text) <= max) return text;
	const room = max - widthOf(ellipsis);
	if (room <= 0) return cut(text, max);
	return cut(text, room) + ellipsis;
}

function cut(text: string, max: number): string {
	let used = 0;
	let kept = '';
	for (const {segment} of graphemes.segment(text)) {
		const width = widthOf(segment);
		if (used + width > max) break;
		used += width;
		kept += segment;
	}
	return kept;
}

function firstCharacter(text: string): string {
	for (const {segment} of graphemes.segment(text)) return segment;
	return '';
}

export function padEnd(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - widthOf(text)));
}

// A no-break space holds a number to its unit ("30 s") and a count to its total ("2 of 3") while wrapping;
// it is turned back into a plain space on the way out, so ASCII output stays ASCII.
const GLUE = '\u00a0';

/** `wrap` that never parts "30 s" or "2 of 3" across lines. */
export function wrapPhrases(text: string, width: number, first = '', rest = first): string[] {
	const glued = text.replace(/(\d) (s|min|h)\b/g, `$1${GLUE}$2`).replace(/(\d+) of (\d+)/g, `$1${GLUE}of${GLUE}$2`);
	return wrap(glued, width, first, rest).map(line => line.replaceAll(GLUE, ' '));
}

/**
 * `text` in lines of at most `width` columns: the first starts with `first`, the rest with `rest` (a hanging
 * indent). Words are kept whole unless one alone is wider than a line; then it is split by characters.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
	const lines: string[] = [];
	let line = first;
	let fresh = true;
	const room = () => width - widthOf(line);
	for (const word of text.split(' ').filter(part => part !== '')) {
		const needed = widthOf(word) + (fresh ? 0 : 1);
		if (needed <= room()) {
			line += fresh ? word : ` ${word}`;
			fresh = false;
			continue;
		}
		if (!fresh) {
			lines.push(line);
			line = rest;
			fresh = true;
		}
		// Here the line is fresh: a word still too wide is split, each piece on a line of its own.
		let remaining = word;
		while (widthOf(remaining) > room()) {
			// A line too narrow for even one character (a wide one in one column) still takes one, or nothing would move.
			const head = cut(remaining, room()) || firstCharacter(remaining);
			lines.push(line + head);
			line = rest;
			remaining = remaining.slice(head.length);
		}
		line += remaining;
		fresh = remaining === '';
	}
	if (!fresh || lines.length === 0) lines.push(line);
	return lines;
}
