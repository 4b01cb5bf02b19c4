// ESLint rule enforcing DESIGN.md's dependency rule: which source/ area may import which.
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const sourceDirectory = path.join(root, 'source');

/** The area a file belongs to: `source/<area>/…` → area, the entry `cli.tsx` → "entry", anything else → undefined. */
export function areaOf(file) {
	const relative = path.relative(sourceDirectory, file);
	if (relative.startsWith('..') || path.isAbsolute(relative)) {
		return path.relative(root, file) === 'cli.tsx' ? 'entry' : undefined;
	}

	const [first, ...rest] = relative.split(path.sep);
	return rest.length > 0 ? first : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const dependencyRule = {
	meta: {
		type: 'problem',
		docs: {description: 'Imports point down the layers of DESIGN.md ("Layout and the dependency rule").'},
		schema: [{type: 'object', additionalProperties: {type: 'array', items: {type: 'string'}}}],
		messages: {
			forbidden:
				'source/{{from}} may not import source/{{to}} (DESIGN.md, "Layout and the dependency rule"; allowed: {{allowed}}).',
			unknown: 'source/{{from}} is not in the dependency table of eslint.config.js: add it there.',
		},
	},
	create(context) {
		const allowed = context.options[0] ?? {};
		const file = context.filename;
		const from = areaOf(file);
		if (from === undefined) return {};
		if (!(from in allowed)) {
			return {
				Program(node) {
					context.report({node, messageId: 'unknown', data: {from}});
				},
			};
		}

		const check = source => {
			if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
			const to = areaOf(path.resolve(path.dirname(file), source.value));
			if (to === undefined || to === from || allowed[from].includes(to)) return;
			context.report({
				node: source,
				messageId: 'forbidden',
				data: {from, to, allowed: allowed[from].join(', ') || 'nothing'},
			});
		};

		return {
			ImportDeclaration: node => check(node.source),
			ExportNamedDeclaration: node => check(node.source),
			ExportAllDeclaration: node => check(node.source),
			ImportExpression: node => check(node.source),
		};
	},
};
