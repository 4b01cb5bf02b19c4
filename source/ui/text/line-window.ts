// Virtualisation math for a conversation: which lines of which messages fill the viewport.
//
// A chat may hold 10,000 messages; a render must cost what is on screen, not what is in the chat.
// So the position is anchored to the bottom row of the viewport (which message, how many of its
// lines are hidden below) and every computation walks outwards from that anchor only as far as the
// viewport (plus the scroll distance) needs, asking `heightOf` for nothing else. Anchoring to a
// message, not to a line count from the end, also keeps the view still when new messages arrive
// while the agent reads further up, and keeps the same message in view across a resize.

export interface ConversationLayout {
	readonly messageCount: number;
	/** Lines message `index` takes at the current width (through the wrap cache); asked lazily. */
	readonly heightOf: (index: number) => number;
	readonly viewportHeight: number;
	/** Index of the first unread message: a one-line divider is shown above it. */
	readonly unreadFrom?: number | undefined;
}

/**
 * Where the conversation is scrolled. `follow` sticks to the newest line. Otherwise the bottom row
 * of the viewport shows message `index`, with `linesBelow` of its lines (the divider above it
 * counts as one of its lines) hidden under the viewport.
 */
export type ScrollPosition =
	{readonly follow: true} | {readonly follow: false; readonly index: number; readonly linesBelow: number};

export const FOLLOW: ScrollPosition = Object.freeze({follow: true});

/** What one stretch of viewport rows shows, top to bottom. */
export type WindowPart =
	| {readonly kind: 'message'; readonly index: number; readonly fromLine: number; readonly toLine: number}
	| {readonly kind: 'divider'; readonly beforeIndex: number};

export interface LineWindow {
	/** Top to bottom; a message part shows its lines fromLine (inclusive) to toLine (exclusive). */
	readonly parts: readonly WindowPart[];
	/** Empty rows above the first part when the whole conversation is shorter than the viewport. */
	readonly blankRows: number;
	/** The position, clamped: past the top it becomes the top, at the bottom it becomes follow. */
	readonly position: ScrollPosition;
	readonly atTop: boolean;
	readonly atBottom: boolean;
	/** Where the unread divider is relative to the viewport. */
	readonly divider: 'none' | 'above' | 'visible' | 'below';
}

interface Anchor {
	index: number;
	linesBelow: number;
}

/**
 * Heights of the "blocks" the window is made of: a message, plus the divider line on the first
 * unread one. Each height is asked of the layout at most once per call.
 */
function blockHeights(layout: ConversationLayout): (index: number) => number {
	const known = new Map<number, number>();
	return index => {
		let height = known.get(index);
		if (height === undefined) {
			height = Math.max(0, Math.floor(layout.heightOf(index))) + (index === layout.unreadFrom ? 1 : 0);
			known.set(index, height);
		}
		return height;
	};
}

function anchorOf(layout: ConversationLayout, position: ScrollPosition, heightOf: (index: number) => number): Anchor {
	const last = layout.messageCount - 1;
	if (position.follow || position.index >= last + 1) return {index: last, linesBelow: 0};
	const index = Math.max(0, Math.floor(position.index));
	const linesBelow = Math.min(Math.max(0, Math.floor(position.linesBelow)), Math.max(0, heightOf(index) - 1));
	return {index, linesBelow};
}

function positionOf(layout: ConversationLayout, anchor: Anchor): ScrollPosition {
	if (anchor.index >= layout.messageCount - 1 && anchor.linesBelow <= 0) return FOLLOW;
	return {follow: false, index: anchor.index, linesBelow: anchor.linesBelow};
}

