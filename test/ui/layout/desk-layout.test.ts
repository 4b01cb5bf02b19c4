// Where everything goes: 80x24, 120x40, compact below 80x24, split panes side by side or stacked, details beside or over.
import {describe, expect, it} from 'vitest';
import {deskLayout, DETAILS_WIDTH, type Rect} from '../../../source/ui/layout/desk-layout.js';

const area = (rect: Rect) => rect.width * rect.height;

describe('deskLayout', () => {
	it('fills 80x24 exactly: header, list, pane, notice, hints', () => {
		const layout = deskLayout(80, 24, 1, false);
		expect(layout.compact).toBe(false);
		expect(layout.header).toEqual({x: 0, y: 0, width: 80, height: 1});
		expect(layout.alert.y).toBe(22);
		expect(layout.hints).toEqual({x: 0, y: 23, width: 80, height: 1});
		expect(layout.list!.width + layout.panes[0]!.width).toBe(80);
		expect(layout.panes[0]!.height).toBe(21);
		expect(layout.details).toBeNull();
	});

	it('shows the customer details beside the conversation at 120x40, and hides them when toggled', () => {
		const layout = deskLayout(120, 40, 1, false);
		expect(layout.details).toMatchObject({x: 120 - DETAILS_WIDTH, width: DETAILS_WIDTH, height: 37});
		expect(layout.list!.width + layout.panes[0]!.width + layout.details!.width).toBe(120);
		expect(deskLayout(120, 40, 1, true).details).toBeNull();
	});

	it('shows the details over the focused pane only when asked, where there is no room beside', () => {
		expect(deskLayout(80, 24, 1, false)).toMatchObject({details: null, detailsOver: false});
		expect(deskLayout(80, 24, 1, true)).toMatchObject({details: null, detailsOver: true});
	});

	it('splits panes side by side when wide, stacked when narrow, 2x2 for four', () => {
		const wide = deskLayout(160, 40, 2, true);
		expect(wide.panes.map(pane => pane.y)).toEqual([1, 1]);
		const narrow = deskLayout(80, 24, 2, false);
		expect(narrow.panes[1]!.y).toBe(narrow.panes[0]!.y + narrow.panes[0]!.height);
		const four = deskLayout(160, 40, 4, true);
		expect(new Set(four.panes.map(pane => pane.y)).size).toBe(2);
		const total = four.panes.reduce((sum, pane) => sum + area(pane), 0);
		expect(total).toBe(four.body.height * (160 - four.list!.width));
	});

	it('goes compact below 80x24: one bottom line, a narrow list, none at all when very narrow', () => {
		const compact = deskLayout(60, 20, 1, false);
		expect(compact.compact).toBe(true);
		expect(compact.hints).toBeNull();
		expect(compact.alert.y).toBe(19);
		expect(compact.list!.width).toBeLessThanOrEqual(20);
		expect(deskLayout(40, 15, 1, false).list).toBeNull();
		expect(deskLayout(79, 30, 1, false).compact).toBe(true);
		expect(deskLayout(100, 23, 1, false).compact).toBe(true);
	});
});
