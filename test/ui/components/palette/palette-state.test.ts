// The palette's reducer: moving with wrap-around at the ends, pages stopping at the end first, dismissal per draft, reset.
import {describe, expect, it} from 'vitest';
import {
	INITIAL_PALETTE_STATE,
	isDismissed,
	reducePalette,
	selectedIndex,
	type PaletteEvent,
	type PaletteState,
} from '../../../../source/ui/components/palette/index.js';

function run(events: PaletteEvent[], from: PaletteState = INITIAL_PALETTE_STATE): PaletteState {
	return events.reduce(reducePalette, from);
}

describe('reducePalette', () => {
	it('moves one row at a time and wraps at both ends', () => {
		expect(run([{type: 'move', by: 1, count: 3}]).selected).toBe(1);
		expect(run([{type: 'move', by: -1, count: 3}]).selected).toBe(2);
		expect(
			run([
				{type: 'move', by: 1, count: 3},
				{type: 'move', by: 1, count: 3},
				{type: 'move', by: 1, count: 3},
			]).selected,
		).toBe(0);
	});

	it('moves a page, stopping at the end before wrapping', () => {
		expect(run([{type: 'move', by: 5, count: 12}]).selected).toBe(5);
		expect(
			run([
				{type: 'move', by: 5, count: 12},
				{type: 'move', by: 5, count: 12},
				{type: 'move', by: 5, count: 12},
			]).selected,
		).toBe(11);
		expect(run([{type: 'move', by: 5, count: 12}], {selected: 11, dismissedDraft: null}).selected).toBe(0);
		expect(run([{type: 'move', by: -5, count: 12}], {selected: 3, dismissedDraft: null}).selected).toBe(0);
		expect(run([{type: 'move', by: -5, count: 12}]).selected).toBe(11);
	});

	it('clamps to the rows there are: a selection past a shrunken list, select, no rows at all', () => {
		expect(run([{type: 'move', by: 1, count: 2}], {selected: 7, dismissedDraft: null}).selected).toBe(0);
		expect(run([{type: 'move', by: -1, count: 2}], {selected: 7, dismissedDraft: null}).selected).toBe(0);
		expect(run([{type: 'select', index: 9, count: 4}]).selected).toBe(3);
		expect(run([{type: 'select', index: -2, count: 4}]).selected).toBe(0);
		expect(run([{type: 'move', by: 1, count: 0}]).selected).toBe(0);
		expect(selectedIndex({selected: 7, dismissedDraft: null}, 3)).toBe(2);
		expect(selectedIndex({selected: 7, dismissedDraft: null}, 0)).toBe(0);
	});

	it('returns the same state when nothing changes', () => {
		const state = INITIAL_PALETTE_STATE;
		expect(reducePalette(state, {type: 'move', by: 0, count: 3})).toBe(state);
		expect(reducePalette(state, {type: 'reset', draft: '/ho'})).toBe(state);
	});

	it('goes back to the first row when the draft changes', () => {
		expect(
			run([
				{type: 'move', by: 2, count: 5},
				{type: 'reset', draft: '/hol'},
			]).selected,
		).toBe(0);
	});
});

describe('dismissal (Esc)', () => {
	it('hides the palette for the draft and while the same command is typed on', () => {
		const state = run([
			{type: 'move', by: 1, count: 3},
			{type: 'dismiss', draft: '/ho'},
		]);
		expect(state).toEqual({selected: 0, dismissedDraft: '/ho'});
		expect(isDismissed(state, '/ho')).toBe(true);
		expect(isDismissed(state, '/hold 3 checking the warranty')).toBe(true);
		expect(isDismissed(state, '/h')).toBe(true);
		expect(isDismissed(state, '/')).toBe(true);
		expect(isDismissed(state, '/end')).toBe(false);
		expect(isDismissed(state, 'hello')).toBe(false);
	});

	it('lasts through resets while typing on, and ends with another command word or an emptied draft', () => {
		const dismissed = run([{type: 'dismiss', draft: '/ho'}]);
		expect(
			run(
				[
					{type: 'reset', draft: '/hol'},
					{type: 'reset', draft: '/hold 3'},
				],
				dismissed,
			).dismissedDraft,
		).toBe('/ho');
		expect(run([{type: 'reset', draft: '/end'}], dismissed).dismissedDraft).toBeNull();
		const emptied = run([{type: 'reset', draft: ''}], dismissed);
		expect(emptied.dismissedDraft).toBeNull();
		expect(isDismissed(emptied, '/')).toBe(false);
	});

	it('is not dismissed before Esc', () => {
		expect(isDismissed(INITIAL_PALETTE_STATE, '/ho')).toBe(false);
	});
});
