// The draft on screen: hard-wrapped at the width, the cursor's row and column, windowed around the cursor.
import {describe, expect, it} from 'vitest';
import {layoutDraft} from '../../../source/ui/components/composer/draft-layout.js';

describe('layoutDraft', () => {
	it('wraps at the width and puts the cursor at the end', () => {
		expect(layoutDraft('abcdef', 6, 4, 5)).toMatchObject({
			rows: ['abcd', 'ef'],
			cursorRow: 1,
			cursorColumn: 2,
			totalRows: 2,
		});
	});

	it('keeps line breaks and counts wide characters as two columns', () => {
		expect(layoutDraft('王伟x\nok', 1, 4, 5)).toMatchObject({rows: ['王伟', 'x', 'ok'], cursorRow: 0, cursorColumn: 2});
	});

	it('opens a new row when the cursor sits after a full row', () => {
		expect(layoutDraft('abcd', 4, 4, 5)).toMatchObject({rows: ['abcd', ''], cursorRow: 1, cursorColumn: 0});
	});

	it("shows at most maxRows rows, the cursor's among them", () => {
		const text = 'l1\nl2\nl3\nl4\nl5\nl6';
		const atEnd = layoutDraft(text, text.length, 10, 3);
		expect(atEnd).toMatchObject({rows: ['l4', 'l5', 'l6'], cursorRow: 2, totalRows: 6, firstRow: 3});
		const atStart = layoutDraft(text, 0, 10, 3);
		expect(atStart).toMatchObject({rows: ['l1', 'l2', 'l3'], cursorRow: 0, firstRow: 0});
	});
});
