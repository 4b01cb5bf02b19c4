// E8 keys: Alt+E opens the focused chat's customer's earlier chats; inside, Up/Down choose, Enter reads, PgUp pages back, Esc returns.
import {customerName} from '../core/names.js';
import {nextChatsPage, olderTranscriptPage, type EarlierEdit} from './components/earlier-chats/earlier-state.js';
import {note} from './composer-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';
import {matchKey} from './keys/match-key.js';
import type {AlertLogMove} from './state/overlay-paging.js';

/**
 * The earlier chats of the customer of `chatId`, asked of the server. A server without them (an older or another
 * compatible one: no `earlier_chats` capability) gets one plain line instead of a request it would refuse.
 */
export function openEarlierChats(deps: KeyActionDeps, chatId: string | null): void {
	const desk = deps.desk.getState();
	const chat = chatId === null ? undefined : desk.chats.get(chatId);
	if (chatId === null || !chat)
		return note(deps, 'no chat in this pane: earlier chats open from a chat with a customer');
	if (!desk.capabilities.includes('earlier_chats'))
		return note(
			deps,
			`this server does not share earlier chats; the details show how many ${customerName(chat)} had (E8)`,
		);
	deps.ui.dispatch({type: 'overlay.open', overlay: 'earlier'});
	deps.ui.dispatch({type: 'earlier', edit: {type: 'open', chatId, customer: customerName(chat)}});
	deps.controller.loadEarlierChats(chatId, null);
}

function edit(deps: KeyActionDeps, change: EarlierEdit): void {
	deps.ui.dispatch({type: 'earlier', edit: change});
}

/** Moving through the list; reaching its end asks for the next page, if the server has one. */
function moveInList(deps: KeyActionDeps, change: EarlierEdit): void {
	edit(deps, change);
	const page = nextChatsPage(deps.ui.getState().earlier);
	if (page) deps.controller.loadEarlierChats(page.chatId, page.before);
}

/** Enter: the chosen chat's transcript, its newest page first. */
function read(deps: KeyActionDeps): void {
	if (deps.ui.getState().earlier.reading !== null) return;
	edit(deps, {type: 'read'});
	const {reading} = deps.ui.getState().earlier;
	if (reading) deps.controller.loadEarlierTranscript(reading.chat.id, null);
}

/** Scrolling back past the oldest message loaded asks for the page before it. */
function scrollTranscript(deps: KeyActionDeps, move: AlertLogMove): void {
	const before = olderTranscriptPage(deps.ui.getState().earlier);
	edit(deps, {type: 'transcript.scroll', move});
	const backwards = move === 'up' || move === 'page-up' || move === 'oldest';
	if (backwards && before) deps.controller.loadEarlierTranscript(before.earlierId, before.before);
}

const TRANSCRIPT_MOVES: Readonly<Record<string, AlertLogMove>> = {
	up: 'up',
	down: 'down',
	pageup: 'page-up',
	pagedown: 'page-down',
	space: 'page-down',
	home: 'oldest',
	end: 'newest',
};

/** A key while the earlier chats are open. Esc goes back from a transcript to the list, and from the list to the desk. */
export function handleEarlierKey(key: KeyPress, deps: KeyActionDeps, quit: () => void): void {
	const plain = !key.ctrl && !key.meta;
	const {reading, chats} = deps.ui.getState().earlier;
	const action = matchKey(deps.keymap, key, {offer: false, composer: false, typing: false});
	if (action === 'quit') return quit();
	if (action === 'close')
		return reading === null ? deps.ui.dispatch({type: 'overlay.close'}) : edit(deps, {type: 'back'});
	if (action === 'earlier-chats' || action === 'help') return deps.ui.dispatch({type: 'overlay.close'});
	if (action === 'alert-log') return deps.ui.dispatch({type: 'overlay.open', overlay: 'alerts'});
	if (reading !== null) {
		const move = plain ? TRANSCRIPT_MOVES[key.name] : undefined;
		if (move) scrollTranscript(deps, move);
		return;
	}
	// Ctrl+P/Ctrl+N as in the chat switcher; every other key counts only without Ctrl or Alt.
	const control = key.ctrl && !key.meta;
	if ((plain && key.name === 'up') || (control && key.name === 'p')) return moveInList(deps, {type: 'move', by: -1});
	if ((plain && key.name === 'down') || (control && key.name === 'n')) return moveInList(deps, {type: 'move', by: 1});
	if (!plain) return;
	if (key.name === 'enter') return read(deps);
	if (key.name === 'pageup') return moveInList(deps, {type: 'move', by: -10});
	if (key.name === 'pagedown') return moveInList(deps, {type: 'move', by: 10});
	if (key.name === 'home') return moveInList(deps, {type: 'move-to', index: 0});
	if (key.name === 'end') return moveInList(deps, {type: 'move-to', index: chats.length - 1});
}
