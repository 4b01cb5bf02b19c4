// The canned-response file format: valid files read in full, and every kind of mistake reported as file:line: path: message.
import {describe, expect, it} from 'vitest';
import {CannedFileError, formatIssue} from '../../source/canned/file-issues.js';
import {parseCannedFile, parseCannedText} from '../../source/canned/parse-file.js';

const origin = {kind: 'team', name: 'team.yaml'} as const;
const messages = (source: string, options = {}) =>
	parseCannedText(source, 'team.yaml', origin, options).issues.map(formatIssue);

const valid = `# Team wording
version: 1
responses:
  - id: refund-billing
    title: Refund (billing)
    shortcut: refund
    category: billing
    department: billing
    tags: [refund, money]
    text:
      en: |-
        Hi {{customer.name|there}}, I have started the refund for order {{order_number?}}.
      nb: Hei {{customer.name|}}! Jeg har satt i gang refusjonen.
  - id: plain
    title: Plain
    text: {en: "Hello"}
`;

describe('canned-response file format (E12)', () => {
	it('reads every field of a valid file', () => {
		const responses = parseCannedFile(valid, 'team.yaml', origin);
		expect(responses).toEqual([
			{
				id: 'refund-billing',
				title: 'Refund (billing)',
				shortcut: 'refund',
				category: 'billing',
				department: 'billing',
				tags: ['refund', 'money'],
				text: {
					en: 'Hi {{customer.name|there}}, I have started the refund for order {{order_number?}}.',
					nb: 'Hei {{customer.name|}}! Jeg har satt i gang refusjonen.',
				},
				origin,
			},
			{
				id: 'plain',
				title: 'Plain',
				shortcut: null,
				category: null,
				department: null,
				tags: [],
				text: {en: 'Hello'},
				origin,
			},
		]);
	});

	it('reads an empty file, or one with an empty list, as no responses', () => {
		expect(parseCannedFile('', 'team.yaml', origin)).toEqual([]);
		expect(parseCannedFile('# nothing yet\n', 'team.yaml', origin)).toEqual([]);
		expect(parseCannedFile('responses: []\n', 'team.yaml', origin)).toEqual([]);
	});

	it('points a wrong value at its line and path', () => {
		const source = valid.replace('nb: Hei {{customer.name|}}! Jeg har satt i gang refusjonen.', 'nb: [not, a, string]');
		expect(messages(source)).toEqual(['team.yaml:13: responses[0].text.nb: expected a string']);
	});

	it('points an unknown placeholder at the line inside a block', () => {
		const source = valid.replace(
			'        Hi {{customer.name|there}}, I have',
			'        Hi there,\n        {{customer.nmae}}, I have',
		);
		expect(messages(source)).toEqual([
			expect.stringMatching(/^team\.yaml:13: responses\[0\]\.text\.en: unknown placeholder \{\{customer\.nmae\}\}/),
		]);
	});

	it('reports missing fields at the response', () => {
		expect(messages('responses:\n  - title: No id\n    text: {en: Hi}\n')).toEqual([
			'team.yaml:2: responses[0].id: missing (every response needs an id)',
		]);
		expect(messages('responses:\n  - id: a\n    text: {en: Hi}\n')).toEqual([
			'team.yaml:2: responses[0].title: missing (every response needs a title)',
		]);
		expect(messages('responses:\n  - id: a\n    title: A\n')).toEqual([
			expect.stringMatching(/^team\.yaml:2: responses\[0\]\.text: missing/),
		]);
		expect(messages('responses:\n  - id: a\n    title: A\n    text: {}\n')).toEqual([
			expect.stringMatching(/^team\.yaml:4: responses\[0\]\.text: no languages/),
		]);
	});

	it.each([
		[
			'unknown field',
			'responses:\n  - id: a\n    titel: A\n    title: A\n    text: {en: Hi}\n',
			'team.yaml:3: responses[0].titel: unknown field',
		],
		[
			'bad id',
			'responses:\n  - id: "two words"\n    title: A\n    text: {en: Hi}\n',
			'team.yaml:2: responses[0].id: use letters, digits',
		],
		[
			'shortcut with a space',
			'responses:\n  - id: a\n    title: A\n    shortcut: p w\n    text: {en: Hi}\n',
			'team.yaml:4: responses[0].shortcut: a shortcut is one word',
		],
		[
			'tags not a list',
			'responses:\n  - id: a\n    title: A\n    tags: refund\n    text: {en: Hi}\n',
			'team.yaml:4: responses[0].tags: expected a list of strings',
		],
		[
			'a tag not a string',
			'responses:\n  - id: a\n    title: A\n    tags:\n      - ok\n      - {x: 1}\n    text: {en: Hi}\n',
			'team.yaml:6: responses[0].tags[1]: expected a string',
		],
		[
			'bad language code',
			'responses:\n  - id: a\n    title: A\n    text:\n      English: Hi\n',
			'team.yaml:5: responses[0].text.English: expected a language code',
		],
		[
			'empty text',
			'responses:\n  - id: a\n    title: A\n    text:\n      en: ""\n',
			'team.yaml:5: responses[0].text.en: empty text',
		],
		[
			'title a number',
			'responses:\n  - id: a\n    title: 42\n    text: {en: Hi}\n',
			'team.yaml:3: responses[0].title: expected a string',
		],
		['item not a mapping', 'responses:\n  - just text\n', 'team.yaml:2: responses[0]: expected a response'],
		['responses not a list', 'responses:\n  id: a\n', 'team.yaml:2: responses: expected a list of responses'],
		['top level a list', '- id: a\n', 'team.yaml:1: expected a mapping with a "responses:" list'],
		['unknown top-level field', 'respones:\n  - id: a\n', 'team.yaml:1: respones: unknown field'],
		['wrong version', 'version: 2\nresponses: []\n', 'team.yaml:1: version: this switchboard reads version 1'],
		[
			'duplicate id',
			'responses:\n  - {id: a, title: A, text: {en: Hi}}\n  - {id: a, title: B, text: {en: Hi}}\n',
			'team.yaml:3: duplicate id "a" (first on line 2)',
		],
		[
			'duplicate shortcut',
			'responses:\n  - {id: a, title: A, shortcut: pw, text: {en: Hi}}\n  - {id: b, title: B, shortcut: PW, text: {en: Hi}}\n',
			'team.yaml:3: shortcut "PW" is also used by "a" on line 2',
		],
		[
			'YAML syntax',
			'responses:\n  - id: a\n    title: A: b\n    text: {en: Hi}\n',
			'team.yaml:3: Nested mappings are not allowed in compact mappings',
		],
		['a tab as indentation', 'responses:\n  - id: a\n\ttitle: A\n', 'team.yaml:3: Tabs are not allowed as indentation'],
		[
			'duplicate key',
			'responses:\n  - id: a\n    id: b\n    title: A\n    text: {en: Hi}\n',
			'team.yaml:3: Map keys must be unique',
		],
	])('%s', (_kind, source, expected) => {
		const found = messages(source);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toContain(expected);
	});

	it('allows one shortcut in several departments (per-department wording)', () => {
		const source =
			'responses:\n  - {id: a, title: A, shortcut: pw, text: {en: Hi}}\n  - {id: b, title: B, shortcut: pw, department: billing, text: {en: Hi}}\n';
		expect(messages(source)).toEqual([]);
	});

	it('reports every problem at once, in line order, and throws them together', () => {
		const source = 'responses:\n  - id: a\n    title: A\n    text: {en: "{{x}}"}\n  - id: b\n    text: {en: Hi}\n';
		expect(messages(source).map(line => line.split(':').slice(0, 2).join(':'))).toEqual(['team.yaml:4', 'team.yaml:5']);
		expect(() => parseCannedFile(source, 'team.yaml', origin)).toThrow(CannedFileError);
		try {
			parseCannedFile(source, 'team.yaml', origin);
		} catch (error) {
			expect((error as CannedFileError).issues).toHaveLength(2);
			expect((error as Error).message.split('\n')).toHaveLength(2);
		}
	});

	it('reads snippets: one bare response, or a list of them', () => {
		const options = {snippet: true};
		expect(
			parseCannedText('id: a\ntitle: A\ntext: {en: Hi}\n', 's.yaml', origin, options).responses.map(r => r.id),
		).toEqual(['a']);
		expect(
			parseCannedText(
				'- {id: a, title: A, text: {en: Hi}}\n- {id: b, title: B, text: {en: Hi}}\n',
				's.yaml',
				origin,
				options,
			).responses,
		).toHaveLength(2);
		expect(messages('id: a\ntitle: A\ntext: {en: "{{x}}"}\n', options)).toEqual([
			expect.stringMatching(/^team\.yaml:3: text\.en: unknown placeholder/),
		]);
	});
});
