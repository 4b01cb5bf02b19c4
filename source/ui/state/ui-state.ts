// What only the screen knows (drafts per chat, input history, the open overlay, quit confirmation, local notes), as a pure reducer.
import {MAX_ALERT_LOG, type LoggedAlert} from '../../core/desk-state.js';
import type {Finding} from '../../courtesy/guard/index.js';
import {
	EMPTY_COMPOSER,
	reduceComposer,
	type ComposerEdit,
	type ComposerState,
} from '../components/composer/composer-state.js';
import {
	INITIAL_PALETTE_STATE,
	reducePalette,
	type PaletteEvent,
	type PaletteState,
} from '../components/palette/palette-state.js';
import {
	reduceHelpPaging,
	reduceAlertLogView,
	type HelpPageMove,
	type HelpPaging,
	type AlertLogMove,
	type AlertLogView,
} from './overlay-paging.js';
import {
	EMPTY_SWITCHER,
	reduceSwitcher,
	type SwitcherEdit,
	type SwitcherState,
} from '../components/chat-switcher/switcher-state.js';
import {
	EMPTY_TOKEN_PROMPT,
	reduceTokenPrompt,
	type TokenPromptEdit,
	type TokenPromptState,
} from '../components/token-prompt/token-prompt-state.js';
import {
	EMPTY_EARLIER,
	reduceEarlier,
	type EarlierChatsState,
	type EarlierEdit,
} from '../components/earlier-chats/earlier-state.js';

/**
 * alerts: the alert log; token: the new-token prompt after the server refused the agent's token; switcher: the
 * chat switcher, finding a chat by name, e-mail, language or department (issue 9); earlier: a returning customer's
 * earlier chats and their transcripts (E8).
 */
export type Overlay = 'help' | 'palette' | 'alerts' | 'token' | 'switcher' | 'earlier';

/**
 * E3-E6: what the guard found in a draft on the first Enter. Shown under the composer until the draft
 * changes; Enter with the same text sends it as it is.
 */
export type GuardReview = {
	chatId: string;
	text: string;
	findings: readonly Finding[];
	/** E12: markers of a canned response still in the text ("[order number]"): sent as they are, the customer would see them. */
	unfilled?: readonly string[];
};

/**
 * A line from the desk itself (a request that failed, a hint), shown in the alert line until replaced or dismissed;
 * `detail`: technical words behind it (the server's own message), for the alert log only.
 */
export type LocalNote = {text: string; level: 'info' | 'warning'; at: number; detail?: string};

export type UiState = {
	/** The composer per chat: switching chats never loses what was typed. */
	drafts: ReadonlyMap<string, ComposerState>;
	/** Per chat, the texts sent (and drafts discarded) in it, newest first, for Up/Down: never another customer's. */
	history: ReadonlyMap<string, readonly string[]>;
	/**
	 * Per chat, the draft put aside while the palette looks for a canned response to insert at its cursor
	 * (mid-sentence); it comes back with the response in it, or as it was on Esc.
	 */
	aside: ReadonlyMap<string, ComposerState>;
	overlay: Overlay | null;
	help: HelpPaging;
	/** When the first Ctrl+C was pressed; a second one within QUIT_WINDOW_MS quits. */
	quitArmedAt: number | null;
	note: LocalNote | null;
	/** The desk's own notes as the alert log keeps them (the alerts about chats are logged in the desk state). */
	noteLog: readonly LoggedAlert[];
	/** The alert log's scroll: rows back from its newest entry; its page and the most it can scroll, as last drawn. */
	alertLog: AlertLogView;
	guard: GuardReview | null;
	/** The command palette over a composer whose draft starts with "/": its selection, and an Esc dismissal. */
	palette: PaletteState;
	/** Per chat, the markers ("[order number]") of the canned response last put in its composer, until it is sent (E12). */
	markers: ReadonlyMap<string, readonly string[]>;
	/** The digits typed after Alt+J, while a chat number is being typed (null: not jumping). */
	jump: string | null;
	/**
	 * The fresh-look guard for the latest change of the focused pane the agent did not ask for (its `at`): shown
	 * (the change is on the alert line and keys typed meanwhile are held in `held`), then done once the agent
	 * confirmed, dismissed or moved on. See fresh-look.ts.
	 */
	fresh: FreshLook | null;
	/** The new-token prompt's field; emptied whenever the prompt closes, so the secret lives no longer than needed. */
	tokenPrompt: TokenPromptState;
	/** The chat switcher's query and selection; empty each time it opens. */
	switcher: SwitcherState;
	/** E8: the earlier chats of the focused chat's customer, and the one being read; emptied when it closes. */
	earlier: EarlierChatsState;
};

export type FreshLook = {at: number; held: string; done: boolean};

