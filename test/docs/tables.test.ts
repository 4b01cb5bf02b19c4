// The docs' tables against the tables they describe: options, key bindings and slash commands cannot drift apart.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../../source/commands/registry.js';
import {configOptions} from '../../source/config/options.js';
import {defaultKeymap} from '../../source/ui/keymap.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The rows of the markdown table under `heading` (up to the next heading), as arrays of cell text. */
function tableRows(markdown: string, heading: string): string[][] {
	const start = markdown.indexOf(`\n${heading}\n`);
	if (start < 0) throw new Error(`no heading ${heading}`);
	const rest = markdown.slice(start + heading.length + 2);
	const end = rest.search(/\n#{2,3} /);
	const section = end < 0 ? rest : rest.slice(0, end);
	return section
		.split('\n')
		.filter(line => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
		.slice(1)
		.map(line =>
			line
				.slice(1, -1)
				.split(' | ')
				.map(cell => cell.trim()),
		);
}

/** Every `code` span in a cell. */
const codes = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map(match => match[1] ?? '');

describe('docs/configuration.md', () => {
	const markdown = read('docs/configuration.md');

	it('has one row in "Settings" per option, with its flag and environment variable', () => {
		const rows = tableRows(markdown, '## Settings');
		const documented = new Map(rows.map(row => [codes(row[0])[0], row]));
		expect([...documented.keys()].sort()).toEqual(configOptions.map(option => option.name).sort());
		for (const option of configOptions) {
			const row = documented.get(option.name)!;
			if (option.flag) expect(codes(row[1]).join(' '), option.name).toContain(`--${option.flag}`);
			else expect(codes(row[1]), option.name).toEqual([]);
			if (option.env) expect(codes(row[2]), option.name).toContain(option.env);
			else expect(codes(row[2]), option.name).toEqual([]);
		}
	});

	it('names every action of the keymap in "Keys", and no action the keymap lacks', () => {
		const rows = tableRows(markdown, '## Keys');
		const documented = new Set(rows.flatMap(row => codes(row[0])));
		const actions = defaultKeymap.map(binding => binding.action);
		// chat-1 … chat-9 share one row.
		const expected = new Set(actions.map(action => (/^chat-\d$/.test(action) ? 'chat-1' : action)));
		if (documented.has('chat-9')) expected.add('chat-9');
		expect([...documented].sort()).toEqual([...expected].sort());
	});
});

describe('README.md', () => {
	it('lists every slash command in the palette order', () => {
		const readme = read('README.md');
		// The list runs from the palette to the end of its clause.
		const line = readme.slice(readme.indexOf('opens the command palette:')).split(/[;.]\s/)[0] ?? '';
		const listed = [...line.matchAll(/`\/(\w+)`/g)].map(match => match[1] ?? '');
		// Aliases may follow a command in brackets (`/canned` (`/c`)); the commands themselves must all be there.
		const aliases = new Set(COMMANDS.flatMap(command => command.aliases));
		expect(listed.filter(name => !aliases.has(name))).toEqual(COMMANDS.map(command => command.name));
	});
});
