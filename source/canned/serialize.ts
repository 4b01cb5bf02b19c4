// Writes responses back out in the file format, field order as documented, empty fields left out.
import {Document, isMap, isSeq, type Node} from 'yaml';
import {FORMAT_VERSION} from './parse-file.js';
import type {CannedResponse} from './response.js';

/** What one response looks like in a file (no origin: that is where it is read from, not part of it). */
export type CannedResponseFields = {
	id: string;
	title: string;
	shortcut?: string;
	category?: string;
	department?: string;
	tags?: string[];
	text: Record<string, string>;
};

export function responseFields(response: CannedResponse): CannedResponseFields {
	return {
		id: response.id,
		title: response.title,
		...(response.shortcut === null ? {} : {shortcut: response.shortcut}),
		...(response.category === null ? {} : {category: response.category}),
		...(response.department === null ? {} : {department: response.department}),
		...(response.tags.length === 0 ? {} : {tags: [...response.tags]}),
		text: {...response.text},
	};
}

/** Long lines stay long: folding a customer-facing sentence over lines makes the file harder to edit. */
export const YAML_OUTPUT = {lineWidth: 0} as const;

/** A response as a node of `document`, tags on one line ([a, b]) as people write them. */
export function responseNode(document: Document, response: CannedResponse): Node {
	const node = document.createNode(responseFields(response));
	const tags = isMap(node) ? node.get('tags', true) : null;
	if (isSeq(tags)) tags.flow = true;
	return node;
}

export function libraryToYaml(responses: readonly CannedResponse[], header?: string): string {
	const document = new Document({version: FORMAT_VERSION, responses: []});
	const list = document.get('responses', true);
	if (isSeq(list)) for (const response of responses) list.add(responseNode(document, response));
	if (header)
		document.commentBefore = header
			.split('\n')
			.map(line => ` ${line}`)
			.join('\n');
	return document.toString(YAML_OUTPUT);
}
