// E8: Alt+E from a chat lists its customer's earlier chats (when, department, agent, how it ended); Enter reads one,
// paged back on demand; Esc returns. A server without earlier_chats gets one plain line and no request.
import {afterEach, describe, expect, it} from 'vitest';
import type {DeskInput} from '../../../../source/core/intents.js';
import type {Capability, Chat, Message} from '../../../../source/protocol/index.js';
import {App} from '../../../../source/ui/app.js';
import {earlierRowText} from '../../../../source/ui/components/earlier-chats/earlier-lines.js';
import {handleKeyPress, type KeyActionDeps} from '../../../../source/ui/key-actions.js';
import {parseKeyPresses} from '../../../../source/ui/keys/key-press.js';
import {createEarlierChatsLoader} from '../../../../source/ui/runtime/earlier-chats-loader.js';
import {RequestError} from '../../../../source/client/request-error.js';
import {waitFor} from '../../../helpers/wait-for.js';
import {agent, chat, colleagueAuthor, customerAuthor, deskStore, message, T0} from '../../helpers/fixtures.js';
import {fakeController, makeStores, renderDesk} from '../../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

const DAY = 86_400_000;
const names: DeskInput[] = [
	{
		type: 'departments.loaded',
		departments: [{id: 'tech', name: 'Technical', agents_online: 1, accepting: true}],
		at: T0,
	},
	{type: 'agents.loaded', agents: [agent, {...agent, id: 'kim', name: 'Kim'}], at: T0},
];

function returning(capabilities: Capability[] = ['hold', 'earlier_chats']) {
	const now = chat('now', {customer: {...chat('now').customer, previous_chats: 3}});
	return deskStore({chats: [now], capabilities, then: [...names, {type: 'focus.chat', chatId: 'now'}]});
}

const earlier = (id: string, daysAgo: number, overrides: Partial<Chat> = {}) =>
	chat(id, {status: 'ended', agent_id: 'kim', department_id: 'tech', created_at: T0 - daysAgo * DAY, ...overrides});

function keysOn(desk = returning()) {
	const stores = makeStores({desk});
	const controller = fakeController();
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller,
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard: stores.guard,
		canned: stores.canned,
		now: () => T0,
	};
	const keys = (raw: string) => {
		for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	const calls = (method: string) => controller.calls.filter(call => call.method === method).map(call => call.args);
	return {stores, keys, calls};
}

const ALT_E = '\u001Be';
const ESC = '\u001B';
const lines = (chatId: string, from: number, to: number): Message[] =>
	Array.from({length: to - from + 1}, (_, index) =>
		message(chatId, from + index, index % 2 ? colleagueAuthor : customerAuthor(), `message number ${from + index}`),
	);

describe('earlierRowText', () => {
	const names = {selfId: 'alex', department: () => 'Technical', agent: (id: string) => (id === 'kim' ? 'Kim' : null)};

	it('gives when, department, who served it and how it ended, in 78 columns', () => {
		const row = earlierRowText(earlier('e1', 2, {rating: 3}), true, 78, names);
		expect(row).toMatch(/^▶ \d{4}-\d\d-\d\d \d\d:\d\d {2}Technical {5}Kim {11}ended, rated 3 of 3$/);
		expect(earlierRowText(earlier('e2', 2, {agent_id: 'alex'}), false, 78, names)).toContain('you');
		expect(earlierRowText(earlier('e3', 2, {agent_id: 'zed'}), false, 78, names)).toContain('a colleague');
		expect(earlierRowText(earlier('e4', 2, {agent_id: null}), false, 78, names)).toContain(
			'-             ended before an agent took it',
		);
		expect(earlierRowText(earlier('e5', 2, {status: 'active'}), false, 78, names)).toContain('still open');
		expect(earlierRowText(earlier('e1', 2, {rating: 3}), false, 40, names).length).toBeLessThanOrEqual(40);
	});

	it('cleans what the server sent: no escape sequence reaches the terminal', () => {
		const hostile = {...names, department: () => '\u001B]0;owned\u0007Tech', agent: () => '\u001B[2JKim'};
		const row = earlierRowText(earlier('e1', 2), false, 78, hostile);
		expect(row).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		expect(row).toContain('Tech');
	});
});

