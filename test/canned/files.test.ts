// Reading, adding to, importing into and exporting canned-response files on disk (temp dirs only).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {responseFromFields} from '../../source/canned/add-canned.js';
import {exportCanned} from '../../source/canned/export-canned.js';
import {CannedFileError} from '../../source/canned/file-issues.js';
import {importCannedFile} from '../../source/canned/import-canned.js';
import {loadCannedLibrary} from '../../source/canned/load-library.js';
import {parseCannedFile} from '../../source/canned/parse-file.js';
import {personalCannedPath} from '../../source/canned/personal-file.js';
import {readCannedFile} from '../../source/canned/read-file.js';
import {addToCannedFile} from '../../source/canned/update-file.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-canned-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
const mine = (id: string, en = `Text of ${id}`, shortcut?: string) =>
	responseFromFields({id, title: `Title ${id}`, shortcut, text: {en}});

describe('the personal file', () => {
	it('lives in $XDG_CONFIG_HOME/switchboard, else ~/.config/switchboard', () => {
		expect(personalCannedPath({XDG_CONFIG_HOME: '/x/conf'}, '/home/a')).toBe('/x/conf/switchboard/canned.yaml');
		expect(personalCannedPath({}, '/home/a')).toBe('/home/a/.config/switchboard/canned.yaml');
		expect(personalCannedPath({XDG_CONFIG_HOME: 'relative'}, '/home/a')).toBe(
			'/home/a/.config/switchboard/canned.yaml',
		);
	});

	it('reads as empty while it does not exist; a missing team file is an error naming it', () => {
		expect(readCannedFile(join(dir, 'none.yaml'), 'personal', {missingOk: true})).toEqual([]);
		expect(() => readCannedFile(join(dir, 'none.yaml'), 'team')).toThrow(
			`${join(dir, 'none.yaml')}: cannot read: no such file`,
		);
	});
});

describe('loading the library from files', () => {
	it('merges bundled, team files in order, then the personal file', () => {
		const team1 = write(
			'team1.yaml',
			'responses:\n  - {id: greeting, title: Team greeting, shortcut: hi, text: {en: Hi from the team}}\n  - {id: t1, title: T1, text: {en: x}}\n',
		);
		const team2 = write('team2.yaml', 'responses:\n  - {id: t1, title: T1 from team2, text: {en: y}}\n');
		const personal = write('me.yaml', 'responses:\n  - {id: greeting, title: My greeting, text: {en: Hi from me}}\n');
		const {responses} = loadCannedLibrary({teamFiles: [team1, team2], personalFile: personal});
		const byId = new Map(responses.map(entry => [entry.id, entry]));
		expect(byId.get('greeting')).toMatchObject({title: 'My greeting', origin: {kind: 'personal', name: personal}});
		expect(byId.get('t1')).toMatchObject({title: 'T1 from team2', origin: {kind: 'team', name: team2}});
		expect(byId.get('closing')?.origin.kind).toBe('bundled');
		expect(responses[0]!.id).toBe('greeting');
	});

	it('reports the problems of every broken file together', () => {
		const a = write('a.yaml', 'responses:\n  - {id: a, title: A, text: {en: "{{nope}}"}}\n');
		const b = write('b.yaml', 'responses:\n  - {id: b, text: {en: Hi}}\n');
		try {
			loadCannedLibrary({teamFiles: [a, b], personalFile: null});
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CannedFileError);
			expect((error as CannedFileError).issues.map(issue => `${issue.file}:${issue.line}`)).toEqual([
				`${a}:2`,
				`${b}:2`,
			]);
		}
	});
});

