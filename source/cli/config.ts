// `switchboard config path|list|get KEY|set KEY VALUE|unset KEY`: the config file, with secrets never printed.
import {text} from 'node:stream/consumers';
import {
	ConfigFileError,
	ConfigValueError,
	configOptions,
	findOption,
	formatOptionValue,
	loadConfig,
	openConfigFile,
	parseOptionText,
	resolveConfig,
	SECRET_MASK,
	sectionInEffect,
	sectionPath,
	setInSection,
	unsetInSection,
	valueAt,
	type ConfigFile,
	type ConfigOption,
} from '../config/index.js';
import {keySpecText} from '../ui/keys/key-spec.js';
import {keyActionNamed, KeymapError, resolveKeymap} from '../ui/keys/resolve-keymap.js';
import {asUsageError} from './desk.js';
import {UsageError} from './usage-error.js';

export type ConfigIo = {
	stdout: {write(text: string): unknown};
	/** Read for `set token -`, so the token stays out of the shell history. */
	stdin: NodeJS.ReadableStream;
	env: NodeJS.ProcessEnv;
	/** Directory of the config file; default: the XDG config path ($XDG_CONFIG_HOME/switchboard). */
	configDir?: string;
};

const defaultIo = (): ConfigIo => ({stdout: process.stdout, stdin: process.stdin, env: process.env});

type Target = {
	option: ConfigOption;
	/** keys.ACTION: the action to rebind. */
	action: string | null;
	/** SECTION.A.B: where inside a structured section (guard-checks, notices). */
	path: string[] | null;
};

function optionFor(key: string): Target {
	if (key.startsWith('keys.')) {
		const action = key.slice('keys.'.length);
		if (keyActionNamed(action) === null)
			throw new UsageError(`there is no action "${action}" to bind (see the help in the desk, F1)`);
		return {option: findOption('keys')!, action, path: null};
	}
	const section = findOption(key.split('.', 1)[0]!);
	if (section?.kind.type === 'section' && key.includes('.')) {
		try {
			return {option: section, action: null, path: sectionPath(key, section)};
		} catch (error) {
			return asUsageError(error);
		}
	}
	const option = findOption(key);
	if (!option) {
		const known = configOptions.map(entry => entry.name).join(', ');
		throw new UsageError(
			`unknown setting "${key}" (known: ${known}, keys.ACTION, guard-checks.CHECK.SETTING, notices.enabled.KIND)`,
		);
	}
	return {option, action: null, path: null};
}

function open(io: ConfigIo): ConfigFile {
	try {
		return openConfigFile(io.configDir === undefined ? {} : {cwd: io.configDir});
	} catch (error) {
		return asUsageError(error);
	}
}

/** The option's new value in the file, from what was typed after `config set KEY`. */
function newValue(file: ConfigFile, {option, action, path}: Target, key: string, typed: string): unknown {
	const stored = file.read()[option.name];
	if (action !== null) {
		const keys = {
			...((stored as Record<string, string[]> | undefined) ?? {}),
			[action]: parseOptionText(option, typed, key) as string[],
		};
		// The whole keymap is checked with the new binding, so a clash is refused now, not when the desk starts.
		resolveKeymap(keys);
		return keys;
	}
	if (path !== null) return setInSection(option, stored, path, typed);
	return parseOptionText(option, typed, key);
}

/** What `set` answers with: the value as saved (paths made absolute), never a secret. */
function savedText({option, action, path}: Target, saved: unknown, typed: string): string {
	if (option.kind.type === 'secret') return SECRET_MASK;
	if (action !== null) return typed;
	if (path !== null) {
		const value = valueAt(saved, path);
		return typeof value === 'string' ? value : JSON.stringify(value);
	}
	return formatOptionValue(option, saved);
}

