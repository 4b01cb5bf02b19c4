// Adds responses to a personal or team file in place, keeping the agent's comments and order, never writing a broken file.
import {mkdirSync, renameSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {isMap, isScalar, isSeq, parseDocument, type Document, type YAMLSeq} from 'yaml';
import {FORMAT_VERSION, parseCannedFile} from './parse-file.js';
import {readCannedSource} from './read-file.js';
import type {CannedResponse, CannedSourceKind} from './response.js';
import {responseNode, YAML_OUTPUT} from './serialize.js';

export type UpdateOptions = {
	/** Replace a response whose id the file already has; without it such a response is left out and reported. */
	replace?: boolean;
	/** How the file is read back to check it ("personal" or "team"); only shows in messages. */
	kind?: CannedSourceKind;
};

export type UpdateResult = {
	file: string;
	added: string[];
	replaced: string[];
	/** Ids the file already had (left as they were, because replace was not asked for). */
	duplicates: string[];
	/** "id: shortcut "pw" is taken by other-id": left out, because the file would no longer be valid. */
	clashes: string[];
};

const shortcutKey = (response: Pick<CannedResponse, 'shortcut' | 'department'>) =>
	response.shortcut === null ? null : `${response.department ?? ''}\u0000${response.shortcut.toLowerCase()}`;

function responsesSeq(document: Document): YAMLSeq {
	if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
		document.contents = document.createNode({version: FORMAT_VERSION, responses: []}) as never;
		// A file holding only comments keeps them; a new one says what it is.
		document.commentBefore ??= ' Canned responses for switchboard (format: docs/canned-responses.md).';
	}
	const root = document.contents;
	if (!isMap(root)) throw new Error('unreachable: the file was checked before');
	const found: unknown = root.get('responses', true);
	let seq: YAMLSeq;
	if (isSeq(found)) {
		seq = found;
	} else {
		seq = document.createNode([]) as YAMLSeq;
		root.set('responses', seq);
	}
	// `responses: []` would otherwise stay a flow list and grow into one unreadable line.
	seq.flow = false;
	return seq;
}

/** Writes beside the target and renames, so a crash never leaves half a file where the agent's responses were. */
function writeAtomically(path: string, text: string) {
	mkdirSync(dirname(path), {recursive: true});
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}

export function addToCannedFile(
	path: string,
	incoming: readonly CannedResponse[],
	{replace = false, kind = 'personal'}: UpdateOptions = {},
): UpdateResult {
	const source = readCannedSource(path, true) ?? '';
	// Refuse to touch a file that is already broken: the agent fixes it first, with the line numbers to do so.
	const existing = parseCannedFile(source, path, {kind, name: path});
	const document = parseDocument(source);
	const seq = responsesSeq(document);
	const result: UpdateResult = {file: path, added: [], replaced: [], duplicates: [], clashes: []};

	const ids = existing.map(response => response.id);
	const shortcuts = new Map(
		existing.flatMap(response => (shortcutKey(response) ? [[shortcutKey(response)!, response.id] as const] : [])),
	);
	for (const response of incoming) {
		const index = ids.indexOf(response.id);
		if (index !== -1 && !replace) {
			result.duplicates.push(response.id);
			continue;
		}
		const key = shortcutKey(response);
		const holder = key === null ? undefined : shortcuts.get(key);
		if (holder !== undefined && holder !== response.id) {
			result.clashes.push(`${response.id}: shortcut "${response.shortcut}" is taken by ${holder}`);
			continue;
		}
		const node = responseNode(document, response);
		if (index === -1) {
			seq.add(node);
			ids.push(response.id);
			result.added.push(response.id);
		} else {
			seq.set(index, node);
			result.replaced.push(response.id);
		}
		if (key !== null) shortcuts.set(key, response.id);
	}

	if (result.added.length + result.replaced.length > 0) {
		const text = document.toString(YAML_OUTPUT);
		parseCannedFile(text, path, {kind, name: path});
		writeAtomically(path, text);
	}
	return result;
}
