// The alert log: every alert, dismissed or not, with the customer's name as it was, bounded; repeats counted.
import {describe, expect, it} from 'vitest';
import {MAX_ALERT_LOG} from '../../source/core/desk-state.js';
import {reduceDesk} from '../../source/core/reducer.js';
import {createUiState, reduceUi} from '../../source/ui/state/ui-state.js';
import {chat, deskStore, T0} from '../ui/helpers/fixtures.js';

const post = (text: string, chatId: string | null, at = T0) =>
	({type: 'alert.post', kind: 'send.failed', level: 'warning', text, chatId, at}) as const;

describe('the alert log', () => {
	it('keeps dismissed alerts, names the customer (never the chat id), and counts a repeat', () => {
		const store = deskStore({chats: [chat('c1', {name: 'Ola Nordmann'})]});
		store.dispatch(post('Sending failed.', 'c1'));
		store.dispatch(post('Sending failed.', 'c1', T0 + 5));
		store.dispatch({type: 'alert.dismiss', alertId: store.getState().alerts[0]!.id});
		store.dispatch({type: 'alerts.clear'});
		expect(store.getState().alerts).toEqual([]);
		expect(store.getState().alertLog).toEqual([
			{id: 'alert-1', level: 'warning', text: 'Sending failed.', chat: 'Ola Nordmann', at: T0 + 5, count: 2},
		]);
	});

	it('keeps the newest few hundred', () => {
		let state = deskStore().getState();
		for (let index = 0; index < MAX_ALERT_LOG + 20; index++) state = reduceDesk(state, post(`n${index}`, null));
		expect(state.alertLog).toHaveLength(MAX_ALERT_LOG);
		expect(state.alertLog.at(-1)!.text).toBe(`n${MAX_ALERT_LOG + 19}`);
		expect(state.alertLog[0]!.chat).toBeNull();
	});

	it("logs the desk's own notes too, and scrolls within what was drawn", () => {
		let ui = createUiState();
		ui = reduceUi(ui, {type: 'note.show', note: {text: 'commands work in a chat', level: 'info', at: T0}});
		ui = reduceUi(ui, {type: 'note.show', note: {text: 'commands work in a chat', level: 'info', at: T0 + 1}});
		ui = reduceUi(ui, {type: 'note.clear'});
		expect(ui.noteLog).toEqual([
			{id: 'note-1', level: 'info', text: 'commands work in a chat', chat: null, at: T0 + 1, count: 2},
		]);
		ui = reduceUi(ui, {type: 'overlay.toggle', overlay: 'alerts'});
		ui = reduceUi(ui, {type: 'alert-log.size', page: 10, max: 15});
		ui = reduceUi(ui, {type: 'alert-log.scroll', move: 'page-up'});
		ui = reduceUi(ui, {type: 'alert-log.scroll', move: 'page-up'});
		expect(ui.alertLog.scroll).toBe(15);
		ui = reduceUi(ui, {type: 'alert-log.scroll', move: 'newest'});
		expect(ui.alertLog.scroll).toBe(0);
	});
});
