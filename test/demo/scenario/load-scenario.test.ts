// Loading a scenario file from disk: the file's own name in every message, and one clear line when it cannot be read.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadScenario, ScenarioError} from '../../../source/demo/scenario/index.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-scenario-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const failure = (path: string): string[] => {
	try {
		loadScenario(path);
	} catch (error) {
		if (error instanceof ScenarioError) return error.message.split('\n');
		throw error;
	}
	throw new Error('expected a ScenarioError');
};

describe('loading a scenario file', () => {
	it('reads a file and remembers where it came from', () => {
		const path = join(dir, 'small.yaml');
		writeFileSync(
			path,
			'title: Small\nagent: {name: Alex}\ncustomers:\n  - {key: mia, arrive: 5s, script: [{say: Hi}]}\n',
		);
		const scenario = loadScenario(path);
		expect(scenario.source).toBe(path);
		expect(scenario.customers.map(customer => customer.key)).toEqual(['mia']);
	});

	it('names the file and line of each problem', () => {
		const path = join(dir, 'broken.yaml');
		writeFileSync(
			path,
			'title: Broken\nagent: {name: Alex}\ncustomers:\n  - {key: mia, arrive: 5, script: [{say: Hi}]}\n',
		);
		expect(failure(path)).toEqual([
			`${path}:4: customers[0].arrive: "5" has no unit: write 5s for seconds or 5m for minutes (a bare number could be either)`,
		]);
	});

	it('says in one line when the file is missing or is a directory', () => {
		expect(failure(join(dir, 'nowhere.yaml'))).toEqual([`${join(dir, 'nowhere.yaml')}: cannot read: no such file`]);
		expect(failure(dir)).toEqual([`${dir}: cannot read: is a directory, not a scenario file`]);
	});
});
