// Where the canned response's placeholders ("[order number]") are in a draft, for Tab to jump between them (E12).

export type Span = {start: number; end: number};

/** Every place one of `markers` stands in `text`, in order. */
export function placeholderSpans(text: string, markers: readonly string[]): Span[] {
	const spans: Span[] = [];
	for (const marker of new Set(markers)) {
		if (marker === '') continue;
		for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + marker.length))
			spans.push({start: at, end: at + marker.length});
	}
	return spans.sort((a, b) => a.start - b.start);
}

/**
 * The placeholder after (`direction` 1) or before (-1) the cursor, wrapping round; `from` is where the cursor stands
 * (on a chosen placeholder: its start, so Tab again moves on). Null when the draft holds none.
 */
export function nextPlaceholder(
	text: string,
	markers: readonly string[],
	from: number,
	direction: 1 | -1,
): Span | null {
	const spans = placeholderSpans(text, markers);
	if (spans.length === 0) return null;
	if (direction === 1) return spans.find(span => span.start > from) ?? spans[0]!;
	return spans.findLast(span => span.start < from) ?? spans.at(-1)!;
}