async function set(io: ConfigIo, key: string, raw: string): Promise<void> {
	const target = optionFor(key);
	const typed = raw === '-' ? (await text(io.stdin)).replace(/\r?\n$/, '') : raw;
	const file = open(io);
	let saved: unknown;
	try {
		saved = newValue(file, target, key, typed);
		// The file as it would be, checked as the desk will read it: a rule between two settings
		// (the alarm after the warning) is refused now rather than when the desk next starts.
		resolveConfig({file: {...file.read(), [target.option.name]: saved}, filePath: file.path});
		file.set(target.option.name, saved);
	} catch (error) {
		if (error instanceof KeymapError || error instanceof ConfigValueError || error instanceof ConfigFileError)
			throw new UsageError(error.message);
		throw error;
	}
	io.stdout.write(`${key} = ${savedText(target, saved, typed)} (saved in ${file.path})\n`);
}

function unset(io: ConfigIo, key: string): void {
	const {option, action, path} = optionFor(key);
	const file = open(io);
	const stored = file.read()[option.name];
	try {
		if (action !== null) {
			const keys = {...((stored as Record<string, string[]> | undefined) ?? {})};
			delete keys[action];
			file.set('keys', keys);
		} else if (path !== null) {
			const rest = unsetInSection(option, stored, path) as Record<string, unknown>;
			if (Object.keys(rest).length === 0) file.delete(option.name);
			else file.set(option.name, rest);
		} else {
			file.delete(option.name);
		}
	} catch (error) {
		if (error instanceof ConfigValueError || error instanceof ConfigFileError) throw new UsageError(error.message);
		throw error;
	}
	io.stdout.write(`${key} is back to its default\n`);
}

function effective(io: ConfigIo) {
	try {
		return loadConfig({env: io.env, ...(io.configDir === undefined ? {} : {configDir: io.configDir})});
	} catch (error) {
		return asUsageError(error);
	}
}

/** The value as shown: a null with a meaning (the system's zone, the file beside config.json) shows that meaning. */
function shown(io: ConfigIo, option: ConfigOption, value: unknown): string {
	if ((value === null || value === undefined) && option.fallback) return option.fallback(io.env);
	return formatOptionValue(option, value);
}

function get(io: ConfigIo, key: string): void {
	const {option, action, path} = optionFor(key);
	const {config} = effective(io);
	if (action !== null) {
		const keymap = resolveKeymap(config.keys);
		const binding = keymap.find(entry => entry.action === action)!;
		io.stdout.write(`${binding.specs.map(keySpecText).join(',')}\n`);
		return;
	}
	if (path !== null) {
		const value = valueAt(sectionInEffect(option, config), path);
		io.stdout.write(`${value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)}\n`);
		return;
	}
	io.stdout.write(`${shown(io, option, config[option.property])}\n`);
}

function list(io: ConfigIo): void {
	const {config, sources, file} = effective(io);
	io.stdout.write(`# ${file.path}\n`);
	for (const option of configOptions) {
		const value = shown(io, option, config[option.property]);
		io.stdout.write(`${option.name} = ${value === '' ? '(not set)' : value}  [${sources[option.property]}]\n`);
	}
}

export async function runConfig(
	argv: string[],
	_importMeta?: ImportMeta,
	_version?: string,
	io: ConfigIo = defaultIo(),
): Promise<number> {
	const [verb, key, value] = argv;
	const need = (count: number, usage: string) => {
		if (argv.length - 1 < count) throw new UsageError(`usage: switchboard config ${usage}`);
		if (argv.length - 1 > count)
			throw new UsageError(`unexpected argument "${argv[count + 1]}" (usage: switchboard config ${usage})`);
	};
	switch (verb) {
		case 'path':
			need(0, 'path');
			io.stdout.write(`${open(io).path}\n`);
			return 0;
		case 'list':
			need(0, 'list');
			list(io);
			return 0;
		case 'get':
			need(1, 'get KEY');
			get(io, key!);
			return 0;
		case 'set':
			need(2, 'set KEY VALUE   (VALUE "-" reads it from stdin)');
			await set(io, key!, value!);
			return 0;
		case 'unset':
			need(1, 'unset KEY');
			unset(io, key!);
			return 0;
		case undefined:
			throw new UsageError('usage: switchboard config path|list|get KEY|set KEY VALUE|unset KEY');
		default:
			throw new UsageError(`unknown config command "${verb}" (path, list, get, set, unset)`);
	}
}
