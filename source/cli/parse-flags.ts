// Parses one subcommand's flags with meow, turning unknown flags into a one-line UsageError.
import meow, {type AnyFlags, type Result} from 'meow';
import {UsageError} from './usage-error.js';

const kebab = (name: string) => name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`);

function knownNames(flags: AnyFlags): Set<string> {
	const known = new Set(['help', 'version', 'h']);
	for (const [name, flag] of Object.entries(flags)) {
		known.add(kebab(name));
		if (flag.shortFlag) known.add(flag.shortFlag);
		for (const alias of flag.aliases ?? []) known.add(alias);
	}
	return known;
}

/** The flag name an argument spells (`--port=1` -> port, `--no-guard` -> guard, `-p` -> p), or null for input. */
function spelledName(argument: string, known: Set<string>): string | null {
	if (!argument.startsWith('-') || argument === '-' || /^-\d/.test(argument)) return null;
	const name = argument.replace(/^--?/, '').split('=')[0]!;
	return name.startsWith('no-') && known.has(name.slice(3)) ? name.slice(3) : name;
}

/**
 * `leaveUnsetSwitches`: boolean flags that were not given stay undefined instead of false, so a lower source
 * (environment, config file) can still decide them.
 */
export function parseFlags<F extends AnyFlags>(
	argv: string[],
	flags: F,
	importMeta: ImportMeta,
	{leaveUnsetSwitches = false} = {},
): Result<F> {
	const known = knownNames(flags);
	for (const argument of argv) {
		if (argument === '--') break;
		const name = spelledName(argument, known);
		if (name !== null && !known.has(name)) throw new UsageError(`unknown flag ${argument.split('=')[0]}`);
	}
	return meow({
		importMeta,
		argv,
		flags,
		allowUnknownFlags: true,
		autoHelp: false,
		autoVersion: false,
		description: false,
		...(leaveUnsetSwitches ? {booleanDefault: undefined} : {}),
	});
}