describe('the earlier chats keys', () => {
	it('Alt+E asks for the first page; reaching the end asks for the next; Enter reads; PgUp at the top pages back', () => {
		const {stores, keys, calls} = keysOn();
		keys(ALT_E);
		expect(stores.ui.getState().overlay).toBe('earlier');
		expect(stores.ui.getState().earlier).toMatchObject({chatId: 'now', customer: 'Sarah Jones'});
		expect(calls('loadEarlierChats')).toEqual([['now', null]]);
		const edit = (change: object) => stores.ui.dispatch({type: 'earlier', edit: change as never});
		edit({
			type: 'chats.loaded',
			chatId: 'now',
			before: null,
			chats: [earlier('e2', 1), earlier('e1', 9)],
			hasMore: true,
		});
		keys('\u001B[B');
		expect(calls('loadEarlierChats')).toEqual([
			['now', null],
			['now', 'e1'],
		]);
		keys('\r');
		expect(calls('loadEarlierTranscript')).toEqual([['e1', null]]);
		edit({type: 'transcript.loaded', earlierId: 'e1', before: null, messages: lines('e1', 51, 100), hasOlder: true});
		edit({type: 'transcript.size', page: 19, max: 40});
		keys('\u001B[5~');
		keys('\u001B[H');
		// Not at the top yet: PgUp and Home scroll; at the top PgUp asks for the page before message 51.
		expect(calls('loadEarlierTranscript')).toEqual([['e1', null]]);
		expect(stores.ui.getState().earlier.reading!.view.scroll).toBe(40);
		keys('\u001B[5~');
		expect(calls('loadEarlierTranscript')).toEqual([
			['e1', null],
			['e1', 51],
		]);
		keys(ESC);
		expect(stores.ui.getState().earlier.reading).toBeNull();
		expect(stores.ui.getState().overlay).toBe('earlier');
		keys(ESC);
		expect(stores.ui.getState().overlay).toBeNull();
		expect(stores.ui.getState().earlier.chats).toEqual([]);
	});

	it('on a server without earlier_chats: one plain line, no request, no overlay', () => {
		const {stores, keys, calls} = keysOn(returning(['hold']));
		keys(ALT_E);
		keys(ALT_E);
		expect(stores.ui.getState().overlay).toBeNull();
		expect(calls('loadEarlierChats')).toEqual([]);
		expect(stores.ui.getState().note?.text).toBe(
			'this server does not share earlier chats; the details show how many Sarah Jones had (E8)',
		);
		expect(stores.desk.getState().alerts).toEqual([]);
	});
});

describe('the earlier chats loader', () => {
	it('hands each page to the overlay, and a refusal as plain words inside it', async () => {
		const stores = makeStores({desk: returning()});
		const asked: unknown[] = [];
		let refuse = false;
		const loader = createEarlierChatsLoader({
			ui: stores.ui,
			request: (async (op: string, payload: unknown) => {
				asked.push([op, payload]);
				if (refuse) throw new RequestError('unsupported', 'customer.chats: unsupported', false);
				return op === 'customer.chats'
					? {chats: [earlier('e1', 3)], has_more: false}
					: {messages: lines('e1', 1, 2), has_more: false};
			}) as never,
		});
		stores.ui.dispatch({type: 'overlay.open', overlay: 'earlier'});
		stores.ui.dispatch({type: 'earlier', edit: {type: 'open', chatId: 'now', customer: 'Sarah'}});
		loader.loadEarlierChats('now', null);
		await waitFor(() => stores.ui.getState().earlier.chats.length === 1);
		stores.ui.dispatch({type: 'earlier', edit: {type: 'read'}});
		loader.loadEarlierTranscript('e1', null);
		await waitFor(() => stores.ui.getState().earlier.reading?.messages.length === 2);
		expect(asked).toEqual([
			['customer.chats', {chat_id: 'now', limit: 20}],
			['chat.history', {chat_id: 'e1', limit: 50}],
		]);
		refuse = true;
		stores.ui.dispatch({type: 'earlier', edit: {type: 'back'}});
		stores.ui.dispatch({type: 'earlier', edit: {type: 'open', chatId: 'now', customer: 'Sarah'}});
		loader.loadEarlierChats('now', null);
		await waitFor(() => stores.ui.getState().earlier.failed === 'the server does not support it');
		expect(stores.ui.getState().note).toBeNull();
	});
});

