// Which entries of the chat list fit its height, keeping the focused chat in view, with "more" lines for what is cut off.

export type ListWindow = {
	start: number;
	/** Exclusive. */
	end: number;
	hiddenAbove: number;
	hiddenBelow: number;
};

/**
 * `heights[i]` is the rows entry i takes. When everything fits it is all shown; otherwise a window around
 * `focus`, and one row each above and below says how many entries are hidden there.
 */
export function listWindow(heights: readonly number[], focus: number, height: number): ListWindow {
	const total = heights.reduce((sum, rows) => sum + rows, 0);
	if (total <= height) return {start: 0, end: heights.length, hiddenAbove: 0, hiddenBelow: 0};
	const target = Math.min(Math.max(focus, 0), heights.length - 1);
	// The focused entry first, then what is above it (the list's start matters most: offers are there), then below;
	// room is left for the two "more" lines.
	const room = (s: number, e: number) => height - (s > 0 ? 1 : 0) - (e < heights.length ? 1 : 0);
	let start = target;
	let end = target + 1;
	let used = heights[target]!;
	while (start > 0 && used + heights[start - 1]! <= room(start - 1, end)) used += heights[--start]!;
	while (end < heights.length && used + heights[end]! <= room(start, end + 1)) used += heights[end++]!;
	return {start, end, hiddenAbove: start, hiddenBelow: heights.length - end};
}
