// What Enter, Tab and the palette's keys do in a composer: commands, the guard's review (E3-E6), canned inserts (E12).
import {applySuggestions} from '../courtesy/guard/index.js';
import {LIMITS} from '../protocol/index.js';
import type {ComposerEdit} from './components/composer/composer-state.js';
import {
	paletteDecision,
	paletteInput,
	selectedIndex,
	visiblePalette,
	type PaletteView,
} from './components/palette/index.js';
import {reviewMessage} from './guard-review.js';
import type {FocusContext, KeyActionDeps} from './key-deps.js';
import type {KeyPress} from './keys/key-press.js';
import {keysOf} from './keys/resolve-keymap.js';
import {DESK_LINE, draftOf} from './state/ui-state.js';

export function editComposer(deps: KeyActionDeps, chatId: string, edit: ComposerEdit): void {
	const before = draftOf(deps.ui.getState(), chatId).text;
	deps.ui.dispatch({type: 'composer.edit', chatId, edit});
	// The canned search over a draft put aside was erased: the draft comes back as it was.
	if (deps.ui.getState().aside.has(chatId) && !draftOf(deps.ui.getState(), chatId).text.startsWith('/'))
		deps.ui.dispatch({type: 'composer.restore', chatId});
	const after = draftOf(deps.ui.getState(), chatId).text;
	// The desk's command line is no chat: nobody is told the agent is typing.
	if (after !== before && chatId !== DESK_LINE) deps.controller.composerChanged(chatId, after);
}

/** Markers of a new canned response, with those of one already in the draft that are still there (E12). */
function markersAfterInsert(deps: KeyActionDeps, chatId: string, added: readonly string[]): string[] {
	const text = draftOf(deps.ui.getState(), chatId).text;
	const kept = (deps.ui.getState().markers.get(chatId) ?? []).filter(marker => text.includes(marker));
	return [...new Set([...kept, ...added])];
}

/** How to put a chat in a pane, with the agent's own keys ("Alt+1..9 or Ctrl+G"), for the notes that say to. */
export function focusHow(deps: Pick<KeyActionDeps, 'keymap'>): string {
	const jump = keysOf(deps.keymap, 'chat-1')[0];
	const find = keysOf(deps.keymap, 'find-chat')[0];
	return [jump && `${jump}..9`, find].filter(Boolean).join(' or ') || 'the chat list';
}

export function note(deps: KeyActionDeps, text: string, level: 'info' | 'warning' = 'info'): void {
	deps.ui.dispatch({type: 'note.show', note: {text, level, at: deps.now()}});
}

/**
 * Enter in the composer. A line starting with "/" runs as a command (a wrong use keeps it, with a note);
 * "//text" sends "/text". A message for the customer meets the guard first (E3-E6): the first Enter shows
 * what it found, Enter again with the same text sends it as it is.
 */
export function submitComposer(deps: KeyActionDeps, chatId: string): void {
	const ui = deps.ui.getState();
	const text = draftOf(ui, chatId).text;
	if (text.trim() === '') return;
	if (chatId === DESK_LINE) return submitDeskLine(deps, text);
	if (text.startsWith('/') && deps.controller.runLine(chatId, text) !== null) {
		if (draftOf(deps.ui.getState(), chatId).text === '') deps.controller.composerChanged(chatId, '');
		return;
	}
	const message = text.startsWith('//') ? text.slice(1) : text;
	if (message.length > LIMITS.maxTextChars) {
		// Refused here, with the text kept, rather than by the server after it left the composer.
		note(
			deps,
			`the message has ${message.length} characters; the limit is ${LIMITS.maxTextChars}. Shorten it, or send it in parts.`,
			'warning',
		);
		return;
	}
	const reviewed = ui.guard !== null && ui.guard.chatId === chatId && ui.guard.text === text;
	if (!reviewed && deps.guard.enabled) {
		const findings = reviewMessage(deps.desk.getState(), chatId, message, deps.guard);
		// E12: a canned response sent with "[order number]" still in it shows the customer a form, not an answer.
		const unfilled = (ui.markers.get(chatId) ?? []).filter(marker => message.includes(marker));
		if (findings.length > 0 || unfilled.length > 0)
			return deps.ui.dispatch({type: 'guard.show', review: {chatId, text, findings, unfilled}});
	}
	deps.controller.sendMessage(chatId, message);
	deps.ui.dispatch({type: 'composer.sent', chatId, text});
	deps.controller.composerChanged(chatId, '');
}

