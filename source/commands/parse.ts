// Reading a composer line as a slash command (name and quoted arguments), and Tab completion for the palette.
import type {Command, CommandArgs} from './command.js';

export type CommandLine = {name: string; args: CommandArgs};

type Word = {value: string; start: number; end: number; quoted: boolean};

/** Blank-separated words; "double" or 'single' quotes group words, and an unclosed quote runs to the end. */
function splitWords(text: string): Word[] {
	const words: Word[] = [];
	let index = 0;
	while (index < text.length) {
		while (index < text.length && /\s/u.test(text[index]!)) index++;
		if (index >= text.length) break;
		const start = index;
		const quote = text[index];
		if (quote === '"' || quote === "'") {
			const close = text.indexOf(quote, index + 1);
			const end = close === -1 ? text.length : close + 1;
			words.push({value: text.slice(index + 1, close === -1 ? text.length : close), start, end, quoted: true});
			index = end;
			continue;
		}
		while (index < text.length && !/\s/u.test(text[index]!)) index++;
		words.push({value: text.slice(start, index), start, end: index, quoted: false});
	}
	return words;
}

export function parseArgs(raw: string): CommandArgs {
	const text = raw.trim();
	const words = splitWords(text);
	return {
		words: words.map(word => word.value),
		text,
		after(count: number): string {
			const rest = words.slice(count);
			if (rest.length === 0) return '';
			// One quoted word is a value, not text that happens to start with a quote.
			if (rest.length === 1 && rest[0]!.quoted) return rest[0]!.value.trim();
			return text.slice(rest[0]!.start).trim();
		},
	};
}

/**
 * The command in a composer line, or null when the line is a message: it does not start with "/", or
 * starts with "//" (the escape for a message that begins with a slash) or "/ ".
 */
export function parseCommandLine(line: string): CommandLine | null {
	const match = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/u.exec(line.trimEnd());
	if (!match) return null;
	return {name: match[1]!.toLowerCase(), args: parseArgs(match[2] ?? '')};
}

export type Completion = {
	/** Commands whose name or an alias starts with what was typed, in list order. */
	matches: readonly {command: Command; word: string}[];
	/** What Tab puts in the composer: the single match with a space, or the longest shared start; null: nothing to add. */
	completion: string | null;
};

function sharedStart(words: readonly string[]): string {
	let shared = words[0] ?? '';
	for (const word of words) while (!word.startsWith(shared)) shared = shared.slice(0, -1);
	return shared;
}

/** Tab in the palette: `prefix` is the composer text ("/ho"); only names and aliases of `commands` complete. */
export function complete(prefix: string, commands: readonly Command[]): Completion {
	const typed = prefix.startsWith('/') ? prefix.slice(1).toLowerCase() : prefix.toLowerCase();
	if (/\s/u.test(typed)) return {matches: [], completion: null};
	const matches = commands.flatMap(command => {
		const words = [command.name, ...command.aliases].filter(word => word.startsWith(typed));
		const word = words.find(candidate => candidate === typed) ?? words[0];
		return word === undefined ? [] : [{command, word}];
	});
	if (matches.length === 0) return {matches, completion: null};
	// An exact alias ("/c") is complete in itself, even when longer names share its start.
	const exact = matches.find(match => match.word === typed);
	if (matches.length === 1 || (exact && typed !== '')) return {matches, completion: `/${(exact ?? matches[0]!).word} `};
	const shared = sharedStart(matches.map(match => match.word));
	return {matches, completion: shared.length > typed.length ? `/${shared}` : null};
}
