// The config file: conf at the XDG config path, mode 0600 (it can hold a token), validated against the option table.
import Conf from 'conf';
import {configOptions, type ConfigOption} from './options.js';

/** A config file that cannot be read or does not fit the schema; the message names the file and what is wrong. */
export class ConfigFileError extends Error {
	override readonly name = 'ConfigFileError';
}

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
 * Where the file is when the schema refuses it on opening: conf's message then names only the key, and the
 * agent needs to know which file to fix. A store without the schema reads the same file and writes nothing.
 */
function pathOf(options: ConfigFileOptions): string | undefined {
	try {
		return new Conf<Record<string, unknown>>(where(options)).path;
	} catch {
		return undefined;
	}
}

export function openConfigFile(options: ConfigFileOptions = {}): ConfigFile {
	let store: Conf<Record<string, unknown>>;
	try {
		store = new Conf<Record<string, unknown>>({
			...where(options),
			configFileMode: 0o600,
			schema,
			rootSchema: {additionalProperties: false},
		});
	} catch (error) {
		throw explain(error, pathOf(options));
	}
	const wrap = <T>(work: () => T): T => {
		try {
			return work();
		} catch (error) {
			throw explain(error, store.path);
		}
	};
	return {
		path: store.path,
		read: () => wrap(() => ({...store.store})),
		set: (name, value) => wrap(() => store.set(name, value)),
		delete: name => wrap(() => store.delete(name)),
	};
}