export type UiEvent =
	| {type: 'composer.edit'; chatId: string; edit: ComposerEdit}
	/** The draft went out: it joins the history and the composer empties. */
	| {type: 'composer.sent'; chatId: string; text: string}
	/** The whole draft (every line) goes; it joins the chat's history, so Up brings it back. */
	| {type: 'composer.discard'; chatId: string}
	/** The draft steps aside for a canned search ("/c "), to take the response at its cursor. */
	| {type: 'composer.aside'; chatId: string}
	/** Esc on that search: the draft comes back as it was. */
	| {type: 'composer.restore'; chatId: string}
	/** A canned response (or a notice) for the composer: into the draft put aside, at its cursor; else it replaces the command line. */
	| {type: 'composer.put'; chatId: string; text: string}
	| {type: 'overlay.toggle'; overlay: Overlay}
	| {type: 'overlay.open'; overlay: Overlay}
	| {type: 'overlay.close'}
	/** A paging key while the help is open. */
	| {type: 'help.page'; move: HelpPageMove}
	/** The help overlay's page count at the current size (it changes on resize). */
	| {type: 'help.pages'; pages: number}
	/** A paging key while the alert log is open. */
	| {type: 'alert-log.scroll'; move: AlertLogMove}
	/** The alert log's page height and how far it can scroll at the screen's size. */
	| {type: 'alert-log.size'; page: number; max: number}
	| {type: 'quit.arm'; at: number}
	| {type: 'quit.disarm'}
	| {type: 'note.show'; note: LocalNote}
	| {type: 'note.clear'}
	| {type: 'guard.show'; review: GuardReview}
	| {type: 'guard.clear'}
	| {type: 'palette'; event: PaletteEvent}
	/** A canned response went into the composer with values still to fill in. */
	| {type: 'composer.markers'; chatId: string; markers: readonly string[]}
	/** Alt+J and the digits after it; null ends the jump. */
	| {type: 'jump.set'; digits: string | null}
	| {type: 'fresh.set'; fresh: FreshLook | null}
	/** A key in the new-token prompt. */
	| {type: 'token.edit'; edit: TokenPromptEdit}
	/** A key in the chat switcher. */
	| {type: 'switcher'; edit: SwitcherEdit}
	/** The earlier chats overlay: opening it, the server's pages, the keys inside it. */
	| {type: 'earlier'; edit: EarlierEdit};

export const HISTORY_SIZE = 100;
/**
 * The draft key of the desk's own command line: a pane with no chat takes desk commands (/away, /online, /help,
 * /split) there. Never a chat id (chat ids have no NUL), and never sent anywhere.
 */
export const DESK_LINE = '\u0000desk';
export const QUIT_WINDOW_MS = 4_000;

export function createUiState(): UiState {
	return {
		drafts: new Map(),
		history: new Map(),
		aside: new Map(),
		overlay: null,
		help: {page: 0, pages: 1},
		quitArmedAt: null,
		note: null,
		noteLog: [],
		alertLog: {scroll: 0, page: 1, max: 0},
		guard: null,
		palette: INITIAL_PALETTE_STATE,
		markers: new Map(),
		jump: null,
		fresh: null,
		tokenPrompt: EMPTY_TOKEN_PROMPT,
		switcher: EMPTY_SWITCHER,
		earlier: EMPTY_EARLIER,
	};
}

/** A note joins the log; the same text again right after is counted, as the desk's alerts are. */
function logNote(log: readonly LoggedAlert[], note: LocalNote): readonly LoggedAlert[] {
	const latest = log.at(-1);
	if (latest && latest.text === note.text)
		return [...log.slice(0, -1), {...latest, count: latest.count + 1, at: note.at}];
	const id = `note-${(latest ? Number(latest.id.slice(5)) : 0) + 1}`;
	const detail = note.detail === undefined ? {} : {detail: note.detail};
	const next = [...log, {id, level: note.level, text: note.text, chat: null, at: note.at, count: 1, ...detail}];
	return next.length > MAX_ALERT_LOG ? next.slice(-MAX_ALERT_LOG) : next;
}

/**
 * The help always opens at its first page, the alert log at its newest entry, the chat switcher empty; the earlier
 * chats are asked for afresh each time (a transcript read before is not kept).
 */
function opened(state: UiState, overlay: Overlay): UiState {
	return {
		...state,
		overlay,
		help: {...state.help, page: 0},
		alertLog: {...state.alertLog, scroll: 0},
		switcher: EMPTY_SWITCHER,
		earlier: EMPTY_EARLIER,
	};
}

export function draftOf(state: UiState, chatId: string): ComposerState {
	return state.drafts.get(chatId) ?? EMPTY_COMPOSER;
}

const NO_HISTORY: readonly string[] = [];

/** The chat's input history, newest first. */
export function historyOf(state: UiState, chatId: string): readonly string[] {
	return state.history.get(chatId) ?? NO_HISTORY;
}

function withHistory(state: UiState, chatId: string, text: string): UiState {
	const entries = historyOf(state, chatId);
	const next = [text, ...entries.filter(entry => entry !== text)].slice(0, HISTORY_SIZE);
	return {...state, history: new Map(state.history).set(chatId, next)};
}

function withoutAside(state: UiState, chatId: string): UiState {
	if (!state.aside.has(chatId)) return state;
	const aside = new Map(state.aside);
	aside.delete(chatId);
	return {...state, aside};
}

