// Shared footing for reading a scenario's YAML: each problem is reported against the line of the node it is about.
import {isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq} from 'yaml';
import type {YamlLines} from '../../canned/yaml-lines.js';
import {didYouMean} from '../../courtesy/did-you-mean.js';
import type {ScenarioIssue} from './scenario-error.js';

export type Reader = {file: string; lines: YamlLines; issues: ScenarioIssue[]};

/** One key of a mapping: its key node (for "missing value" messages) and its value. */
export type Field = {key: Node; value: Node | null};

export function report(
	reader: Reader,
	at: Node | null | undefined,
	path: string,
	message: string,
	fallback: Node | null = null,
): void {
	const line = reader.lines.ofNode(at) || reader.lines.ofNode(fallback);
	reader.issues.push({file: reader.file, line, path, message});
}

export const join = (path: string, field: string): string => (path ? `${path}.${field}` : field);
export const at = (path: string, index: number): string => `${path}[${index}]`;

/** A missing value, `~`, `null` or a key with nothing after the colon. */
export function isEmpty(node: Node | null | undefined): boolean {
	return node == null || (isScalar(node) && node.value === null);
}

/**
 * A scalar as the text it was written as: numbers and booleans keep their source ("0047", "1.50" and
 * "yes" are things customers say). Null for an empty value, undefined for a list or a mapping.
 */
export function scalarText(node: Node | null | undefined): string | null | undefined {
	if (isEmpty(node)) return null;
	if (!isScalar(node)) return undefined;
	if (typeof node.value === 'string') return node.value;
	return node.source ?? String(node.value);
}

/** The key of a pair as text, or null when it is not a plain scalar (a list as a key, say). */
export function keyText(node: unknown): string | null {
	return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
		? String(node.value)
		: null;
}

/** A mapping's fields; keys outside `known` are reported with the closest known one and left out. */
export function readFields(
	reader: Reader,
	node: YAMLMap,
	path: string,
	known: readonly string[],
	what: string,
): Map<string, Field> {
	const fields = new Map<string, Field>();
	for (const pair of node.items) {
		const key = keyText(pair.key);
		const keyNode = pair.key as Node;
		if (key === null || !known.includes(key)) {
			report(
				reader,
				keyNode,
				join(path, key ?? '?'),
				`unknown field${didYouMean(key ?? '', known)}; ${what} has ${known.join(', ')}`,
				node,
			);
			continue;
		}
		fields.set(key, {key: keyNode, value: (pair.value as Node | null) ?? null});
	}
	return fields;
}

/** The items of a list, or null (reported) when the value is something else; an empty value is an empty list. */
export function listItems(reader: Reader, field: Field | undefined, path: string, expected: string): Node[] | null {
	if (!field || isEmpty(field.value)) return [];
	if (!isSeq(field.value)) {
		report(reader, field.value, path, `expected ${expected}`, field.key);
		return null;
	}
	return (field.value as YAMLSeq).items.map(item => item as Node);
}
