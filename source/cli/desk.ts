// `switchboard [desk] --server ws://... --token T`: opens the agent desk, configured by flags > environment > config file.
import {ConfigFileError, ConfigValueError, configOptions, loadConfig, type ResolvedConfig} from '../config/index.js';
import {KeymapError, resolveKeymap} from '../ui/keys/resolve-keymap.js';
import {DeskStartError, runDesk} from './run-desk.js';
import {parseFlags} from './parse-flags.js';
import {UsageError} from './usage-error.js';
import {flushCompileCache} from './compile-cache.js';

type DeskFlag = {type: 'string' | 'boolean'; isMultiple?: true};

const camelCase = (flag: string) => flag.replaceAll(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * meow's flag table, from the option table: switches are booleans (so `--no-guard` works), lists of files
 * repeatable (`--canned a.yaml --canned b.yaml`), everything else text checked by the option.
 */
export function deskFlagTable(): Record<string, DeskFlag> {
	const table: Record<string, DeskFlag> = {};
	for (const option of configOptions) {
		if (option.flag === null) continue;
		if (option.kind.type === 'paths') table[camelCase(option.flag)] = {type: 'string', isMultiple: true};
		else table[camelCase(option.flag)] = {type: option.kind.type === 'boolean' ? 'boolean' : 'string'};
	}
	return table;
}

/** The parsed flags by option name ("response-warn-seconds"), as resolveConfig takes them. */
function flagsByName(parsed: Record<string, unknown>): Record<string, string | boolean | string[] | undefined> {
	const byName: Record<string, string | boolean | string[] | undefined> = {};
	for (const option of configOptions) {
		if (option.flag === null) continue;
		const value = parsed[camelCase(option.flag)];
		if (typeof value === 'string' || typeof value === 'boolean') byName[option.name] = value;
		// meow gives an empty list for a repeatable flag that was not given: leave the option to lower sources.
		else if (Array.isArray(value) && value.length > 0) byName[option.name] = value.map(String);
	}
	return byName;
}

/** Configuration problems are the agent's to fix, so they are one line and exit code 2 like a wrong flag. */
export function asUsageError(error: unknown): never {
	if (
		error instanceof ConfigFileError ||
		error instanceof ConfigValueError ||
		error instanceof KeymapError ||
		error instanceof DeskStartError
	) {
		throw new UsageError(error.message);
	}
	throw error;
}

/** The desk's configuration from its command line, the environment and the config file; every problem a UsageError. */
export function loadDeskConfig(
	argv: string[],
	importMeta: ImportMeta,
	env: NodeJS.ProcessEnv = process.env,
): ResolvedConfig {
	const {input, flags} = parseFlags(argv, deskFlagTable(), importMeta, {leaveUnsetSwitches: true});
	if (input.length > 0) throw new UsageError(`unexpected argument "${input[0]}" (the desk takes only flags)`);
	try {
		const loaded = loadConfig({flags: flagsByName(flags), env});
		resolveKeymap(loaded.config.keys);
		return loaded;
	} catch (error) {
		return asUsageError(error);
	}
}

export async function runDeskCommand(
	argv: string[],
	importMeta: ImportMeta,
	version: string,
	env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
	const {config} = loadDeskConfig(argv, importMeta, env);
	if (!config.server)
		throw new UsageError(
			'no server to connect to: give --server ws://HOST:PORT, set SWITCHBOARD_SERVER, or run "switchboard config set server ws://HOST:PORT"',
		);
	if (!config.token)
		throw new UsageError(
			'no token: give --token T, set SWITCHBOARD_TOKEN, or run "switchboard config set token -" (reads it from stdin)',
		);
	try {
		return await runDesk({
			config: {...config, server: config.server, token: config.token},
			version,
			env,
			stdout: process.stdout,
			stdin: process.stdin,
			stderr: process.stderr,
			onFirstFrame: flushCompileCache,
		});
	} catch (error) {
		return asUsageError(error);
	}
}

/** Bare `switchboard` opens the desk when a server is configured (environment or config file); otherwise it shows help. */
export function deskConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
	try {
		return Boolean(loadConfig({env}).config.server);
	} catch (error) {
		return asUsageError(error);
	}
}
