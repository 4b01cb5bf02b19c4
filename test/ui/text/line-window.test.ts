// Virtualisation math: the right lines fill the viewport, and only the heights near it are ever asked for.
import {describe, expect, it} from 'vitest';
import {
	computeLineWindow,
	type ConversationLayout,
	FOLLOW,
	type LineWindow,
	positionShowingMessage,
	scrollLineWindow,
} from '../../../source/ui/text/line-window.js';

/** The position `offset` lines up from the newest line (0 = follow). */
const positionFromBottom = (layout: ConversationLayout, offset: number) => scrollLineWindow(layout, FOLLOW, -offset);

/** A layout over fixed heights that records which heights were asked for. */
function layoutOf(heights: number[], viewportHeight: number, unreadFrom?: number) {
	const asked: number[] = [];
	const layout: ConversationLayout = {
		messageCount: heights.length,
		heightOf: index => {
			asked.push(index);
			const height = heights[index];
			if (height === undefined) throw new Error(`no message ${index}`);
			return height;
		},
		viewportHeight,
		unreadFrom,
	};
	return {layout, asked};
}

type Row = string;

/** The viewport as rows ("m12:3" = message 12 line 3, "div:12" = divider above message 12). */
function rowsOf(window: LineWindow): Row[] {
	const rows: Row[] = [];
	for (const part of window.parts) {
		if (part.kind === 'divider') rows.push(`div:${part.beforeIndex}`);
		else for (let line = part.fromLine; line < part.toLine; line++) rows.push(`m${part.index}:${line}`);
	}
	return rows;
}

/** The same, the slow obvious way: lay every line out and slice. */
function expectedRows(heights: number[], viewport: number, offset: number, unreadFrom?: number): Row[] {
	const all: Row[] = [];
	heights.forEach((height, index) => {
		if (index === unreadFrom) all.push(`div:${index}`);
		for (let line = 0; line < height; line++) all.push(`m${index}:${line}`);
	});
	const clamped = Math.min(Math.max(0, offset), Math.max(0, all.length - viewport));
	const end = all.length - clamped;
	return all.slice(Math.max(0, end - viewport), end);
}

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

describe('computeLineWindow', () => {
	it('follows the newest lines', () => {
		const {layout} = layoutOf([1, 2, 3, 1], 4);
		const window = computeLineWindow(layout, FOLLOW);
		expect(window.parts).toEqual([
			{kind: 'message', index: 2, fromLine: 0, toLine: 3},
			{kind: 'message', index: 3, fromLine: 0, toLine: 1},
		]);
		expect(window).toMatchObject({blankRows: 0, atTop: false, atBottom: true, position: FOLLOW, divider: 'none'});
	});

	it('shows part of a message cut by the top of the viewport', () => {
		const {layout} = layoutOf([5, 2], 4);
		expect(computeLineWindow(layout, FOLLOW).parts).toEqual([
			{kind: 'message', index: 0, fromLine: 3, toLine: 5},
			{kind: 'message', index: 1, fromLine: 0, toLine: 2},
		]);
	});

	it('leaves blank rows at the top when the conversation is shorter than the viewport', () => {
		const {layout} = layoutOf([1, 2], 10);
		const window = computeLineWindow(layout, FOLLOW);
		expect(window.blankRows).toBe(7);
		expect(window.atTop && window.atBottom).toBe(true);
		expect(rowsOf(window)).toEqual(['m0:0', 'm1:0', 'm1:1']);
	});

	it('handles an empty conversation and a zero-height viewport', () => {
		expect(computeLineWindow(layoutOf([], 10).layout, FOLLOW)).toMatchObject({
			parts: [],
			blankRows: 10,
			atTop: true,
			atBottom: true,
		});
		const {layout, asked} = layoutOf([1, 2, 3], 0);
		expect(computeLineWindow(layout, FOLLOW).parts).toEqual([]);
		expect(asked).toEqual([]);
	});

	it('shows the bottom of a message taller than the viewport', () => {
		const {layout} = layoutOf([2, 50], 5);
		expect(rowsOf(computeLineWindow(layout, FOLLOW))).toEqual(['m1:45', 'm1:46', 'm1:47', 'm1:48', 'm1:49']);
	});

	it('matches laying out every line, for random conversations, viewports, offsets and dividers', () => {
		const next = random(42);
		for (let round = 0; round < 2_000; round++) {
			const heights = Array.from({length: Math.floor(next() * 12)}, () => Math.floor(next() * 5));
			const viewport = 1 + Math.floor(next() * 10);
			const offset = Math.floor(next() * 40);
			const unread = next() < 0.5 ? Math.floor(next() * (heights.length + 1)) : undefined;
			const {layout} = layoutOf(heights, viewport, unread);
			const window = computeLineWindow(layout, positionFromBottom(layout, offset));
			const expected = expectedRows(heights, viewport, offset, unread);
			const context = JSON.stringify({heights, viewport, offset, unread});
			expect(rowsOf(window), context).toEqual(expected);
			expect(window.blankRows, context).toBe(viewport - expected.length);
		}
	});
});

