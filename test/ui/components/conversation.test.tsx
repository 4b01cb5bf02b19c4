// The conversation: every author kind distinct without colour, the unread divider, unsent and refused sends, virtualisation, scrolling, sanitising.
import {afterEach, describe, expect, it} from 'vitest';
import {ConversationPane} from '../../../source/ui/components/conversation/conversation.js';
import {DeskProvider} from '../../../source/ui/desk-provider.js';
import {handleKeyPress, type KeyActionDeps} from '../../../source/ui/key-actions.js';
import {parseKeyPresses} from '../../../source/ui/keys/key-press.js';
import {waitFor} from '../../helpers/wait-for.js';
import {
	chat,
	colleagueAuthor,
	customerAuthor,
	deskStore,
	historyLoaded,
	meAuthor,
	message,
	messagesEvent,
	systemAuthor,
	T0,
} from '../helpers/fixtures.js';
import {renderComponent} from '../helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function render(...args: Parameters<typeof renderComponent>) {
	const view = renderComponent(...args);
	unmount = view.unmount;
	return view;
}

const pane = (height = 12, width = 70) => (
	<ConversationPane chatId="c1" width={width} height={height} customerName="Sarah Jones" />
);

describe('ConversationPane', () => {
	it('tells customer, me, a colleague, an internal note, a system event and an automatic notice apart without colour', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [
				historyLoaded('c1', [
					message('c1', 1, customerAuthor(), 'My blender does not spin'),
					message('c1', 2, meAuthor, 'Hello Sarah, I am Alex from Acme.', {auto: true}),
					message('c1', 3, meAuthor, 'Let me check that.'),
					message('c1', 4, meAuthor, 'warranty ends in May', {visibility: 'internal'}),
					message('c1', 5, colleagueAuthor, 'I can take this one'),
					message('c1', 6, systemAuthor, 'The chat was put on hold'),
				]),
				{type: 'focus.chat', chatId: 'c1'},
			],
		});
		const view = render(pane(), {desk});
		const frame = await waitFor(() => view.lastFrame().includes('on hold') && view.lastFrame());
		const lines = frame.split('\n');
		const line = (text: string) => lines.find(candidate => candidate.includes(text)) ?? '';
		expect(line('does not spin')).toMatch(/^\d\d:\d\d Sarah Jones: My blender/);
		expect(line('Hello Sarah')).toMatch(/^\d\d:\d\d » You \(auto\): Hello Sarah/);
		expect(line('Let me check')).toMatch(/^\d\d:\d\d » You: Let me check/);
		expect(line('warranty')).toMatch(/^\d\d:\d\d \[note\] You: warranty/);
		expect(line('take this')).toMatch(/^\d\d:\d\d » Kim: I can take/);
		expect(line('put on hold')).toMatch(/^\d\d:\d\d \*\*\* The chat was put on hold/);
	});

	it('wraps long messages under their text, with the time only on the first line', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor(), 'word '.repeat(30).trim())])],
		});
		const view = render(pane(8, 40), {desk});
		const frame = await waitFor(() => view.lastFrame().includes('word') && view.lastFrame());
		const used = frame.split('\n').filter(line => line.includes('word'));
		expect(used.length).toBeGreaterThan(2);
		expect(used[0]).toMatch(/^\d\d:\d\d Sarah Jones: word/);
		for (const line of used.slice(1)) expect(line).toMatch(/^ {6}word/);
	});

	it('draws the unread divider above the first message the agent has not seen', async () => {
		const desk = deskStore({
			chats: [chat('c1'), chat('c2')],
			then: [
				historyLoaded('c1', [message('c1', 1, customerAuthor(), 'seen before')]),
				{type: 'focus.chat', chatId: 'c1'},
				{type: 'focus.chat', chatId: 'c2'},
			],
		});
		desk.dispatch(messagesEvent(message('c1', 2, customerAuthor(), 'new one')));
		desk.dispatch(messagesEvent(message('c1', 3, customerAuthor(), 'newer one')));
		const view = render(pane(), {desk});
		const frame = await waitFor(() => view.lastFrame().includes('newer one') && view.lastFrame());
		const lines = frame.split('\n');
		const divider = lines.findIndex(line => /^── new ─+$/.test(line));
		expect(divider).toBeGreaterThan(-1);
		expect(lines[divider - 1]).toContain('seen before');
		expect(lines[divider + 1]).toContain('new one');
	});

	it('shows my unsent messages as queued while offline and sending while online, and refused ones with the reason', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor(), 'Hi')])],
		});
		desk.dispatch({
			type: 'connection.changed',
			status: {state: 'reconnecting', attempt: 1, retryAt: T0 + 4_000, reason: 'connection lost'},
			at: T0,
		});
		desk.dispatch({
			type: 'outbox.queued',
			message: {
				chat_id: 'c1',
				client_msg_id: 'x1',
				text: 'typed while offline',
				visibility: 'public',
				auto: false,
				queued_at: T0,
			},
			at: T0,
		});
		desk.dispatch({
			type: 'outbox.queued',
			message: {
				chat_id: 'c1',
				client_msg_id: 'x2',
				text: 'refused one',
				visibility: 'public',
				auto: false,
				queued_at: T0,
			},
			at: T0,
		});
		desk.dispatch({
			type: 'outbox.failed',
			client_msg_id: 'x2',
			error: {code: 'conflict', message: 'the chat has ended', retryable: false},
			at: T0,
		});
		const view = render(pane(), {desk});
		await waitFor(() => view.lastFrame().includes('typed while offline (queued)'));
		expect(view.lastFrame()).toMatch(/! not sent \(the chat has ended\): refused one/);
		desk.dispatch({type: 'connection.changed', status: {state: 'connected', sessionId: 's1', resumed: true}, at: T0});
		await waitFor(() => view.lastFrame().includes('typed while offline (sending…)'));
		// An automatic notice is marked as one while it waits, too.
		desk.dispatch({
			type: 'outbox.queued',
			message: {
				chat_id: 'c1',
				client_msg_id: 'x3',
				text: 'Thanks for waiting',
				visibility: 'public',
				auto: true,
				queued_at: T0,
			},
			at: T0,
		});
		await waitFor(() => view.lastFrame().includes('You (auto): Thanks for waiting (sending…)'));
	});

	it('renders only what is on screen of a 10,000-message chat', async () => {
		const messages = Array.from({length: 10_000}, (_, index) =>
			message('c1', index + 1, index % 2 ? meAuthor : customerAuthor(), `message number ${index + 1}`),
		);
		const desk = deskStore({chats: [chat('c1')], then: [historyLoaded('c1', messages)]});
		const view = render(pane(10), {desk});
		const frame = await waitFor(() => view.lastFrame().includes('message number 10000') && view.lastFrame());
		expect(frame).toContain('message number 9991');
		expect(frame).not.toContain('message number 9990');
		expect(view.stores.wrapCache.size).toBeLessThan(50);
	});

	it('scrolls back to an anchored message and says that more is below', async () => {
		const messages = Array.from({length: 40}, (_, index) =>
			message('c1', index + 1, customerAuthor(), `line ${index + 1}`),
		);
		const desk = deskStore({
			chats: [chat('c1')],
			then: [historyLoaded('c1', messages), {type: 'focus.chat', chatId: 'c1'}],
		});
		const view = render(pane(10), {desk});
		await waitFor(() => view.lastFrame().includes('line 40'));
		desk.dispatch({type: 'scroll.to', anchor: {n: 25, linesBelow: 0}});
		const frame = await waitFor(() => view.lastFrame().includes('more below') && view.lastFrame());
		expect(frame).not.toContain('line 40');
		expect(frame).toContain('line 25');
		expect(frame).toContain('End');
	});

	it('shows hostile message text harmlessly', async () => {
		const evil =
			'hi\u001B[2J\u001B[H\u001B]0;title\u0007\u001B]52;c;ZXZpbA==\u0007\u001BP1$r\u001B\\\u009B31m\u202Egnp.exe\u0008\u0007 there';
		const desk = deskStore({
			chats: [chat('c1', {name: 'Mallory\u001B[31m'})],
			then: [historyLoaded('c1', [message('c1', 1, customerAuthor('Mallory\u001B]0;x\u0007'), evil)])],
		});
		const view = render(pane(), {desk});
		const frame = await waitFor(() => view.lastFrame().includes('there') && view.lastFrame());
		expect(frame).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202E]/u);
		expect(frame).toContain('Mallory: hi');
	});

	it('says when there is nothing yet', async () => {
		const view = render(pane(4), {desk: deskStore({chats: [chat('c1')]})});
		await waitFor(() => view.lastFrame().includes('loading the conversation'));
	});
});

