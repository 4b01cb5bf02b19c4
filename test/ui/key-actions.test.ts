// What keys do on the desk: switching chats, panes and presence, quitting twice, scrolling, Esc, and sending limits.
import {describe, expect, it} from 'vitest';
import {LIMITS} from '../../source/protocol/index.js';
import {focusContext, handleKeyPress, type KeyActionDeps} from '../../source/ui/key-actions.js';
import {handlePaste} from '../../source/ui/paste.js';
import {parseKeyPresses} from '../../source/ui/keys/key-press.js';
import {DESK_LINE, draftOf, QUIT_WINDOW_MS} from '../../source/ui/state/ui-state.js';
import type {AnchorLayout} from '../../source/ui/text/scroll-anchor.js';
import {chat, deskStore, offer, T0} from './helpers/fixtures.js';
import {fakeController, makeStores} from './helpers/render-desk.js';

function setup(
	desk = deskStore({
		chats: [chat('c1'), chat('c2', {name: 'Ola'})],
		offers: [offer('o1')],
		then: [{type: 'focus.chat', chatId: 'c1'}],
	}),
) {
	const stores = makeStores({desk});
	const controller = fakeController();
	let now = T0;
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller,
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard: stores.guard,
		canned: stores.canned,
		now: () => now,
	};
	const keys = (raw: string) => {
		for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	return {
		stores,
		controller,
		deps,
		keys,
		advance: (ms: number) => (now += ms),
		focused: () => stores.desk.getState().view.panes[stores.desk.getState().view.focusedPane],
	};
}