describe('10,000 messages: only the heights near the viewport are asked for', () => {
	const heights = Array.from({length: 10_000}, (_, index) => 1 + (index % 4));

	it('following the newest asks only for the visible messages, each once', () => {
		const {layout, asked} = layoutOf(heights, 40);
		const window = computeLineWindow(layout, FOLLOW);
		const visible = new Set(window.parts.map(part => (part.kind === 'message' ? part.index : part.beforeIndex)));
		expect(new Set(asked)).toEqual(visible);
		expect(asked.length).toBe(visible.size);
		expect(Math.min(...asked)).toBeGreaterThan(9_950);
	});

	it('a page up asks for one more page, not the conversation', () => {
		const {layout, asked} = layoutOf(heights, 40);
		const position = scrollLineWindow(layout, FOLLOW, -40);
		const calls = asked.length;
		expect(calls).toBeLessThan(3 * 40);
		asked.length = 0;
		const window = computeLineWindow(layout, position);
		expect(asked.length).toBeLessThanOrEqual(41);
		expect(window.atBottom).toBe(false);
		expect(Math.min(...asked)).toBeGreaterThan(9_900);
	});

	it('Home and rendering the top ask for one viewport at the start', () => {
		const {layout, asked} = layoutOf(heights, 40);
		const top = positionShowingMessage(layout, 0);
		const window = computeLineWindow(layout, top);
		expect(window.atTop).toBe(true);
		expect(rowsOf(window)[0]).toBe('m0:0');
		expect(Math.max(...asked)).toBeLessThan(40);
	});

	it('a render while scrolled far up costs a viewport, wherever it is', () => {
		const {layout, asked} = layoutOf(heights, 40, 5_000);
		const position = positionShowingMessage(layout, 5_000);
		asked.length = 0;
		const window = computeLineWindow(layout, position);
		expect(asked.length).toBeLessThanOrEqual(41);
		expect(window.parts[0]).toEqual({kind: 'divider', beforeIndex: 5_000});
		expect(window.divider).toBe('visible');
	});
});

