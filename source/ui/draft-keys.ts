// Keys that work on a chat's whole draft: discard it, put a canned response at its cursor, jump between placeholders (E12).
import {nextPlaceholder, placeholderSpans} from './components/composer/placeholders.js';
import {editComposer, note} from './composer-keys.js';
import type {KeyActionDeps} from './key-deps.js';
import {draftOf, type UiState} from './state/ui-state.js';

/** The draft holds a placeholder of the canned response put in it: Tab then jumps to it rather than to the next pane. */
export function hasPlaceholder(ui: UiState, chatId: string): boolean {
	const markers = ui.markers.get(chatId);
	return markers !== undefined && placeholderSpans(draftOf(ui, chatId).text, markers).length > 0;
}

/** Every line of the draft goes at once; it joins the chat's history, so Up brings it back if that was a slip. */
export function discardDraft(deps: KeyActionDeps, chatId: string): void {
	const {text} = draftOf(deps.ui.getState(), chatId);
	if (text === '') return;
	deps.ui.dispatch({type: 'composer.discard', chatId});
	deps.controller.composerChanged(chatId, '');
	const lines = text.split('\n').length;
	note(deps, `draft discarded${lines > 1 ? ` (${lines} lines)` : ''}: Up brings it back`);
}

/**
 * A canned response at the cursor, mid-sentence: the draft steps aside for a canned search in the composer, and the
 * chosen response goes in where the cursor was (Esc brings the draft back as it was).
 */
export function cannedAtCursor(deps: KeyActionDeps, chatId: string): void {
	const ui = deps.ui.getState();
	if (ui.aside.has(chatId)) return;
	const draft = draftOf(ui, chatId).text;
	// An empty draft or a command line: "/c " is all it takes, nothing to keep.
	if (draft.trim() === '' || draft.startsWith('/')) {
		editComposer(deps, chatId, {type: 'replace', text: '/c '});
		return;
	}
	deps.ui.dispatch({type: 'composer.aside', chatId});
	note(deps, 'canned response at the cursor: type to search, Enter puts it in your draft, Esc goes back to it');
}

/** Tab / Shift+Tab: the next or previous placeholder, chosen, so typing replaces it. */
export function jumpToPlaceholder(deps: KeyActionDeps, chatId: string, direction: 1 | -1): void {
	const ui = deps.ui.getState();
	const draft = draftOf(ui, chatId);
	// From a chosen placeholder, on to the next; from the plain cursor, one starting right there counts.
	const from = draft.mark ? draft.mark.start : direction === 1 ? draft.cursor - 1 : draft.cursor + 1;
	const span = nextPlaceholder(draft.text, ui.markers.get(chatId) ?? [], from, direction);
	if (span) deps.ui.dispatch({type: 'composer.edit', chatId, edit: {type: 'select', ...span}});
}
