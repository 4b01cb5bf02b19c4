// The draft on screen: wrapped by word like the conversation, the cursor's row and column, a window that keeps the first line.
import {describe, expect, it} from 'vitest';
import {layoutDraft, wrapDraft} from '../../../source/ui/components/composer/draft-layout.js';

const texts = (text: string, cursor: number, width: number, maxRows: number) =>
	layoutDraft(text, cursor, width, maxRows).visible.map(row =>
		row.kind === 'text' ? row.text : `(${row.hidden} ${row.at})`,
	);

describe('wrapDraft', () => {
	it('wraps by word, as the conversation does, and puts the cursor at the end', () => {
		expect(wrapDraft('hello world again', 17, 11)).toEqual({
			rows: ['hello world', 'again'],
			cursorRow: 1,
			cursorColumn: 5,
			starts: [0, 12],
		});
	});

	it('cuts a word longer than the row and keeps line breaks; wide characters take two columns', () => {
		expect(wrapDraft('abcdef', 6, 4).rows).toEqual(['abcd', 'ef']);
		expect(wrapDraft('王伟x\nok', 1, 4)).toMatchObject({rows: ['王伟', 'x', 'ok'], cursorRow: 0, cursorColumn: 2});
	});

	it('puts a cursor after the space of a soft break at the start of the next row', () => {
		expect(wrapDraft('hello world', 6, 6)).toMatchObject({rows: ['hello', 'world'], cursorRow: 1, cursorColumn: 0});
		expect(wrapDraft('hello world', 5, 6)).toMatchObject({cursorRow: 0, cursorColumn: 5});
		expect(wrapDraft('hello world', 8, 6)).toMatchObject({cursorRow: 1, cursorColumn: 2});
	});

	it('opens a new row when the cursor sits after a full row', () => {
		expect(wrapDraft('abcd', 4, 4)).toMatchObject({rows: ['abcd', ''], cursorRow: 1, cursorColumn: 0});
		expect(wrapDraft('ab\ncd', 2, 2)).toMatchObject({rows: ['ab', '', 'cd'], cursorRow: 1, cursorColumn: 0});
	});

	it('knows where each row starts in the draft, so a span of it can be drawn apart', () => {
		expect(wrapDraft('ab\ncd', 2, 2).starts).toEqual([0, 2, 3]);
		const text = 'Your order [order number] ships\ntoday';
		const {rows, starts} = wrapDraft(text, 0, 12);
		rows.forEach((row, index) => expect(text.slice(starts[index], starts[index]! + row.length)).toBe(row));
	});
});

describe('layoutDraft', () => {
	it('shows a draft that fits whole', () => {
		expect(texts('one two three', 13, 7, 5)).toEqual(['one two', 'three']);
	});

	it('never hides the first line of a draft taller than the composer, and keeps the cursor in view', () => {
		const text = 'l1\nl2\nl3\nl4\nl5\nl6';
		expect(texts(text, text.length, 10, 3)).toEqual(['l1', '(4 above)', 'l6']);
		expect(layoutDraft(text, text.length, 10, 3)).toMatchObject({cursorRow: 2, cursorColumn: 2, totalRows: 6});
		expect(texts(text, 0, 10, 3)).toEqual(['l1', 'l2', '(4 below)']);
		expect(layoutDraft(text, 0, 10, 3).cursorRow).toBe(0);
		// In the middle: the first line, what is above, the cursor's row, what is below.
		expect(texts(text, text.indexOf('l4'), 10, 4)).toEqual(['l1', '(2 above)', 'l4', '(2 below)']);
		expect(layoutDraft(text, text.indexOf('l4'), 10, 4).cursorRow).toBe(2);
		expect(texts(text, text.indexOf('l3'), 10, 5)).toEqual(['l1', 'l2', 'l3', 'l4', '(2 below)']);
	});

	it('shows the first line and the cursor row in two rows, the cursor row in one', () => {
		const text = 'a\nb\nc';
		expect(texts(text, text.length, 5, 2)).toEqual(['a', 'c']);
		expect(texts(text, text.length, 5, 1)).toEqual(['c']);
	});
});
