// The draft as drawn: the chosen placeholder in reverse video, unfilled ones underlined (E12), ASCII folding in ASCII mode.
import {afterEach, describe, expect, it} from 'vitest';
import {Composer, composerRows} from '../../../source/ui/components/composer/composer.js';
import {rowSegments, shownDraft} from '../../../source/ui/components/composer/draft-display.js';
import {waitFor} from '../../helpers/wait-for.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const CANNED = 'Your order [order number] ships on [date].';

describe('shownDraft', () => {
	it('finds the chosen placeholder and the ones still to fill in', () => {
		const start = CANNED.indexOf('[order number]');
		const shown = shownDraft(
			{text: CANNED, cursor: start, mark: {start, end: start + 14}},
			['[order number]', '[date]'],
			false,
		);
		expect(shown).toEqual({
			text: CANNED,
			cursor: start,
			chosen: {start, end: start + 14},
			placeholders: [
				{start, end: start + 14},
				{start: CANNED.indexOf('[date]'), end: CANNED.indexOf('[date]') + 6},
			],
		});
	});

	it('folds to ASCII in ASCII mode and moves the cursor and spans with the text', () => {
		const text = 'Thanks… “[name]” →';
		const start = text.indexOf('[name]');
		const shown = shownDraft({text, cursor: text.length, mark: {start, end: start + 6}}, ['[name]'], true);
		expect(shown.text).toBe('Thanks... "[name]" ->');
		expect(shown.cursor).toBe(shown.text.length);
		expect(shown.text.slice(shown.chosen!.start, shown.chosen!.end)).toBe('[name]');
		expect(shown.placeholders).toEqual([shown.chosen]);
		// Outside ASCII mode nothing is folded.
		expect(shownDraft({text, cursor: 0}, [], false).text).toBe(text);
	});
});

describe('rowSegments', () => {
	it('cuts a row where the chosen and the unfilled placeholders begin and end', () => {
		const start = CANNED.indexOf('[order number]');
		const shown = shownDraft(
			{text: CANNED, cursor: start, mark: {start, end: start + 14}},
			['[order number]', '[date]'],
			false,
		);
		expect(rowSegments(CANNED, 0, shown)).toEqual([
			{text: 'Your order ', look: 'plain'},
			{text: '[order number]', look: 'chosen'},
			{text: ' ships on ', look: 'plain'},
			{text: '[date]', look: 'placeholder'},
			{text: '.', look: 'plain'},
		]);
		// A row that starts inside a placeholder (wrapped mid-way) still knows it is one.
		expect(rowSegments('number] ships', start + 7, shown)[0]).toEqual({text: 'number]', look: 'chosen'});
		expect(rowSegments('', 0, shown)).toEqual([{text: '', look: 'plain'}]);
	});
});

describe('Composer in ASCII mode', () => {
	it("draws the agent's draft in ASCII, the ellipsis included, and sizes itself by what it draws", async () => {
		const view = renderComponent(<Composer chatId="c1" width={30} maxRows={5} focused origin={null} />, {ascii: true});
		unmount = view.unmount;
		const text = 'One moment… I’ll check “that”';
		view.stores.ui.dispatch({type: 'composer.edit', chatId: 'c1', edit: {type: 'insert', text}});
		const frame = await waitFor(() => view.lastFrame().includes('One moment') && view.lastFrame());
		expect(frame).toBe('> One moment... I\'ll check\n  "that"');
		expect(frame).not.toMatch(/[^\x00-\x7f]/u);
		// The draft keeps what the agent typed: only the drawing is folded.
		expect(view.stores.ui.getState().drafts.get('c1')!.text).toBe(text);
		expect(composerRows({text, cursor: text.length}, 30, 5, true)).toBe(2);
	});
});