describe('adding to a file', () => {
	it('creates the file (and its directory), then appends, keeping comments', () => {
		const path = join(dir, 'deep', 'canned.yaml');
		expect(addToCannedFile(path, [mine('one', 'Hello {{customer.name|there}}!', 'one')])).toMatchObject({
			added: ['one'],
		});
		const withComment = readFileSync(path, 'utf8').replace('responses:', '# my own\nresponses:');
		writeFileSync(path, withComment);
		addToCannedFile(path, [mine('two', 'Line one\nLine two')]);
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('# my own');
		expect(text).toContain('|-\n');
		expect(parseCannedFile(text, path, {kind: 'personal', name: path}).map(entry => [entry.id, entry.text.en])).toEqual(
			[
				['one', 'Hello {{customer.name|there}}!'],
				['two', 'Line one\nLine two'],
			],
		);
	});

	it('keeps the comments of a file that had nothing else yet', () => {
		const path = write('me.yaml', '# my own wording, ask Kim before changing\n');
		addToCannedFile(path, [mine('a')]);
		expect(readFileSync(path, 'utf8')).toContain('# my own wording, ask Kim before changing');
		expect(readCannedFile(path, 'personal').map(entry => entry.id)).toEqual(['a']);
	});

	it('turns a flow list into a block list as it grows', () => {
		const path = write('flow.yaml', 'version: 1\nresponses: []\n');
		addToCannedFile(path, [mine('a')]);
		expect(readFileSync(path, 'utf8')).toMatch(/responses:\n {2}- id: a\n/);
	});

	it('skips a duplicate id unless asked to replace it', () => {
		const path = write('me.yaml', 'responses:\n  - {id: a, title: Old, text: {en: old}}\n');
		expect(addToCannedFile(path, [mine('a', 'new')])).toMatchObject({added: [], duplicates: ['a']});
		expect(readCannedFile(path, 'personal')[0]!.text.en).toBe('old');
		expect(addToCannedFile(path, [mine('a', 'new')], {replace: true})).toMatchObject({replaced: ['a'], duplicates: []});
		expect(readCannedFile(path, 'personal')[0]!.text.en).toBe('new');
	});

	it('skips a response whose shortcut another response of the file already has', () => {
		const path = write('me.yaml', 'responses:\n  - {id: a, title: A, shortcut: pw, text: {en: a}}\n');
		expect(addToCannedFile(path, [mine('b', 'b', 'PW')]).clashes).toEqual(['b: shortcut "PW" is taken by a']);
		expect(readCannedFile(path, 'personal').map(entry => entry.id)).toEqual(['a']);
	});

	it('leaves a broken file alone, saying where it is broken', () => {
		const broken = 'responses:\n  - {id: a, title: A, text: {en: "{{oops}}"}}\n';
		const path = write('me.yaml', broken);
		expect(() => addToCannedFile(path, [mine('b')])).toThrow(
			/me\.yaml:2: responses\[0\]\.text\.en: unknown placeholder \{\{oops\}\}/,
		);
		expect(readFileSync(path, 'utf8')).toBe(broken);
	});
});

describe('importing a file', () => {
	it('adds new responses, reports duplicates and bundled overrides', () => {
		const target = write('me.yaml', 'responses:\n  - {id: a, title: A, text: {en: a}}\n');
		const source = write(
			'shared.yaml',
			'responses:\n  - {id: a, title: A2, text: {en: a2}}\n  - {id: b, title: B, text: {en: b}}\n  - {id: greeting, title: G, text: {en: Hi}}\n',
		);
		expect(importCannedFile(source, target)).toEqual({
			file: target,
			added: ['b', 'greeting'],
			replaced: [],
			duplicates: ['a'],
			clashes: [],
			overridesBundled: ['greeting'],
		});
		expect(readCannedFile(target, 'personal').map(entry => entry.id)).toEqual(['a', 'b', 'greeting']);
	});

	it('writes nothing when the imported file has a problem', () => {
		const target = write('me.yaml', 'responses: []\n');
		const source = write(
			'shared.yaml',
			'responses:\n  - {id: ok, title: OK, text: {en: ok}}\n  - {id: bad, title: Bad, text: {nb: 42}}\n',
		);
		expect(() => importCannedFile(source, target)).toThrow(`${source}:3: responses[1].text.nb: expected a string`);
		expect(readFileSync(target, 'utf8')).toBe('responses: []\n');
	});
});

describe('exporting the library', () => {
	it('writes the merged library as a file that reads back the same', () => {
		const personal = write(
			'me.yaml',
			'responses:\n  - {id: mine, title: Mine, shortcut: m, department: billing, tags: [a, b], text: {en: "Hi {{customer.name|there}}", zh: 您好}}\n',
		);
		const {responses} = loadCannedLibrary({personalFile: personal});
		const yaml = exportCanned(responses);
		expect(yaml).toMatch(
			/^# Exported by switchboard canned export\.\n# Merged from: bundled, .*me\.yaml\n\n?version: 1\n/,
		);
		const back = parseCannedFile(yaml, 'export.yaml', {kind: 'team', name: 'export.yaml'});
		const strip = (list: typeof responses) => list.map(({origin: _origin, ...rest}) => rest);
		expect(strip(back)).toEqual(strip(responses));
	});
});
