// What a key press does: matched against the keymap in the focused pane's situation, then carried out on the stores and the controller.
//
// Not React: it reads the stores when the key arrives, so a key press re-renders only what it changes.
import {focusedChatId, scrollOf, type DeskState} from '../core/desk-state.js';
import {oldestOffer} from '../core/selectors.js';
import type {ComposerEdit} from './components/composer/composer-state.js';
import {applyGuard, editComposer, focusedPalette, handlePaletteKey, note, submitComposer} from './composer-keys.js';
import {handleTokenPromptKey, reconnect} from './connection-keys.js';
import type {DeskController} from './desk-controller.js';
import type {DeskStores} from './desk-context.js';
import type {FocusContext, KeyActionDeps} from './key-deps.js';
import type {KeyAction} from './keymap.js';
import type {KeyPress} from './keys/key-press.js';
import {jumpPrompt, jumpStep} from './keys/chat-jump.js';
import {matchKey} from './keys/match-key.js';
import {freshLookKey} from './fresh-look.js';
import {cannedAtCursor, discardDraft, hasPlaceholder, jumpToPlaceholder} from './draft-keys.js';
import {handleOverlayKey} from './overlay-keys.js';
import {openEarlierChats} from './earlier-chats-keys.js';
import {DESK_LINE, draftOf, historyOf, QUIT_WINDOW_MS, type UiState} from './state/ui-state.js';
import {moveAnchor} from './text/scroll-anchor.js';

export type {FocusContext, KeyActionDeps} from './key-deps.js';
/**
 * A chat the agent can write in: any that has not ended. An offer has one too, so a greeting typed right after
 * Enter (accept) is kept while the server assigns the chat; Enter itself accepts until then.
 */
export function hasComposer(desk: DeskState, chatId: string | null): boolean {
	if (chatId === null) return false;
	const status = desk.chats.get(chatId)?.chat.status;
	return status !== undefined && status !== 'ended';
}

export function focusContext(desk: DeskState, ui: UiState): FocusContext {
	const chatId = focusedChatId(desk);
	if (chatId === null) {
		// No chat here: "/" opens the desk's own command line, which then takes keys like a composer.
		const typing = draftOf(ui, DESK_LINE).text !== '';
		return {chatId, line: typing ? DESK_LINE : null, offer: false, composer: typing, typing, placeholder: false};
	}
	const composer = hasComposer(desk, chatId);
	return {
		chatId,
		line: composer ? chatId : null,
		offer: chatId !== null && desk.offers.has(chatId),
		composer,
		typing: composer && draftOf(ui, chatId!).text !== '',
		placeholder: composer && hasPlaceholder(ui, chatId!),
	};
}

const COMPOSER_EDITS: Partial<Record<KeyAction, ComposerEdit['type']>> = {
	'new-line': 'new-line',
	'cursor-left': 'cursor-left',
	'cursor-right': 'cursor-right',
	'line-start': 'line-start',
	'line-end': 'line-end',
	'delete-before': 'delete-before',
	'delete-after': 'delete-after',
	'delete-word': 'delete-word',
	'delete-to-start': 'delete-to-start',
};

/**
 * PgUp/PgDn/Home become a new anchor worked out with the conversation's real wrapped heights (core only
 * stores it); End just follows again. Without a rendered conversation there is nothing to measure.
 */
function scroll(
	deps: KeyActionDeps,
	chatId: string | null,
	action: 'scroll-up' | 'scroll-down' | 'scroll-top' | 'scroll-bottom',
): void {
	if (chatId === null) return;
	if (action === 'scroll-bottom') {
		deps.desk.dispatch({type: 'scroll.bottom'});
		return;
	}
	const viewport = deps.viewports.get(chatId);
	if (!viewport) return;
	// A page keeps one line of the previous one in view, so the eye finds its place.
	const page = Math.max(1, viewport.rows - 1);
	const move = action === 'scroll-up' ? 'up' : action === 'scroll-down' ? 'down' : 'top';
	const anchor = moveAnchor(viewport.layout(), scrollOf(deps.desk.getState(), chatId), move, page);
	deps.desk.dispatch({type: 'scroll.to', anchor});
}

