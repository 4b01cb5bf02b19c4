// `switchboard demo` on a bad command line: a wrong flag, a bad --speed, a broken scenario, no terminal; one clear error, exit 2.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function scenarioFile(text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-cli-'));
	dirs.push(dir);
	const path = join(dir, 'broken.yaml');
	writeFileSync(path, text);
	return path;
}

describe('switchboard demo: usage errors', () => {
	it('refuses an unknown flag and a --speed that is not a positive number', async () => {
		const unknown = await runCli(['demo', '--fast']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain('unknown flag --fast');
		for (const speed of ['0', '-2', 'fast', '1000']) {
			const result = await runCli(['demo', '--speed', speed]);
			expect(result.code, speed).toBe(2);
			expect(result.stderr, speed).toContain('--speed must be a number above 0');
		}
	});

	it('refuses --web with --autopilot: a person plays the customer against a person at the desk', async () => {
		const result = await runCli(['demo', '--web', '--autopilot']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--web lets a person play a customer against you at the desk');
	});

	it('points at every broken line of a scenario file', async () => {
		const path = scenarioFile(
			[
				'title: Broken',
				'agent: {name: Alex}',
				'customers:',
				'  - key: ola',
				'    arrive: 40',
				'    script:',
				'      - shout: "hei"',
				'',
			].join('\n'),
		);
		const result = await runCli(['demo', path]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('the scenario cannot be played');
		expect(result.stderr).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}:5: .*arrive`));
		expect(result.stderr).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}:7: `));
	});

	it('says so when the scenario file is missing, and when there is no terminal', async () => {
		const missing = await runCli(['demo', '/nonexistent/morning.yaml']);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('/nonexistent/morning.yaml');
		const piped = await runCli(['demo']);
		expect(piped.code).toBe(2);
		expect(piped.stderr).toContain('the demo needs a terminal');
	});

	it('has its own help', async () => {
		const help = await runCli(['demo', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('--autopilot');
		expect(help.stdout).toContain('--speed X');
	});
});
