// Where a message quotes someone (usually the customer's own words back to them): those words are not the agent's.

/** Opening quotation marks and the marks that close them, as the six languages write them. */
const PAIRS: Readonly<Record<string, string>> = {
	'“': '”',
	'„': '”“',
	'«': '»',
	'»': '«',
	'「': '」',
	'『': '』',
	'"': '"',
	'”': '”',
};

export type QuotedSpan = {start: number; end: number};

/**
 * The quoted stretches of a message, from an opening mark to its closing one ("…", “…”, „…”, «…», ”…”, 「…」).
 * A mark with no closing one quotes nothing. Single quotes are left alone: they double as apostrophes.
 */
export function quotedSpans(text: string): QuotedSpan[] {
	const spans: QuotedSpan[] = [];
	let at = 0;
	while (at < text.length) {
		const closers = PAIRS[text[at]!];
		if (closers !== undefined) {
			let end = at + 1;
			while (end < text.length && !closers.includes(text[end]!) && text[end] !== '\n') end++;
			if (end < text.length && closers.includes(text[end]!)) {
				spans.push({start: at, end: end + 1});
				at = end + 1;
				continue;
			}
		}
		at++;
	}
	return spans;
}

/** Whether start..end lies inside one of the spans. */
export const isQuoted = (spans: readonly QuotedSpan[], start: number, end: number): boolean =>
	spans.some(span => span.start < start && end < span.end);
