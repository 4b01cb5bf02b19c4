// Issue 9: the composer's editing keys through the real key handling: per-chat history, discarding a whole draft,
// Tab through a canned response's placeholders, and a canned response inserted at the cursor, mid-sentence (E12).
import {describe, expect, it} from 'vitest';
import {nextPlaceholder, placeholderSpans} from '../../source/ui/components/composer/placeholders.js';
import {reduceComposer, EMPTY_COMPOSER} from '../../source/ui/components/composer/composer-state.js';
import {handleKeyPress, type KeyActionDeps} from '../../source/ui/key-actions.js';
import {parseKeyPresses} from '../../source/ui/keys/key-press.js';
import {DESK_LINE, draftOf, historyOf} from '../../source/ui/state/ui-state.js';
import {chat, deskStore, T0} from './helpers/fixtures.js';
import {fakeController, makeStores} from './helpers/render-desk.js';

function setup() {
	const stores = makeStores({
		desk: deskStore({
			chats: [chat('c1', {name: 'Sarah Jones'}), chat('c2', {name: 'Ola Nordmann'})],
			then: [{type: 'focus.chat', chatId: 'c1'}],
		}),
	});
	const controller = fakeController();
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller,
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard: {...stores.guard, enabled: false},
		canned: stores.canned,
		now: () => T0,
	};
	/** Each argument is one terminal read (an Alt key is its own read, as Ink's input parser splits them). */
	const keys = (...reads: string[]) => {
		for (const raw of reads) for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	const draft = (chatId = 'c1') => draftOf(stores.ui.getState(), chatId);
	const sent = () => controller.calls.filter(call => call.method === 'sendMessage').map(call => call.args.slice(0, 2));
	return {stores, controller, keys, draft, sent};
}

const UP = '\u001B[A';
const DOWN = '\u001B[B';
const ALT_R = '\u001Br';
const ALT_C = '\u001Bc';
const ALT_ENTER = '\u001B\r';
const LEFT = '\u001B[D';

describe('input history per chat', () => {
	it('Up brings back what was sent in this chat only, never a message sent to another customer', () => {
		const {keys, draft, sent} = setup();
		keys('Your blender is on its way\r');
		keys('\u001B2', 'Your toaster ships Monday\r');
		expect(sent()).toEqual([
			['c1', 'Your blender is on its way'],
			['c2', 'Your toaster ships Monday'],
		]);
		keys(UP);
		expect(draft('c2').text).toBe('Your toaster ships Monday');
		keys(UP);
		expect(draft('c2').text).toBe('Your toaster ships Monday');
		keys(DOWN);
		expect(draft('c2').text).toBe('');
		keys('\u001B1', UP);
		expect(draft('c1').text).toBe('Your blender is on its way');
		keys(UP);
		expect(draft('c1').text).toBe('Your blender is on its way');
	});
});

describe('discarding a draft', () => {
	it('one key discards every line of the draft, and Up brings it back', () => {
		const {keys, draft, stores} = setup();
		keys('first line', ALT_ENTER, 'second line', ALT_ENTER, 'third');
		expect(draft().text).toBe('first line\nsecond line\nthird');
		keys(ALT_R);
		expect(draft().text).toBe('');
		expect(stores.ui.getState().note?.text).toBe('draft discarded (3 lines): Up brings it back');
		// Only this chat's draft went.
		keys('\u001B2', 'for Ola', '\u001B1');
		keys(UP);
		expect(draft().text).toBe('first line\nsecond line\nthird');
		expect(draft('c2').text).toBe('for Ola');
		expect(historyOf(stores.ui.getState(), 'c2')).toEqual([]);
	});
});

