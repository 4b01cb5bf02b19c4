// What only the screen knows (drafts per chat, input history, the open overlay, quit confirmation, local notes), as a pure reducer.
import {EMPTY_COMPOSER, reduceComposer, type ComposerEdit, type ComposerState} from '../components/composer/composer-state.js';

export type Overlay = 'help' | 'palette';

/** A line from the desk itself (a request that failed, a hint), shown in the notice line until replaced or dismissed. */
export type LocalNote = {text: string; level: 'info' | 'warning'; at: number};

export type UiState = {
	/** The composer per chat: switching chats never loses what was typed. */
	drafts: ReadonlyMap<string, ComposerState>;
	/** Sent texts, newest first, for Up/Down. */
	history: readonly string[];
	overlay: Overlay | null;
	/** When the first Ctrl+C was pressed; a second one within QUIT_WINDOW_MS quits. */
	quitArmedAt: number | null;
	note: LocalNote | null;
};

export type UiEvent =
	| {type: 'composer.edit'; chatId: string; edit: ComposerEdit}
	/** The draft went out: it joins the history and the composer empties. */
	| {type: 'composer.sent'; chatId: string; text: string}
	| {type: 'overlay.toggle'; overlay: Overlay}
	| {type: 'overlay.close'}
	| {type: 'quit.arm'; at: number}
	| {type: 'quit.disarm'}
	| {type: 'note.show'; note: LocalNote}
	| {type: 'note.clear'};

export const HISTORY_SIZE = 100;
export const QUIT_WINDOW_MS = 4_000;

export function createUiState(): UiState {
	return {drafts: new Map(), history: [], overlay: null, quitArmedAt: null, note: null};
}

export function draftOf(state: UiState, chatId: string): ComposerState {
	return state.drafts.get(chatId) ?? EMPTY_COMPOSER;
}

function withDraft(state: UiState, chatId: string, draft: ComposerState): UiState {
	if (draft === draftOf(state, chatId)) return state;
	const drafts = new Map(state.drafts);
	if (draft.text === '' && draft.historyIndex === null) drafts.delete(chatId);
	else drafts.set(chatId, draft);
	return {...state, drafts};
}

export function reduceUi(state: UiState, event: UiEvent): UiState {
	switch (event.type) {
		case 'composer.edit':
			return withDraft(state, event.chatId, reduceComposer(draftOf(state, event.chatId), event.edit));
		case 'composer.sent': {
			const history = [event.text, ...state.history.filter(entry => entry !== event.text)].slice(0, HISTORY_SIZE);
			return {...withDraft(state, event.chatId, EMPTY_COMPOSER), history};
		}
		case 'overlay.toggle':
			return {...state, overlay: state.overlay === event.overlay ? null : event.overlay};
		case 'overlay.close':
			return state.overlay === null ? state : {...state, overlay: null};
		case 'quit.arm':
			return {...state, quitArmedAt: event.at};
		case 'quit.disarm':
			return state.quitArmedAt === null ? state : {...state, quitArmedAt: null};
		case 'note.show':
			return {...state, note: event.note};
		case 'note.clear':
			return state.note === null ? state : {...state, note: null};
	}
}