/** The offer waiting longest, from wherever the agent is: accepted and shown in the focused pane (the agent asked for it). */
function acceptOldestOffer(deps: KeyActionDeps): void {
	const chatId = oldestOffer(deps.desk.getState());
	if (chatId === null) return note(deps, 'no offer is waiting');
	deps.controller.acceptOffer(chatId);
	deps.desk.dispatch({type: 'focus.chat', chatId});
}

/** A key while a chat number is typed after Alt+J; false when the key is not the jump's (it then works as usual). */
function continueJump(key: KeyPress, digits: string, deps: KeyActionDeps): boolean {
	const numbers = deps.desk.getState().numbers;
	const step = jumpStep(digits, key, numbers.values());
	if (step.type === 'wait') {
		deps.ui.dispatch({type: 'jump.set', digits: step.digits});
		note(deps, jumpPrompt(step.digits));
		return true;
	}
	deps.ui.dispatch({type: 'jump.set', digits: null});
	if (step.type === 'pass') {
		deps.ui.dispatch({type: 'note.clear'});
		return false;
	}
	if (step.type === 'cancel') {
		deps.ui.dispatch({type: 'note.clear'});
		return true;
	}
	if (![...numbers.values()].includes(step.number)) {
		note(deps, `no chat has the number ${step.number}`);
		return true;
	}
	deps.ui.dispatch({type: 'note.clear'});
	deps.desk.dispatch({type: 'focus.number', number: step.number});
	return true;
}

function quit(deps: KeyActionDeps): void {
	const armed = deps.ui.getState().quitArmedAt;
	const now = deps.now();
	if (armed !== null && now - armed < QUIT_WINDOW_MS) {
		deps.controller.quit();
		return;
	}
	deps.ui.dispatch({type: 'quit.arm', at: now});
}

/** Esc: the overlay first, then the guard's findings (back to editing), then the desk's own note, then the newest alert. */
function close(deps: KeyActionDeps): void {
	const ui = deps.ui.getState();
	if (ui.overlay !== null) return deps.ui.dispatch({type: 'overlay.close'});
	if (ui.guard !== null) return deps.ui.dispatch({type: 'guard.clear'});
	if (ui.note !== null) return deps.ui.dispatch({type: 'note.clear'});
	const latest = deps.desk.getState().alerts.at(-1);
	if (latest) deps.desk.dispatch({type: 'alert.dismiss', alertId: latest.id});
}

