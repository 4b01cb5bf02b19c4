// Word wrapping of sanitised message text to a column width, the way a chat pane shows it.
//
// Words move whole to the next line; a word wider than the line (a URL, a long number) is cut at
// grapheme boundaries; CJK text, which has no spaces, may break between any two wide characters.
// Explicit newlines are kept, as is a paragraph's leading indentation. No line is wider than
// `width`, except a single grapheme wider than the whole line (a 2-column character at width 1).
import {graphemeWidth, splitGraphemes} from './width.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
// Emoji are wide too, but "ok👍" should stay together like a word; only East Asian text breaks anywhere.
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

interface Token {
	readonly text: string;
	readonly width: number;
	readonly space: boolean;
	/** Graphemes and their widths, for cutting a word that fits on no line; undefined for ASCII (one column each). */
	readonly graphemes: readonly string[] | undefined;
	readonly widths: readonly number[] | undefined;
}

/** Lines of `text` wrapped to `width` columns. An empty text is one empty line. */
export function wrapText(text: string, width: number): string[] {
	const columns = Math.max(1, Math.floor(width));
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) wrapParagraph(paragraph, columns, lines);
	return lines;
}

function wrapParagraph(paragraph: string, width: number, lines: string[]): void {
	// The common case, a short plain line, never reaches the segmenter.
	const ascii = PRINTABLE_ASCII.test(paragraph);
	if (ascii && paragraph.length <= width) {
		lines.push(paragraph);
		return;
	}

	let line = '';
	let lineWidth = 0;
	// Spaces seen since the last word: written only if another word follows on the same line, so a
	// soft break never leaves trailing spaces or starts the next line with them.
	let pending = '';
	let pendingWidth = 0;
	let atParagraphStart = true;

	for (const token of ascii ? asciiTokens(paragraph) : tokens(paragraph)) {
		if (token.space) {
			pending += token.text;
			pendingWidth += token.width;
			continue;
		}

		if (lineWidth + pendingWidth + token.width <= width) {
			line += pending + token.text;
			lineWidth += pendingWidth + token.width;
		} else if (atParagraphStart && lineWidth === 0 && token.width <= width) {
			// Indentation that leaves no room for the first word is dropped rather than given a line of its own.
			line = token.text;
			lineWidth = token.width;
		} else {
			if (lineWidth > 0) lines.push(line);
			line = '';
			lineWidth = 0;
			if (token.width <= width) {
				line = token.text;
				lineWidth = token.width;
			} else {
				// Too long for any line: full-width pieces, the last one stays open for what follows.
				const graphemes = token.graphemes ?? [...token.text];
				for (let index = 0; index < graphemes.length; index++) {
					const grapheme = graphemes[index]!;
					const columns = token.widths?.[index] ?? 1;
					if (lineWidth + columns > width && lineWidth > 0) {
						lines.push(line);
						line = '';
						lineWidth = 0;
					}
					line += grapheme;
					lineWidth += columns;
				}
			}
		}
		pending = '';
		pendingWidth = 0;
		atParagraphStart = false;
	}

	lines.push(line);
}

function asciiTokens(paragraph: string): Token[] {
	const tokens: Token[] = [];
	for (const match of paragraph.matchAll(/ +|[^ ]+/g)) {
		const text = match[0];
		tokens.push({
			text,
			width: text.length,
			space: text.charCodeAt(0) === 0x20,
			graphemes: undefined,
			widths: undefined,
		});
	}
	return tokens;
}

function tokens(paragraph: string): Token[] {
	const result: Token[] = [];
	let graphemes: string[] = [];
	let widths: number[] = [];
	let width = 0;
	let space = false;

	const flush = () => {
		if (graphemes.length > 0) result.push({text: graphemes.join(''), width, space, graphemes, widths});
		graphemes = [];
		widths = [];
		width = 0;
	};

	for (const grapheme of splitGraphemes(paragraph)) {
		const columns = graphemeWidth(grapheme);
		const isSpace = grapheme === ' ';
		if (columns === 2 && !isSpace && !PICTOGRAPHIC.test(grapheme)) {
			// A wide East Asian character is a word on its own: a break is allowed on either side.
			flush();
			space = false;
			result.push({text: grapheme, width: columns, space: false, graphemes: [grapheme], widths: [columns]});
			continue;
		}
		if (isSpace !== space) {
			flush();
			space = isSpace;
		}
		graphemes.push(grapheme);
		widths.push(columns);
		width += columns;
	}
	flush();
	return result;
}
