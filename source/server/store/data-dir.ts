// Where `serve` keeps its database: --data DIR, else the XDG data directory; created private (0700) on first use.
import {mkdirSync} from 'node:fs';
import {homedir} from 'node:os';
import {join, resolve} from 'node:path';

export const DATABASE_FILE = 'switchboard.db';

/** $XDG_DATA_HOME/switchboard, or ~/.local/share/switchboard when XDG_DATA_HOME is unset or not absolute. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
	const xdg = env.XDG_DATA_HOME;
	const base = xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.local', 'share');
	return join(base, 'switchboard');
}

/** Makes the directory if needed and returns the database file in it. */
export function databasePath(dataDir: string): string {
	const dir = resolve(dataDir);
	mkdirSync(dir, {recursive: true, mode: 0o700});
	return join(dir, DATABASE_FILE);
}
