// What `serve` (and `accounts`, `data`) take from the config file: only `database`, read with plain JSON.parse.
// The server must start light: no conf, no schema compile, none of the desk's option table (cli.tsx loads no UI for it).
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {databaseUrlProblem} from './database-url.js';
import {ConfigFileError} from './config-file-error.js';

/**
 * The config file conf keeps (config-file.ts: project "switchboard", no suffix), worked out as conf's env-paths does,
 * so both read one file; test/config/server-config.test.ts holds them to the same path.
 */
export function configFilePath(
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
	home: string = homedir(),
): string {
	const directory =
		platform === 'darwin'
			? join(home, 'Library', 'Preferences', 'switchboard')
			: platform === 'win32'
				? join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'switchboard', 'Config')
				: join(env.XDG_CONFIG_HOME || join(home, '.config'), 'switchboard');
	return join(directory, 'config.json');
}

/**
 * The `database` setting of the config file, or null when the file or the setting is absent. A file that is not JSON
 * or a value that is not a postgres:// URL is a ConfigFileError naming the file; the desk's settings are not looked at
 * (the desk checks those when it reads the file).
 */
export function databaseFromConfigFile(path: string = configFilePath()): string | null {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw new ConfigFileError(`${path}: cannot be read: ${(error as Error).message}`);
	}
	let held: unknown;
	try {
		held = JSON.parse(text);
	} catch (error) {
		throw new ConfigFileError(`${path}: not JSON: ${(error as Error).message}`);
	}
	if (typeof held !== 'object' || held === null || Array.isArray(held))
		throw new ConfigFileError(`${path}: must hold a JSON object of settings`);
	const value = (held as Record<string, unknown>).database;
	if (value === undefined) return null;
	const problem = typeof value === 'string' ? databaseUrlProblem(value) : 'must be text';
	if (problem) throw new ConfigFileError(`${path}: database ${problem}`);
	return value as string;
}