describe('EarlierChats on screen', () => {
	it('names the key in the customer details where the server shares earlier chats, and only there', async () => {
		const view = renderDesk(<App />, {desk: returning(), columns: 120, rows: 40});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('3 earlier chats:') && view.lastFrame().includes('Alt+E reads'));
		view.unmount();
		const older = renderDesk(<App />, {desk: returning(['hold']), columns: 120, rows: 40});
		unmount = older.unmount;
		const frame = await waitFor(() => older.lastFrame().includes('3 earlier chats') && older.lastFrame());
		expect(frame).not.toContain('Alt+E reads');
	});

	it('lists the chats at 80x24 and shows a transcript with its older pages to load', async () => {
		const view = renderDesk(<App />, {desk: returning(), columns: 80, rows: 24});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('Sarah Jones'));
		view.stdin.write(ALT_E);
		await waitFor(() => view.lastFrame().includes('loading the earlier chats'));
		const edit = (change: object) => view.stores.ui.dispatch({type: 'earlier', edit: change as never});
		const chats = [
			earlier('e3', 1, {rating: 2}),
			earlier('e2', 5, {agent_id: 'alex'}),
			earlier('e1', 40, {agent_id: null}),
		];
		edit({type: 'chats.loaded', chatId: 'now', before: null, chats, hasMore: false});
		const list = await waitFor(() => view.lastFrame().includes('ended, rated 2 of 3') && view.lastFrame());
		expect(list).toContain('earlier chats of Sarah Jones · Enter reads · Esc closes');
		expect(list).toMatch(/▶ \d{4}-\d\d-\d\d \d\d:\d\d {2}Technical {5}Kim/);
		expect(list).toMatch(/ {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}Technical {5}you/);
		expect(list).toContain('ended before an agent took it');
		for (const row of list.split('\n')) expect(row.length).toBeLessThanOrEqual(80);

		view.stdin.write('\r');
		await waitFor(() => view.lastFrame().includes('loading the messages'));
		const hostile = message('e3', 100, customerAuthor(), 'bye \u001B]52;c;aGk=\u0007now');
		edit({
			type: 'transcript.loaded',
			earlierId: 'e3',
			before: null,
			messages: [...lines('e3', 51, 99), hostile],
			hasOlder: true,
		});
		const transcript = await waitFor(() => view.lastFrame().includes('bye now') && view.lastFrame());
		expect(transcript).toContain('Esc back to the list');
		expect(transcript).toContain('» Kim: message number 98');
		expect(transcript).not.toContain(']52;');
		view.stdin.write('\u001B[H');
		await waitFor(() => view.lastFrame().includes('older messages: PgUp loads them'));
		expect(view.lastFrame()).toContain('Sarah Jones: message number 51');
		expect(
			view.controller.calls.filter(call => call.method === 'loadEarlierTranscript').map(call => call.args),
		).toEqual([['e3', null]]);
		view.stdin.write('\u001B[5~');
		await waitFor(() =>
			view.controller.calls.some(call => call.method === 'loadEarlierTranscript' && call.args[1] === 51),
		);
		edit({type: 'transcript.loaded', earlierId: 'e3', before: 51, messages: lines('e3', 1, 50), hasOlder: false});
		// The rows in view stay where they were (51 on top); PgUp goes on into the page that came.
		const page = await waitFor(() => view.lastFrame().includes('older messages above') && view.lastFrame());
		expect(page).toContain('Sarah Jones: message number 51');
		view.stdin.write('\u001B[5~');
		await waitFor(() => view.lastFrame().includes('» Kim: message number 34'));
		view.stdin.write('\u001B[H');
		await waitFor(() => /start of the chat[^]*Sarah Jones: message number 1 /.test(view.lastFrame()));
		view.stdin.write(ESC);
		await waitFor(() => view.lastFrame().includes('earlier chats of Sarah Jones'));
		view.stdin.write(ESC);
		await waitFor(() => !view.lastFrame().includes('earlier chats of'));
	});

	it('draws in plain ASCII where the terminal has no UTF-8', async () => {
		const view = renderDesk(<App />, {desk: returning(), columns: 80, rows: 24, ascii: true});
		unmount = view.unmount;
		await waitFor(() => view.lastFrame().includes('Sarah Jones'));
		view.stdin.write(ALT_E);
		const edit = (change: object) => view.stores.ui.dispatch({type: 'earlier', edit: change as never});
		await waitFor(() => view.lastFrame().includes('loading the earlier chats...'));
		const chats = [earlier('e2', 1, {rating: 2}), earlier('e1', 3, {department_id: null})];
		edit({type: 'chats.loaded', chatId: 'now', before: null, chats, hasMore: true});
		const list = await waitFor(() => view.lastFrame().includes('rated 2 of 3') && view.lastFrame());
		expect(list).toMatch(/^[\x20-\x7e\n]*$/);
		expect(list).toContain('> 20');
		view.stdin.write('\r');
		edit({type: 'transcript.loaded', earlierId: 'e2', before: null, messages: lines('e2', 1, 40), hasOlder: false});
		const transcript = await waitFor(() => view.lastFrame().includes('>> Kim: message number 40') && view.lastFrame());
		expect(transcript).toMatch(/^[\x20-\x7e\n]*$/);
	});
});
