// The command palette in one import: view, state, key decisions, sizing and the component.
export {readDraft} from './palette-draft.js';
export type {CannedRow, PaletteView, TargetRow} from './palette-row.js';
export {paletteView, visiblePalette, type PaletteInput} from './palette-view.js';
export {
	INITIAL_PALETTE_STATE,
	isDismissed,
	reducePalette,
	selectedIndex,
	type PaletteEvent,
	type PaletteState,
} from './palette-state.js';
export {paletteDecision, quoteTargetId, type PaletteDecision} from './palette-keys.js';
export {paletteLines, paletteMaxRows, paletteRows} from './palette-layout.js';
export {paletteInput} from './palette-input.js';
export {Palette} from './palette.js';
