// The palette wired the way the desk wires it (draft changes reset it, keys go to it first): complete, transfer with a note, insert, dismiss.
import {describe, expect, it} from 'vitest';
import {
	INITIAL_PALETTE_STATE,
	paletteDecision,
	paletteInput,
	paletteMaxRows,
	reducePalette,
	visiblePalette,
	type PaletteDecision,
	type PaletteState,
} from '../../../../source/ui/components/palette/index.js';
import {bundledResponses} from '../../../../source/canned/index.js';
import {chat, deskStore} from '../../helpers/fixtures.js';
import {input, key} from './palette-fixtures.js';
import type {KeyPress} from '../../../../source/ui/keys/key-press.js';

/** A composer and a palette as the integrator keeps them: what happened to each key, and the draft after it. */
function desk() {
	let draft = '';
	let state: PaletteState = INITIAL_PALETTE_STATE;
	const done: PaletteDecision[] = [];
	const setDraft = (text: string) => {
		draft = text;
		state = reducePalette(state, {type: 'reset', draft});
	};
	const press = (pressed: KeyPress) => {
		const view = visiblePalette(input(draft), state);
		const decision = view ? paletteDecision(pressed, view, state, draft) : null;
		if (!decision) {
			// Not the palette's: the composer types it (Enter would send or run the line, outside the palette).
			if (pressed.name === 'backspace') setDraft(draft.slice(0, -1));
			else if (pressed.text !== '') setDraft(draft + pressed.text);
			return;
		}
		done.push(decision);
		if (decision.type === 'move')
			state = reducePalette(state, {type: 'move', by: decision.by, count: view!.rows.length});
		else if (decision.type === 'dismiss') state = reducePalette(state, {type: 'dismiss', draft});
		else if (decision.type === 'replace-draft' || decision.type === 'insert') setDraft(decision.text);
		else setDraft('');
	};
	const type = (text: string) => {
		for (const character of text) press(character === ' ' ? key('space', {}, ' ') : key(character, {}, character));
	};
	return {press, type, done, draft: () => draft, view: () => visiblePalette(input(draft), state)};
}

describe('the palette in the composer', () => {
	it('completes a command by Tab, then runs the line with its arguments', () => {
		const d = desk();
		d.type('/ho');
		expect(d.view()?.mode).toBe('commands');
		d.press(key('tab'));
		expect(d.draft()).toBe('/hold ');
		d.type('3 checking the warranty');
		expect(d.view()?.hint).toMatch(/^\/hold \[minutes\] \[reason\]/);
		d.press(key('enter'));
		expect(d.done.at(-1)).toEqual({type: 'run', line: '/hold 3 checking the warranty'});
		expect(d.view()).toBeNull();
	});

	it('picks a transfer target from the list, then takes a note for the colleague', () => {
		const d = desk();
		d.type('/t ');
		expect(d.view()?.mode).toBe('transfer');
		d.press(key('down'));
		d.press(key('enter'));
		expect(d.draft()).toBe('/transfer technical ');
		d.type('wants a refund');
		d.press(key('enter'));
		expect(d.done.at(-1)).toEqual({type: 'run', line: '/transfer technical wants a refund'});
	});

	it('inserts a canned response in place of the draft, for the agent to edit (E12)', () => {
		const d = desk();
		d.type('/c pass');
		d.press(key('enter'));
		expect(d.draft()).toMatch(/^I can certainly help with that\. You can set a new password here:\n\[reset link\]/);
		expect(d.view()).toBeNull();
	});

	it('stays away after Esc while typing on, and comes back for a new "/"', () => {
		const d = desk();
		d.type('/ho');
		d.press(key('escape'));
		expect(d.view()).toBeNull();
		d.type('ld 3');
		expect(d.view()).toBeNull();
		// Up is the composer's again (history), not the palette's.
		d.press(key('up'));
		expect(d.done.at(-1)).toEqual({type: 'dismiss'});
		for (let count = 0; count < 7; count++) d.press(key('backspace'));
		expect(d.draft()).toBe('');
		d.type('/');
		expect(d.view()?.mode).toBe('commands');
	});
});

describe('paletteInput and paletteMaxRows', () => {
	it("takes the focused chat, the agent, capabilities, colleagues and departments from the desk's state", () => {
		const state = deskStore({chats: [chat('c1', {locale: 'nb'})]}).getState();
		const built = paletteInput(state, 'c1', '/c pw', bundledResponses());
		expect(built.chat?.chat.customer.locale).toBe('nb');
		expect(built.agent?.id).toBe('alex');
		expect(built.capabilities).toContain('transfer');
		expect(paletteInput(state, null, '/', []).chat).toBeNull();
	});

	it('leaves at least 40% of the pane to the conversation', () => {
		expect(paletteMaxRows(18)).toBe(10);
		expect(paletteMaxRows(40)).toBe(12);
		expect(paletteMaxRows(3)).toBe(1);
		expect(paletteMaxRows(0)).toBe(0);
	});
});