/** Enter on the desk's command line (a pane with no chat): a desk command runs; anything else is kept, with a word on where to write. */
function submitDeskLine(deps: KeyActionDeps, text: string): void {
	if (!text.startsWith('/') || text.startsWith('//'))
		return note(
			deps,
			`no chat in this pane: focus one (${focusHow(deps)}) to write to a customer; here / runs desk commands`,
		);
	const effects = deps.controller.runLine(null, text);
	const wrongUse = effects !== null && effects.length === 1 && effects[0]!.type === 'error';
	if (!wrongUse) deps.ui.dispatch({type: 'composer.sent', chatId: DESK_LINE, text});
}

/** Tab while the guard shows its findings: the suggested rewrites go into the draft, which is checked again. */
export function applyGuard(deps: KeyActionDeps, chatId: string): void {
	const review = deps.ui.getState().guard;
	if (!review) return;
	const rewritten = applySuggestions(review.text, review.findings);
	if (rewritten === review.text) return note(deps, 'nothing to apply: edit the message, or Enter sends it as it is');
	editComposer(deps, chatId, {type: 'replace', text: rewritten});
	const findings = reviewMessage(deps.desk.getState(), chatId, rewritten, deps.guard);
	const unfilled = (review.unfilled ?? []).filter(marker => rewritten.includes(marker));
	if (findings.length > 0 || unfilled.length > 0)
		deps.ui.dispatch({type: 'guard.show', review: {chatId, text: rewritten, findings, unfilled}});
}

/** The palette over the focused composer, when its draft is a command line and Esc has not dismissed it. */
export function focusedPalette(
	deps: Pick<KeyActionDeps, 'desk' | 'ui' | 'canned'>,
	context: FocusContext,
): PaletteView | null {
	if (!context.composer || context.line === null) return null;
	const ui = deps.ui.getState();
	const draft = draftOf(ui, context.line).text;
	if (!draft.startsWith('/')) return null;
	return visiblePalette(paletteInput(deps.desk.getState(), context.chatId, draft, deps.canned.getState()), ui.palette);
}

/** A key the palette takes: move, dismiss, complete, insert a canned response (never sent, E12), or run the line. */
export function handlePaletteKey(key: KeyPress, view: PaletteView, chatId: string, deps: KeyActionDeps): boolean {
	const ui = deps.ui.getState();
	const draft = draftOf(ui, chatId).text;
	const decision = paletteDecision(key, view, ui.palette, draft);
	if (decision === null) return false;
	switch (decision.type) {
		case 'move':
			deps.ui.dispatch({type: 'palette', event: {type: 'move', by: decision.by, count: view.rows.length}});
			break;
		case 'dismiss':
			// Esc on a canned search over a draft put aside: back to the draft; otherwise the palette hides.
			if (ui.aside.has(chatId)) {
				deps.ui.dispatch({type: 'composer.restore', chatId});
				deps.ui.dispatch({type: 'note.clear'});
			} else deps.ui.dispatch({type: 'palette', event: {type: 'dismiss', draft}});
			break;
		case 'replace-draft':
			editComposer(deps, chatId, {type: 'replace', text: decision.text});
			break;
		case 'insert': {
			// Into the draft put aside, at its cursor (mid-sentence), or in place of the command line.
			deps.ui.dispatch({type: 'composer.put', chatId, text: decision.text});
			deps.controller.composerChanged(chatId, draftOf(deps.ui.getState(), chatId).text);
			const row = view.rows[selectedIndex(ui.palette, view.rows.length)];
			if (row?.kind === 'canned') deps.onCannedInsert?.(chatId, row.preview.response.id);
			const markers = markersAfterInsert(
				deps,
				chatId,
				decision.marks.map(mark => mark.marker),
			);
			deps.ui.dispatch({type: 'composer.markers', chatId, markers});
			if (decision.marks.length > 0)
				note(deps, `fill in before sending: ${decision.marks.map(mark => mark.marker).join(', ')}`);
			break;
		}
		case 'run':
			if (chatId === DESK_LINE) {
				submitDeskLine(deps, decision.line);
				break;
			}
			deps.controller.runLine(chatId, decision.line);
			// Another command than /canned ran from the search over a draft put aside: the draft comes back. (/canned's
			// response arrives as an insert effect, which puts it into the draft aside.)
			if (
				deps.ui.getState().aside.has(chatId) &&
				!/^\/(?:c|canned)(?:\s|$)/u.test(decision.line) &&
				!draftOf(deps.ui.getState(), chatId).text.startsWith('/')
			)
				deps.ui.dispatch({type: 'composer.restore', chatId});
			if (draftOf(deps.ui.getState(), chatId).text === '') deps.controller.composerChanged(chatId, '');
			break;
	}
	return true;
}
