// The desk's canned files, read after the first frame: a broken file is left out and reported, the others load.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadCannedSources} from '../../source/cli/canned-loader.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function file(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-canned-loader-'));
	dirs.push(dir);
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const ids = (sources: ReadonlyArray<ReadonlyArray<{id: string}>>) => sources.flat().map(response => response.id);

describe('loadCannedSources', () => {
	it('reads the bundled library, each team file and the personal file, in that order', async () => {
		const team = file('team.yaml', 'responses:\n  - {id: team-hours, title: Hours, text: {en: "We are open 8-16."}}\n');
		const personal = file('mine.yaml', 'responses:\n  - {id: my-thanks, title: Thanks, text: {en: "Thanks a lot!"}}\n');
		const {sources, problems} = await loadCannedSources({teamFiles: [team], personalFile: personal});
		expect(problems).toEqual([]);
		expect(sources).toHaveLength(3);
		expect(ids(sources)).toContain('greeting');
		expect(ids(sources).slice(-2)).toEqual(['team-hours', 'my-thanks']);
	});

	it('leaves a broken team file out, says where it is broken, and still loads the rest', async () => {
		const broken = file('broken.yaml', 'responses:\n  - id: a\n    title: A\n    text: {en: "{{customer.nam}}"}\n');
		const good = file('good.yaml', 'responses:\n  - {id: good-one, title: Good, text: {en: "Fine."}}\n');
		const {sources, problems} = await loadCannedSources({teamFiles: [broken, good], personalFile: null});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`${broken}:4`);
		expect(ids(sources)).toContain('good-one');
		expect(ids(sources)).not.toContain('a');
	});

	it('a personal file that does not exist yet is no problem', async () => {
		const {sources, problems} = await loadCannedSources({
			teamFiles: [],
			personalFile: '/nonexistent/switchboard/canned.yaml',
		});
		expect(problems).toEqual([]);
		expect(sources).toHaveLength(2);
	});
});
