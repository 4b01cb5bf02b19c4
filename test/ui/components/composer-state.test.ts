// The composer reducer: typing, multi-line, cursor moves by grapheme, deletions, and the input history.
import {describe, expect, it} from 'vitest';
import {
	EMPTY_COMPOSER,
	reduceComposer,
	type ComposerEdit,
	type ComposerState,
} from '../../../source/ui/components/composer/composer-state.js';

const apply = (edits: ComposerEdit[], start: ComposerState = EMPTY_COMPOSER) => edits.reduce(reduceComposer, start);
const typed = (text: string) => apply([{type: 'insert', text}]);

describe('reduceComposer', () => {
	it('inserts at the cursor and keeps line breaks one kind', () => {
		expect(apply([{type: 'insert', text: 'helo'}, {type: 'cursor-left'}, {type: 'insert', text: 'l'}])).toMatchObject({
			text: 'hello',
			cursor: 4,
		});
		expect(typed('a\r\nb\rc\td')).toMatchObject({text: 'a\nb\nc    d'});
	});

	it('inserts a multi-line paste as one edit', () => {
		const state = apply([
			{type: 'insert', text: 'Dear '},
			{type: 'insert', text: 'line 1\nline 2\nline 3'},
		]);
		expect(state.text).toBe('Dear line 1\nline 2\nline 3');
		expect(state.cursor).toBe(state.text.length);
	});

	it('adds a new line at the cursor (Alt+Enter)', () => {
		expect(apply([{type: 'insert', text: 'ab'}, {type: 'cursor-left'}, {type: 'new-line'}])).toMatchObject({
			text: 'a\nb',
			cursor: 2,
		});
	});

	it('moves and deletes whole graphemes (emoji, combining marks)', () => {
		const state = typed('a👍🏽e\u0301');
		expect(reduceComposer(state, {type: 'delete-before'}).text).toBe('a👍🏽');
		expect(apply([{type: 'cursor-left'}, {type: 'cursor-left'}, {type: 'delete-before'}], state).text).toBe(
			'👍🏽e\u0301',
		);
		expect(apply([{type: 'line-start'}, {type: 'cursor-right'}, {type: 'delete-after'}], state).text).toBe('ae\u0301');
	});

	it('goes to the start and end of the current line', () => {
		const state = typed('one\ntwo');
		expect(reduceComposer(state, {type: 'line-start'}).cursor).toBe(4);
		expect(apply([{type: 'line-start'}, {type: 'line-end'}], state).cursor).toBe(7);
	});

	it('deletes the word before the cursor, and to the line start', () => {
		expect(reduceComposer(typed('hello there  '), {type: 'delete-word'}).text).toBe('hello ');
		expect(reduceComposer(typed('first\nsecond line'), {type: 'delete-to-start'}).text).toBe('first\n');
	});

	it('walks the history with Up/Down and gives the draft back', () => {
		const history = ['newest', 'older'];
		const draft = typed('my draft');
		const up = reduceComposer(draft, {type: 'history-previous', history});
		expect(up).toMatchObject({text: 'newest', historyIndex: 0});
		const upAgain = reduceComposer(up, {type: 'history-previous', history});
		expect(upAgain).toMatchObject({text: 'older', historyIndex: 1});
		expect(reduceComposer(upAgain, {type: 'history-previous', history})).toBe(upAgain);
		const down = reduceComposer(upAgain, {type: 'history-next', history});
		expect(down.text).toBe('newest');
		expect(reduceComposer(down, {type: 'history-next', history})).toMatchObject({text: 'my draft', historyIndex: null});
	});

	it('moves between the lines of a multi-line draft before using the history', () => {
		const state = typed('first\nsecond');
		const up = reduceComposer(state, {type: 'history-previous', history: ['old']});
		expect(up.text).toBe('first\nsecond');
		expect(up.cursor).toBe(5);
		expect(reduceComposer(up, {type: 'history-next', history: ['old']}).cursor).toBe(11);
	});

	it('forgets the history position once the text is edited', () => {
		const recalled = reduceComposer(EMPTY_COMPOSER, {type: 'history-previous', history: ['sent']});
		expect(reduceComposer(recalled, {type: 'insert', text: '!'})).toMatchObject({text: 'sent!', historyIndex: null});
	});
});
