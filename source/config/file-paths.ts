// File paths in configuration: `~/` expanded and relative ones made absolute, so a saved path means the same file from any directory.
import {homedir} from 'node:os';
import {delimiter, resolve} from 'node:path';

export type PathBase = {
	/** What a relative path is relative to: the working directory for flags, the environment and `config set`. */
	cwd: string;
	home: string;
};

export const currentPathBase = (): PathBase => ({cwd: process.cwd(), home: homedir()});

/** Null for an empty path. */
export function absolutePath(text: string, base: PathBase): string | null {
	const path = text.trim();
	if (path === '') return null;
	if (path === '~') return base.home;
	if (path.startsWith('~/')) return resolve(base.home, path.slice(2));
	return resolve(base.cwd, path);
}

/** How a list of paths is written: the platform's PATH separator in the environment, commas in `config set`. */
export const ENV_PATH_SEPARATOR = delimiter;
export const SET_PATH_SEPARATOR = ',';

/** Empty entries ("a.yaml::b.yaml", a trailing comma) name no file and are dropped. */
export function absolutePaths(text: string, separator: string, base: PathBase): string[] {
	return text
		.split(separator)
		.map(part => absolutePath(part, base))
		.filter((path): path is string => path !== null);
}
