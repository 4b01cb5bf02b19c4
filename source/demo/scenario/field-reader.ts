// Typed reading of one mapping's fields (text, durations, patterns, ids, locales), each problem reported on its line.
import type {Node, YAMLMap} from 'yaml';
import {locale as localeSchema} from '../../protocol/model.js';
import {parseDuration} from './duration.js';
import {SCENARIO_LIMITS} from './limits.js';
import {isEmpty, join, listItems, readFields, report, scalarText, type Field, type Reader} from './node-reader.js';
import {compilePattern} from './pattern.js';

// Ids are typed in slash commands (/transfer technical) and used as YAML keys: keep them plain.
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/u;

export type FieldReader = {
	readonly reader: Reader;
	readonly path: string;
	readonly fields: ReadonlyMap<string, Field>;
	has(name: string): boolean;
	report(name: string, message: string): void;
	text(name: string, options: {required?: string; max: number}): string | null;
	id(name: string, options: {required?: string}): string | null;
	locale(name: string): string | null;
	duration(name: string, options: {required?: string; min?: number}): number | null;
	integer(name: string, options: {min: number; max: number}): number | null;
	choice<T extends string>(name: string, choices: readonly T[]): T | null;
	pattern(name: string): RegExp | null;
	idList(name: string): string[];
};

/** Checks a value against the id rule; the message when it breaks it. */
export function idProblem(value: string): string | null {
	if (value.length > SCENARIO_LIMITS.maxIdChars) return `longer than ${SCENARIO_LIMITS.maxIdChars} characters`;
	return ID.test(value)
		? null
		: `"${value}" is not a usable id: letters, digits, ".", "_" and "-", starting with a letter or digit`;
}

/** Reads `node`'s fields; `what` completes "a customer has ..." in unknown-field messages. */
export function fieldReader(
	reader: Reader,
	node: YAMLMap,
	path: string,
	known: readonly string[],
	what: string,
): FieldReader {
	const fields = readFields(reader, node, path, known, what);
	const where = (name: string) => join(path, name);
	const valueOf = (name: string) => fields.get(name)?.value ?? null;
	const fail = (name: string, message: string) =>
		report(reader, valueOf(name), where(name), message, fields.get(name)?.key ?? node);
	// A required field that is absent is reported on the mapping's first line: that is where it belongs.
	const missing = (name: string, required: string | undefined) => {
		if (required) report(reader, fields.get(name)?.key ?? node, where(name), `missing: ${required}`);
		return null;
	};

	const self: FieldReader = {
		reader,
		path,
		fields,
		has: name => fields.has(name) && !isEmpty(valueOf(name)),
		report: fail,
		text(name, {required, max}) {
			const value = scalarText(valueOf(name));
			if (value === undefined) {
				fail(name, 'expected text, not a list or a mapping (quote text that contains ": " or starts with [ or {)');
				return null;
			}
			if (value === null || value.trim() === '') return missing(name, required);
			if (value.length > max) {
				fail(name, `${value.length} characters, at most ${max}`);
				return null;
			}
			return value;
		},
		id(name, {required}) {
			const value = self.text(name, {required, max: Infinity});
			const problem = value === null ? null : idProblem(value);
			if (problem) fail(name, problem);
			return problem ? null : value;
		},
		locale(name) {
			const value = self.text(name, {max: 35});
			if (value !== null && !localeSchema.safeParse(value).success) {
				fail(name, `"${value}" is not a language tag: write a BCP 47 tag such as en, nb, sv, fi, hu, zh or pt-BR`);
				return null;
			}
			return value;
		},
		duration(name, {required, min = 0}) {
			const value = scalarText(valueOf(name));
			if (value === undefined) {
				fail(name, 'expected a duration such as 40s, 2m or 1:30');
				return null;
			}
			if (value === null) return missing(name, required);
			const parsed = parseDuration(value);
			if ('error' in parsed) fail(name, parsed.error);
			else if (parsed.ms < min) fail(name, min === 1 ? 'must be longer than 0' : `must be at least ${min} ms`);
			else if (parsed.ms > SCENARIO_LIMITS.maxDurationMs)
				fail(name, 'longer than an hour; a demo scenario is minutes long');
			else return parsed.ms;
			return null;
		},
		integer(name, {min, max}) {
			const node = valueOf(name);
			if (isEmpty(node)) return null;
			const value = (node as {value?: unknown}).value;
			if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
				fail(name, `expected a whole number from ${min} to ${max}`);
				return null;
			}
			return value;
		},
		choice(name, choices) {
			const value = self.text(name, {max: Infinity});
			if (value === null) return null;
			const found = choices.find(choice => choice === value.toLowerCase());
			if (found === undefined) fail(name, `"${value}" is not one of ${choices.join(', ')}`);
			return found ?? null;
		},
		pattern(name) {
			const value = self.text(name, {max: Infinity});
			if (value === null) return null;
			const compiled = compilePattern(value);
			if ('error' in compiled) fail(name, compiled.error);
			return 'pattern' in compiled ? compiled.pattern : null;
		},
		idList(name) {
			const items = listItems(reader, fields.get(name), where(name), 'a list of ids, e.g. [general, technical]');
			const ids: string[] = [];
			items?.forEach((item: Node, index) => {
				const value = scalarText(item);
				const problem = typeof value !== 'string' ? 'expected an id' : idProblem(value);
				if (problem) report(reader, item, `${where(name)}[${index}]`, problem, fields.get(name)?.key);
				else ids.push(value as string);
			});
			return ids;
		},
	};
	return self;
}