describe('handleKeyPress', () => {
	it('jumps to a chat by its number (offers have none), to the next and previous, and to the one waiting longest', () => {
		const {keys, focused} = setup();
		keys('\u001B2');
		expect(focused()).toBe('c2');
		keys('\u001B1');
		expect(focused()).toBe('c1');
		keys('\u0010');
		expect(focused()).toBe('o1');
		keys('\u000E');
		expect(focused()).toBe('c1');
		keys('\u001B3');
		expect(focused()).toBe('c1');
		keys('\u001Ba');
		expect(focused()).toBe('o1');
	});

	it('Alt+J then digits reaches any number: at once when no other number starts so, else after Enter', () => {
		const chats = Array.from({length: 12}, (_, index) => chat(`c${index + 1}`, {name: `Customer ${index + 1}`}));
		const {keys, focused, stores} = setup(deskStore({chats, then: [{type: 'focus.chat', chatId: 'c5'}]}));
		keys('\u001Bj');
		keys('12');
		expect(focused()).toBe('c12');
		keys('\u001Bj');
		keys('3');
		expect(focused()).toBe('c3');
		keys('\u001Bj');
		keys('1');
		expect(stores.ui.getState().note?.text).toMatch(/jump to chat 1_/);
		expect(focused()).toBe('c3');
		keys('\r');
		expect(focused()).toBe('c1');
		expect(stores.ui.getState().jump).toBeNull();
		keys('\u001Bj');
		keys('05');
		expect(focused()).toBe('c5');
		keys('\u001Bj');
		keys('\u001B');
		expect(stores.ui.getState().jump).toBeNull();
		expect(focused()).toBe('c5');
		keys('\u001Bj');
		keys('9');
		expect(focused()).toBe('c9');
		// A number no chat has says so, and a key that is not a digit ends the jump and types as usual.
		keys('\u001Bj');
		keys('13');
		expect(stores.ui.getState().note?.text).toBe('no chat has the number 13');
		keys('\u001Bj');
		keys('x');
		expect(draftOf(stores.ui.getState(), 'c9').text).toBe('x');
	});

	it('accepts the oldest offer from anywhere and shows it; says so when none waits', () => {
		const desk = deskStore({
			chats: [chat('c1')],
			offers: [offer('o1'), offer('o2')],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		});
		const {keys, controller, focused, stores} = setup(desk);
		keys('hello');
		keys('\u001By');
		expect(controller.calls.filter(call => call.method === 'acceptOffer')).toEqual([
			{method: 'acceptOffer', args: ['o1']},
		]);
		expect(focused()).toBe('o1');
		// What was typed stays with the chat it was typed in.
		expect(draftOf(stores.ui.getState(), 'c1').text).toBe('hello');
		expect(draftOf(stores.ui.getState(), 'o1').text).toBe('');
		const none = setup(deskStore({chats: [chat('c1')], then: [{type: 'focus.chat', chatId: 'c1'}]}));
		none.keys('\u001By');
		expect(none.stores.ui.getState().note?.text).toBe('no offer is waiting');
	});

	it('accepts and declines the offer in the focused pane, and types a greeting into it meanwhile', () => {
		const {keys, controller, stores} = setup();
		keys('\u0010');
		keys('\r');
		keys('Hi');
		keys('\u001Bd');
		expect(controller.calls.filter(call => call.method !== 'composerChanged')).toEqual([
			{method: 'acceptOffer', args: ['o1']},
			{method: 'declineOffer', args: ['o1']},
		]);
		expect(draftOf(stores.ui.getState(), 'o1').text).toBe('Hi');
	});

	it('splits, moves between and closes panes', () => {
		const {keys, stores} = setup();
		keys('\u001Bs');
		expect(stores.desk.getState().view.panes).toHaveLength(2);
		expect(stores.desk.getState().view.focusedPane).toBe(1);
		keys('\t');
		expect(stores.desk.getState().view.focusedPane).toBe(0);
		keys('\u001B[Z');
		expect(stores.desk.getState().view.focusedPane).toBe(1);
		keys('\u001Bw');
		expect(stores.desk.getState().view.panes).toHaveLength(1);
	});

	it('quits only on a second Ctrl+C within the window, and any other key disarms', () => {
		const {keys, controller, stores, advance} = setup();
		keys('\u0003');
		expect(stores.ui.getState().quitArmedAt).toBe(T0);
		keys('x');
		expect(stores.ui.getState().quitArmedAt).toBeNull();
		keys('\u0003');
		advance(QUIT_WINDOW_MS + 1);
		keys('\u0003');
		expect(controller.calls.some(call => call.method === 'quit')).toBe(false);
		advance(100);
		keys('\u0003');
		expect(controller.calls.filter(call => call.method === 'quit')).toHaveLength(1);
	});

	it('opens the help with F1 or ? (in an empty composer), and closes it with Esc; keys do nothing else meanwhile', () => {
		const {keys, stores, focused} = setup();
		keys('?');
		expect(stores.ui.getState().overlay).toBe('help');
		keys('\u001B2');
		expect(focused()).toBe('c1');
		keys('\u001B');
		expect(stores.ui.getState().overlay).toBeNull();
		keys('\u001BOP');
		expect(stores.ui.getState().overlay).toBe('help');
		keys('\u001BOP');
		expect(stores.ui.getState().overlay).toBeNull();
		keys('a?');
		expect(stores.ui.getState().overlay).toBeNull();
		expect(draftOf(stores.ui.getState(), 'c1').text).toBe('a?');
	});

	it('starts a command line with / in a chat, and the desk command line in an empty pane', () => {
		const {keys, stores} = setup();
		keys('/');
		expect(draftOf(stores.ui.getState(), 'c1').text).toBe('/');
		const empty = setup(deskStore({chats: [chat('c1')]}));
		empty.keys('/');
		expect(draftOf(empty.stores.ui.getState(), DESK_LINE).text).toBe('/');
	});

	it('puts a paste into an empty pane on the desk command line, where a pasted command runs (issue 9)', () => {
		const empty = setup(deskStore({chats: [chat('c1')]}));
		handlePaste('/away\n', empty.deps);
		expect(draftOf(empty.stores.ui.getState(), DESK_LINE).text).toBe('/away');
		empty.keys('\r');
		expect(empty.controller.calls).toContainEqual({method: 'runLine', args: [null, '/away']});
		expect(draftOf(empty.stores.ui.getState(), DESK_LINE).text).toBe('');
		// Words for a customer are kept where they can be seen, with where to write them; no chat gets them.
		handlePaste('hello\nthere', empty.deps);
		expect(draftOf(empty.stores.ui.getState(), DESK_LINE).text).toBe('hello there');
		expect(empty.stores.ui.getState().note?.text).toMatch(/no chat in this pane.*\(Alt\+1\.\.9 or Ctrl\+G\)/);
		expect(draftOf(empty.stores.ui.getState(), 'c1').text).toBe('');
		expect(empty.controller.calls.some(call => call.method === 'sendMessage')).toBe(false);
	});

	it('says so when a paste lands on an ended chat rather than dropping it silently', () => {
		const {stores, deps} = setup(
			deskStore({chats: [chat('c1', {status: 'ended'})], then: [{type: 'focus.chat', chatId: 'c1'}]}),
		);
		handlePaste('too late', deps);
		expect(stores.ui.getState().note?.text).toMatch(/has ended/);
	});

	it('dismisses the newest notice with Esc', () => {
		const {keys, stores} = setup();
		stores.desk.dispatch({type: 'protocol.error', message: 'odd frame', at: T0});
		keys('\u001B');
		expect(stores.desk.getState().alerts).toHaveLength(0);
	});

	it('switches presence and toggles the customer details', () => {
		const {keys, controller, stores} = setup();
		keys('\u001Bo');
		expect(controller.calls).toContainEqual({method: 'togglePresence', args: []});
		keys('\u001Bi');
		expect(stores.desk.getState().view.detailsOpen).toBe(true);
	});

	it('scrolls a page at a time within what the conversation can show', () => {
		const {keys, stores} = setup();
		// 35 one-line messages (n 1..35) in 11 rows; scrolled back, 10 of them show above "more below".
		const layout: AnchorLayout = {
			messageCount: 35,
			heightOf: () => 1,
			viewportHeight: 10,
			confirmed: 35,
			nAt: index => index + 1,
			indexOfN: n => Math.min(34, Math.max(0, n - 1)),
		};
		stores.viewports.register('c1', {rows: 11, layout: () => layout});
		// Lines from the bottom, read off the stored anchor (one line per message).
		const offset = () => {
			const anchor = stores.desk.getState().view.scroll.get('c1');
			return anchor === undefined ? undefined : 35 - anchor.n + anchor.linesBelow;
		};
		keys('\u001B[5~');
		expect(offset()).toBe(10);
		for (let page = 0; page < 3; page++) keys('\u001B[5~');
		expect(offset()).toBe(25);
		keys('\u001B[6~');
		expect(offset()).toBe(15);
		keys('\u001B[F');
		expect(offset()).toBeUndefined();
		keys('\u001B[H');
		expect(offset()).toBe(25);
	});

	it('pages the open help with PgUp/PgDn (and Space/b, Home/End) and leaves the conversation alone; closed, PgUp/PgDn scroll again', () => {
		const {keys, stores} = setup();
		const layout: AnchorLayout = {
			messageCount: 35,
			heightOf: () => 1,
			viewportHeight: 10,
			confirmed: 35,
			nAt: index => index + 1,
			indexOfN: n => Math.min(34, Math.max(0, n - 1)),
		};
		stores.viewports.register('c1', {rows: 11, layout: () => layout});
		const scrolled = () => stores.desk.getState().view.scroll.get('c1');
		const page = () => stores.ui.getState().help.page;
		keys('\u001BOP');
		stores.ui.dispatch({type: 'help.pages', pages: 3});
		keys('\u001B[6~');
		expect(page()).toBe(1);
		keys(' ');
		expect(page()).toBe(2);
		keys('\u001B[6~');
		expect(page()).toBe(2);
		keys('b');
		expect(page()).toBe(1);
		keys('\u001B[5~');
		keys('\u001B[5~');
		expect(page()).toBe(0);
		keys('\u001B[F');
		expect(page()).toBe(2);
		keys('\u001B[H');
		expect(page()).toBe(0);
		expect(scrolled()).toBeUndefined();
		expect(draftOf(stores.ui.getState(), 'c1').text).toBe('');
		keys('\u001B');
		expect(stores.ui.getState().overlay).toBeNull();
		keys('\u001B[5~');
		expect(scrolled()).toBeDefined();
		expect(page()).toBe(0);
		keys(' b');
		expect(draftOf(stores.ui.getState(), 'c1').text).toBe(' b');
	});

	it('keeps a message over the limit in the composer and says why', () => {
		const {stores, deps, controller, keys} = setup();
		handlePaste('x'.repeat(LIMITS.maxTextChars + 1), deps);
		keys('\r');
		expect(controller.calls.some(call => call.method === 'sendMessage')).toBe(false);
		expect(draftOf(stores.ui.getState(), 'c1').text).toHaveLength(LIMITS.maxTextChars + 1);
		expect(stores.ui.getState().note?.text).toContain(`the limit is ${LIMITS.maxTextChars}`);
	});

	it('does not send an empty or blank message', () => {
		const {controller, keys} = setup();
		keys('   \r\r');
		expect(controller.calls.some(call => call.method === 'sendMessage')).toBe(false);
	});

	it("knows the focused pane's situation", () => {
		const {stores, keys} = setup();
		expect(focusContext(stores.desk.getState(), stores.ui.getState())).toEqual({
			chatId: 'c1',
			line: 'c1',
			offer: false,
			composer: true,
			typing: false,
			placeholder: false,
		});
		keys('\u0010');
		expect(focusContext(stores.desk.getState(), stores.ui.getState())).toMatchObject({chatId: 'o1', offer: true});
	});
});
