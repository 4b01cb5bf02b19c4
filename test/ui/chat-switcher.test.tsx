// Issue 9: the chat switcher (Ctrl+G) finds a chat by name, e-mail, language or department and shows it in the focused pane.
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {switcherRows} from '../../source/ui/components/chat-switcher/switcher-rows.js';
import {EMPTY_SWITCHER, reduceSwitcher} from '../../source/ui/components/chat-switcher/switcher-state.js';
import {switcherRowText} from '../../source/ui/components/chat-switcher/switcher-text.js';
import {handleKeyPress, type KeyActionDeps} from '../../source/ui/key-actions.js';
import {parseKeyPresses} from '../../source/ui/keys/key-press.js';
import {handlePaste} from '../../source/ui/paste.js';
import {draftOf} from '../../source/ui/state/ui-state.js';
import {createTheme} from '../../source/ui/theme.js';
import {waitFor} from '../helpers/wait-for.js';
import {chat, deskStore, offer, T0} from './helpers/fixtures.js';
import {fakeController, makeStores, renderDesk} from './helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const customer = (id: string, name: string, email: string | null, locale: string) => ({
	id: `cust-${id}`,
	name,
	email,
	locale,
	page: null,
	previous_chats: 0,
});

function shift() {
	return deskStore({
		chats: [
			chat('c1', {customer: customer('c1', 'Sarah Jones', 'sarah@acme.com', 'en'), department_id: 'tech'}),
			chat('c2', {customer: customer('c2', 'Ola Nordmann', 'ola@example.no', 'nb'), department_id: 'billing'}),
			chat('c3', {customer: customer('c3', '王伟', null, 'zh'), department_id: 'tech'}),
			chat('c4', {customer: customer('c4', 'Kari Berg', 'kari@example.no', 'nb'), department_id: 'tech'}),
		],
		offers: [offer('o1', {customer: customer('o1', 'Mia Holm', null, 'sv')})],
		then: [
			{
				type: 'departments.loaded',
				departments: [
					{id: 'tech', name: 'Technical', agents_online: 1, accepting: true},
					{id: 'billing', name: 'Billing', agents_online: 1, accepting: true},
				],
				at: T0,
			},
			{type: 'focus.chat', chatId: 'c1'},
		],
	});
}

const names = (query: string) => switcherRows(shift().getState(), query).map(row => row.name);

describe('switcherRows', () => {
	it('lists every chat on the desk in the list order for an empty query, offers marked by having no number', () => {
		const rows = switcherRows(shift().getState(), '');
		expect(rows.map(row => [row.number, row.name])).toEqual([
			[null, 'Mia Holm'],
			[1, 'Sarah Jones'],
			[2, 'Ola Nordmann'],
			[3, '王伟'],
			[4, 'Kari Berg'],
		]);
	});

	it('finds a chat fuzzily by name, e-mail, language tag or name, department, or number', () => {
		expect(names('sjones')[0]).toBe('Sarah Jones');
		expect(names('ola@')).toEqual(['Ola Nordmann']);
		expect(names('nb')).toEqual(['Ola Nordmann', 'Kari Berg']);
		expect(names('norwegian')).toEqual(['Ola Nordmann', 'Kari Berg']);
		expect(names('chinese')).toEqual(['王伟']);
		expect(names('王')).toEqual(['王伟']);
		expect(names('billing')).toEqual(['Ola Nordmann']);
		expect(names('4')[0]).toBe('Kari Berg');
		// Several words each have to match somewhere: Kari, in Norwegian, in Technical.
		expect(names('kari nb')).toEqual(['Kari Berg']);
		expect(names('technical nb')).toEqual(['Kari Berg']);
		expect(names('zzz')).toEqual([]);
	});
});

describe('reduceSwitcher', () => {
	it('edits one line of query, chooses the best match again when it changes, and wraps the selection round', () => {
		let state = reduceSwitcher(EMPTY_SWITCHER, {type: 'insert', text: 'kari\nberg'});
		expect(state.query).toBe('kari berg');
		state = reduceSwitcher(state, {type: 'move', by: -1, count: 3});
		expect(state.selected).toBe(2);
		state = reduceSwitcher(state, {type: 'delete-before'});
		expect(state).toEqual({query: 'kari ber', selected: 0});
		expect(reduceSwitcher(state, {type: 'delete-word'}).query).toBe('kari ');
		expect(reduceSwitcher(state, {type: 'clear'})).toEqual(EMPTY_SWITCHER);
	});
});

