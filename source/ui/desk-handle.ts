// The desk driven by a program (the demo's autopilot): the same key paths an agent's fingers take, and the state to watch.
import type {DeskState} from '../core/desk-state.js';
import {handleKeyPress, type KeyActionDeps} from './key-actions.js';
import {parseKeyPresses} from './keys/key-press.js';
import {draftOf} from './state/ui-state.js';

export type DeskHandle = {
	getState(): DeskState;
	subscribe(listener: () => void): () => void;
	accept(chatId: string): void;
	/**
	 * Focuses the chat, puts `line` in its composer and presses Enter: a message meets the guard, a command
	 * runs, "/c query" puts the canned response in the composer, exactly as when the agent types it.
	 */
	submit(chatId: string, line: string): void;
	/** Enter in the chat's composer: sends what a canned response or a rewrite left there, or sends past the guard. */
	enter(chatId: string): void;
	draft(chatId: string): string;
	/** The guard is showing findings for this chat's draft. */
	guardShown(chatId: string): boolean;
	/** A line in the desk's notice line (the demo saying it is over). */
	notify(text: string): void;
	quit(): void;
};

const [ENTER] = parseKeyPresses('\r');

export function createDeskHandle(deps: KeyActionDeps): DeskHandle {
	const focus = (chatId: string) => {
		if (deps.desk.getState().view.panes[deps.desk.getState().view.focusedPane] !== chatId) deps.desk.dispatch({type: 'focus.chat', chatId});
	};
	const enter = (chatId: string) => {
		focus(chatId);
		handleKeyPress(ENTER!, deps);
	};
	return {
		getState: () => deps.desk.getState(),
		subscribe: listener => deps.desk.subscribe(listener),
		accept: chatId => deps.controller.acceptOffer(chatId),
		submit(chatId, line) {
			focus(chatId);
			deps.ui.dispatch({type: 'composer.edit', chatId, edit: {type: 'replace', text: line}});
			deps.controller.composerChanged(chatId, line);
			enter(chatId);
		},
		enter,
		draft: chatId => draftOf(deps.ui.getState(), chatId).text,
		guardShown: chatId => deps.ui.getState().guard?.chatId === chatId,
		notify: text => deps.ui.dispatch({type: 'note.show', note: {text, level: 'info', at: deps.now()}}),
		quit: () => deps.controller.quit(),
	};
}
