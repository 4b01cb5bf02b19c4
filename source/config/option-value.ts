// Turns an option's text (from a flag, the environment or `config set`) into its value, and a value into safe display text.
import {databaseUrlProblem} from './database-url.js';
import {absolutePath, absolutePaths, currentPathBase, SET_PATH_SEPARATOR, type PathBase} from './file-paths.js';
import type {ConfigOption} from './options.js';
import {checkLanguageTag, checkTimeZone, LANGUAGE_EXPECTED, TIME_ZONE_EXPECTED} from './zone-and-language.js';

/** Shown instead of a secret, so tokens never reach a screen, a log or a shell history. */
export const SECRET_MASK = '••••';

/** A value that does not fit its option; `where` says which source gave it (e.g. "--server", "SWITCHBOARD_SERVER"). */
export class ConfigValueError extends Error {
	override readonly name = 'ConfigValueError';
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

export function checkServerUrl(text: string): string | null {
	try {
		const url = new URL(text);
		return url.protocol === 'ws:' || url.protocol === 'wss:' ? null : 'must be a ws:// or wss:// URL';
	} catch {
		return 'must be a ws:// or wss:// URL';
	}
}

export type TextContext = {
	/** Separator of a list of paths in this source: `:` in the environment, `,` in `config set`. */
	listSeparator?: string;
	base?: PathBase;
};

/**
 * Every problem of a structured section on one line, so it reads like any other bad value. Its errors
 * already start with the option name; `where` is added only when it says more (a file path, a flag).
 */
export function sectionProblem(option: ConfigOption, errors: readonly string[], where: string): string {
	const problems = errors.join('; ');
	return where === option.name ? problems : `${where}: ${problems}`;
}

/** Parses text for an option; the error names `where` and, except for secrets, quotes what was given. */
export function parseOptionText(option: ConfigOption, text: string, where: string, context: TextContext = {}): unknown {
	// A secret, or a database URL that may hold a password, is never quoted back.
	const quoted = option.kind.type === 'secret' || option.kind.type === 'database-url' ? '' : `, not "${text}"`;
	switch (option.kind.type) {
		case 'url': {
			const problem = checkServerUrl(text);
			if (problem) throw new ConfigValueError(`${where} ${problem}${quoted}`);
			return text;
		}
		case 'secret':
			if (text.trim() === '') throw new ConfigValueError(`${where} must not be empty`);
			return text.trim();
		case 'database-url': {
			const problem = databaseUrlProblem(text.trim());
			if (problem) throw new ConfigValueError(`${where} ${problem}`);
			return text.trim();
		}
		case 'integer': {
			const {min, max} = option.kind;
			const number = Number(text);
			if (!/^\d+$/.test(text.trim()) || number < min || number > max) {
				throw new ConfigValueError(`${where} must be a whole number from ${min} to ${max}${quoted}`);
			}
			return number;
		}
		case 'boolean': {
			const word = text.trim().toLowerCase();
			if (TRUE_WORDS.has(word)) return true;
			if (FALSE_WORDS.has(word)) return false;
			throw new ConfigValueError(`${where} must be true or false${quoted}`);
		}
		case 'choice': {
			const word = text.trim().toLowerCase();
			if (option.kind.choices.includes(word)) return word;
			throw new ConfigValueError(`${where} must be one of ${option.kind.choices.join(', ')}${quoted}`);
		}
		case 'keymap':
			return parseKeyList(text);
		case 'section': {
			let value: unknown;
			try {
				value = JSON.parse(text);
			} catch {
				throw new ConfigValueError(`${where} must be JSON text such as '${option.kind.example}'${quoted}`);
			}
			const result = option.kind.check(value);
			if (!result.ok) throw new ConfigValueError(sectionProblem(option, result.errors, where));
			return result.value;
		}
		case 'path': {
			const path = absolutePath(text, context.base ?? currentPathBase());
			if (path === null) throw new ConfigValueError(`${where} must be a file path`);
			return path;
		}
		case 'paths': {
			const separator = context.listSeparator ?? SET_PATH_SEPARATOR;
			const paths = absolutePaths(text, separator, context.base ?? currentPathBase());
			if (paths.length === 0)
				throw new ConfigValueError(`${where} must be one or more file paths, separated by "${separator}"${quoted}`);
			return paths;
		}
		case 'time-zone': {
			const zone = checkTimeZone(text);
			if (zone === null) throw new ConfigValueError(`${where} ${TIME_ZONE_EXPECTED}${quoted}`);
			return zone;
		}
		case 'language': {
			const tag = checkLanguageTag(text);
			if (tag === null) throw new ConfigValueError(`${where} ${LANGUAGE_EXPECTED}${quoted}`);
			return tag;
		}
	}
}

/** "alt+a, f2" -> ["alt+a", "f2"]; the keymap checks the names themselves. */
export function parseKeyList(text: string): string[] {
	return text
		.split(',')
		.map(part => part.trim())
		.filter(part => part !== '');
}

/** The value as the agent may see it: secrets masked, lists joined, sections as compact JSON. */
export function formatOptionValue(option: ConfigOption, value: unknown): string {
	if (value === null || value === undefined) return '';
	if (option.kind.type === 'secret') return SECRET_MASK;
	if (option.kind.type === 'database-url') return shownDatabaseUrl(String(value));
	if (option.kind.type === 'keymap') {
		const entries = Object.entries(value as Record<string, string[]>);
		return entries.map(([action, keys]) => `${action}=${keys.join(',')}`).join(' ');
	}
	if (option.kind.type === 'paths') return (value as string[]).join(',');
	if (option.kind.type === 'section') return JSON.stringify(value);
	return String(value);
}

/** A database URL with its password masked (postgres://kari:••••@db.example.com/switchboard). */
export function shownDatabaseUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (!parsed.password) return url;
		// Set through URL, the mask would come out percent-encoded; the rest of the URL is kept as URL writes it.
		parsed.password = '';
		return parsed.toString().replace('@', `:${SECRET_MASK}@`);
	} catch {
		return SECRET_MASK;
	}
}
