// The composer as data: the draft, the cursor, a canned placeholder it stands on, walking the input history; a pure reducer, no React.
import {splitGraphemes} from '../../text/width.js';

export type ComposerState = {
	text: string;
	/** Cursor position in UTF-16 code units, always on a grapheme boundary. */
	cursor: number;
	/** Position in the input history while browsing it (0 = newest); null when editing the draft. */
	historyIndex: number | null;
	/** The draft as it was before browsing the history, given back when walking past the newest entry. */
	stash: string;
	/**
	 * A canned response's placeholder ("[order number]") the cursor jumped to (Tab): typing replaces it, Backspace or
	 * Delete removes it; any other edit or move leaves it as text. Null: no placeholder chosen.
	 */
	mark?: {start: number; end: number} | null;
};

export type ComposerEdit =
	| {type: 'insert'; text: string}
	| {type: 'new-line'}
	| {type: 'cursor-left'}
	| {type: 'cursor-right'}
	| {type: 'line-start'}
	| {type: 'line-end'}
	| {type: 'delete-before'}
	| {type: 'delete-after'}
	| {type: 'delete-word'}
	| {type: 'delete-to-start'}
	/** Up: a line up in a multi-line draft, else the previous history entry. History is newest first. */
	| {type: 'history-previous'; history: readonly string[]}
	| {type: 'history-next'; history: readonly string[]}
	| {type: 'replace'; text: string}
	/** Puts the cursor on a placeholder and chooses it (start..end, within the text). */
	| {type: 'select'; start: number; end: number}
	/** `text` goes in at `at` (the cursor as it was when the agent asked for a canned response), the cursor after it. */
	| {type: 'insert-at'; text: string; at: number}
	| {type: 'clear'};

export const EMPTY_COMPOSER: ComposerState = Object.freeze({text: '', cursor: 0, historyIndex: null, stash: ''});

/** Pasted or typed text as the composer keeps it: one kind of line break, no tabs (they have no fixed width). */
export function normaliseComposerText(text: string): string {
	return text.replaceAll(/\r\n?/g, '\n').replaceAll('\t', '    ');
}

function edited(text: string, cursor: number): ComposerState {
	return {text, cursor, historyIndex: null, stash: ''};
}

function previousBoundary(text: string, cursor: number): number {
	if (cursor === 0) return 0;
	const graphemes = splitGraphemes(text.slice(0, cursor));
	return cursor - (graphemes.at(-1)?.length ?? 0);
}

function nextBoundary(text: string, cursor: number): number {
	if (cursor >= text.length) return text.length;
	const graphemes = splitGraphemes(text.slice(cursor));
	return cursor + (graphemes[0]?.length ?? 0);
}

function lineStart(text: string, cursor: number): number {
	return text.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(text: string, cursor: number): number {
	const end = text.indexOf('\n', cursor);
	return end === -1 ? text.length : end;
}

/** The cursor moved one line up or down, at the same column (in code units; close enough for a draft). */
function verticalMove(text: string, cursor: number, direction: -1 | 1): number | null {
	const start = lineStart(text, cursor);
	const column = cursor - start;
	if (direction === -1) {
		if (start === 0) return null;
		const previousStart = lineStart(text, start - 1);
		return Math.min(previousStart + column, start - 1);
	}
	const end = lineEnd(text, cursor);
	if (end === text.length) return null;
	const nextStart = end + 1;
	return Math.min(nextStart + column, lineEnd(text, nextStart));
}

function fromHistory(state: ComposerState, history: readonly string[], index: number | null): ComposerState {
	const stash = state.historyIndex === null ? state.text : state.stash;
	const text = index === null ? stash : history[index]!;
	return {text, cursor: text.length, historyIndex: index, stash: index === null ? '' : stash};
}

/** What typing, Backspace or Delete do to a chosen placeholder: it is replaced or removed as a whole. */
function onMark(state: ComposerState, edit: ComposerEdit): ComposerState | null {
	const mark = state.mark;
	if (!mark) return null;
	const {text} = state;
	const without = text.slice(0, mark.start) + text.slice(mark.end);
	switch (edit.type) {
		case 'insert': {
			const insert = normaliseComposerText(edit.text);
			return edited(text.slice(0, mark.start) + insert + text.slice(mark.end), mark.start + insert.length);
		}
		case 'delete-before':
		case 'delete-after':
			return edited(without, mark.start);
		default:
			return null;
	}
}

export function reduceComposer(current: ComposerState, edit: ComposerEdit): ComposerState {
	const chosen = onMark(current, edit);
	if (chosen) return chosen;
	// Any other edit or move leaves a chosen placeholder as plain text.
	const state = current.mark ? {...current, mark: null} : current;
	const {text, cursor} = state;
	switch (edit.type) {
		case 'insert': {
			const insert = normaliseComposerText(edit.text);
			if (insert === '') return state;
			return edited(text.slice(0, cursor) + insert + text.slice(cursor), cursor + insert.length);
		}
		case 'new-line':
			return edited(`${text.slice(0, cursor)}\n${text.slice(cursor)}`, cursor + 1);
		case 'cursor-left':
			return {...state, cursor: previousBoundary(text, cursor)};
		case 'cursor-right':
			return {...state, cursor: nextBoundary(text, cursor)};
		case 'line-start':
			return {...state, cursor: lineStart(text, cursor)};
		case 'line-end':
			return {...state, cursor: lineEnd(text, cursor)};
		case 'delete-before': {
			const from = previousBoundary(text, cursor);
			return from === cursor ? state : edited(text.slice(0, from) + text.slice(cursor), from);
		}
		case 'delete-after': {
			const to = nextBoundary(text, cursor);
			return to === cursor ? state : edited(text.slice(0, cursor) + text.slice(to), cursor);
		}
		case 'delete-word': {
			const before = text.slice(0, cursor);
			// Spaces right before the cursor go with the word, as in a shell.
			const from = before.search(/\S*\s*$/u);
			return from === cursor ? state : edited(text.slice(0, from) + text.slice(cursor), from);
		}
		case 'delete-to-start': {
			const from = lineStart(text, cursor);
			return from === cursor ? state : edited(text.slice(0, from) + text.slice(cursor), from);
		}
		case 'history-previous': {
			const up = verticalMove(text, cursor, -1);
			if (up !== null) return {...state, cursor: up};
			const index = state.historyIndex === null ? 0 : state.historyIndex + 1;
			return index < edit.history.length ? fromHistory(state, edit.history, index) : state;
		}
		case 'history-next': {
			const down = verticalMove(text, cursor, 1);
			if (down !== null) return {...state, cursor: down};
			if (state.historyIndex === null) return state;
			return fromHistory(state, edit.history, state.historyIndex === 0 ? null : state.historyIndex - 1);
		}
		case 'replace':
			return edited(normaliseComposerText(edit.text), normaliseComposerText(edit.text).length);
		case 'select': {
			const start = Math.max(0, Math.min(edit.start, text.length));
			const end = Math.max(start, Math.min(edit.end, text.length));
			return {...state, cursor: start, mark: end > start ? {start, end} : null};
		}
		case 'insert-at': {
			const insert = normaliseComposerText(edit.text);
			const at = Math.max(0, Math.min(edit.at, text.length));
			return edited(text.slice(0, at) + insert + text.slice(at), at + insert.length);
		}
		case 'clear':
			return EMPTY_COMPOSER;
	}
}
