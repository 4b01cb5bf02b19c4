// The built CLI: `switchboard conformance` prints a line per check and exits 0 (all pass), 1 (a failure) or 2 (usage).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startServer, type RunningServer} from '../../source/server/server.js';
import {startFakeServer, type FakeServer} from './fake-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = `${root}node_modules/.bin/node`;
const cli = `${root}dist/cli.js`;

type Outcome = {code: number | null; stdout: string; stderr: string};

/** Runs a command without blocking this process, so in-process servers keep answering. */
function run(command: string, args: string[], timeoutMs = 60_000): Promise<Outcome> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {cwd: root, env: {...process.env, NO_COLOR: '1'}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', reject);
		child.on('close', code => {
			clearTimeout(timer);
			resolve({code, stdout, stderr});
		});
	});
}

let server: RunningServer;
let fake: FakeServer;

beforeAll(async () => {
	if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
	server = await startServer({
		host: '127.0.0.1',
		port: 0,
		agents: [
			{id: 'alex', name: 'Alex', token: 'alex-token', departments: [], capacity: 2},
			{id: 'bob', name: 'Bob', token: 'bob-token', departments: [], capacity: 2},
		],
		departments: [{id: 'tech', name: 'Technical'}],
		heartbeatMs: 1_000,
		resumeWindowMs: 60_000,
		offerTimeoutMs: 30_000,
	});
	fake = await startFakeServer({answerBadFrames: false});
}, 150_000);

afterAll(async () => {
	await fake?.close();
	await server?.close();
});

describe('switchboard conformance (built CLI)', () => {
	it('exits 0 and prints pass for every check against the reference server', async () => {
		const outcome = await run(node, [
			cli,
			'conformance',
			server.url,
			'--token',
			'alex-token',
			'--second-token',
			'bob-token',
			'--timeout-ms',
			'3000',
		]);
		expect(outcome.stderr).toBe('');
		expect(outcome.stdout).toMatch(/^pass {2}two agents: presence.changed goes to the other agents/m);
		expect(outcome.stdout).toMatch(/^pass {2}hello: first frame/m);
		expect(outcome.stdout).not.toMatch(/^(fail|skip)/m);
		expect(outcome.stdout).toMatch(/\d+ checks: \d+ passed, 0 failed/);
		expect(outcome.code).toBe(0);
	});

	it('exits 1 and prints the failing checks with a reason against a non-conforming server', async () => {
		const outcome = await run(node, [cli, 'conformance', fake.url, '--token', 't', '--timeout-ms', '500']);
		expect(outcome.stdout).toMatch(/^pass {2}ping -> pong with the same id$/m);
		expect(outcome.stdout).toMatch(
			/^fail {2}not JSON -> bad_frame .*\n {6}agent: expected an error res to a frame that is not JSON within 500 ms; nothing came$/m,
		);
		expect(outcome.stdout).toMatch(/\d+ checks: \d+ passed, [1-9]\d* failed/);
		expect(outcome.code).toBe(1);
	});

	it('exits 2 with one line on a missing --token, a bad URL or an unknown flag', async () => {
		const missingToken = await run(node, [cli, 'conformance', server.url]);
		expect(missingToken.code).toBe(2);
		expect(missingToken.stderr).toMatch(/--token is required/);
		expect(missingToken.stdout).toBe('');

		const badUrl = await run(node, [cli, 'conformance', 'http://127.0.0.1:1', '--token', 't']);
		expect(badUrl.code).toBe(2);
		expect(badUrl.stderr).toMatch(/ws:\/\/ or wss:\/\/ URL/);

		const missingUrl = await run(node, [cli, 'conformance', '--token', 't']);
		expect(missingUrl.code).toBe(2);
		expect(missingUrl.stderr).toMatch(/server URL is missing/);

		const unknownFlag = await run(node, [cli, 'conformance', server.url, '--token', 't', '--nope']);
		expect(unknownFlag.code).toBe(2);
		expect(unknownFlag.stderr).toMatch(/unknown flag --nope/);

		const badTimeout = await run(node, [cli, 'conformance', server.url, '--token', 't', '--timeout-ms', 'soon']);
		expect(badTimeout.code).toBe(2);
		expect(badTimeout.stderr).toMatch(/--timeout-ms must be a whole number/);

		const sameAgent = await run(node, [cli, 'conformance', server.url, '--token', 't', '--second-token', 't']);
		expect(sameAgent.code).toBe(2);
		expect(sameAgent.stderr).toMatch(/--second-token must be another agent's token/);
	});
});
