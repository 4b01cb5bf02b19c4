// Reads the composer's draft as the palette sees it: which mode applies and what has been typed for it.
import {findCommand, isAvailable, type Command} from '../../../commands/index.js';
import type {Capability} from '../../../protocol/index.js';

export type PaletteMode = 'commands' | 'canned' | 'transfer' | 'usage';

export type PaletteDraft =
	/** "/", "/ho": a command word still being typed (no blank yet). */
	| {mode: 'commands'; word: string}
	/** "/canned QUERY", "/c QUERY", "/canned ": browsing the library. */
	| {mode: 'canned'; command: Command; query: string}
	/** "/transfer kar", '/t "Kari Nor': a target still being typed, no note yet. */
	| {mode: 'transfer'; command: Command; query: string}
	/** Any other command line with arguments; `command` is undefined when the name is unknown. */
	| {mode: 'usage'; word: string; command: Command | undefined};

const COMMAND_WORD = /^\/([^\s/]*)$/u;
const COMMAND_LINE = /^\/([^\s/]+)(\s[\s\S]*)$/u;

/**
 * The command word of a draft ("ho" for "/ho", "hold" for "/hold 3 x", "" for "/"), lower-cased; null when the
 * draft is a message: no leading "/", the "//" escape, or "/ text" (the same rules as parseCommandLine).
 */
export function commandWord(draft: string): string | null {
	const match = COMMAND_WORD.exec(draft) ?? COMMAND_LINE.exec(draft);
	return match ? match[1]!.toLowerCase() : null;
}

/**
 * The target typed after "/transfer ": the first word, or a quoted name while its quote is open. Null once
 * anything follows that word (the note has begun), which is when the usage line takes over.
 */
function partialTarget(rest: string): string | null {
	const typed = rest.replace(/^\s+/u, '');
	const quote = typed[0];
	if (quote === '"' || quote === "'") {
		const close = typed.indexOf(quote, 1);
		if (close === -1) return typed.slice(1);
		return close === typed.length - 1 ? typed.slice(1, close) : null;
	}
	return /\s/u.test(typed) ? null : typed;
}

/** What the palette makes of `draft` on a server with `capabilities`; null: no palette (the draft is a message). */
export function readDraft(draft: string, capabilities: readonly Capability[]): PaletteDraft | null {
	const partial = COMMAND_WORD.exec(draft);
	if (partial) return {mode: 'commands', word: partial[1]!.toLowerCase()};
	const line = COMMAND_LINE.exec(draft);
	if (!line) return null;
	const word = line[1]!.toLowerCase();
	const rest = line[2]!;
	const command = findCommand(word);
	// A command the server cannot carry out gets the usage line, which says so, rather than a picker.
	if (command && isAvailable(command, capabilities)) {
		if (command.name === 'canned') return {mode: 'canned', command, query: rest.trim()};
		if (command.name === 'transfer') {
			const query = partialTarget(rest);
			if (query !== null) return {mode: 'transfer', command, query};
		}
	}
	return {mode: 'usage', word, command};
}
