// Issue 9: a pane whose chat changed without the agent's doing does not take the next key as meant for the new chat.
import {describe, expect, it} from 'vitest';
import type {DeskInput} from '../../source/core/intents.js';
import {FRESH_LOOK_MS} from '../../source/core/desk-state.js';
import {handleKeyPress, type KeyActionDeps} from '../../source/ui/key-actions.js';
import {handlePaste} from '../../source/ui/paste.js';
import {parseKeyPresses} from '../../source/ui/keys/key-press.js';
import {draftOf} from '../../source/ui/state/ui-state.js';
import {chat, deskStore, offer, T0} from './helpers/fixtures.js';
import {fakeController, makeStores} from './helpers/render-desk.js';

const server = (event: string, payload: unknown, at: number): DeskInput =>
	({type: 'server.event', event, payload, seq: null, at}) as DeskInput;

function setup() {
	// Kari's offer is in front of the agent; Sarah's chat is chat 1.
	const stores = makeStores({
		desk: deskStore({
			chats: [chat('c1', {name: 'Sarah Jones'})],
			offers: [offer('kari', {name: 'Kari Berg'})],
			then: [{type: 'focus.chat', chatId: 'kari'}],
		}),
	});
	const controller = fakeController();
	let now = T0 + 10_000;
	const deps: KeyActionDeps = {
		desk: stores.desk,
		ui: stores.ui,
		controller,
		keymap: stores.keymap,
		viewports: stores.viewports,
		guard: {...stores.guard, enabled: false},
		canned: stores.canned,
		now: () => now,
	};
	const keys = (...reads: string[]) => {
		for (const raw of reads) for (const key of parseKeyPresses(raw)) handleKeyPress(key, deps);
	};
	/** Kari's offer times out and Ola's arrives in the emptied pane, both at the present moment. */
	const swap = () =>
		stores.desk.dispatchBatch([
			server('offer.revoked', {chat_id: 'kari', reason: 'timeout'}, now),
			server('chat.offered', offer('ola', {name: 'Ola Nordmann'}), now),
		]);
	const calls = (method: string) => controller.calls.filter(call => call.method === method).map(call => call.args);
	return {
		stores,
		deps,
		keys,
		swap,
		calls,
		advance: (ms: number) => (now += ms),
		focused: () => stores.desk.getState().view.panes[stores.desk.getState().view.focusedPane],
		note: () => stores.ui.getState().note?.text ?? '',
	};
}

describe('the fresh-look guard', () => {
	it('Enter right after the offer on screen was replaced shows what changed instead of accepting the new one', () => {
		const t = setup();
		t.swap();
		expect(t.focused()).toBe('ola');
		t.keys('\r');
		expect(t.calls('acceptOffer')).toEqual([]);
		expect(t.note()).toBe(
			'Look first: The offer of a chat with Kari Berg timed out; this pane now shows Ola Nordmann (an offer). Enter again goes on with this chat; Esc dismisses this.',
		);
		// Having looked, Enter again accepts Ola.
		t.keys('\r');
		expect(t.calls('acceptOffer')).toEqual([['ola']]);
	});

	it('keys typed across the change are held, never put in the new customer’s draft; Esc drops them', () => {
		const t = setup();
		t.keys('Sorry Kari, one mo');
		expect(draftOf(t.stores.ui.getState(), 'kari').text).toBe('Sorry Kari, one mo');
		t.swap();
		t.keys('ment');
		expect(draftOf(t.stores.ui.getState(), 'ola').text).toBe('');
		expect(t.calls('acceptOffer')).toEqual([]);
		expect(t.calls('sendMessage')).toEqual([]);
		expect(t.note()).toContain('What you typed since is held: "ment"');
		t.keys('\u001B');
		expect(draftOf(t.stores.ui.getState(), 'ola').text).toBe('');
		expect(t.note()).toBe('');
		// Seen: keys work as usual again.
		t.keys('Hello Ola');
		expect(draftOf(t.stores.ui.getState(), 'ola').text).toBe('Hello Ola');
	});

	it('Enter puts the held keys into the draft of the chat on screen, unsent, when the agent means them for it', () => {
		const t = setup();
		t.swap();
		t.keys('Hi there');
		t.keys('\r');
		expect(draftOf(t.stores.ui.getState(), 'ola').text).toBe('Hi there');
		expect(t.calls('acceptOffer')).toEqual([]);
		expect(t.calls('sendMessage')).toEqual([]);
	});

	it('a paste right after the change is held too', () => {
		const t = setup();
		t.swap();
		handlePaste('pasted for Kari', t.deps);
		expect(draftOf(t.stores.ui.getState(), 'ola').text).toBe('');
		expect(t.note()).toContain('held: "pasted for Kari"');
	});

	it('a send to a chat that arrived in an emptied pane waits the same way', () => {
		const t = setup();
		t.keys('\u001B1');
		t.stores.desk.dispatchBatch([
			server('chat.transferred', {chat_id: 'c1', to: {type: 'agent', id: 'kim', name: 'Kim'}}, T0 + 10_000),
			server('chat.assigned', {chat: chat('c9', {name: 'Wei Wang'})}, T0 + 10_000),
		]);
		expect(t.focused()).toBe('c9');
		t.keys('x');
		expect(t.note()).toMatch(/^Look first: Sarah Jones was transferred to Kim; this pane now shows Wei Wang\./);
	});

	it('moving to another chat counts as having seen it; a change seen long enough ago needs nothing', () => {
		const t = setup();
		t.swap();
		t.keys('\u001B1', '\u0010');
		expect(t.focused()).toBe('ola');
		t.keys('\r');
		expect(t.calls('acceptOffer')).toEqual([['ola']]);

		const late = setup();
		late.swap();
		late.advance(FRESH_LOOK_MS);
		late.keys('\r');
		expect(late.calls('acceptOffer')).toEqual([['ola']]);
	});

	it('an offer arriving in a pane that was already empty replaces nobody: Enter accepts it', () => {
		const t = setup();
		t.keys('\u001Bd');
		t.stores.desk.dispatch(server('offer.revoked', {chat_id: 'kari', reason: 'declined'}, T0 + 10_000));
		t.advance(FRESH_LOOK_MS);
		t.stores.desk.dispatch(server('chat.offered', offer('ola', {name: 'Ola Nordmann'}), T0 + 10_000 + FRESH_LOOK_MS));
		expect(t.focused()).toBe('ola');
		t.keys('\r');
		expect(t.calls('acceptOffer')).toEqual([['ola']]);
	});

	it('the agent’s own accept, and the chat then becoming theirs, is no change to guard', () => {
		const t = setup();
		t.keys('\r');
		expect(t.calls('acceptOffer')).toEqual([['kari']]);
		t.stores.desk.dispatch(server('chat.assigned', {chat: chat('kari', {name: 'Kari Berg'})}, T0 + 10_000));
		t.keys('Hello Kari\r');
		expect(t.calls('sendMessage')).toEqual([['kari', 'Hello Kari']]);
	});
});
