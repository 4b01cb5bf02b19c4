// The palette's rows and view as data: what each line offers, before any layout or styling.
import type {CannedPreview} from '../../../canned/index.js';
import type {Command} from '../../../commands/index.js';
import type {TransferTarget} from '../../../protocol/index.js';
import type {PaletteMode} from './palette-draft.js';

export type CommandRow = {
	kind: 'command';
	command: Command;
	/** The name or alias the typed prefix matched ("c" for /canned when "/c" was typed). */
	word: string;
};

export type CannedRow = {
	kind: 'canned';
	/** In the customer's language with the chat's values filled: exactly what Enter puts in the composer. */
	preview: CannedPreview;
	/** The customer's locale the preview was made for, to say "(no nb variant: en)". */
	locale: string | null;
};

/** How reachable a transfer target is: the word says it, the symbol repeats it. */
export type Availability = 'available' | 'away' | 'unavailable';

export type TargetRow = {
	kind: 'target';
	target: TransferTarget;
	/** Raw, as the server sent it (sanitised when drawn). */
	name: string;
	/** "2 online", "accepting", "nobody available", "online", "away", "offline". */
	availability: string;
	available: boolean;
	level: Availability;
};

export type PaletteRow = CommandRow | CannedRow | TargetRow;

export type PaletteView = {
	mode: PaletteMode;
	rows: readonly PaletteRow[];
	/** One line under (or instead of) the rows: the usage of the command typed, or why nothing is listed. */
	hint: string | null;
	/** What the rows were filtered by: the command word, the canned query or the partial target. */
	query: string;
};
