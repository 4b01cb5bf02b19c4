// The desk driven by a program (the demo's autopilot): the same key paths an agent's fingers take, and the state to watch.
import type {DeskDriver} from '../core/desk-driver.js';
import {handleKeyPress, type KeyActionDeps} from './key-actions.js';
import {parseKeyPresses} from './keys/key-press.js';
import {draftOf} from './state/ui-state.js';

/** The driver (core/desk-driver.ts) and what the demo itself needs: a line on the desk, and the way out. */
export type DeskHandle = DeskDriver & {
	/** A line in the desk's alert line (the demo saying it is over). */
	notify(text: string): void;
	quit(): void;
};

const [ENTER] = parseKeyPresses('\r');

export function createDeskHandle(deps: KeyActionDeps): DeskHandle {
	const focus = (chatId: string) => {
		if (deps.desk.getState().view.panes[deps.desk.getState().view.focusedPane] !== chatId)
			deps.desk.dispatch({type: 'focus.chat', chatId});
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
