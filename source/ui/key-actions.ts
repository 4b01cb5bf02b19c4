// What a key press does: matched against the keymap in the focused pane's situation, then carried out on the stores and the controller.
//
// Not React: it reads the stores when the key arrives, so a key press re-renders only what it changes.
import {focusedChatId, scrollOf, type DeskState} from '../core/desk-state.js';
import {applySuggestions, type GuardConfig} from '../courtesy/guard/index.js';
import type {DeskStore} from '../core/store.js';
import {LIMITS} from '../protocol/index.js';
import type {ComposerEdit} from './components/composer/composer-state.js';
import {paletteDecision, paletteInput, selectedIndex, visiblePalette, type PaletteView} from './components/palette/index.js';
import {reviewMessage} from './guard-review.js';
import type {DeskController} from './desk-controller.js';
import type {DeskStores, UiStore} from './desk-context.js';
import type {KeyAction} from './keymap.js';
import type {KeyPress} from './keys/key-press.js';
import {matchKey, type KeyContext} from './keys/match-key.js';
import type {ResolvedKeymap} from './keys/resolve-keymap.js';
import {remoteBody} from './remote-text.js';
import type {CannedStore} from './state/canned-store.js';
import {draftOf, QUIT_WINDOW_MS, type HelpPageMove, type UiState} from './state/ui-state.js';
import type {ViewportRegistry} from './state/viewports.js';
import {moveAnchor} from './text/scroll-anchor.js';

export type KeyActionDeps = {
	desk: DeskStore;
	ui: UiStore;
	controller: DeskController;
	keymap: ResolvedKeymap;
	viewports: ViewportRegistry;
	/** E3-E6: the phrase guard's settings (enabled false: `--no-guard`). */
	guard: GuardConfig;
	/** The canned library the palette searches (E12). */
	canned: CannedStore;
	/** Told each canned response the palette puts into a composer (the demo's report card counts E12). */
	onCannedInsert?(chatId: string, cannedId: string): void;
	now: () => number;
};

export type FocusContext = KeyContext & {chatId: string | null};

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
	const composer = hasComposer(desk, chatId);
	return {chatId, offer: chatId !== null && desk.offers.has(chatId), composer, typing: composer && draftOf(ui, chatId!).text !== ''};
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

function editComposer(deps: KeyActionDeps, chatId: string, edit: ComposerEdit): void {
	const before = draftOf(deps.ui.getState(), chatId).text;
	deps.ui.dispatch({type: 'composer.edit', chatId, edit});
	const after = draftOf(deps.ui.getState(), chatId).text;
	if (after !== before) deps.controller.composerChanged(chatId, after);
}

function note(deps: KeyActionDeps, text: string, level: 'info' | 'warning' = 'info'): void {
	deps.ui.dispatch({type: 'note.show', note: {text, level, at: deps.now()}});
}

/**
 * Enter in the composer. A line starting with "/" runs as a command (a wrong use keeps it, with a note);
 * "//text" sends "/text". A message for the customer meets the guard first (E3-E6): the first Enter shows
 * what it found, Enter again with the same text sends it as it is.
 */
function send(deps: KeyActionDeps, chatId: string): void {
	const ui = deps.ui.getState();
	const text = draftOf(ui, chatId).text;
	if (text.trim() === '') return;
	if (text.startsWith('/') && deps.controller.runLine(chatId, text) !== null) {
		if (draftOf(deps.ui.getState(), chatId).text === '') deps.controller.composerChanged(chatId, '');
		return;
	}
	const message = text.startsWith('//') ? text.slice(1) : text;
	if (message.length > LIMITS.maxTextChars) {
		// Refused here, with the text kept, rather than by the server after it left the composer.
		note(deps, `the message has ${message.length} characters; the limit is ${LIMITS.maxTextChars}. Shorten it, or send it in parts.`, 'warning');
		return;
	}
	const reviewed = ui.guard !== null && ui.guard.chatId === chatId && ui.guard.text === text;
	if (!reviewed) {
		const findings = reviewMessage(deps.desk.getState(), chatId, message, deps.guard);
		if (findings.length > 0) return deps.ui.dispatch({type: 'guard.show', review: {chatId, text, findings}});
	}
	deps.controller.sendMessage(chatId, message);
	deps.ui.dispatch({type: 'composer.sent', chatId, text});
	deps.controller.composerChanged(chatId, '');
}

