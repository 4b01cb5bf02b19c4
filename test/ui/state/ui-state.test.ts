// The screen's own state: drafts per chat survive switching, sent text joins the history, overlays and quit arming.
import {describe, expect, it} from 'vitest';
import {createUiState, draftOf, historyOf, HISTORY_SIZE, reduceUi} from '../../../source/ui/state/ui-state.js';

describe('reduceUi', () => {
	it('keeps a draft per chat', () => {
		let state = reduceUi(createUiState(), {type: 'composer.edit', chatId: 'a', edit: {type: 'insert', text: 'for a'}});
		state = reduceUi(state, {type: 'composer.edit', chatId: 'b', edit: {type: 'insert', text: 'for b'}});
		expect(draftOf(state, 'a').text).toBe('for a');
		expect(draftOf(state, 'b').text).toBe('for b');
		expect(draftOf(state, 'c').text).toBe('');
	});

	it('empties the composer on send and puts the text first in the history, once', () => {
		let state = reduceUi(createUiState(), {type: 'composer.edit', chatId: 'a', edit: {type: 'insert', text: 'hello'}});
		state = reduceUi(state, {type: 'composer.sent', chatId: 'a', text: 'hello'});
		state = reduceUi(state, {type: 'composer.sent', chatId: 'a', text: 'second'});
		state = reduceUi(state, {type: 'composer.sent', chatId: 'a', text: 'hello'});
		expect(draftOf(state, 'a').text).toBe('');
		expect(historyOf(state, 'a')).toEqual(['hello', 'second']);
	});

	it('keeps the history per chat: what was sent to one customer never comes back in another chat', () => {
		let state = reduceUi(createUiState(), {type: 'composer.sent', chatId: 'a', text: 'for Sarah'});
		state = reduceUi(state, {type: 'composer.sent', chatId: 'b', text: 'for Ola'});
		expect(historyOf(state, 'a')).toEqual(['for Sarah']);
		expect(historyOf(state, 'b')).toEqual(['for Ola']);
		expect(historyOf(state, 'c')).toEqual([]);
	});

	it('keeps the history bounded', () => {
		let state = createUiState();
		for (let index = 0; index < HISTORY_SIZE + 10; index++)
			state = reduceUi(state, {type: 'composer.sent', chatId: 'a', text: `m${index}`});
		expect(historyOf(state, 'a')).toHaveLength(HISTORY_SIZE);
		expect(historyOf(state, 'a')[0]).toBe(`m${HISTORY_SIZE + 9}`);
	});

	it('toggles and closes overlays, arms and disarms quitting, shows and clears notes', () => {
		let state = reduceUi(createUiState(), {type: 'overlay.toggle', overlay: 'help'});
		expect(state.overlay).toBe('help');
		expect(reduceUi(state, {type: 'overlay.toggle', overlay: 'help'}).overlay).toBeNull();
		state = reduceUi(state, {type: 'overlay.close'});
		expect(state.overlay).toBeNull();
		expect(reduceUi(state, {type: 'overlay.close'})).toBe(state);
		state = reduceUi(state, {type: 'quit.arm', at: 5});
		expect(state.quitArmedAt).toBe(5);
		expect(reduceUi(state, {type: 'quit.disarm'}).quitArmedAt).toBeNull();
		state = reduceUi(state, {type: 'note.show', note: {text: 'x', level: 'info', at: 1}});
		expect(reduceUi(state, {type: 'note.clear'}).note).toBeNull();
	});
});
