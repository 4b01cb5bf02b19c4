// Between core's scroll anchors (a message number, layout-free) and the line window's positions (an index into
// what is drawn, with real wrapped heights).
//
// Core stores where a conversation is scrolled back to as {n, linesBelow}: the message on the viewport's
// bottom row, by its protocol number, which stays the same while new messages are appended below and
// older history pages are prepended above (an index would shift with every prepended page). It never
// learns how wide anything wraps. The UI, which knows the heights, turns PgUp/PgDn/Home into a new
// anchor here and dispatches it (`scroll.to`); each render turns the stored anchor back into a position.
// A resize re-wraps the anchor message but keeps it on the bottom row.
import type {ScrollAnchor} from '../../core/desk-state.js';
import {
	FOLLOW,
	positionShowingMessage,
	scrollLineWindow,
	type ConversationLayout,
	type ScrollPosition,
} from './line-window.js';

/** A conversation's layout, plus its message numbers: entries before `confirmed` are messages with an `n`. */
export type AnchorLayout = ConversationLayout & {
	/** Entries 0..confirmed-1 are confirmed messages; after them come my unsent and refused sends (no `n`). */
	readonly confirmed: number;
	/** The `n` of confirmed message `index`. */
	nAt(index: number): number;
	/** Index of message `n`, or of the first loaded message after it (the last one if none); only with confirmed > 0. */
	indexOfN(n: number): number;
};

/** The line-window position of a stored anchor (null, or nothing to anchor to: following). */
export function positionOfAnchor(layout: AnchorLayout, anchor: ScrollAnchor | null): ScrollPosition {
	if (anchor === null || layout.confirmed <= 0) return FOLLOW;
	return {follow: false, index: layout.indexOfN(anchor.n), linesBelow: anchor.linesBelow};
}

/**
 * The anchor of a position. A position whose bottom row is in the tail of unsent and refused sends (they
 * have no `n`) snaps: moving up, to the bottom of the newest confirmed message; moving down, to following.
 */
export function anchorOfPosition(
	layout: AnchorLayout,
	position: ScrollPosition,
	moving: 'up' | 'down',
): ScrollAnchor | null {
	if (position.follow) return null;
	if (position.index < layout.confirmed) return {n: layout.nAt(position.index), linesBelow: position.linesBelow};
	if (moving === 'down' || layout.confirmed <= 0) return null;
	return {n: layout.nAt(layout.confirmed - 1), linesBelow: 0};
}

export type ScrollMove = 'up' | 'down' | 'top';

/**
 * Where a key moves the conversation: a page up or down (`page` lines) or to the oldest loaded message.
 * Reaching the bottom returns null (follow again). `layout` is the scrolled viewport's (one row is the
 * "more below" line). Costs `page` lines plus a viewport, however long the chat.
 */
export function moveAnchor(
	layout: AnchorLayout,
	anchor: ScrollAnchor | null,
	move: ScrollMove,
	page: number,
): ScrollAnchor | null {
	const position = positionOfAnchor(layout, anchor);
	switch (move) {
		case 'up':
			return anchorOfPosition(layout, scrollLineWindow(layout, position, -Math.max(1, page)), 'up');
		case 'down':
			return anchorOfPosition(layout, scrollLineWindow(layout, position, Math.max(1, page)), 'down');
		case 'top':
			return anchorOfPosition(layout, positionShowingMessage(layout, 0), 'up');
	}
}