export function performKeyAction(action: KeyAction, context: FocusContext, deps: KeyActionDeps): void {
	const {chatId, line} = context;
	const {desk, controller} = deps;
	const edit = COMPOSER_EDITS[action];
	if (edit && line !== null) return editComposer(deps, line, {type: edit} as ComposerEdit);
	if (action.startsWith('chat-')) return desk.dispatch({type: 'focus.number', number: Number(action.slice(5))});
	switch (action) {
		case 'quit':
			return quit(deps);
		case 'help':
			return deps.ui.dispatch({type: 'overlay.toggle', overlay: 'help'});
		case 'alert-log':
			return deps.ui.dispatch({type: 'overlay.toggle', overlay: 'alerts'});
		case 'find-chat':
			return deps.ui.dispatch({type: 'overlay.open', overlay: 'switcher'});
		case 'close':
			return close(deps);
		case 'command-palette':
			// "/" in an empty composer starts a command line, and the palette shows over it; a pane with no chat has the
			// desk's own command line for desk commands (/away, /online, /help, /split).
			if (line !== null) return editComposer(deps, line, {type: 'insert', text: '/'});
			if (chatId === null) return editComposer(deps, DESK_LINE, {type: 'insert', text: '/'});
			return note(deps, 'this chat has ended: commands work in an open chat, or in an empty pane for the desk ones');
		case 'toggle-presence':
			return controller.togglePresence();
		case 'reconnect':
			return reconnect(deps);
		case 'toggle-details':
			return desk.dispatch({type: 'details.toggle'});
		case 'earlier-chats':
			return openEarlierChats(deps, chatId);
		case 'accept-offer':
			if (chatId !== null) controller.acceptOffer(chatId);
			return;
		case 'accept-oldest-offer':
			return acceptOldestOffer(deps);
		case 'jump-to-chat':
			deps.ui.dispatch({type: 'jump.set', digits: ''});
			return note(deps, jumpPrompt(''));
		case 'decline-offer':
			if (chatId !== null) controller.declineOffer(chatId);
			return;
		case 'close-chat':
			if (chatId !== null) desk.dispatch({type: 'chat.close', chatId});
			return;
		case 'next-attention':
			return desk.dispatch({type: 'focus.attention', now: deps.now()});
		case 'next-chat':
			return desk.dispatch({type: 'focus.next'});
		case 'previous-chat':
			return desk.dispatch({type: 'focus.previous'});
		case 'next-pane':
			return desk.dispatch({type: 'pane.next'});
		case 'previous-pane':
			return desk.dispatch({type: 'pane.previous'});
		case 'split-pane':
			return desk.dispatch({type: 'pane.split'});
		case 'close-pane':
			return desk.dispatch({type: 'pane.close'});
		case 'send':
			if (line !== null) submitComposer(deps, line);
			return;
		case 'history-previous':
		case 'history-next':
			if (line !== null) editComposer(deps, line, {type: action, history: historyOf(deps.ui.getState(), line)});
			return;
		case 'discard-draft':
			if (line !== null) discardDraft(deps, line);
			return;
		case 'canned-at-cursor':
			if (chatId !== null && line !== null) cannedAtCursor(deps, line);
			return;
		case 'next-placeholder':
		case 'previous-placeholder':
			if (line !== null) jumpToPlaceholder(deps, line, action === 'next-placeholder' ? 1 : -1);
			return;
		case 'scroll-up':
		case 'scroll-down':
		case 'scroll-top':
		case 'scroll-bottom':
			return scroll(deps, chatId, action);
		default:
	}
}

/** Key actions on the desk's stores: what the terminal's keys and the demo's autopilot both drive. */
export function keyActionDeps(stores: DeskStores, controller: DeskController): KeyActionDeps {
	const {desk, ui, keymap, viewports, clock, guard, canned, recorder} = stores;
	return {
		desk,
		ui,
		controller,
		keymap,
		viewports,
		guard,
		canned,
		...(recorder
			? {onCannedInsert: (chatId: string, cannedId: string) => recorder.cannedInserted(chatId, cannedId)}
			: {}),
		// The clock store's "now" is a second coarse; key actions want the real time (the quit window, Alt+A).
		now: () => Math.max(Date.now(), clock.getState()),
	};
}

/** One key press: an overlay takes keys first; then the palette or the guard; then the keymap; then, in a composer, the key types itself. */
export function handleKeyPress(key: KeyPress, deps: KeyActionDeps): void {
	const desk = deps.desk.getState();
	const ui = deps.ui.getState();
	if (ui.overlay === 'token') return handleTokenPromptKey(key, deps, () => quit(deps));
	if (ui.overlay !== null) return handleOverlayKey(key, deps, () => quit(deps));
	if (ui.jump !== null && continueJump(key, ui.jump, deps)) return;
	const context = focusContext(desk, ui);
	if (freshLookKey(key, deps, context)) return;
	const palette = focusedPalette(deps, context);
	if (palette !== null && context.line !== null && handlePaletteKey(key, palette, context.line, deps)) {
		if (ui.quitArmedAt !== null) deps.ui.dispatch({type: 'quit.disarm'});
		return;
	}
	// While the guard shows its findings, Tab applies the suggestions instead of moving to the next pane.
	if (
		ui.guard !== null &&
		ui.guard.chatId === context.chatId &&
		key.name === 'tab' &&
		!key.shift &&
		!key.ctrl &&
		!key.meta
	) {
		return applyGuard(deps, context.chatId);
	}
	const action = matchKey(deps.keymap, key, context);
	if (action !== 'quit' && ui.quitArmedAt !== null) deps.ui.dispatch({type: 'quit.disarm'});
	if (action) return performKeyAction(action, context, deps);
	if (key.text !== '' && !key.ctrl && !key.meta && context.composer && context.line !== null) {
		editComposer(deps, context.line, {type: 'insert', text: key.text});
	}
}
