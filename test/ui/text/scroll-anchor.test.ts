// Scroll anchors: a message number and lines of it hidden below, turned into line-window positions and
// moved by keys with real heights. What the agent reads holds still as messages arrive or history is prepended.
import {describe, expect, it} from 'vitest';
import {computeLineWindow, FOLLOW, type LineWindow} from '../../../source/ui/text/line-window.js';
import {
	anchorOfPosition,
	moveAnchor,
	positionOfAnchor,
	type AnchorLayout,
} from '../../../source/ui/text/scroll-anchor.js';

/**
 * Messages numbered firstN, firstN+1, ... with the given heights, then `tail` unsent/refused entries
 * (heights too, no n).
 */
function layoutOf(
	heights: number[],
	viewportHeight: number,
	{firstN = 1, tail = [] as number[], unreadFrom = undefined as number | undefined} = {},
): AnchorLayout {
	const all = [...heights, ...tail];
	return {
		messageCount: all.length,
		heightOf: index => all[index]!,
		viewportHeight,
		unreadFrom,
		confirmed: heights.length,
		nAt: index => firstN + index,
		indexOfN: n => Math.min(Math.max(0, n - firstN), heights.length - 1),
	};
}

/** The viewport as rows, by message number ("n12:3" = message 12, line 3; "t0:1" = tail entry 0, line 1). */
function rowsOf(layout: AnchorLayout, window: LineWindow): string[] {
	const rows: string[] = [];
	for (const part of window.parts) {
		if (part.kind === 'divider') {
			rows.push('divider');
			continue;
		}
		const name = part.index < layout.confirmed ? `n${layout.nAt(part.index)}` : `t${part.index - layout.confirmed}`;
		for (let line = part.fromLine; line < part.toLine; line++) rows.push(`${name}:${line}`);
	}
	return rows;
}

const heights = [1, 3, 2, 1, 4, 1, 2, 1, 1, 3, 2, 1]; // n 1..12, 22 lines
const shown = (layout: AnchorLayout, anchor: Parameters<typeof positionOfAnchor>[1]) =>
	rowsOf(layout, computeLineWindow(layout, positionOfAnchor(layout, anchor)));

describe('anchors and positions', () => {
	it('null is following; an anchor names the message on the bottom row by its n', () => {
		const layout = layoutOf(heights, 5, {firstN: 101});
		expect(positionOfAnchor(layout, null)).toEqual(FOLLOW);
		expect(positionOfAnchor(layout, {n: 105, linesBelow: 1})).toEqual({follow: false, index: 4, linesBelow: 1});
		expect(anchorOfPosition(layout, {follow: false, index: 4, linesBelow: 1}, 'up')).toEqual({n: 105, linesBelow: 1});
		expect(anchorOfPosition(layout, FOLLOW, 'up')).toBeNull();
		expect(shown(layout, {n: 105, linesBelow: 1})).toEqual(['n103:1', 'n104:0', 'n105:0', 'n105:1', 'n105:2']);
	});

	it('without confirmed messages there is nothing to anchor to: following', () => {
		const layout = layoutOf([], 5, {tail: [2, 2]});
		expect(positionOfAnchor(layout, {n: 3, linesBelow: 0})).toEqual(FOLLOW);
		expect(moveAnchor(layout, null, 'up', 3)).toBeNull();
	});
});

