// Merges the sources of configuration: flags > environment > config file > defaults, remembering where each value came from.
import {dirname} from 'node:path';
import {ConfigFileError} from './config-file.js';
import {checkAcrossOptions} from './cross-checks.js';
import {checkFileValue} from './file-value.js';
import {absolutePath, currentPathBase, ENV_PATH_SEPARATOR, type PathBase} from './file-paths.js';
import {ConfigValueError, parseOptionText} from './option-value.js';
import {configOptions, defaultConfig, type ConfigOption, type ConfigProperty, type DeskConfig} from './options.js';

export type ConfigSource = 'flag' | 'environment' | 'file' | 'default';

export type ResolvedConfig = {
	config: DeskConfig;
	sources: Record<ConfigProperty, ConfigSource>;
};

export type ConfigInputs = {
	/**
	 * By option name; text as typed, a boolean for switches (meow parses those), or the list of values of a
	 * repeatable flag (`--canned a --canned b`). Absent or an empty list: not given.
	 */
	flags?: Partial<Record<string, string | boolean | readonly string[] | undefined>>;
	env?: Partial<Record<string, string | undefined>>;
	/** What the config file holds (already checked against the schema). */
	file?: Record<string, unknown>;
	/** Where the file is: named in its errors, and the directory its relative paths start from. */
	filePath?: string;
	/** Working directory and home for paths given on the command line or in the environment; default: this process's. */
	base?: PathBase;
};

function fromFlag(option: ConfigOption, given: string | boolean | readonly string[], base: PathBase): unknown {
	if (typeof given === 'boolean') return given;
	const where = `--${option.flag}`;
	if (option.kind.type !== 'paths')
		return parseOptionText(option, typeof given === 'string' ? given : given.at(-1)!, where, {base});
	// Each --canned is one whole path, commas and colons included: the shell has already split the words.
	return (typeof given === 'string' ? [given] : given).map(text => {
		const path = absolutePath(text, base);
		if (path === null) throw new ConfigValueError(`${where} must be a file path, not "${text}"`);
		return path;
	});
}

export function resolveConfig({
	flags = {},
	env = {},
	file = {},
	filePath,
	base = currentPathBase(),
}: ConfigInputs): ResolvedConfig {
	const config = defaultConfig() as Record<ConfigProperty, unknown>;
	const sources = {} as Record<ConfigProperty, ConfigSource>;
	const fileBase = {...base, cwd: filePath === undefined ? base.cwd : dirname(filePath)};
	// Every problem in the file at once, so fixing it by hand takes one round, not one per mistake.
	const fileProblems: string[] = [];
	for (const option of configOptions) {
		sources[option.property] = 'default';
		if (file[option.name] !== undefined) {
			const checked = checkFileValue(option, file[option.name], fileBase);
			if (checked.ok) config[option.property] = checked.value;
			else fileProblems.push(...checked.problems);
			sources[option.property] = 'file';
		}
		const fromEnv = option.env === null ? undefined : env[option.env];
		// An empty variable counts as unset: `SWITCHBOARD_TOKEN= switchboard` is how people blank one out.
		if (fromEnv !== undefined && fromEnv !== '') {
			config[option.property] = parseOptionText(option, fromEnv, option.env!, {
				listSeparator: ENV_PATH_SEPARATOR,
				base,
			});
			sources[option.property] = 'environment';
		}
		const given = option.flag === null ? undefined : flags[option.name];
		if (given !== undefined && !(Array.isArray(given) && given.length === 0)) {
			config[option.property] = fromFlag(option, given, base);
			sources[option.property] = 'flag';
		}
	}
	if (fileProblems.length > 0)
		throw new ConfigFileError(`${filePath ?? 'the config file'}: ${fileProblems.join('; ')}`);
	const merged = config as DeskConfig;
	checkAcrossOptions(merged, sources);
	return {config: merged, sources};
}
