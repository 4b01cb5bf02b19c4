// Where everything goes for a terminal size: header, chat list, 1-4 panes, customer details, alert and hint lines.
//
// Pure arithmetic, so every size (80x24, 120x40, a 60x20 tmux split) is testable without rendering.

export type Rect = {x: number; y: number; width: number; height: number};

export type DeskLayout = {
	/** Below 80x24: one-line chat rows, no separate hint line (hints show when there is no alert). */
	compact: boolean;
	header: Rect;
	/** Null when the terminal is too narrow for a list beside the conversation (Alt+1..9 still work). */
	list: Rect | null;
	panes: Rect[];
	/** The waiting offers in one row, when there is no chat list to show them (below 50 columns). */
	offers: Rect | null;
	/** Customer details beside the panes. */
	details: Rect | null;
	/** Customer details over the focused pane (asked for by key when there is no room beside). */
	detailsOver: boolean;
	/** Everything between the header and the bottom lines: the help overlay covers it. */
	body: Rect;
	/** One row, or more while a long alert shows. */
	alert: Rect;
	hints: Rect | null;
};

export const DETAILS_WIDTH = 30;
/** A conversation narrower than this is hard to read: details go beside only if the panes keep at least this. */
export const MIN_READABLE_PANE = 56;
/** Panes go side by side only when each gets at least this. */
const MIN_SIDE_BY_SIDE = 50;

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** Splits `total` into `parts` integer sizes that add up to it (earlier parts get the remainder). */
function split(total: number, parts: number): number[] {
	const base = Math.floor(total / parts);
	return Array.from({length: parts}, (_, index) => base + (index < total - base * parts ? 1 : 0));
}

/** How many columns the panes are arranged in at this width. */
function paneColumns(count: number, width: number): number {
	return count > 1 && width >= 2 * MIN_SIDE_BY_SIDE ? 2 : 1;
}

function arrangePanes(area: Rect, count: number): Rect[] {
	const columns = paneColumns(count, area.width);
	if (columns === 1) {
		let y = area.y;
		return split(area.height, count).map(height => {
			const rect = {x: area.x, y, width: area.width, height};
			y += height;
			return rect;
		});
	}
	const rows = Math.ceil(count / 2);
	const rects: Rect[] = [];
	let y = area.y;
	for (const [row, height] of split(area.height, rows).entries()) {
		const inRow = Math.min(2, count - row * 2);
		let x = area.x;
		for (const width of split(area.width, inRow)) {
			rects.push({x, y, width, height});
			x += width;
		}
		y += height;
	}
	return rects;
}

/**
 * `detailsToggled` is the agent's Alt+I: with room the details are shown beside unless toggled off; without room
 * they are hidden unless toggled on, and then cover the focused pane.
 */
export function deskLayout(
	columns: number,
	rows: number,
	paneCount: number,
	detailsToggled: boolean,
	alertRows = 1,
	offersWaiting = false,
): DeskLayout {
	const width = Math.max(20, columns);
	const height = Math.max(6, rows);
	const compact = columns < 80 || rows < 24;
	// A long alert wraps onto more rows (the caller caps them); the body above gives them up.
	const alerts = Math.max(1, Math.min(Math.floor(alertRows), height - 4));
	const bottomLines = (compact ? 0 : 1) + alerts;
	const body: Rect = {x: 0, y: 1, width, height: height - 1 - bottomLines};
	const listWidth = compact
		? width < 50
			? 0
			: clamp(Math.floor(width * 0.28), 14, 20)
		: clamp(Math.floor(width * 0.25), 24, 34);
	// Without a list an offer would be heard (the bell) but not seen: a row under the header says it instead.
	const offers = listWidth === 0 && offersWaiting ? {x: 0, y: body.y, width, height: 1} : null;
	if (offers) {
		body.y += 1;
		body.height -= 1;
	}
	const list = listWidth > 0 ? {x: 0, y: body.y, width: listWidth, height: body.height} : null;
	const count = clamp(paneCount, 1, 4);
	const paneArea = {x: listWidth, y: body.y, width: width - listWidth, height: body.height};
	const roomBeside =
		!compact &&
		paneArea.width - DETAILS_WIDTH >= MIN_READABLE_PANE * paneColumns(count, paneArea.width - DETAILS_WIDTH);
	const detailsShown = roomBeside !== detailsToggled;
	let details: Rect | null = null;
	if (detailsShown && roomBeside) {
		details = {x: width - DETAILS_WIDTH, y: body.y, width: DETAILS_WIDTH, height: body.height};
		paneArea.width -= DETAILS_WIDTH;
	}
	return {
		compact,
		header: {x: 0, y: 0, width, height: 1},
		list,
		offers,
		panes: arrangePanes(paneArea, count),
		details,
		detailsOver: detailsShown && !roomBeside,
		body,
		alert: {x: 0, y: height - bottomLines, width, height: alerts},
		hints: compact ? null : {x: 0, y: height - 1, width, height: 1},
	};
}