describe('switcherRowText', () => {
	it('shows the number, the name, then what finds the chat; the details give way before the name', () => {
		const theme = createTheme({unicode: true, color: 'none'});
		const [, sarah] = switcherRows(shift().getState(), '');
		expect(switcherRowText(sarah!, true, 78, theme)).toBe(
			'▶  1 Sarah Jones · sarah@acme.com · en · Technical · active',
		);
		expect(switcherRowText(sarah!, false, 30, theme)).toBe('   1 Sarah Jones · sarah@acme…');
		expect(switcherRowText(sarah!, false, 12, theme)).toBe('   1 Sarah…');
		const [mia] = switcherRows(shift().getState(), '');
		expect(switcherRowText(mia!, false, 78, theme)).toBe('   ◆ Mia Holm · sv · offered');
		const ascii = createTheme({unicode: false, color: 'none'});
		expect(switcherRowText(sarah!, true, 78, ascii)).toBe(
			'>  1 Sarah Jones - sarah@acme.com - en - Technical - active',
		);
	});
});

function keysOn(desk = shift()) {
	const stores = makeStores({desk});
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller: fakeController(),
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard: stores.guard,
		canned: stores.canned,
		now: () => T0,
	};
	const keys = (raw: string) => {
		for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	const focused = () => stores.desk.getState().view.panes[stores.desk.getState().view.focusedPane];
	return {stores, deps, keys, focused};
}

describe('the switcher keys', () => {
	it('Ctrl+G, a few letters, Enter: the chat is in the focused pane and nothing was typed into a composer', () => {
		const {stores, keys, focused} = keysOn();
		keys('\u0007');
		expect(stores.ui.getState().overlay).toBe('switcher');
		keys('kari?/');
		expect(stores.ui.getState().switcher.query).toBe('kari?/');
		keys('\u007F\u007F\r');
		expect(focused()).toBe('c4');
		expect(stores.ui.getState().overlay).toBeNull();
		for (const chatId of ['c1', 'c4']) expect(draftOf(stores.ui.getState(), chatId).text).toBe('');
	});

	it('chooses with Up/Down, keeps the focus on Esc, says so when nothing matches, and takes a paste as the query', () => {
		const {stores, deps, keys, focused} = keysOn();
		keys('\u0007nb');
		keys('\u001B[B');
		keys('\r');
		expect(focused()).toBe('c4');
		keys('\u0007zzz\r');
		expect(stores.ui.getState().note?.text).toBe('no chat matches "zzz"');
		expect(stores.ui.getState().overlay).toBe('switcher');
		keys('\u0015');
		handlePaste('ola@\n', deps);
		expect(stores.ui.getState().switcher.query).toBe('ola@ ');
		keys('\u001B');
		expect(stores.ui.getState().overlay).toBeNull();
		expect(focused()).toBe('c4');
		// Ctrl+G again closes it; it opens empty each time.
		keys('\u0007x\u0007');
		expect(stores.ui.getState().overlay).toBeNull();
		keys('\u0007');
		expect(stores.ui.getState().switcher.query).toBe('');
	});
});

describe('ChatSwitcher on screen', () => {
	it('shows the query and the matches at 80x24, the chosen one marked, and goes to it', async () => {
		const view = renderDesk(<App />, {desk: shift(), columns: 80, rows: 24});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('Sarah Jones'));
		view.stdin.write('\u0007');
		await waitFor(() => view.lastFrame().includes('find a chat'));
		view.stdin.write('norw');
		const frame = await waitFor(() => view.lastFrame().includes('> norw') && view.lastFrame());
		expect(frame).toContain('▶  2 Ola Nordmann · ola@example.no · nb · Billing · active');
		expect(frame).toContain('   4 Kari Berg · kari@example.no · nb · Technical · active');
		expect(frame).not.toContain('Sarah Jones ·');
		view.stdin.write('\u001B[B');
		await waitFor(() => /▶ +4 Kari Berg/.test(view.lastFrame()));
		view.stdin.write('\r');
		await waitFor(() => !view.lastFrame().includes('find a chat') && /▶ Kari Berg/.test(view.lastFrame()));
	});
});
