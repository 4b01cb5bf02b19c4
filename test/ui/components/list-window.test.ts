// The chat list's window: everything when it fits, else the focused chat in view with "more" lines.
import {describe, expect, it} from 'vitest';
import {listWindow} from '../../../source/ui/components/chat-list/list-window.js';

describe('listWindow', () => {
	it('shows everything that fits', () => {
		expect(listWindow([1, 2, 2], 0, 10)).toEqual({start: 0, end: 3, hiddenAbove: 0, hiddenBelow: 0});
		expect(listWindow([], 0, 10)).toEqual({start: 0, end: 0, hiddenAbove: 0, hiddenBelow: 0});
	});

	it('keeps the focused entry in view and leaves a row for each "more" line', () => {
		const heights = Array.from({length: 20}, () => 2);
		const top = listWindow(heights, 0, 10);
		expect(top).toMatchObject({start: 0, hiddenAbove: 0});
		expect(top.end * 2 + 1).toBeLessThanOrEqual(10);
		const bottom = listWindow(heights, 19, 10);
		expect(bottom).toMatchObject({end: 20, hiddenBelow: 0});
		const middle = listWindow(heights, 10, 10);
		expect(middle.start).toBeLessThanOrEqual(10);
		expect(middle.end).toBeGreaterThan(10);
		expect(
			(middle.end - middle.start) * 2 + (middle.hiddenAbove > 0 ? 1 : 0) + (middle.hiddenBelow > 0 ? 1 : 0),
		).toBeLessThanOrEqual(10);
	});
});
