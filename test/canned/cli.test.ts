// `switchboard canned list|add|import|export`, run as a function against temp dirs (its own config home, never the agent's).
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCannedWith} from '../../source/cli/canned.js';
import {UsageError} from '../../source/cli/usage-error.js';
import {readCannedFile} from '../../source/canned/read-file.js';

let dir: string;
let personal: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-canned-cli-'));
	personal = join(dir, 'config', 'switchboard', 'canned.yaml');
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

async function canned(argv: string[], stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = await runCannedWith(argv, import.meta, {
		stdout: text => (stdout += text),
		stderr: text => (stderr += text),
		readStdin: async () => stdin,
		env: {XDG_CONFIG_HOME: join(dir, 'config')},
	});
	return {code, stdout, stderr};
}

const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

describe('switchboard canned list', () => {
	it('lists the bundled library with id, shortcut, languages, source and title', async () => {
		const {code, stdout} = await canned(['list']);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^ID\s+SHORTCUT\s+LANGUAGES\s+SOURCE\s+TITLE$/);
		expect(lines.find(line => line.startsWith('greeting '))).toMatch(
			/^greeting\s+hi\s+en,nb,sv,fi,hu,zh\s+bundled\s+Greeting$/,
		);
	});

	it('reads the team files and the personal file named in the config, as the desk does', async () => {
		const team = write(
			'team.yaml',
			'version: 1\nresponses:\n  - id: team-hours\n    title: Opening hours\n    text: {en: "We are open 8-16."}\n',
		);
		const mine = join(dir, 'mine.yaml');
		writeFileSync(
			mine,
			'version: 1\nresponses:\n  - id: my-thanks\n    title: My thanks\n    text: {en: "Thanks a lot!"}\n',
		);
		const {mkdirSync} = await import('node:fs');
		mkdirSync(join(dir, 'config', 'switchboard'), {recursive: true});
		writeFileSync(
			join(dir, 'config', 'switchboard', 'config.json'),
			JSON.stringify({canned: [team], 'personal-canned': mine}),
		);
		const {code, stdout} = await canned(['list']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^team-hours\s/m);
		expect(stdout).toMatch(/^my-thanks\s/m);
		// --canned names other team files instead of the configured ones.
		const other = write(
			'other.yaml',
			'version: 1\nresponses:\n  - id: other-one\n    title: Other\n    text: {en: "Other."}\n',
		);
		const flagged = await canned(['list', '--canned', other]);
		expect(flagged.stdout).toMatch(/^other-one\s/m);
		expect(flagged.stdout).not.toMatch(/^team-hours\s/m);
	});

	it('filters by a query, exact shortcut first', async () => {
		const {stdout} = await canned(['list', 'bye']);
		expect(stdout.split('\n')[1]).toMatch(/^closing\s+bye/);
		expect((await canned(['list', 'zzzzqqq'])).stdout).toBe('no canned responses match\n');
	});

	it('includes team files from --canned, and leaves out the bundled ones with --no-bundled', async () => {
		const team = write(
			'team.yaml',
			'responses:\n  - {id: refund-policy, title: Refund policy, shortcut: rp, department: billing, text: {en: Refunds take 5 days.}}\n',
		);
		const {stdout} = await canned(['list', '--canned', team, '--no-bundled']);
		expect(stdout.trimEnd().split('\n')).toEqual([
			expect.stringMatching(/^ID/),
			expect.stringMatching(/^refund-policy\s+rp\s+en\s+team\s+Refund policy \(department: billing\)$/),
		]);
	});

	it('prints every problem of a broken file with its line, and exits 1', async () => {
		const team = write(
			'team.yaml',
			'responses:\n  - id: a\n    title: A\n    text:\n      nb: [x]\n      en: "{{customer.nam}}"\n',
		);
		const {code, stdout, stderr} = await canned(['list', '--canned', team]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.split('\n')).toEqual([
			`${team}:5: responses[0].text.nb: expected a string`,
			expect.stringContaining(`${team}:6: responses[0].text.en: unknown placeholder {{customer.nam}}`),
			'switchboard: 2 problems in canned-response files',
			'',
		]);
	});
});

