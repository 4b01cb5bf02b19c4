// The palette's own state as a pure reducer: which row is selected, and whether Esc dismissed it for this draft.
import {commandWord} from './palette-draft.js';

export type PaletteState = {
	/** Index into the view's rows; read through selectedIndex, which clamps it to the rows there are now. */
	selected: number;
	/** The draft as it was when Esc dismissed the palette; null while it is not dismissed. */
	dismissedDraft: string | null;
};

export type PaletteEvent =
	/** Up/Down, a page: `count` is the number of rows in the view the key was pressed in. */
	| {type: 'move'; by: number; count: number}
	| {type: 'select'; index: number; count: number}
	/** Esc: hidden for this draft and while typing on from it. */
	| {type: 'dismiss'; draft: string}
	/** The draft changed (typed, deleted, replaced, or another chat focused): back to the first row. */
	| {type: 'reset'; draft: string};

export const INITIAL_PALETTE_STATE: PaletteState = Object.freeze({selected: 0, dismissedDraft: null});

function clamp(index: number, count: number): number {
	return Math.max(0, Math.min(count - 1, index));
}

/** The selected row for a view of `count` rows: a list that shrank (a colleague went away) never points past its end. */
export function selectedIndex(state: PaletteState, count: number): number {
	return count <= 0 ? 0 : clamp(state.selected, count);
}

/**
 * Stepping past an end from that end wraps around; anything else stops at the end. So Up on the first row goes to
 * the last, and PgDn in the middle of a long list lands on the last row before a second PgDn wraps to the first.
 */
function moved(selected: number, by: number, count: number): number {
	if (count <= 0) return 0;
	const from = clamp(selected, count);
	if (by > 0 && from === count - 1) return 0;
	if (by < 0 && from === 0) return count - 1;
	return clamp(from + by, count);
}

/**
 * Whether a dismissal made at `dismissed` still covers `draft`: while the command word only grows or shrinks
 * ("/ho" to "/hold 3 checking", or back to "/"), the agent is typing on and wants no palette; a different word
 * ("/hold" edited to "/end") is a new command and gets it back.
 */
function sameCommand(draft: string, dismissed: string): boolean {
	const word = commandWord(draft);
	const before = commandWord(dismissed);
	return word !== null && before !== null && (word.startsWith(before) || before.startsWith(word));
}

/** True when the palette should stay hidden for `draft` (the agent pressed Esc and is typing on). */
export function isDismissed(state: PaletteState, draft: string): boolean {
	return state.dismissedDraft !== null && sameCommand(draft, state.dismissedDraft);
}

export function reducePalette(state: PaletteState, event: PaletteEvent): PaletteState {
	switch (event.type) {
		case 'move': {
			const selected = moved(state.selected, event.by, event.count);
			return selected === state.selected ? state : {...state, selected};
		}
		case 'select': {
			const selected = selectedIndex({...state, selected: event.index}, event.count);
			return selected === state.selected ? state : {...state, selected};
		}
		case 'dismiss':
			return {selected: 0, dismissedDraft: event.draft};
		case 'reset': {
			// An emptied draft (or one that became a message) ends the dismissal: typing "/" again brings the palette.
			const dismissedDraft =
				state.dismissedDraft !== null && sameCommand(event.draft, state.dismissedDraft) ? state.dismissedDraft : null;
			return state.selected === 0 && dismissedDraft === state.dismissedDraft ? state : {selected: 0, dismissedDraft};
		}
	}
}