describe('the view holds still', () => {
	it('while scrolled back, new messages arriving below change nothing on screen', () => {
		const layout = layoutOf(heights, 6);
		const anchor = moveAnchor(layout, null, 'up', 7);
		expect(anchor).not.toBeNull();
		const before = shown(layout, anchor);
		const grown = layoutOf([...heights, 2, 5, 1], 6);
		expect(shown(grown, anchor)).toEqual(before);
		// Even with the unread divider drawn above the first new message.
		expect(shown(layoutOf([...heights, 2, 5, 1], 6, {unreadFrom: 12}), anchor)).toEqual(before);
	});

	it('older history prepended above changes nothing on screen (an index would have shifted)', () => {
		const layout = layoutOf(heights, 6, {firstN: 51});
		const anchor = moveAnchor(layout, null, 'up', 9);
		const before = shown(layout, anchor);
		const prepended = layoutOf([2, 2, 3, 1, ...heights], 6, {firstN: 47});
		expect(shown(prepended, anchor)).toEqual(before);
		// And paging up continues into what was prepended.
		const top = moveAnchor(prepended, moveAnchor(prepended, anchor, 'up', 5), 'up', 5);
		expect(shown(prepended, top)).toEqual(['n49:1', 'n49:2', 'n50:0', 'n51:0', 'n52:0', 'n52:1']);
	});

	it('a resize keeps the same message on the bottom row', () => {
		const wide = layoutOf(heights, 6);
		const anchor = moveAnchor(wide, null, 'up', 8)!;
		const narrow = layoutOf(
			heights.map(height => height * 2),
			6,
		);
		expect(shown(narrow, anchor).at(-1)).toMatch(new RegExp(`^n${anchor.n}:`));
		expect(shown(wide, anchor).at(-1)).toMatch(new RegExp(`^n${anchor.n}:`));
	});

	it('following, new messages scroll into view', () => {
		const grown = layoutOf([...heights, 2], 4);
		expect(shown(grown, null)).toEqual(['n11:1', 'n12:0', 'n13:0', 'n13:1']);
	});
});

describe('keys', () => {
	it('pages up and back down by lines; reaching the bottom follows again', () => {
		const layout = layoutOf(heights, 5);
		const up = moveAnchor(layout, null, 'up', 4);
		expect(up).toEqual({n: 10, linesBelow: 1});
		const further = moveAnchor(layout, up, 'up', 4);
		expect(further).toEqual({n: 7, linesBelow: 0});
		expect(moveAnchor(layout, further, 'down', 4)).toEqual(up);
		expect(moveAnchor(layout, up, 'down', 4)).toBeNull();
		expect(moveAnchor(layout, up, 'down', 100)).toBeNull();
	});

	it('paging down after new messages arrived walks through them before following again', () => {
		const layout = layoutOf(heights, 5);
		const anchor = moveAnchor(layout, null, 'up', 4)!;
		const grown = layoutOf([...heights, 3, 3, 3], 5);
		const once = moveAnchor(grown, anchor, 'down', 4);
		expect(once).toEqual({n: 12, linesBelow: 0});
		const twice = moveAnchor(grown, once, 'down', 4);
		expect(twice).toEqual({n: 14, linesBelow: 2});
		const thrice = moveAnchor(grown, twice, 'down', 4);
		expect(thrice).toEqual({n: 15, linesBelow: 1});
		expect(moveAnchor(grown, thrice, 'down', 4)).toBeNull();
	});

	it('top shows the oldest loaded message; up from the top stays there', () => {
		const layout = layoutOf(heights, 5);
		const top = moveAnchor(layout, null, 'top', 4);
		expect(shown(layout, top)).toEqual(['n1:0', 'n2:0', 'n2:1', 'n2:2', 'n3:0']);
		expect(moveAnchor(layout, top, 'up', 4)).toEqual(top);
		expect(moveAnchor(layoutOf([1, 1], 5), null, 'top', 4)).toBeNull();
	});

	it('my unsent and refused sends have no n: up into them snaps to the newest message, down through them follows', () => {
		const layout = layoutOf(heights, 5, {tail: [4, 3]});
		expect(moveAnchor(layout, null, 'up', 2)).toEqual({n: 12, linesBelow: 0});
		expect(moveAnchor(layout, null, 'up', 9)).toEqual({n: 11, linesBelow: 1});
		expect(moveAnchor(layout, {n: 12, linesBelow: 0}, 'down', 3)).toBeNull();
	});
});
