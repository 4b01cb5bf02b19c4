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
	SECRET_MASK,
	type ConfigFile,
} from '../config/index.js';
import {keySpecText} from '../ui/keys/key-spec.js';
import {isKeyAction, KeymapError, resolveKeymap} from '../ui/keys/resolve-keymap.js';
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

function optionFor(key: string) {
	if (key.startsWith('keys.')) {
		const action = key.slice('keys.'.length);
		if (!isKeyAction(action)) throw new UsageError(`there is no action "${action}" to bind (see the help in the desk, F1)`);
		return {option: findOption('keys')!, action};
	}
	const option = findOption(key);
	if (!option) throw new UsageError(`unknown setting "${key}" (known: ${configOptions.map(entry => entry.name).join(', ')}, keys.ACTION)`);
	return {option, action: null};
}

function open(io: ConfigIo): ConfigFile {
	try {
		return openConfigFile(io.configDir === undefined ? {} : {cwd: io.configDir});
	} catch (error) {
		return asUsageError(error);
	}
}

async function set(io: ConfigIo, key: string, raw: string): Promise<void> {
	const {option, action} = optionFor(key);
	const value = raw === '-' ? (await text(io.stdin)).replace(/\r?\n$/, '') : raw;
	const file = open(io);
	try {
		if (action !== null) {
			const keys = {...((file.read()['keys'] as Record<string, string[]> | undefined) ?? {}), [action]: parseOptionText(option, value, key) as string[]};
			// The whole keymap is checked with the new binding, so a clash is refused now, not when the desk starts.
			resolveKeymap(keys);
			file.set('keys', keys);
		} else {
			file.set(option.name, parseOptionText(option, value, key));
		}
	} catch (error) {
		if (error instanceof KeymapError || error instanceof ConfigValueError || error instanceof ConfigFileError) throw new UsageError(error.message);
		throw error;
	}
	const shown = option.kind.type === 'secret' ? SECRET_MASK : value;
	io.stdout.write(`${key} = ${shown} (saved in ${file.path})\n`);
}

function unset(io: ConfigIo, key: string): void {
	const {action} = optionFor(key);
	const file = open(io);
	if (action !== null) {
		const keys = {...((file.read()['keys'] as Record<string, string[]> | undefined) ?? {})};
		delete keys[action];
		file.set('keys', keys);
	} else {
		file.delete(key);
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

function get(io: ConfigIo, key: string): void {
	const {option, action} = optionFor(key);
	const {config} = effective(io);
	const value = config[option.property];
	if (action !== null) {
		const keymap = resolveKeymap(config.keys);
		const binding = keymap.find(entry => entry.action === action)!;
		io.stdout.write(`${binding.specs.map(keySpecText).join(',')}\n`);
		return;
	}
	io.stdout.write(`${formatOptionValue(option, value)}\n`);
}

function list(io: ConfigIo): void {
	const {config, sources, file} = effective(io);
	io.stdout.write(`# ${file.path}\n`);
	for (const option of configOptions) {
		const value = formatOptionValue(option, config[option.property]);
		io.stdout.write(`${option.name} = ${value === '' ? '(not set)' : value}  [${sources[option.property]}]\n`);
	}
}

export async function runConfig(argv: string[], _importMeta?: ImportMeta, _version?: string, io: ConfigIo = defaultIo()): Promise<number> {
	const [verb, key, value] = argv;
	const need = (count: number, usage: string) => {
		if (argv.length - 1 < count) throw new UsageError(`usage: switchboard config ${usage}`);
		if (argv.length - 1 > count) throw new UsageError(`unexpected argument "${argv[count + 1]}" (usage: switchboard config ${usage})`);
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
