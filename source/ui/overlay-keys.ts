// Keys while an overlay covers the panes: the help pages, the alert log scrolls, the chat switcher finds a chat, earlier chats are read.
import {editSwitcher, handleSwitcherKey} from './chat-switcher-keys.js';
import {handleEarlierKey} from './earlier-chats-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';
import {matchKey} from './keys/match-key.js';
import type {HelpPageMove, AlertLogMove} from './state/overlay-paging.js';

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

/** Scrolling keys inside the open alert log, as in a pager: arrows by a row, PgUp/PgDn by a page, Home/End. */
function alertLogMove(key: KeyPress): AlertLogMove | null {
	if (key.ctrl || key.meta) return null;
	const moves = {
		up: 'up',
		down: 'down',
		pageup: 'page-up',
		pagedown: 'page-down',
		space: 'page-down',
		home: 'oldest',
		end: 'newest',
	} as const;
	return moves[key.name as keyof typeof moves] ?? null;
}

/** A key while the help, the alert log, the chat switcher or the earlier chats are open (the token prompt has keys of its own). */
export function handleOverlayKey(key: KeyPress, deps: KeyActionDeps, quit: () => void): void {
	const overlay = deps.ui.getState().overlay;
	if (overlay === 'switcher') return handleSwitcherKey(key, deps, quit);
	if (overlay === 'earlier') return handleEarlierKey(key, deps, quit);
	const action = matchKey(deps.keymap, key, {offer: false, composer: false, typing: false});
	if (action === 'quit') return quit();
	if (action === 'close' || action === 'help') return deps.ui.dispatch({type: 'overlay.close'});
	if (action === 'alert-log') return deps.ui.dispatch({type: 'overlay.toggle', overlay: 'alerts'});
	if (action === 'find-chat') return deps.ui.dispatch({type: 'overlay.open', overlay: 'switcher'});
	if (overlay === 'alerts') {
		const scroll = alertLogMove(key);
		if (scroll) deps.ui.dispatch({type: 'alert-log.scroll', move: scroll});
		return;
	}
	const move = overlay === 'help' ? helpPageMove(key) : null;
	if (move) deps.ui.dispatch({type: 'help.page', move});
}

/** A paste into an open overlay: the chat switcher takes it as what to find; the others have no field for it. */
export function pasteIntoOverlay(text: string, deps: KeyActionDeps): boolean {
	const overlay = deps.ui.getState().overlay;
	if (overlay === null) return false;
	if (overlay === 'switcher') editSwitcher(deps, {type: 'insert', text});
	return true;
}
