// What the agent's terminal can show, worked out from the environment and whether stdout is a TTY.
//
// A pure function of its inputs, so every combination (NO_COLOR, TERM=dumb, a C locale over SSH,
// tmux) is testable without a terminal; the caller passes process.env and process.stdout.isTTY.

export type ColorLevel = 'none' | 'basic' | 'ansi256' | 'truecolor';

export interface TerminalCapabilities {
	/** stdout is a terminal (not a pipe or a file). */
	readonly interactive: boolean;
	readonly color: ColorLevel;
	/** The locale is UTF-8: box drawing, "…", "●" and the like. Otherwise ASCII borders and symbols. */
	readonly unicode: boolean;
	/**
	 * Cursor control, the alternate screen, hidden cursor, bracketed paste and OSC notifications may
	 * be sent. False for TERM=dumb and when stdout is not a terminal: plain output only.
	 */
	readonly fullScreen: boolean;
	/** Running inside tmux: OSC notifications must be wrapped for passthrough to reach the outer terminal. */
	readonly tmux: boolean;
}

export type TerminalEnv = Readonly<Record<string, string | undefined>>;

/** The locale that decides the character encoding: the first set of LC_ALL, LC_CTYPE, LANG (POSIX order). */
export function effectiveLocale(env: TerminalEnv): string {
	for (const name of ['LC_ALL', 'LC_CTYPE', 'LANG'] as const) {
		const value = env[name];
		if (value) return value;
	}
	// No locale at all is the POSIX "C" locale, which is ASCII.
	return 'C';
}

export function localeIsUtf8(env: TerminalEnv): boolean {
	return /utf-?8/i.test(effectiveLocale(env));
}

export function detectTerminalCapabilities(env: TerminalEnv, isTTY: boolean): TerminalCapabilities {
	const term = env['TERM'] ?? '';
	const dumb = term === 'dumb';
	return {
		interactive: isTTY,
		color: colorLevel(env, isTTY, dumb, term),
		unicode: localeIsUtf8(env),
		fullScreen: isTTY && !dumb,
		// TMUX is set for processes started inside tmux; TERM=tmux-* also reaches a program run over
		// SSH from a tmux pane, which TMUX does not.
		tmux: Boolean(env['TMUX']) || term.startsWith('tmux'),
	};
}

function colorLevel(env: TerminalEnv, isTTY: boolean, dumb: boolean, term: string): ColorLevel {
	// https://no-color.org: present and not empty disables colour, whatever its value. It wins over
	// FORCE_COLOR: an agent who set it (for accessibility, say) should not get colour from a wrapper.
	if (env['NO_COLOR']) return 'none';
	if (dumb) return 'none';

	const forced = env['FORCE_COLOR'];
	if (forced !== undefined) {
		if (forced === '0' || forced === 'false') return 'none';
		if (forced === '2') return 'ansi256';
		if (forced === '3') return 'truecolor';
		// '', '1', 'true': at least basic colours even into a pipe; more if the terminal says so.
		const detected = detectedLevel(env, term);
		return isTTY ? detected : 'basic';
	}

	if (!isTTY) return 'none';
	return detectedLevel(env, term);
}

function detectedLevel(env: TerminalEnv, term: string): ColorLevel {
	const colorterm = (env['COLORTERM'] ?? '').toLowerCase();
	if (colorterm === 'truecolor' || colorterm === '24bit') return 'truecolor';
	if (/^(xterm-kitty|xterm-ghostty|alacritty|wezterm|foot)/.test(term)) return 'truecolor';
	if (/256/.test(term)) return 'ansi256';
	return 'basic';
}
