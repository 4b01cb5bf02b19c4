// Reads one response mapping of a canned-response file, checking every field and every placeholder.
import {languageList} from '../courtesy/languages.js';
import {isMap, isScalar, isSeq, type Node, type Pair} from 'yaml';
import {LIMITS} from '../protocol/version.js';
import {locale as localeSchema} from '../protocol/model.js';
import type {CannedIssue} from './file-issues.js';
import {checkTemplate} from './placeholders.js';
import type {CannedOrigin, CannedResponse} from './response.js';
import type {YamlLines} from './yaml-lines.js';

export const RESPONSE_FIELDS = ['id', 'title', 'shortcut', 'category', 'tags', 'department', 'text'] as const;

// Ids are typed on the command line (`canned add --id`) and compared across files: keep them plain.
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export type ResponseReader = {
	file: string;
	lines: YamlLines;
	origin: CannedOrigin;
	issues: CannedIssue[];
};

type Field = {pair: Pair; value: Node | null};

function stringOf(node: Node | null): string | null | undefined {
	if (node === null || (isScalar(node) && node.value === null)) return null;
	return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function readResponse(node: Node, path: string, reader: ResponseReader): CannedResponse | null {
	const {file, lines, issues} = reader;
	const report = (at: Node | null | undefined, where: string, message: string, line = lines.ofNode(at)) =>
		issues.push({file, line: line || lines.ofNode(node), path: where, message});
	const join = (field: string) => (path ? `${path}.${field}` : field);

	if (!isMap(node)) {
		report(node, path, 'expected a response (a mapping with id, title and text)');
		return null;
	}
	const before = issues.length;
	const fields = new Map<string, Field>();
	for (const pair of node.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : null;
		if (key === null || !(RESPONSE_FIELDS as readonly string[]).includes(key)) {
			report(
				pair.key as Node,
				join(String(key ?? '?')),
				`unknown field (a response has ${RESPONSE_FIELDS.join(', ')})`,
			);
			continue;
		}
		fields.set(key, {pair, value: (pair.value as Node | null) ?? null});
	}

	const text = (
		field: string,
		{required, max, pattern}: {required: boolean; max: number; pattern?: [RegExp, string]},
	) => {
		const entry = fields.get(field);
		const value = entry ? stringOf(entry.value) : null;
		if (value === undefined) {
			report(entry!.value, join(field), 'expected a string');
			return null;
		}
		if (value === null || value.trim() === '') {
			if (required)
				report(
					entry?.pair.key as Node | undefined,
					join(field),
					`missing (every response needs ${field === 'id' ? 'an' : 'a'} ${field})`,
				);
			return null;
		}
		if (value.length > max) report(entry!.value, join(field), `longer than ${max} characters`);
		else if (pattern && !pattern[0].test(value)) report(entry!.value, join(field), pattern[1]);
		return value;
	};

	const id = text('id', {
		required: true,
		max: LIMITS.maxIdChars,
		pattern: [ID, 'use letters, digits, ".", "_" and "-" only, starting with a letter or digit'],
	});
	const title = text('title', {required: true, max: 200});
	const shortcut = text('shortcut', {
		required: false,
		max: 64,
		pattern: [/^\S+$/, 'a shortcut is one word, with no spaces'],
	});
	const category = text('category', {required: false, max: 100});
	const department = text('department', {required: false, max: 200});

	const tags: string[] = [];
	const tagsField = fields.get('tags');
	if (tagsField && tagsField.value !== null && !(isScalar(tagsField.value) && tagsField.value.value === null)) {
		if (!isSeq(tagsField.value))
			report(tagsField.value, join('tags'), 'expected a list of strings, e.g. [billing, refund]');
		else
			tagsField.value.items.forEach((item, index) => {
				const tag = stringOf(item as Node);
				if (typeof tag !== 'string' || tag.trim() === '')
					report(item as Node, `${join('tags')}[${index}]`, 'expected a string');
				else if (tag.length > 64) report(item as Node, `${join('tags')}[${index}]`, 'longer than 64 characters');
				else tags.push(tag);
			});
	}

	const variants: Record<string, string> = {};
	const textField = fields.get('text');
	if (!textField || textField.value === null || (isScalar(textField.value) && textField.value.value === null)) {
		report(
			textField?.pair.key as Node | undefined,
			join('text'),
			'missing (every response needs text in at least one language, e.g. text: {en: ...})',
		);
	} else if (!isMap(textField.value)) {
		report(textField.value, join('text'), 'expected a mapping of language to text, e.g. en: Hello!');
	} else {
		for (const pair of textField.value.items) {
			const language = isScalar(pair.key) ? String(pair.key.value) : '?';
			const where = `${join('text')}.${language}`;
			if (!localeSchema.safeParse(language).success) {
				report(pair.key as Node, where, `expected a language code such as ${languageList()}`);
				continue;
			}
			const valueNode = (pair.value as Node | null) ?? null;
			const value = stringOf(valueNode);
			if (typeof value !== 'string') {
				report(valueNode ?? (pair.key as Node), where, 'expected a string');
				continue;
			}
			if (value.trim() === '') {
				report(valueNode, where, 'empty text');
				continue;
			}
			if (value.length > LIMITS.maxTextChars) {
				report(valueNode, where, `longer than ${LIMITS.maxTextChars} characters`);
				continue;
			}
			const problems = checkTemplate(value);
			for (const problem of problems)
				report(valueNode, where, problem.message, lines.ofTextIn(valueNode!, problem.raw));
			if (problems.length === 0) variants[language] = value;
		}
		if (textField.value.items.length === 0)
			report(textField.value, join('text'), 'no languages (give at least one, e.g. en: ...)');
	}

	if (issues.length > before || id === null || title === null) return null;
	return {id, title, shortcut, category, tags, department, text: variants, origin: reader.origin};
}