describe('switchboard canned add', () => {
	it('appends a response from flags to the personal file in the config directory', async () => {
		const result = await canned([
			'add',
			'--id',
			'warranty',
			'--title',
			'Warranty',
			'--shortcut',
			'wty',
			'--tag',
			'repair',
			'--tag',
			'guarantee',
			'--text-en',
			'Hi {{customer.name|there}}, the warranty is 2 years.',
			'--text-nb',
			'Garantien er 2 år.',
			'--text',
			'de=Die Garantie beträgt 2 Jahre.',
		]);
		expect(result).toEqual({code: 0, stdout: `added 1 to ${personal}: warranty\n`, stderr: ''});
		expect(readCannedFile(personal, 'personal')).toEqual([
			{
				id: 'warranty',
				title: 'Warranty',
				shortcut: 'wty',
				category: null,
				department: null,
				tags: ['repair', 'guarantee'],
				text: {
					en: 'Hi {{customer.name|there}}, the warranty is 2 years.',
					nb: 'Garantien er 2 år.',
					de: 'Die Garantie beträgt 2 Jahre.',
				},
				origin: {kind: 'personal', name: personal},
			},
		]);
		expect((await canned(['list', 'wty'])).stdout.split('\n')[1]).toMatch(
			/^warranty\s+wty\s+en,nb,de\s+personal\s+Warranty$/,
		);
	});

	it('writes to --file when given', async () => {
		const file = join(dir, 'elsewhere.yaml');
		expect((await canned(['add', '--file', file, '--id', 'a', '--title', 'A', '--text-en', 'Hi'])).code).toBe(0);
		expect(existsSync(file)).toBe(true);
		expect(existsSync(personal)).toBe(false);
	});

	it.each([
		[['add', '--title', 'A', '--text-en', 'Hi'], '--id: missing (every response needs an id)'],
		[['add', '--id', 'a', '--text-en', 'Hi'], '--title: missing'],
		[['add', '--id', 'a', '--title', 'A'], 'no text: give at least one of --text-en'],
		[
			['add', '--id', 'a', '--title', 'A', '--text-nb', 'Hei {{kunde.navn}}'],
			'--text-nb: unknown placeholder {{kunde.navn}}',
		],
		[['add', '--id', 'a b', '--title', 'A', '--text-en', 'Hi'], '--id: use letters, digits'],
		[['add', '--id', 'a', '--title', 'A', '--text', 'English=Hi'], '--text-English: expected a language code'],
		[['add', '--id', 'a', '--title', 'A', '--text', 'Hi'], '--text takes LANG=TEXT'],
		[['add', '--from', 'x.yaml', '--id', 'a'], '--from and --id do not go together'],
		[['add', 'stray'], 'canned add takes no arguments'],
	])('rejects %j with a one-line usage error', async (argv, message) => {
		const error = await canned(argv).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(UsageError);
		expect((error as Error).message).toContain(message);
		expect((error as Error).message).not.toContain('\n');
		expect(existsSync(personal)).toBe(false);
	});

	it('refuses a duplicate id unless --replace is given', async () => {
		await canned(['add', '--id', 'a', '--title', 'A', '--text-en', 'old']);
		const again = await canned(['add', '--id', 'a', '--title', 'A', '--text-en', 'new']);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('skipped 1 already in');
		expect(again.stderr).toContain('--replace');
		expect((await canned(['add', '--id', 'a', '--title', 'A', '--text-en', 'new', '--replace'])).stdout).toBe(
			`replaced 1 in ${personal}: a\n`,
		);
		expect(readCannedFile(personal, 'personal')[0]!.text.en).toBe('new');
	});

	it('adds from a YAML snippet file or from stdin', async () => {
		const snippet = write('snippet.yaml', 'id: s1\ntitle: Snippet\ntext:\n  en: From a file\n');
		expect((await canned(['add', '--from', snippet])).code).toBe(0);
		expect(
			(
				await canned(
					['add', '--from', '-'],
					'- {id: s2, title: S2, text: {sv: Hej}}\n- {id: s3, title: S3, text: {fi: Hei}}\n',
				)
			).stdout,
		).toBe(`added 2 to ${personal}: s2, s3\n`);
		expect(readCannedFile(personal, 'personal').map(entry => entry.id)).toEqual(['s1', 's2', 's3']);
	});

	it('points at the line of a broken snippet', async () => {
		const {code, stderr} = await canned(['add', '--from', '-'], 'id: s\ntitle: S\ntext:\n  en: "{{who?}} {{x}}"\n');
		expect(code).toBe(1);
		expect(stderr).toContain('stdin:4: text.en: unknown placeholder {{x}}');
		expect(stderr).toContain('nothing was written');
	});
});