describe('scrolling', () => {
	const heights = [3, 1, 2, 4, 1, 1, 2, 3];

	it('scrolls up and back down by lines, and follows again at the bottom', () => {
		const {layout} = layoutOf(heights, 4);
		const up = scrollLineWindow(layout, FOLLOW, -3);
		expect(up).toEqual({follow: false, index: 6, linesBelow: 0});
		expect(rowsOf(computeLineWindow(layout, up))).toEqual(expectedRows(heights, 4, 3));
		expect(scrollLineWindow(layout, up, 2)).toEqual({follow: false, index: 7, linesBelow: 1});
		expect(scrollLineWindow(layout, up, 3)).toEqual(FOLLOW);
		expect(scrollLineWindow(layout, up, 100)).toEqual(FOLLOW);
		expect(scrollLineWindow(layout, FOLLOW, 5)).toEqual(FOLLOW);
	});

	it('clamps at the top, and the first step down after overscrolling moves at once', () => {
		const {layout} = layoutOf(heights, 4);
		const top = scrollLineWindow(layout, FOLLOW, -1_000);
		const window = computeLineWindow(layout, top);
		expect(window.atTop).toBe(true);
		expect(rowsOf(window)).toEqual(['m0:0', 'm0:1', 'm0:2', 'm1:0']);
		expect(scrollLineWindow(layout, top, -10)).toEqual(top);
		expect(rowsOf(computeLineWindow(layout, scrollLineWindow(layout, top, 1)))).toEqual([
			'm0:1',
			'm0:2',
			'm1:0',
			'm2:0',
		]);
	});

	it('keeps the view still when new messages arrive while scrolled up', () => {
		const {layout} = layoutOf(heights, 4);
		const position = scrollLineWindow(layout, FOLLOW, -5);
		const before = rowsOf(computeLineWindow(layout, position));
		const {layout: grown} = layoutOf([...heights, 2, 2, 5], 4);
		const after = computeLineWindow(grown, position);
		expect(rowsOf(after)).toEqual(before);
		expect(after.atBottom).toBe(false);
		// Following, by contrast, moves to the newest.
		expect(rowsOf(computeLineWindow(grown, FOLLOW)).at(-1)).toBe('m10:4');
	});

	it('survives messages that are gone or a message that got shorter (resize)', () => {
		const {layout} = layoutOf([2, 2], 3);
		expect(computeLineWindow(layout, {follow: false, index: 9, linesBelow: 0}).position).toEqual(FOLLOW);
		const window = computeLineWindow(layout, {follow: false, index: 0, linesBelow: 7});
		expect(rowsOf(window)).toEqual(['m0:0', 'm0:1', 'm1:0']);
	});

	it('converts an offset from the bottom', () => {
		const {layout} = layoutOf(heights, 4);
		expect(positionFromBottom(layout, 0)).toEqual(FOLLOW);
		expect(rowsOf(computeLineWindow(layout, positionFromBottom(layout, 6)))).toEqual(expectedRows(heights, 4, 6));
	});

	it('shows a message at the top of the viewport (Home, jump to unread)', () => {
		const {layout} = layoutOf(heights, 4, 3);
		expect(rowsOf(computeLineWindow(layout, positionShowingMessage(layout, 3)))).toEqual([
			'div:3',
			'm3:0',
			'm3:1',
			'm3:2',
		]);
		// Near the end there is not a screenful left: that is the bottom.
		expect(positionShowingMessage(layout, 7)).toEqual(FOLLOW);
		expect(positionShowingMessage(layout, 99)).toEqual(FOLLOW);
	});
});

describe('unread divider', () => {
	it('takes one row above the first unread message', () => {
		const {layout} = layoutOf([1, 1, 2], 4, 1);
		const window = computeLineWindow(layout, FOLLOW);
		expect(window.parts).toEqual([
			{kind: 'divider', beforeIndex: 1},
			{kind: 'message', index: 1, fromLine: 0, toLine: 1},
			{kind: 'message', index: 2, fromLine: 0, toLine: 2},
		]);
		expect(window.divider).toBe('visible');
	});

	it('says whether the divider is above or below the viewport', () => {
		const {layout} = layoutOf([1, 1, 1, 1, 1, 1], 2, 1);
		expect(computeLineWindow(layout, FOLLOW).divider).toBe('above');
		const {layout: later} = layoutOf([1, 1, 1, 1, 1, 1], 2, 5);
		expect(computeLineWindow(later, positionShowingMessage(later, 0)).divider).toBe('below');
		const {layout: none} = layoutOf([1, 1], 2, 2);
		expect(computeLineWindow(none, FOLLOW).divider).toBe('none');
	});

	it('is hidden when scrolled so that only the message under it shows', () => {
		const {layout} = layoutOf([1, 3], 2, 1);
		const window = computeLineWindow(layout, FOLLOW);
		expect(window.parts).toEqual([{kind: 'message', index: 1, fromLine: 1, toLine: 3}]);
		expect(window.divider).toBe('above');
	});
});
