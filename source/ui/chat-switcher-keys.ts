// Keys in the chat switcher (issue 9): typing finds, Up/Down choose, Enter shows the chosen chat in the focused pane.
import {switcherRows} from './components/chat-switcher/switcher-rows.js';
import {selectedMatch, type SwitcherEdit} from './components/chat-switcher/switcher-state.js';
import {note} from './composer-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';
import {matchKey} from './keys/match-key.js';
import {remoteLine} from './remote-text.js';

export function editSwitcher(deps: KeyActionDeps, edit: SwitcherEdit): void {
	// Pasted text can come from anywhere: one clean line.
	deps.ui.dispatch({type: 'switcher', edit: edit.type === 'insert' ? {...edit, text: remoteLine(edit.text)} : edit});
}

/** Enter: the chosen chat goes into the focused pane, as Alt+digit would put it there (the agent's own doing). */
function showChosen(deps: KeyActionDeps): void {
	const {query, selected} = deps.ui.getState().switcher;
	const rows = switcherRows(deps.desk.getState(), query);
	const index = selectedMatch({query, selected}, rows.length);
	if (index === -1) return note(deps, query.trim() === '' ? 'no chats on the desk yet' : `no chat matches "${query}"`);
	deps.ui.dispatch({type: 'overlay.close'});
	deps.desk.dispatch({type: 'focus.chat', chatId: rows[index]!.chatId});
}

function move(deps: KeyActionDeps, by: number): void {
	const {query} = deps.ui.getState().switcher;
	editSwitcher(deps, {type: 'move', by, count: switcherRows(deps.desk.getState(), query).length});
}

/** Everything typed goes into the field (even "?" and "/"); the switcher's own key or Esc closes it, Ctrl+C still quits. */
export function handleSwitcherKey(key: KeyPress, deps: KeyActionDeps, quit: () => void): void {
	const plain = !key.ctrl && !key.meta;
	if (key.name === 'escape' && plain) return deps.ui.dispatch({type: 'overlay.close'});
	if (key.name === 'enter' && plain) return showChosen(deps);
	if ((key.name === 'up' && plain) || (key.name === 'p' && key.ctrl && !key.meta)) return move(deps, -1);
	if ((key.name === 'down' && plain) || (key.name === 'n' && key.ctrl && !key.meta)) return move(deps, 1);
	if (key.name === 'tab' && plain) return move(deps, key.shift ? -1 : 1);
	if (key.name === 'backspace' && !key.ctrl)
		return editSwitcher(deps, {type: key.meta ? 'delete-word' : 'delete-before'});
	if (key.name === 'w' && key.ctrl && !key.meta) return editSwitcher(deps, {type: 'delete-word'});
	if (key.name === 'u' && key.ctrl && !key.meta) return editSwitcher(deps, {type: 'clear'});
	if (key.text !== '' && plain) return editSwitcher(deps, {type: 'insert', text: key.text});
	const action = matchKey(deps.keymap, key, {offer: false, composer: false, typing: true});
	if (action === 'quit') return quit();
	if (action === 'find-chat') deps.ui.dispatch({type: 'overlay.close'});
}
