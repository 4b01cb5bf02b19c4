// A tiny external store for the desk, shaped for React's useSyncExternalStore, with a batch entry point.
import {createDeskState, type DeskState} from './desk-state.js';
import type {DeskInput} from './intents.js';
import {reduceDesk} from './reducer.js';

export type DeskStore = {
	getState: () => DeskState;
	dispatch: (action: DeskInput) => void;
	/**
	 * Applies many actions and tells subscribers once (and not at all when nothing changed). The glue that
	 * collects server events for ~50 ms (DESIGN: at most one render per burst) hands each burst in here.
	 */
	dispatchBatch: (actions: Iterable<DeskInput>) => void;
	/** Returns the unsubscribe function, as useSyncExternalStore expects. */
	subscribe: (listener: () => void) => () => void;
};

export function createDeskStore(initial: DeskState = createDeskState()): DeskStore {
	let state = initial;
	const listeners = new Set<() => void>();

	const commit = (next: DeskState) => {
		if (next === state) return;
		state = next;
		// A copy, so a listener that unsubscribes (or subscribes) meanwhile does not disturb this round.
		for (const listener of [...listeners]) listener();
	};

	return {
		getState: () => state,
		dispatch: action => commit(reduceDesk(state, action)),
		dispatchBatch: actions => {
			let next = state;
			for (const action of actions) next = reduceDesk(next, action);
			commit(next);
		},
		subscribe: listener => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
