// The escape string that puts the terminal back as a shell expects it, from whatever the desk turned on.
//
// Nothing here writes: the exit paths (quit, Ctrl+C, SIGTERM, SIGHUP, a crash) write
// restoreSequence() themselves, so a shell never inherits a hidden cursor or the alternate screen.

const LEAVE_ALTERNATE_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';
const DISABLE_BRACKETED_PASTE = '\x1b[?2004l';
const RESET_ATTRIBUTES = '\x1b[0m';
/** Ends a synchronized update (Ink wraps frames in them); a crash mid-frame would otherwise freeze the display until the terminal times out. */
const END_SYNCHRONIZED_UPDATE = '\x1b[?2026l';
/** Pops the kitty keyboard protocol flags Ink may push; left on, the shell would receive escape codes for Ctrl+C. */
const POP_KITTY_KEYBOARD = '\x1b[<u';

/**
 * Leaves the terminal as a shell expects it, from any state, and is harmless to send twice.
 * Order matters: the kitty keyboard stack belongs to the screen it was pushed on (the alternate one),
 * so it is popped before leaving; attributes are reset last, after leaving restores the saved cursor.
 */
export function restoreSequence(): string {
	return (
		END_SYNCHRONIZED_UPDATE +
		DISABLE_BRACKETED_PASTE +
		POP_KITTY_KEYBOARD +
		LEAVE_ALTERNATE_SCREEN +
		SHOW_CURSOR +
		RESET_ATTRIBUTES
	);
}
