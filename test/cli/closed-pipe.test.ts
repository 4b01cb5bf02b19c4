// Issue 9: output to a reader that went away (`switchboard config list | head -1`, `conformance ... | head`) ends quietly.
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {CLOSED_PIPE_EXIT_CODE} from '../../source/cli/closed-pipe.js';
import {cliPath, nodePath} from '../helpers/run-cli.js';
import {closeAll, startTestServer} from '../server/helpers.js';

const homes: string[] = [];
afterEach(async () => {
	await closeAll();
	for (const home of homes.splice(0)) rmSync(home, {recursive: true, force: true});
});

/**
 * Runs the CLI with stdout on a pipe that this side closes after reading `keepLines` lines (0: before reading
 * anything), as `| head -N` does; resolves with the exit code and everything written to stderr.
 */
function runIntoClosedPipe(args: string[], keepLines: number): Promise<{code: number | null; stderr: string}> {
	const home = mkdtempSync(join(tmpdir(), 'switchboard-pipe-'));
	homes.push(home);
	const child = spawn(nodePath, [cliPath, ...args], {
		env: {...process.env, XDG_CONFIG_HOME: home, XDG_STATE_HOME: home},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', chunk => (stderr += chunk));
	let seen = '';
	const closeReader = () => child.stdout.destroy();
	if (keepLines === 0) closeReader();
	else
		child.stdout.on('data', chunk => {
			seen += chunk;
			if (seen.split('\n').length > keepLines) closeReader();
		});
	const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
	return new Promise(resolve =>
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stderr});
		}),
	);
}

describe('output to a closed pipe', () => {
	it('config list | head -1 ends quietly, without a stack trace', async () => {
		const result = await runIntoClosedPipe(['config', 'list'], 0);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(CLOSED_PIPE_EXIT_CODE);
	});

	it('conformance ... | head ends quietly while the checks are still running', async () => {
		const server = await startTestServer();
		const result = await runIntoClosedPipe(['conformance', server.url, '--token', 'alice-token'], 1);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(CLOSED_PIPE_EXIT_CODE);
	});
});