/** The viewport's content at `position`. Asks `heightOf` only for messages in or next to the viewport. */
export function computeLineWindow(layout: ConversationLayout, position: ScrollPosition): LineWindow {
	const rows = Math.max(0, Math.floor(layout.viewportHeight));
	const count = layout.messageCount;
	if (count <= 0 || rows === 0) {
		return {parts: [], blankRows: rows, position: FOLLOW, atTop: true, atBottom: true, divider: 'none'};
	}

	const heightOf = blockHeights(layout);
	const anchor = anchorOf(layout, position, heightOf);
	// Block slices [from, to), collected bottom-up, then top-down for the part that extends below.
	const above: Array<{index: number; from: number; to: number}> = [];
	let remaining = rows;

	const anchorHeight = heightOf(anchor.index);
	const anchorTo = anchorHeight - anchor.linesBelow;
	const anchorFrom = Math.max(0, anchorTo - remaining);
	above.push({index: anchor.index, from: anchorFrom, to: anchorTo});
	remaining -= anchorTo - anchorFrom;
	let topIndex = anchor.index;
	let topLine = anchorFrom;
	for (let index = anchor.index - 1; remaining > 0 && index >= 0; index--) {
		const height = heightOf(index);
		const from = Math.max(0, height - remaining);
		above.push({index, from, to: height});
		remaining -= height - from;
		topIndex = index;
		topLine = from;
	}

	// Scrolled past the top: the top of the conversation is pinned to the top row and the rows left
	// over are filled from below the anchor (the anchor moves down accordingly).
	const below: Array<{index: number; from: number; to: number}> = [];
	let bottom: Anchor = {...anchor};
	if (remaining > 0 && anchor.linesBelow > 0) {
		const take = Math.min(remaining, anchor.linesBelow);
		below.push({index: anchor.index, from: anchorTo, to: anchorTo + take});
		remaining -= take;
		bottom = {index: anchor.index, linesBelow: anchor.linesBelow - take};
	}
	for (let index = anchor.index + 1; remaining > 0 && index < count; index++) {
		const height = heightOf(index);
		const take = Math.min(remaining, height);
		below.push({index, from: 0, to: take});
		remaining -= take;
		bottom = {index, linesBelow: height - take};
	}

	const slices = above.reverse().concat(below);
	const parts: WindowPart[] = [];
	let dividerShown = false;
	for (const {index, from, to} of slices) {
		if (to <= from) continue;
		if (index === layout.unreadFrom) {
			// Line 0 of this block is the divider; the message's own lines are shifted by one.
			if (from === 0) {
				parts.push({kind: 'divider', beforeIndex: index});
				dividerShown = true;
			}
			const fromLine = Math.max(0, from - 1);
			if (to - 1 > fromLine) parts.push({kind: 'message', index, fromLine, toLine: to - 1});
		} else {
			parts.push({kind: 'message', index, fromLine: from, toLine: to});
		}
	}
	mergeAdjacent(parts);

	const bottomIndex = slices.at(-1)!.index;
	const unread = layout.unreadFrom;
	let divider: LineWindow['divider'] = 'none';
	if (unread !== undefined && unread >= 0 && unread < count) {
		if (dividerShown) divider = 'visible';
		else if (unread <= topIndex) divider = 'above';
		else if (unread > bottomIndex) divider = 'below';
	}

	const clamped = positionOf(layout, bottom);
	return {
		parts,
		blankRows: remaining,
		position: clamped,
		atTop: topIndex === 0 && topLine === 0,
		atBottom: clamped.follow,
		divider,
	};
}

// The anchor block can be split into an "above" and a "below" slice; show it as one part.
function mergeAdjacent(parts: WindowPart[]): void {
	for (let index = parts.length - 1; index > 0; index--) {
		const previous = parts[index - 1]!;
		const current = parts[index]!;
		if (
			previous.kind === 'message' &&
			current.kind === 'message' &&
			previous.index === current.index &&
			previous.toLine === current.fromLine
		) {
			parts.splice(index - 1, 2, {
				kind: 'message',
				index: current.index,
				fromLine: previous.fromLine,
				toLine: current.toLine,
			});
		}
	}
}

/**
 * The position `delta` lines further down (positive, towards the newest) or up (negative), clamped
 * to the conversation. Reaching the bottom turns following back on. Costs |delta| lines plus a viewport.
 */
export function scrollLineWindow(layout: ConversationLayout, position: ScrollPosition, delta: number): ScrollPosition {
	if (layout.messageCount <= 0) return FOLLOW;
	const heightOf = blockHeights(layout);
	const anchor = anchorOf(layout, position, heightOf);
	let {index, linesBelow} = anchor;
	const steps = Math.trunc(delta);

	if (steps < 0) {
		linesBelow -= steps;
		while (linesBelow >= heightOf(index)) {
			if (index === 0) {
				linesBelow = Math.max(0, heightOf(0) - 1);
				break;
			}
			linesBelow -= heightOf(index);
			index -= 1;
		}
	} else if (steps > 0) {
		linesBelow -= steps;
		while (linesBelow < 0) {
			if (index >= layout.messageCount - 1) return FOLLOW;
			index += 1;
			linesBelow += heightOf(index);
		}
	}

	// Normalise (a position above the top becomes the top) so the next scroll down moves at once.
	return computeLineWindow(layout, positionOf(layout, {index, linesBelow})).position;
}

/**
 * The position that shows message `index` (with the unread divider above it, if it is the first
 * unread) at the top of the viewport: Home is index 0, "jump to unread" is `unreadFrom`.
 * Costs one viewport.
 */
export function positionShowingMessage(layout: ConversationLayout, index: number): ScrollPosition {
	const count = layout.messageCount;
	if (count <= 0 || index >= count) return FOLLOW;
	const heightOf = blockHeights(layout);
	let remaining = Math.max(1, Math.floor(layout.viewportHeight));
	for (let current = Math.max(0, Math.floor(index)); current < count; current++) {
		const height = heightOf(current);
		if (height >= remaining) return positionOf(layout, {index: current, linesBelow: height - remaining});
		remaining -= height;
	}
	return FOLLOW;
}
