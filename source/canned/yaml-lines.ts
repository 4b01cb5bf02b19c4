// Turns positions in a parsed YAML document into 1-based line numbers, for messages that point at the line.
import {LineCounter, type Node} from 'yaml';

export type YamlLines = {
	counter: LineCounter;
	/** The line a node starts on (0 when the node has no position, e.g. one made up for a missing value). */
	ofNode(node: Node | null | undefined): number;
	/** The line where `needle` first appears inside a node's source text, else the node's own line. */
	ofTextIn(node: Node, needle: string): number;
};

export function yamlLines(source: string): YamlLines {
	const counter = new LineCounter();
	const lineAt = (offset: number) => counter.linePos(offset).line;
	const ofNode = (node: Node | null | undefined) => (node?.range ? lineAt(node.range[0]) : 0);
	return {
		counter,
		ofNode,
		ofTextIn(node, needle) {
			// The raw source holds a placeholder verbatim in plain, block and (escape-free) quoted scalars,
			// so searching it finds the right line even inside a multi-line block.
			if (!node.range) return 0;
			const at = source.slice(node.range[0], node.range[1]).indexOf(needle);
			return at === -1 ? ofNode(node) : lineAt(node.range[0] + at);
		},
	};
}
