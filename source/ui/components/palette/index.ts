// The command palette in one import: view, state, key decisions, sizing and the component.
export {commandWord, readDraft, type PaletteDraft, type PaletteMode} from './palette-draft.js';
export type {Availability, CannedRow, CommandRow, PaletteRow, PaletteView, TargetRow} from './palette-row.js';
export {
	CANNED_AMONG_COMMANDS,
	paletteView,
	suggestsCanned,
	usageHint,
	visiblePalette,
	type PaletteInput,
} from './palette-view.js';
export {
	INITIAL_PALETTE_STATE,
	isDismissed,
	reducePalette,
	selectedIndex,
	type PaletteEvent,
	type PaletteState,
} from './palette-state.js';
export {PALETTE_PAGE, paletteDecision, quoteTargetId, type PaletteDecision} from './palette-keys.js';
export {cannedInsert, type CannedInsert} from './canned-insert.js';
export {
	PALETTE_MAX_ROWS,
	PREVIEW_TEXT_LINES,
	paletteLines,
	paletteMaxRows,
	paletteRows,
	type PaletteLine,
} from './palette-layout.js';
export {paletteInput} from './palette-input.js';
export {Palette, type PaletteProps} from './palette.js';