describe('switchboard canned import', () => {
	it('merges a file into the personal file and reports duplicates', async () => {
		await canned(['add', '--id', 'a', '--title', 'A', '--text-en', 'mine']);
		const shared = write(
			'shared.yaml',
			'responses:\n  - {id: a, title: A, text: {en: theirs}}\n  - {id: b, title: B, text: {en: b}}\n  - {id: closing, title: Our closing, text: {en: Bye}}\n',
		);
		const {code, stdout} = await canned(['import', shared]);
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual([
			`added 2 to ${personal}: b, closing`,
			`skipped 1 already in ${personal} (use --replace to overwrite): a`,
			'these override bundled responses of the same id: closing',
			'',
		]);
		expect(readCannedFile(personal, 'personal').find(entry => entry.id === 'a')!.text.en).toBe('mine');
	});

	it('imports into a team file with --file, replacing with --replace', async () => {
		const team = write('team.yaml', 'responses:\n  - {id: a, title: A, text: {en: old}}\n');
		const shared = write('shared.yaml', 'responses:\n  - {id: a, title: A, text: {en: new}}\n');
		expect((await canned(['import', shared, '--file', team, '--replace'])).stdout).toBe(`replaced 1 in ${team}: a\n`);
		expect(readCannedFile(team, 'team')[0]!.text.en).toBe('new');
	});

	it('writes nothing for a file with problems, listing each with its line', async () => {
		const shared = write(
			'shared.yaml',
			'responses:\n  - {id: a, title: A, text: {en: ok}}\n  - {id: b, title: B, text: {en: "{{nope}}"}}\n',
		);
		const {code, stderr} = await canned(['import', shared]);
		expect(code).toBe(1);
		expect(stderr).toContain(`${shared}:3: responses[1].text.en: unknown placeholder {{nope}}`);
		expect(existsSync(personal)).toBe(false);
	});

	it('needs exactly one file', async () => {
		await expect(canned(['import'])).rejects.toThrow('canned import takes one file');
		await expect(canned(['import', 'a', 'b'])).rejects.toThrow('canned import takes one file');
	});
});

describe('switchboard canned export', () => {
	it('prints the merged library as YAML, or writes it with --out', async () => {
		await canned(['add', '--id', 'greeting', '--title', 'My greeting', '--text-en', 'Hey {{customer.name|you}}!']);
		const printed = await canned(['export']);
		expect(printed.code).toBe(0);
		expect(printed.stdout).toContain('title: My greeting');
		expect(printed.stdout).toContain('id: closing');
		const out = join(dir, 'library.yaml');
		expect((await canned(['export', '--out', out])).stdout).toBe(`exported to ${out}\n`);
		expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
		const back = readCannedFile(out, 'team');
		expect(back.find(entry => entry.id === 'greeting')!.title).toBe('My greeting');
		expect(back.length).toBeGreaterThan(10);
	});
});

describe('switchboard canned usage', () => {
	it.each([
		[[], 'canned needs an action'],
		[['remove'], 'unknown canned action "remove"'],
		[['list', '--out', 'x'], '--out is not a flag of canned list'],
		[['import', 'x', '--canned', 'y'], '--canned is not a flag of canned import'],
		[['list', '--frobnicate'], 'unknown flag --frobnicate'],
	])('rejects %j', async (argv, message) => {
		await expect(canned(argv)).rejects.toThrow(message);
	});
});