describe('ConversationPane scrolled back while the chat goes on', () => {
	const PAGE_UP = '\u001B[5~';
	const PAGE_DOWN = '\u001B[6~';
	const HOME = '\u001B[H';
	/** Every word names its message ("m17w3"), so a wrapped continuation line still says whose it is; some wrap. */
	const words = (n: number) => Array.from({length: 1 + (n % 3) * 4}, (_, word) => `m${n}w${word}`).join(' ');
	const customerMessage = (n: number) => message('c1', n, customerAuthor(), words(n));
	const range = (from: number, to: number) =>
		Array.from({length: to - from + 1}, (_, index) => customerMessage(from + index));

	/** The pane at 10 x 40, with keys going through the real key handling (PgUp/PgDn work out anchors with real heights). */
	async function scrolledPane({messages = range(1, 40), hasOlder = false} = {}) {
		// Focused before the history arrives: all of it read, no divider yet.
		const desk = deskStore({
			chats: [chat('c1')],
			then: [
				{type: 'focus.chat', chatId: 'c1'},
				{type: 'history.loaded', chat_id: 'c1', messages, has_more: hasOlder, at: T0},
			],
		});
		const view = render(pane(10, 40), {desk});
		const {stores, controller} = view;
		const deps: KeyActionDeps = {
			desk,
			ui: stores.ui,
			controller,
			keymap: stores.keymap,
			viewports: stores.viewports,
			guard: stores.guard,
			canned: stores.canned,
			now: () => T0,
		};
		const last = messages.at(-1)!.n;
		await waitFor(() => view.lastFrame().includes(`m${last}w0`) && stores.viewports.get('c1'));
		/** Presses a key and waits for the screen to change. */
		const press = async (raw: string) => {
			const before = view.lastFrame();
			for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
			await waitFor(() => view.lastFrame() !== before && view.lastFrame(), {message: 'the conversation to move'});
		};
		const lines = () => view.lastFrame().split('\n');
		/** The conversation rows, without the "more below" line under them. */
		// The marker rows say where more is: not what the agent reads.
		const content = () => lines().filter(line => !/▼ (more|new messages) below|▲ older messages/.test(line));
		return {desk, view, press, lines, content};
	}

	it('holds what the agent reads still while new messages arrive below', async () => {
		const {desk, view, press, content} = await scrolledPane();
		await press(PAGE_UP);
		await press(PAGE_UP);
		expect(view.lastFrame()).toContain('▼ more below');
		const reading = content();
		expect(reading.join('\n')).not.toContain('m40w0');

		for (const n of [41, 42, 43]) desk.dispatch(messagesEvent(customerMessage(n)));
		await waitFor(() => view.lastFrame().includes('▼ new messages below'));
		expect(content()).toEqual(reading);
		expect(view.lastFrame()).not.toContain('m43w0');
		expect(desk.getState().chats.get('c1')!.unread).toBe(3);
	});

	it('follows new messages while at the bottom', async () => {
		const {desk, view, lines} = await scrolledPane();
		desk.dispatch(messagesEvent(customerMessage(41)));
		await waitFor(() => view.lastFrame().includes('m41w0'));
		expect(lines().at(-1)).toMatch(/m41w\d+$/);
		expect(view.lastFrame()).not.toContain('below');
		expect(desk.getState().chats.get('c1')!.unread).toBe(0);
	});

	it('PgDn through the new messages to the end follows again', async () => {
		const {desk, view, press, lines} = await scrolledPane();
		await press(PAGE_UP);
		await press(PAGE_UP);
		for (const n of [41, 42, 43]) desk.dispatch(messagesEvent(customerMessage(n)));
		await waitFor(() => view.lastFrame().includes('▼ new messages below'));

		for (let presses = 0; presses < 10 && view.lastFrame().includes('below'); presses++) await press(PAGE_DOWN);
		expect(view.lastFrame()).not.toContain('below');
		expect(lines().at(-1)).toMatch(/m43w\d+$/);
		expect(desk.getState().view.scroll.has('c1')).toBe(false);
		expect(desk.getState().chats.get('c1')!.unread).toBe(0);

		desk.dispatch(messagesEvent(customerMessage(44)));
		await waitFor(() => view.lastFrame().includes('m44w0'));
		expect(lines().at(-1)).toMatch(/m44w\d+$/);
	});

	it('older history prepended while at the top leaves the view where it is', async () => {
		const {desk, view, press, content} = await scrolledPane({messages: range(21, 40), hasOlder: true});
		await press(HOME);
		expect(view.lastFrame()).toContain('m21w0');
		await waitFor(() => view.controller.calls.some(call => call.method === 'loadOlder'));
		const reading = content();

		desk.dispatch(historyLoaded('c1', range(1, 20)));
		// A live message too, so the frame is known to be drawn after the page arrived.
		desk.dispatch(messagesEvent(customerMessage(41)));
		await waitFor(() => view.lastFrame().includes('▼ new messages below'));
		// All history is here now, so the "older messages" row gave its line to the conversation: one more line above.
		expect(content().slice(1)).toEqual(reading);

		// Paging up now reaches what was prepended.
		await press(PAGE_UP);
		expect(view.lastFrame()).toMatch(/m20w\d/);
	});

	it('at the top with older history on the server: an "older messages" row naming the keys; Home loads them', async () => {
		const {view, press} = await scrolledPane({messages: range(21, 40), hasOlder: true});
		await press(HOME);
		expect(view.lastFrame()).toMatch(/▲ older messages · PgUp\/Ctrl\+Home to load/);
		await waitFor(() => view.controller.calls.some(call => call.method === 'loadOlder'));
	});

	it('a short page that does not fill the screen, with more on the server: the marker shows and the next page is fetched', async () => {
		const desk = deskStore({
			chats: [chat('c1')],
			then: [
				{type: 'focus.chat', chatId: 'c1'},
				{type: 'history.loaded', chat_id: 'c1', messages: range(38, 40), has_more: true, at: T0},
			],
		});
		const view = render(pane(10, 40), {desk});
		await waitFor(() => view.lastFrame().includes('older messages'));
		await waitFor(() => view.controller.calls.some(call => call.method === 'loadOlder'));
	});

	it('a resize keeps the same message on the bottom row', async () => {
		const {view, press, content} = await scrolledPane();
		await press(PAGE_UP);
		await press(PAGE_UP);
		const bottomMessage = () => /m(\d+)w\d+\s*$/.exec(content().at(-1) ?? '')?.[1];
		const before = bottomMessage();
		expect(before).toBeDefined();
		const frame = view.lastFrame();
		view.rerender(
			<DeskProvider stores={view.stores} actions={view.controller}>
				{pane(10, 64)}
			</DeskProvider>,
		);
		await waitFor(() => view.lastFrame() !== frame);
		expect(view.lastFrame()).toContain('▼ more below');
		expect(bottomMessage()).toBe(before);
	});
});
