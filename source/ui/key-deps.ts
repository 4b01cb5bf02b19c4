// What key handling works on: the stores, the controller, the keymap and the courtesy settings; and where the focus is.
import type {DeskStore} from '../core/store.js';
import type {GuardConfig} from '../courtesy/guard/index.js';
import type {DeskController} from './desk-controller.js';
import type {UiStore} from './desk-context.js';
import type {KeyContext} from './keys/match-key.js';
import type {ResolvedKeymap} from './keys/resolve-keymap.js';
import type {CannedStore} from './state/canned-store.js';
import type {ViewportRegistry} from './state/viewports.js';

export type KeyActionDeps = {
	desk: DeskStore;
	ui: UiStore;
	controller: DeskController;
	keymap: ResolvedKeymap;
	viewports: ViewportRegistry;
	/** E3-E6: the phrase guard's settings (enabled false: `--no-guard`). */
	guard: GuardConfig;
	/** The canned library the palette searches (E12). */
	canned: CannedStore;
	/** Told each canned response the palette puts into a composer (the demo's report card counts E12). */
	onCannedInsert?(chatId: string, cannedId: string): void;
	now: () => number;
};

/** `line`: the draft the keys edit: the focused chat's, the desk's command line (DESK_LINE) in a pane with no chat, or none. */
export type FocusContext = KeyContext & {chatId: string | null; line: string | null};