/** Tab while the guard shows its findings: the suggested rewrites go into the draft, which is checked again. */
function applyGuard(deps: KeyActionDeps, chatId: string): void {
	const review = deps.ui.getState().guard;
	if (!review) return;
	const rewritten = applySuggestions(review.text, review.findings);
	if (rewritten === review.text) return note(deps, 'nothing to apply: edit the message, or Enter sends it as it is');
	editComposer(deps, chatId, {type: 'replace', text: rewritten});
	const findings = reviewMessage(deps.desk.getState(), chatId, rewritten, deps.guard);
	if (findings.length > 0) deps.ui.dispatch({type: 'guard.show', review: {chatId, text: rewritten, findings}});
}

/**
 * PgUp/PgDn/Home become a new anchor worked out with the conversation's real wrapped heights (core only
 * stores it); End just follows again. Without a rendered conversation there is nothing to measure.
 */
function scroll(deps: KeyActionDeps, chatId: string | null, action: 'scroll-up' | 'scroll-down' | 'scroll-top' | 'scroll-bottom'): void {
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

function quit(deps: KeyActionDeps): void {
	const armed = deps.ui.getState().quitArmedAt;
	const now = deps.now();
	if (armed !== null && now - armed < QUIT_WINDOW_MS) {
		deps.controller.quit();
		return;
	}
	deps.ui.dispatch({type: 'quit.arm', at: now});
}

/** Esc: the overlay first, then the guard's findings (back to editing), then the desk's own note, then the newest notice. */
function close(deps: KeyActionDeps): void {
	const ui = deps.ui.getState();
	if (ui.overlay !== null) return deps.ui.dispatch({type: 'overlay.close'});
	if (ui.guard !== null) return deps.ui.dispatch({type: 'guard.clear'});
	if (ui.note !== null) return deps.ui.dispatch({type: 'note.clear'});
	const latest = deps.desk.getState().notices.at(-1);
	if (latest) deps.desk.dispatch({type: 'notice.dismiss', noticeId: latest.id});
}

export function performKeyAction(action: KeyAction, context: FocusContext, deps: KeyActionDeps): void {
	const {chatId} = context;
	const {desk, controller} = deps;
	const edit = COMPOSER_EDITS[action];
	if (edit && chatId !== null) return editComposer(deps, chatId, {type: edit} as ComposerEdit);
	if (action.startsWith('chat-')) return desk.dispatch({type: 'focus.index', index: Number(action.slice(5)) - 1});
	switch (action) {
		case 'quit':
			return quit(deps);
		case 'help':
			return deps.ui.dispatch({type: 'overlay.toggle', overlay: 'help'});
		case 'close':
			return close(deps);
		case 'command-palette':
			// "/" in an empty composer starts a command line, and the palette shows over it; with no composer, say where it works.
			if (chatId !== null && context.composer) return editComposer(deps, chatId, {type: 'insert', text: '/'});
			return note(deps, 'commands work in a chat: focus one (Alt+1..9) and type /');
		case 'toggle-presence':
			return controller.togglePresence();
		case 'toggle-details':
			return desk.dispatch({type: 'details.toggle'});
		case 'accept-offer':
			if (chatId !== null) controller.acceptOffer(chatId);
			return;
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
			if (chatId !== null) send(deps, chatId);
			return;
		case 'history-previous':
		case 'history-next':
			if (chatId !== null) editComposer(deps, chatId, {type: action, history: deps.ui.getState().history});
			return;
		case 'scroll-up':
		case 'scroll-down':
		case 'scroll-top':
		case 'scroll-bottom':
			return scroll(deps, chatId, action);
		default:
	}
}

/** Paging keys inside the open help (fixed, like a pager's): PgDn/Space on, PgUp/b back, Home/End. */
function helpPageMove(key: KeyPress): HelpPageMove | null {
	if (key.ctrl || key.meta) return null;
	switch (key.name) {
		case 'pagedown':
		case 'space':
			return 'next';
		case 'pageup':
			return 'previous';
		case 'b':
			return key.shift ? null : 'previous';
		case 'home':
			return 'first';
		case 'end':
			return 'last';
		default:
			return null;
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
		...(recorder ? {onCannedInsert: (chatId: string, cannedId: string) => recorder.cannedInserted(chatId, cannedId)} : {}),
		// The clock store's "now" is a second coarse; key actions want the real time (the quit window, Alt+A).
		now: () => Math.max(Date.now(), clock.getState()),
	};
}

/** The palette over the focused composer, when its draft is a command line and Esc has not dismissed it. */
export function focusedPalette(deps: Pick<KeyActionDeps, 'desk' | 'ui' | 'canned'>, context: FocusContext): PaletteView | null {
	if (!context.composer || context.chatId === null) return null;
	const ui = deps.ui.getState();
	const draft = draftOf(ui, context.chatId).text;
	if (!draft.startsWith('/')) return null;
	return visiblePalette(paletteInput(deps.desk.getState(), context.chatId, draft, deps.canned.getState()), ui.palette);
}

/** A key the palette takes: move, dismiss, complete, insert a canned response (never sent, E12), or run the line. */
function handlePaletteKey(key: KeyPress, view: PaletteView, chatId: string, deps: KeyActionDeps): boolean {
	const ui = deps.ui.getState();
	const draft = draftOf(ui, chatId).text;
	const decision = paletteDecision(key, view, ui.palette, draft);
	if (decision === null) return false;
	switch (decision.type) {
		case 'move':
			deps.ui.dispatch({type: 'palette', event: {type: 'move', by: decision.by, count: view.rows.length}});
			break;
		case 'dismiss':
			deps.ui.dispatch({type: 'palette', event: {type: 'dismiss', draft}});
			break;
		case 'replace-draft':
			editComposer(deps, chatId, {type: 'replace', text: decision.text});
			break;
		case 'insert': {
			editComposer(deps, chatId, {type: 'replace', text: decision.text});
			const row = view.rows[selectedIndex(ui.palette, view.rows.length)];
			if (row?.kind === 'canned') deps.onCannedInsert?.(chatId, row.preview.response.id);
			if (decision.marks.length > 0) note(deps, `fill in before sending: ${decision.marks.map(mark => mark.marker).join(', ')}`);
			break;
		}
		case 'run':
			deps.controller.runLine(chatId, decision.line);
			if (draftOf(deps.ui.getState(), chatId).text === '') deps.controller.composerChanged(chatId, '');
			break;
	}
	return true;
}

/** One key press: an overlay takes keys first; then the palette or the guard; then the keymap; then, in a composer, the key types itself. */
export function handleKeyPress(key: KeyPress, deps: KeyActionDeps): void {
	const desk = deps.desk.getState();
	const ui = deps.ui.getState();
	if (ui.overlay !== null) {
		const action = matchKey(deps.keymap, key, {offer: false, composer: false, typing: false});
		if (action === 'quit') return quit(deps);
		if (action === 'close' || action === 'help') return deps.ui.dispatch({type: 'overlay.close'});
		const move = ui.overlay === 'help' ? helpPageMove(key) : null;
		if (move) deps.ui.dispatch({type: 'help.page', move});
		return;
	}
	const context = focusContext(desk, ui);
	const palette = focusedPalette(deps, context);
	if (palette !== null && context.chatId !== null && handlePaletteKey(key, palette, context.chatId, deps)) {
		if (ui.quitArmedAt !== null) deps.ui.dispatch({type: 'quit.disarm'});
		return;
	}
	// While the guard shows its findings, Tab applies the suggestions instead of moving to the next pane.
	if (ui.guard !== null && ui.guard.chatId === context.chatId && key.name === 'tab' && !key.shift && !key.ctrl && !key.meta) {
		return applyGuard(deps, context.chatId);
	}
	const action = matchKey(deps.keymap, key, context);
	if (action !== 'quit' && ui.quitArmedAt !== null) deps.ui.dispatch({type: 'quit.disarm'});
	if (action) return performKeyAction(action, context, deps);
	if (key.text !== '' && !key.ctrl && !key.meta && context.composer && context.chatId !== null) {
		editComposer(deps, context.chatId, {type: 'insert', text: key.text});
	}
}

/** A bracketed paste: one insert into the focused composer, line breaks kept, controls removed (it can come from anywhere). */
export function handlePaste(text: string, deps: KeyActionDeps): void {
	const context = focusContext(deps.desk.getState(), deps.ui.getState());
	if (!context.composer || context.chatId === null || deps.ui.getState().overlay !== null) return;
	const clean = remoteBody(text);
	if (clean !== '') editComposer(deps, context.chatId, {type: 'insert', text: clean});
}
