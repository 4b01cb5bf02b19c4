// `config set/unset/get SECTION.PATH`: one setting inside a structured section, the whole section checked before anything is saved.
import {DEFAULT_ENABLED} from '../courtesy/notices/notice-kinds.js';
import {guardConfigOf} from './courtesy-config.js';
import {ConfigValueError, sectionProblem} from './option-value.js';
import type {ConfigOption, DeskConfig} from './options.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** "notices.enabled.idle-close-offer" -> ["enabled", "idle-close-offer"]; no option, check, notice kind or language name holds a dot. */
export function sectionPath(key: string, option: ConfigOption): string[] {
	const path = key.slice(option.name.length + 1).split('.');
	if (path.some(part => part === ''))
		throw new ConfigValueError(`"${key}" is not a setting: write ${option.name}.NAME.NAME, without empty parts`);
	return path;
}

/** A value typed after a dotted key: JSON when it parses (true, 400, ["a"], {"max": 3}), otherwise the text itself ("same"). */
export function dottedValue(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * A copy of `section` with `value` at `path`. A check written as a switch (`"emoji": false`) becomes
 * {"enabled": false} when one of its settings is set, so the switch is kept rather than lost.
 */
function withValueAt(section: unknown, path: readonly string[], value: unknown): Json {
	const [head, ...rest] = path;
	const copy: Json = typeof section === 'boolean' ? {enabled: section} : isRecord(section) ? {...section} : {};
	copy[head!] = rest.length === 0 ? value : withValueAt(copy[head!], rest, value);
	return copy;
}

/** A copy without what is at `path`; sections left empty go too, so unsetting the last setting leaves no `{}` behind. */
function withoutValueAt(section: unknown, path: readonly string[]): unknown {
	if (!isRecord(section)) return section;
	const [head, ...rest] = path;
	const copy: Json = {...section};
	if (rest.length === 0) delete copy[head!];
	else {
		const inner = withoutValueAt(copy[head!], rest);
		if (isRecord(inner) && Object.keys(inner).length === 0) delete copy[head!];
		else if (inner !== undefined) copy[head!] = inner;
	}
	return copy;
}

function checked(option: ConfigOption, value: unknown): unknown {
	if (option.kind.type !== 'section') throw new Error(`${option.name} is not a section`);
	const result = option.kind.check(value);
	if (!result.ok) throw new ConfigValueError(sectionProblem(option, result.errors, option.name));
	return result.value;
}

/** The section with one setting changed, checked as a whole; a ConfigValueError lists every problem, and nothing should be saved then. */
export function setInSection(option: ConfigOption, current: unknown, path: readonly string[], text: string): unknown {
	return checked(option, withValueAt(current, path, dottedValue(text)));
}

export function unsetInSection(option: ConfigOption, current: unknown, path: readonly string[]): unknown {
	return checked(option, withoutValueAt(current ?? {}, path));
}

/**
 * What the desk will use, defaults included, so `config get guard-checks.longMessage.maxLength` says 500
 * before anything is set. Wordings show only the overrides: the bundled ones are in the source.
 */
export function sectionInEffect(option: ConfigOption, config: DeskConfig): unknown {
	if (option.property === 'guardChecks') return guardConfigOf(config).checks;
	if (option.property === 'notices')
		return {enabled: {...DEFAULT_ENABLED, ...config.notices.enabled}, templates: config.notices.templates ?? {}};
	return config[option.property];
}

/** What is at `path`, or undefined. */
export function valueAt(section: unknown, path: readonly string[]): unknown {
	let value = section;
	for (const part of path) {
		if (!isRecord(value)) return undefined;
		value = value[part];
	}
	return value;
}