function withoutMarkers(state: UiState, chatId: string): UiState {
	if (!state.markers.has(chatId)) return state;
	const markers = new Map(state.markers);
	markers.delete(chatId);
	return {...state, markers};
}

function withDraft(state: UiState, chatId: string, draft: ComposerState): UiState {
	const before = draftOf(state, chatId);
	if (draft === before) return state;
	const drafts = new Map(state.drafts);
	if (draft.text === '' && draft.historyIndex === null) drafts.delete(chatId);
	else drafts.set(chatId, draft);
	// The guard's findings were about the old text: any change of it sends the agent back to editing.
	const stale = state.guard !== null && state.guard.chatId === chatId && draft.text !== state.guard.text;
	// A changed draft is a changed palette: the selection goes back to the first row (and an Esc may expire).
	const palette =
		draft.text === before.text ? state.palette : reducePalette(state.palette, {type: 'reset', draft: draft.text});
	return {...state, drafts, guard: stale ? null : state.guard, palette};
}

export function reduceUi(state: UiState, event: UiEvent): UiState {
	switch (event.type) {
		case 'composer.edit':
			return withDraft(state, event.chatId, reduceComposer(draftOf(state, event.chatId), event.edit));
		case 'composer.sent':
			return withoutMarkers(
				withHistory(withDraft(state, event.chatId, EMPTY_COMPOSER), event.chatId, event.text),
				event.chatId,
			);
		case 'composer.discard': {
			const {text} = draftOf(state, event.chatId);
			if (text === '') return state;
			const emptied = withoutAside(withDraft(state, event.chatId, EMPTY_COMPOSER), event.chatId);
			return withoutMarkers(withHistory(emptied, event.chatId, text), event.chatId);
		}
		case 'composer.aside': {
			if (state.aside.has(event.chatId)) return state;
			const draft = draftOf(state, event.chatId);
			const aside = new Map(state.aside).set(event.chatId, draft);
			return withDraft({...state, aside}, event.chatId, reduceComposer(EMPTY_COMPOSER, {type: 'insert', text: '/c '}));
		}
		case 'composer.restore': {
			const draft = state.aside.get(event.chatId);
			return draft ? withoutAside(withDraft(state, event.chatId, draft), event.chatId) : state;
		}
		case 'composer.put': {
			const draft = state.aside.get(event.chatId);
			const put = draft
				? reduceComposer(draft, {type: 'insert-at', text: event.text, at: draft.cursor})
				: reduceComposer(draftOf(state, event.chatId), {type: 'replace', text: event.text});
			return withoutAside(withDraft(state, event.chatId, put), event.chatId);
		}
		case 'composer.markers': {
			const markers = new Map(state.markers);
			if (event.markers.length === 0) markers.delete(event.chatId);
			else markers.set(event.chatId, event.markers);
			return {...state, markers};
		}
		case 'overlay.toggle':
			return state.overlay === event.overlay ? {...state, overlay: null} : opened(state, event.overlay);
		case 'overlay.open':
			return state.overlay === event.overlay ? state : opened(state, event.overlay);
		case 'alert-log.scroll':
		case 'alert-log.size': {
			const alertLog = reduceAlertLogView(state.alertLog, event);
			return alertLog === state.alertLog ? state : {...state, alertLog};
		}
		case 'overlay.close':
			return state.overlay === null
				? state
				: {...state, overlay: null, tokenPrompt: EMPTY_TOKEN_PROMPT, earlier: EMPTY_EARLIER};
		case 'earlier': {
			const earlier = reduceEarlier(state.earlier, event.edit);
			return earlier === state.earlier ? state : {...state, earlier};
		}
		case 'switcher': {
			const switcher = reduceSwitcher(state.switcher, event.edit);
			return switcher === state.switcher ? state : {...state, switcher};
		}
		case 'token.edit': {
			const tokenPrompt = reduceTokenPrompt(state.tokenPrompt, event.edit);
			return tokenPrompt === state.tokenPrompt ? state : {...state, tokenPrompt};
		}
		case 'help.page':
		case 'help.pages': {
			const help = reduceHelpPaging(state.help, event);
			return help === state.help ? state : {...state, help};
		}
		case 'quit.arm':
			return {...state, quitArmedAt: event.at};
		case 'quit.disarm':
			return state.quitArmedAt === null ? state : {...state, quitArmedAt: null};
		case 'note.show':
			return {...state, note: event.note, noteLog: logNote(state.noteLog, event.note)};
		case 'note.clear':
			return state.note === null ? state : {...state, note: null};
		case 'guard.show':
			return {...state, guard: event.review};
		case 'guard.clear':
			return state.guard === null ? state : {...state, guard: null};
		case 'fresh.set':
			return {...state, fresh: event.fresh};
		case 'jump.set':
			return state.jump === event.digits ? state : {...state, jump: event.digits};
		case 'palette': {
			const palette = reducePalette(state.palette, event.event);
			return palette === state.palette ? state : {...state, palette};
		}
	}
}
