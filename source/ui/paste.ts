// A bracketed paste: one insert where the agent's keys would go (the token prompt, the chat switcher, a chat's composer, the desk's command line), never lost silently.
import {editComposer, focusHow, note} from './composer-keys.js';
import {pasteIntoTokenPrompt} from './connection-keys.js';
import {freshLookPaste} from './fresh-look.js';
import {focusContext} from './key-actions.js';
import {pasteIntoOverlay} from './overlay-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import {remoteBody} from './remote-text.js';
import {DESK_LINE, draftOf} from './state/ui-state.js';

/** The desk's command line is one row: a pasted "/away\n" is the command, its line breaks blanks. */
function asCommandLine(text: string): string {
	return text.trim().replaceAll(/\s*\n\s*/gu, ' ');
}

/**
 * A pane with no chat: the paste goes into the desk's command line (a pasted "/away" runs with Enter). Text that is no
 * command waits there too, with a word on where to write, rather than vanishing or going to a customer.
 */
function pasteIntoDeskLine(deps: KeyActionDeps, text: string): void {
	const line = asCommandLine(text);
	if (line === '') return;
	editComposer(deps, DESK_LINE, {type: 'insert', text: line});
	if (!draftOf(deps.ui.getState(), DESK_LINE).text.startsWith('/'))
		note(
			deps,
			`no chat in this pane: the paste waits on the desk command line; focus a chat (${focusHow(deps)}) to write to a customer`,
		);
}

/** Line breaks kept, controls removed (a paste can come from anywhere). */
export function handlePaste(text: string, deps: KeyActionDeps): void {
	if (pasteIntoTokenPrompt(text, deps) || pasteIntoOverlay(text, deps)) return;
	const clean = remoteBody(text);
	if (clean === '') return;
	const context = focusContext(deps.desk.getState(), deps.ui.getState());
	if (context.chatId === null) return pasteIntoDeskLine(deps, clean);
	if (!context.composer) return note(deps, 'this chat has ended: nothing can be written in it, the paste was not used');
	if (!freshLookPaste(clean, deps)) editComposer(deps, context.chatId, {type: 'insert', text: clean});
}
