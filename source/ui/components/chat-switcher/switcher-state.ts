// The chat switcher's field and selection as a pure reducer: what was typed to find a chat, and which match is chosen.

export type SwitcherState = {query: string; selected: number};

export type SwitcherEdit =
	| {type: 'insert'; text: string}
	| {type: 'delete-before'}
	| {type: 'delete-word'}
	| {type: 'clear'}
	/** Up/Down through `count` matches, wrapping round. */
	| {type: 'move'; by: number; count: number};

export const EMPTY_SWITCHER: SwitcherState = Object.freeze({query: '', selected: 0});

/** A changed query is a new list of matches: the best one is chosen again. */
function withQuery(state: SwitcherState, query: string): SwitcherState {
	return query === state.query ? state : {query, selected: 0};
}

export function reduceSwitcher(state: SwitcherState, edit: SwitcherEdit): SwitcherState {
	switch (edit.type) {
		case 'insert':
			// One line: a pasted line break is a blank, like any other separator in what is searched.
			return withQuery(state, state.query + edit.text.replaceAll(/\s+/gu, ' '));
		case 'delete-before':
			return withQuery(state, [...state.query].slice(0, -1).join(''));
		case 'delete-word':
			return withQuery(state, state.query.replace(/\S*\s*$/u, ''));
		case 'clear':
			return withQuery(state, '');
		case 'move': {
			if (edit.count <= 0) return state;
			const selected = (((state.selected + edit.by) % edit.count) + edit.count) % edit.count;
			return selected === state.selected ? state : {...state, selected};
		}
	}
}

/** The chosen match among `count`: the selection may point past a list that shrank since. */
export function selectedMatch(state: SwitcherState, count: number): number {
	return count === 0 ? -1 : Math.min(state.selected, count - 1);
}
