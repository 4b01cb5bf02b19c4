// Issue 9: after the focused pane's chat changed without the agent's doing, the next Enter, send, accept or typed text waits for a fresh look.
//
// An agent about to press Enter on Kari's offer must not accept Ola's because Kari's timed out and Ola's arrived in the
// same pane a moment before the key. So the first committing key after such a change only shows what changed; keys
// typed meanwhile are held, not put in the new customer's draft (they were meant for the one who left). Enter then
// goes on with the chat on screen (the held text goes into its draft, unsent), Esc drops the held keys, and any
// other key (moving to another chat, say) shows the agent has seen it.
import {FRESH_LOOK_MS, type DeskState, type UnaskedChange} from '../core/desk-state.js';
import {customerName} from '../core/names.js';
import {note} from './composer-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';
import {matchKey} from './keys/match-key.js';
import type {UiState} from './state/ui-state.js';

/** The unasked change that the next committing key must wait on, or null. */
export function pendingChange(desk: DeskState, ui: UiState, now: number): UnaskedChange | null {
	const change = desk.view.unasked;
	// Only a pane that lost the chat the agent was looking at: a chat arriving in a pane that was empty replaces nothing.
	if (change === null || change.to === null || change.from === null) return null;
	if (change.pane !== desk.view.focusedPane || (desk.view.panes[change.pane] ?? null) !== change.to) return null;
	const engaged = ui.fresh !== null && ui.fresh.at === change.at;
	if (engaged) return ui.fresh!.done ? null : change;
	return now - change.at < FRESH_LOOK_MS ? change : null;
}

/** "Kari Berg's offer timed out; this pane now shows Ola Nordmann (offered)". */
export function changeText(desk: DeskState, change: UnaskedChange): string {
	const chat = change.to === null ? undefined : desk.chats.get(change.to);
	const now = chat ? `${customerName(chat)}${desk.offers.has(chat.id) ? ' (an offer)' : ''}` : 'another chat';
	const before = change.why ? `${change.why.replace(/\.$/u, '')}; ` : '';
	return `${before}this pane now shows ${now}`;
}

function show(deps: KeyActionDeps, change: UnaskedChange, held: string): void {
	deps.ui.dispatch({type: 'fresh.set', fresh: {at: change.at, held, done: false}});
	const kept =
		held === '' ? '' : ` What you typed since is held: "${held.length > 24 ? `…${held.slice(-24)}` : held}".`;
	const enter = held ? "Enter puts it in this chat's draft (unsent)" : 'Enter again goes on with this chat';
	note(
		deps,
		`Look first: ${changeText(deps.desk.getState(), change)}.${kept} ${enter}; Esc ${held ? 'drops it' : 'dismisses this'}.`,
		'warning',
	);
}

function finish(deps: KeyActionDeps, change: UnaskedChange): void {
	deps.ui.dispatch({type: 'fresh.set', fresh: {at: change.at, held: '', done: true}});
}

/**
 * Takes the key when the guard is pending: true when the key was the guard's (shown, held, confirmed, dismissed);
 * false lets it work as usual (after marking the change as seen when it is a key that moves or looks).
 */
export function freshLookKey(
	key: KeyPress,
	deps: KeyActionDeps,
	context: {offer: boolean; composer: boolean; typing: boolean; placeholder?: boolean},
): boolean {
	const desk = deps.desk.getState();
	const ui = deps.ui.getState();
	const change = pendingChange(desk, ui, deps.now());
	if (change === null) return false;
	const shown = ui.fresh !== null && ui.fresh.at === change.at;
	const held = shown ? ui.fresh!.held : '';
	const action = matchKey(deps.keymap, key, context);
	const typed = action === null && key.text !== '' && !key.ctrl && !key.meta;
	const commits = typed || action === 'send' || action === 'accept-offer' || action === 'accept-oldest-offer';
	if (!shown) {
		if (!commits) {
			finish(deps, change);
			return false;
		}
		show(deps, change, typed ? key.text : '');
		return true;
	}
	if (typed) {
		show(deps, change, held + key.text);
		return true;
	}
	if (key.name === 'backspace' && !key.ctrl && !key.meta && held !== '') {
		show(deps, change, held.slice(0, -1));
		return true;
	}
	if (key.name === 'enter' && !key.ctrl && !key.meta) {
		finish(deps, change);
		deps.ui.dispatch({type: 'note.clear'});
		// Nothing held: Enter again does what it does (accepts, sends), now that the agent has looked. Held text goes
		// into the draft of the chat on screen instead, to be read before it is sent.
		if (held === '') return false;
		if (change.to !== null && context.composer)
			deps.ui.dispatch({type: 'composer.edit', chatId: change.to, edit: {type: 'insert', text: held}});
		return true;
	}
	if (key.name === 'escape' && !key.ctrl && !key.meta) {
		finish(deps, change);
		deps.ui.dispatch({type: 'note.clear'});
		return true;
	}
	finish(deps, change);
	deps.ui.dispatch({type: 'note.clear'});
	return false;
}

/** A paste right after such a change is held like typing. */
export function freshLookPaste(text: string, deps: KeyActionDeps): boolean {
	const change = pendingChange(deps.desk.getState(), deps.ui.getState(), deps.now());
	if (change === null) return false;
	const ui = deps.ui.getState();
	const held = ui.fresh !== null && ui.fresh.at === change.at ? ui.fresh.held : '';
	show(deps, change, held + text);
	return true;
}
