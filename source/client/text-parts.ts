// Splits a text that is over the server's max_text_chars into parts that each fit, cut where a reader expects a break.

/** Where a cut reads best, best first: a paragraph, a line, a sentence end, a space. */
const BREAKS: readonly RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?。！？]\s+/g, /\s+/g];

/** A cut never separates the two halves of a surrogate pair (limits count UTF-16 code units). */
function safeCut(text: string, at: number): number {
	const code = text.charCodeAt(at - 1);
	return at > 1 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

function cutPoint(text: string, limit: number): {end: number; next: number} {
	const window = text.slice(0, limit + 1);
	for (const pattern of BREAKS) {
		let best: {end: number; next: number} | null = null;
		for (const match of window.matchAll(pattern)) {
			const end = match.index + (pattern === BREAKS[2] ? 1 : 0);
			// A cut in the first third would leave a stub of a part; a coarser break further on reads better.
			if (end <= limit && end > limit / 3) best = {end, next: match.index + match[0].length};
		}
		if (best) return best;
	}
	const end = safeCut(text, limit);
	return {end, next: end};
}

/**
 * The text in parts of at most `limit` UTF-16 code units each, in order, none empty. A text within the limit
 * comes back as it is.
 */
export function textParts(text: string, limit: number): string[] {
	if (text.length <= limit || limit < 2) return [text];
	const parts: string[] = [];
	let rest = text;
	while (rest.length > limit) {
		const {end, next} = cutPoint(rest, limit);
		const part = rest.slice(0, end).trimEnd();
		if (part !== '') parts.push(part);
		rest = rest.slice(next).trimStart();
	}
	if (rest !== '') parts.push(rest);
	return parts;
}
