// The config file: conf at the XDG config path, mode 0600 (it can hold a token), validated against the option table.
import Conf from 'conf';
import {ConfigFileError} from './config-file-error.js';
import {DATABASE_URL_EXPECTED, databaseUrlProblem} from './database-url.js';
import {configOptions, type ConfigOption} from './options.js';

export {ConfigFileError};

export type ConfigFileOptions = {
	/** Directory of the file; default: $XDG_CONFIG_HOME/switchboard (~/.config/switchboard). Tests pass a temp dir. */
	cwd?: string;
};

export type ConfigFile = {
	path: string;
	/** What the file holds, by option name (only what the agent set). */
	read(): Record<string, unknown>;
	set(name: string, value: unknown): void;
	delete(name: string): void;
};

function schemaFor(option: ConfigOption): Record<string, unknown> {
	switch (option.kind.type) {
		case 'url':
			return {type: 'string', pattern: '^wss?://'};
		case 'secret':
			return {type: 'string', minLength: 1};
		case 'database-url':
			return {type: 'string', pattern: '^postgres(ql)?://'};
		case 'integer':
			return {type: 'integer', minimum: option.kind.min, maximum: option.kind.max};
		case 'boolean':
			return {type: 'boolean'};
		case 'choice':
			return {enum: [...option.kind.choices]};
		case 'keymap':
			return {type: 'object', additionalProperties: {type: 'array', items: {type: 'string', minLength: 1}}};
		// Only the shape: the section's own validator checks the inside, so its errors can name the key (file-value.ts).
		case 'section':
			return {type: 'object'};
		case 'paths':
			return {type: 'array', items: {type: 'string', minLength: 1}};
		case 'path':
		case 'time-zone':
		case 'language':
			return {type: 'string', minLength: 1};
	}
}

const schema = Object.fromEntries(configOptions.map(option => [option.name, schemaFor(option)]));
const optionsByName = new Map(configOptions.map(option => [option.name, option]));

const nonEmptyStrings = (value: unknown) =>
	Array.isArray(value) && value.every(item => typeof item === 'string' && item.length > 0);
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the schema above says of a value read from the file, checked without compiling it; null when it fits. */
function schemaProblem(option: ConfigOption, value: unknown): string | null {
	const kind = option.kind;
	switch (kind.type) {
		case 'url':
			return typeof value === 'string' && /^wss?:\/\//.test(value) ? null : 'must be a ws:// or wss:// address';
		case 'database-url':
			return typeof value === 'string' ? databaseUrlProblem(value) : DATABASE_URL_EXPECTED;
		case 'integer':
			return Number.isInteger(value) && (value as number) >= kind.min && (value as number) <= kind.max
				? null
				: `must be a whole number from ${kind.min} to ${kind.max}`;
		case 'boolean':
			return typeof value === 'boolean' ? null : 'must be true or false';
		case 'choice':
			return (kind.choices as readonly unknown[]).includes(value) ? null : `must be one of ${kind.choices.join(', ')}`;
		case 'keymap':
			return isObject(value) && Object.values(value).every(nonEmptyStrings)
				? null
				: 'must map actions to lists of keys';
		case 'section':
			return isObject(value) ? null : 'must be an object';
		case 'paths':
			return nonEmptyStrings(value) ? null : 'must be a list of file paths';
		case 'secret':
		case 'path':
		case 'time-zone':
		case 'language':
			return typeof value === 'string' && value.length > 0 ? null : 'must be a non-empty string';
	}
}

/** Conf's messages name the file and the key; this adds what the agent can do about it. */
function explain(error: unknown, path: string | undefined): ConfigFileError {
	const detail = error instanceof Error ? error.message : String(error);
	const where = path ?? 'the config file';
	return new ConfigFileError(
		`${detail.includes(where) ? detail : `${where}: ${detail}`} (fix it, or see switchboard config --help)`,
	);
}

const where = (options: ConfigFileOptions) => ({
	projectName: 'switchboard',
	// No "-nodejs" suffix: the file is ~/.config/switchboard/config.json, where an agent would look for it.
	projectSuffix: '',
	...(options.cwd === undefined ? {} : {cwd: options.cwd}),
	// Option names contain no dots; keys.ACTION and SECTION.PATH are handled by the caller, not as conf paths.
	accessPropertiesByDotNotation: false,
	// A hand-edited file with a mistake must be reported, never silently wiped (it may hold the token).
	clearInvalidConfig: false,
});

/**
 * Reading opens the file without the schema: compiling it (ajv) took longer than everything else the desk does
 * before its first frame, and what is read is checked anyway, option by option (resolve-config.ts) and for unknown
 * names (below). The schema is compiled only to write, where conf refuses a value it does not allow.
 */
export function openConfigFile(options: ConfigFileOptions = {}): ConfigFile {
	let reader: Conf<Record<string, unknown>>;
	try {
		reader = new Conf<Record<string, unknown>>(where(options));
	} catch (error) {
		throw explain(error, undefined);
	}
	const path = reader.path;
	let writer: Conf<Record<string, unknown>> | undefined;
	const wrap = <T>(work: () => T): T => {
		try {
			return work();
		} catch (error) {
			throw explain(error, path);
		}
	};
	const writable = () =>
		(writer ??= new Conf<Record<string, unknown>>({
			...where(options),
			configFileMode: 0o600,
			schema,
			rootSchema: {additionalProperties: false},
		}));
	return {
		path,
		read: () =>
			wrap(() => {
				const held = {...reader.store};
				const problems = Object.entries(held).map(([name, value]) => {
					const option = optionsByName.get(name);
					if (!option) return `"${name}" is not a setting of switchboard`;
					const problem = schemaProblem(option, value);
					return problem === null ? null : `${name} ${problem}`;
				});
				const found = problems.filter(problem => problem !== null);
				if (found.length > 0) throw new Error(`${path}: ${found.join('; ')}`);
				return held;
			}),
		set: (name, value) => wrap(() => writable().set(name, value)),
		delete: name => wrap(() => writable().delete(name)),
	};
}