describe('placeholders of a canned response (E12)', () => {
	it('finds each placeholder and jumps round them both ways', () => {
		const text = 'Order [order number]: [order status]. Ask about [order number] again?';
		expect(placeholderSpans(text, ['[order number]', '[order status]']).map(span => span.start)).toEqual([6, 22, 48]);
		expect(nextPlaceholder(text, ['[order number]', '[order status]'], -1, 1)).toEqual({start: 6, end: 20});
		expect(nextPlaceholder(text, ['[order number]', '[order status]'], 48, 1)).toEqual({start: 6, end: 20});
		expect(nextPlaceholder(text, ['[order number]', '[order status]'], 6, -1)).toEqual({start: 48, end: 62});
		expect(nextPlaceholder('no markers', ['[x]'], 0, 1)).toBeNull();
	});

	it('typing over a chosen placeholder replaces it; Backspace removes it whole; a move leaves it', () => {
		const base = reduceComposer(EMPTY_COMPOSER, {type: 'replace', text: 'Order [n] is late'});
		const chosen = reduceComposer(base, {type: 'select', start: 6, end: 9});
		expect(chosen).toMatchObject({cursor: 6, mark: {start: 6, end: 9}});
		expect(reduceComposer(chosen, {type: 'insert', text: '1234'})).toMatchObject({
			text: 'Order 1234 is late',
			cursor: 10,
		});
		expect(reduceComposer(chosen, {type: 'delete-before'})).toMatchObject({text: 'Order  is late', cursor: 6});
		const moved = reduceComposer(chosen, {type: 'cursor-right'});
		expect(moved).toMatchObject({text: 'Order [n] is late', cursor: 7, mark: null});
		expect(reduceComposer(moved, {type: 'insert', text: 'x'}).text).toBe('Order [xn] is late');
	});

	it('Tab goes from placeholder to placeholder, the agent types the values, then Tab moves between panes again', () => {
		const {keys, draft, stores, sent} = setup();
		keys('/c order status');
		keys('\r');
		expect(draft().text).toBe(
			"Thank you for waiting! Here's the latest on order [order number]: [order status]\nIs there anything else you'd like to know about your order?",
		);
		keys('\t');
		expect(draft().mark).toEqual({start: 50, end: 64});
		keys('A-1234');
		keys('\t');
		expect(draft().text.slice(draft().mark!.start, draft().mark!.end)).toBe('[order status]');
		keys('shipped today');
		expect(draft().text).toMatch(/^Thank you for waiting! Here's the latest on order A-1234: shipped today\n/);
		// No placeholder left: Tab is the pane key again (one pane: it stays), and Enter sends.
		keys('\t');
		expect(stores.desk.getState().view.focusedPane).toBe(0);
		expect(draft().text).toMatch(/shipped today/);
		keys('\r');
		expect(sent()).toHaveLength(1);
		expect(sent()[0]![1]).toMatch(/order A-1234: shipped today/);
	});
});

describe('a canned response at the cursor (E12)', () => {
	it('goes in mid-sentence, where the cursor was, and the draft around it stays', () => {
		const {keys, draft, stores} = setup();
		keys('Sure! the link.');
		for (let index = 0; index < 'the link.'.length; index++) keys(LEFT);
		keys(ALT_C);
		expect(draft().text).toBe('/c ');
		expect(stores.ui.getState().aside.get('c1')?.text).toBe('Sure! the link.');
		keys('password');
		keys('\r');
		expect(draft().text).toMatch(
			/^Sure! I can certainly help with that\. You can set a new password here:\n\[reset link\]/,
		);
		expect(draft().text.endsWith('the link.')).toBe(true);
		expect(stores.ui.getState().aside.has('c1')).toBe(false);
		// The placeholder it brought is a Tab stop.
		keys('\t');
		expect(draft().text.slice(draft().mark!.start, draft().mark!.end)).toBe('[reset link]');
	});

	it('Esc, or erasing the search, brings the draft back as it was', () => {
		const {keys, draft, stores} = setup();
		keys('Half a sentence', LEFT, LEFT);
		keys(ALT_C, 'pass', '\u001B');
		expect(draft()).toMatchObject({text: 'Half a sentence', cursor: 13});
		keys(ALT_C, '\u007F\u007F\u007F');
		expect(draft()).toMatchObject({text: 'Half a sentence', cursor: 13});
		expect(stores.ui.getState().aside.size).toBe(0);
	});
});

describe('desk commands with no chat focused', () => {
	function empty() {
		const t = setup();
		// A second pane with no chat in it, focused.
		t.stores.desk.dispatch({type: 'pane.split'});
		t.stores.desk.dispatch({type: 'pane.split'});
		t.stores.desk.dispatch({type: 'pane.split'});
		expect(t.stores.desk.getState().view.panes[3]).toBeNull();
		return t;
	}

	it('"/" opens the desk\'s own command line, and Enter runs the desk command with no chat', () => {
		const {keys, draft, controller} = empty();
		keys('/aw');
		expect(draft(DESK_LINE).text).toBe('/aw');
		keys('ay\r');
		expect(controller.calls.filter(call => call.method === 'runLine')).toEqual([
			{method: 'runLine', args: [null, '/away']},
		]);
		expect(draft(DESK_LINE).text).toBe('');
		// Nobody is told the agent is typing: the desk line is no chat.
		expect(controller.calls.filter(call => call.method === 'composerChanged')).toEqual([]);
	});

	it('text that is not a command is kept, with a word on where to write; plain typing without "/" goes nowhere', () => {
		const {keys, draft, stores, controller} = empty();
		keys('hello');
		expect(draft(DESK_LINE).text).toBe('');
		keys('/', '\u007F');
		keys('/x', '\u001B[D', '\u007F', 'y');
		expect(draft(DESK_LINE).text).toBe('yx');
		keys('\r');
		expect(draft(DESK_LINE).text).toBe('yx');
		expect(stores.ui.getState().note?.text).toMatch(/^no chat in this pane: focus one/);
		expect(controller.calls.filter(call => call.method === 'runLine')).toEqual([]);
	});
});
