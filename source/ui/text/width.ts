// Terminal column widths of sanitised text: measuring, truncating with an ellipsis, padding.
//
// Terminals draw CJK ideographs and emoji in two columns and combining marks in none, so
// `string.length` is the wrong measure for every layout decision. string-width knows the rules; this
// module adds the grapheme-safe cutting on top (never half a wide character, never a flag or a
// family emoji split into its parts).
import stringWidth from 'string-width';

/** The single-column ellipsis; "…" is East Asian "ambiguous" width and counted narrow, as string-width does. */
export const ELLIPSIS = '…';
/** For a terminal whose locale is not UTF-8. */
export const ASCII_ELLIPSIS = '...';

export function ellipsisFor(ascii: boolean): string {
	return ascii ? ASCII_ELLIPSIS : ELLIPSIS;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `text` takes on screen. Expects sanitised text (no controls, no newlines). */
export function displayWidth(text: string): number {
	return stringWidth(text);
}

// Measuring a non-ASCII grapheme runs several Unicode regexes; a conversation reuses the same few
// hundred characters over and over, so their widths are remembered (bounded: cleared when full).
const MAX_REMEMBERED_WIDTHS = 8_192;
const rememberedWidths = new Map<string, number>();

/** Columns one grapheme cluster takes; printable ASCII skips the Unicode tables. */
export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1) {
		const code = grapheme.charCodeAt(0);
		if (code >= 0x20 && code < 0x7f) return 1;
	}
	let width = rememberedWidths.get(grapheme);
	if (width === undefined) {
		width = stringWidth(grapheme);
		if (rememberedWidths.size >= MAX_REMEMBERED_WIDTHS) rememberedWidths.clear();
		rememberedWidths.set(grapheme, width);
	}
	return width;
}

/** User-perceived characters: a flag, a family emoji or "e" plus a combining accent is one entry. */
export function splitGraphemes(text: string): string[] {
	if (PRINTABLE_ASCII.test(text)) return [...text];
	const graphemes: string[] = [];
	for (const {segment} of graphemeSegmenter.segment(text)) graphemes.push(segment);
	return graphemes;
}

export interface TruncateOptions {
	/** Shown where text was cut; ELLIPSIS by default, ASCII_ELLIPSIS in ASCII mode, '' for a hard cut. */
	readonly ellipsis?: string;
}

/**
 * `text` unchanged when it fits in `maxWidth` columns; otherwise the longest grapheme-whole prefix
 * that fits together with the ellipsis. The result never exceeds `maxWidth` columns.
 */
export function truncateToWidth(text: string, maxWidth: number, options: TruncateOptions = {}): string {
	const ellipsis = options.ellipsis ?? ELLIPSIS;
	if (maxWidth <= 0) return '';

	if (PRINTABLE_ASCII.test(text) && PRINTABLE_ASCII.test(ellipsis)) {
		if (text.length <= maxWidth) return text;
		if (ellipsis.length >= maxWidth) return ellipsis.slice(0, maxWidth);
		return text.slice(0, maxWidth - ellipsis.length).trimEnd() + ellipsis;
	}

	// No grapheme is wider than two columns per UTF-16 code unit, so short text fits unmeasured.
	if (text.length * 2 <= maxWidth) return text;
	const ellipsisWidth = displayWidth(ellipsis);
	if (ellipsisWidth > maxWidth) {
		return displayWidth(text) <= maxWidth ? text : truncateToWidth(ellipsis, maxWidth, {ellipsis: ''});
	}
	const budget = maxWidth - ellipsisWidth;

	// One pass: remember where the text would be cut for the ellipsis, and only use that cut if the
	// whole text turns out not to fit.
	let width = 0;
	let cutAt = -1;
	let offset = 0;
	for (const {segment} of graphemeSegmenter.segment(text)) {
		const next = width + graphemeWidth(segment);
		if (cutAt === -1 && next > budget) cutAt = offset;
		if (next > maxWidth) return text.slice(0, cutAt).trimEnd() + ellipsis;
		width = next;
		offset += segment.length;
	}
	return text;
}

export type Alignment = 'left' | 'right' | 'center';

/** `text` padded with spaces to exactly `width` columns; text already that wide or wider is returned as is. */
export function padToWidth(text: string, width: number, align: Alignment = 'left'): string {
	const gap = width - displayWidth(text);
	if (gap <= 0) return text;
	if (align === 'right') return ' '.repeat(gap) + text;
	if (align === 'center') {
		const left = Math.floor(gap / 2);
		return ' '.repeat(left) + text + ' '.repeat(gap - left);
	}
	return text + ' '.repeat(gap);
}

/**
 * Exactly `width` columns: truncated with the ellipsis when too wide, then padded (a wide character
 * that would straddle the edge is dropped, and the column it leaves is padded).
 */
export function fitToWidth(
	text: string,
	width: number,
	options: TruncateOptions & {readonly align?: Alignment} = {},
): string {
	return padToWidth(truncateToWidth(text, width, options), width, options.align);
}
