// E23: the customer's typing line in words, with the end of the sneak-peek text (the newest part) kept when it is too long.
import {remoteLine} from '../../remote-text.js';
import {displayWidth, graphemeWidth, splitGraphemes, truncateToWidth} from '../../text/width.js';

/** The last graphemes of `text` that fit in `width` columns, after an ellipsis when something was cut. */
export function tailToWidth(text: string, width: number, ellipsis: string): string {
	if (displayWidth(text) <= width) return text;
	const room = width - displayWidth(ellipsis);
	if (room <= 0) return '';
	const graphemes = splitGraphemes(text);
	let used = 0;
	let start = graphemes.length;
	while (start > 0 && used + graphemeWidth(graphemes[start - 1]!) <= room) used += graphemeWidth(graphemes[--start]!);
	return ellipsis + graphemes.slice(start).join('');
}

export function typingText(
	customerName: string,
	peek: string | null,
	width: number,
	ascii: boolean,
	ellipsis: string,
): string {
	const name = remoteLine(customerName, ascii);
	if (!peek) return truncateToWidth(`${name} is typing${ellipsis}`, width, {ellipsis});
	// The words matter more than the name when the line is short: "typing: …" rather than "Sarah Jo…".
	const full = `${name} is typing: `;
	const head = displayWidth(full) <= width / 2 ? full : 'typing: ';
	return head + tailToWidth(remoteLine(peek, ascii), Math.max(0, width - displayWidth(head)), ellipsis);
}
