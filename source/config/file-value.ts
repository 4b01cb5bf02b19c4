// Checks what the config file holds beyond conf's schema: the inside of sections, zone and language names, and file paths.
import {absolutePath, type PathBase} from './file-paths.js';
import {ConfigValueError, parseOptionText} from './option-value.js';
import type {ConfigOption} from './options.js';

/** The value to use, or what is wrong with it, starting with the key ("notices.enabled.x: ..."); the caller names the file. */
export type FileValue = {ok: true; value: unknown} | {ok: false; problems: string[]};

/** `base.cwd` is the file's own directory: relative paths in it mean the same files wherever the desk is started. */
export function checkFileValue(option: ConfigOption, value: unknown, base: PathBase): FileValue {
	const problem = (text: string): FileValue => ({ok: false, problems: [text]});
	switch (option.kind.type) {
		case 'section': {
			const result = option.kind.check(value);
			return result.ok ? result : {ok: false, problems: result.errors};
		}
		case 'path':
		case 'paths': {
			const many = option.kind.type === 'paths';
			const texts: unknown[] = many && Array.isArray(value) ? value : [value];
			const paths: string[] = [];
			for (const [index, text] of texts.entries()) {
				const path = typeof text === 'string' ? absolutePath(text, base) : null;
				if (path === null)
					return problem(`${option.name}${many ? `[${index}]` : ''} must be a file path, not ${JSON.stringify(text)}`);
				paths.push(path);
			}
			return {ok: true, value: many ? paths : paths[0]};
		}
		case 'time-zone':
		case 'language': {
			if (typeof value !== 'string') return problem(`${option.name} must be text, not ${JSON.stringify(value)}`);
			try {
				return {ok: true, value: parseOptionText(option, value, option.name)};
			} catch (error) {
				if (error instanceof ConfigValueError) return problem(error.message);
				throw error;
			}
		}
		default:
			// conf's schema has already checked the rest.
			return {ok: true, value};
	}
}
