// Parses the text of a canned-response file (docs/canned-responses.md) into responses, or every problem with its line.
import {isMap, isScalar, isSeq, parseDocument, type Node} from 'yaml';
import {CannedFileError, type CannedIssue} from './file-issues.js';
import {readResponse, type ResponseReader} from './parse-response.js';
import type {CannedOrigin, CannedResponse} from './response.js';
import {yamlLines} from './yaml-lines.js';

export const FORMAT_VERSION = 1;

export type ParsedCannedFile = {responses: CannedResponse[]; issues: CannedIssue[]};

export type ParseOptions = {
	/** Also accept a bare response mapping or a list of them (a snippet for `canned add --from`). */
	snippet?: boolean;
};

function checkDuplicates(responses: Array<{response: CannedResponse; node: Node}>, reader: ResponseReader) {
	const ids = new Map<string, number>();
	const shortcuts = new Map<string, {id: string; line: number}>();
	for (const {response, node} of responses) {
		const line = reader.lines.ofNode(node);
		const earlier = ids.get(response.id);
		if (earlier !== undefined)
			reader.issues.push({
				file: reader.file,
				line,
				path: '',
				message: `duplicate id "${response.id}" (first on line ${earlier})`,
			});
		else ids.set(response.id, line);
		if (response.shortcut === null) continue;
		// The same shortcut twice is fine across departments (that is per-department wording), not within one.
		const key = `${response.department ?? ''}\u0000${response.shortcut.toLowerCase()}`;
		const other = shortcuts.get(key);
		if (other)
			reader.issues.push({
				file: reader.file,
				line,
				path: '',
				message: `shortcut "${response.shortcut}" is also used by "${other.id}" on line ${other.line}`,
			});
		else shortcuts.set(key, {id: response.id, line});
	}
}

/** Reads a file's text; `file` is only used in messages. Never throws: problems come back as issues. */
export function parseCannedText(
	source: string,
	file: string,
	origin: CannedOrigin,
	options: ParseOptions = {},
): ParsedCannedFile {
	const lines = yamlLines(source);
	const issues: CannedIssue[] = [];
	const document = parseDocument(source, {lineCounter: lines.counter, prettyErrors: true, uniqueKeys: true});
	for (const error of document.errors) {
		// yaml's message repeats the position and quotes the source; the line number says it already.
		const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		issues.push({file, line: error.linePos?.[0].line ?? 0, path: '', message});
	}
	if (issues.length > 0) return {responses: [], issues};

	const reader: ResponseReader = {file, lines, origin, issues};
	const contents = document.contents as Node | null;
	let items: Array<{node: Node; path: string}> = [];
	if (contents === null || (isScalar(contents) && contents.value === null)) {
		// An empty file is an empty library: a personal file starts out like that.
	} else if (options.snippet && isSeq(contents)) {
		items = contents.items.map((node, index) => ({node: node as Node, path: `[${index}]`}));
	} else if (options.snippet && isMap(contents) && !contents.has('responses')) {
		items = [{node: contents, path: ''}];
	} else if (!isMap(contents)) {
		issues.push({file, line: lines.ofNode(contents), path: '', message: 'expected a mapping with a "responses:" list'});
	} else {
		for (const pair of contents.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '?';
			const value = (pair.value as Node | null) ?? null;
			if (key === 'version') {
				if (!isScalar(value) || value.value !== FORMAT_VERSION)
					issues.push({
						file,
						line: lines.ofNode(value ?? (pair.key as Node)),
						path: 'version',
						message: `this switchboard reads version ${FORMAT_VERSION}`,
					});
			} else if (key === 'responses') {
				if (value === null || (isScalar(value) && value.value === null)) continue;
				if (!isSeq(value))
					issues.push({
						file,
						line: lines.ofNode(value),
						path: 'responses',
						message: 'expected a list of responses (each item starts with "- id: ...")',
					});
				else items = value.items.map((node, index) => ({node: node as Node, path: `responses[${index}]`}));
			} else {
				issues.push({
					file,
					line: lines.ofNode(pair.key as Node),
					path: key,
					message: 'unknown field (a file has responses: and optionally version: 1)',
				});
			}
		}
	}

	const read: Array<{response: CannedResponse; node: Node}> = [];
	for (const {node, path} of items) {
		const response = readResponse(node, path, reader);
		if (response) read.push({response, node});
	}
	checkDuplicates(read, reader);
	issues.sort((a, b) => a.line - b.line);
	return issues.length > 0 ? {responses: [], issues} : {responses: read.map(entry => entry.response), issues};
}

/** Like parseCannedText, but throws a CannedFileError listing every problem. */
export function parseCannedFile(
	source: string,
	file: string,
	origin: CannedOrigin,
	options: ParseOptions = {},
): CannedResponse[] {
	const {responses, issues} = parseCannedText(source, file, origin, options);
	if (issues.length > 0) throw new CannedFileError(issues);
	return responses;
}
