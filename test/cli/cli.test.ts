// The command line itself: help, version, usage errors (one line, exit 2), and `serve` starting and stopping.
import {describe, expect, it} from 'vitest';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {WebSocket} from 'ws';
import {projectRoot, runCli, startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';

const {version} = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as {version: string};

describe('switchboard command line', () => {
	it('prints help with --help and with no arguments', async () => {
		for (const args of [['--help'], []]) {
			const result = await runCli(args);
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(/^switchboard: a terminal desk/);
			expect(result.stdout).toContain('serve');
			expect(result.stdout).toContain('conformance');
		}
	});

	it('prints a subcommand help', async () => {
		const result = await runCli(['serve', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('--port N');
	});

	it('prints the version', async () => {
		const result = await runCli(['--version']);
		expect(result).toMatchObject({code: 0, stdout: `${version}\n`});
	});

	it.each([
		[['--frobnicate'], 'unknown flag --frobnicate'],
		[['launch'], 'unknown command "launch"'],
		[['serve', '--prot', '1'], 'unknown flag --prot'],
		[['serve', '--port', 'abc'], '--port must be a whole number from 0 to 65535, not "abc"'],
		[['serve', '--port', '70000'], '--port must be a whole number'],
		[['serve', '--heartbeat-ms', '10'], '--heartbeat-ms must be a whole number from 1000'],
		[['serve', '--accounts', '/nonexistent/accounts.json'], '/nonexistent/accounts.json'],
		[['serve', '--allow-origin', 'shop.example.com'], '--allow-origin: "shop.example.com" is not an origin'],
		[['conformance', 'http://x', '--token', 't'], 'must be a ws:// or wss:// URL'],
		[['conformance', 'ws://127.0.0.1:1'], '--token'],
	])('rejects %j with one line and exit code 2', async (args, text) => {
		const result = await runCli(args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain(text);
	});

	it('serve listens on loopback, says how to sign in, answers with hello, and stops on SIGTERM', async () => {
		const {child, output} = startCli(['serve', '--port', '0', '--memory', '--token', 'alex:Alex:s3cret']);
		try {
			// The banner may arrive in several chunks: wait for its last line.
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the whole banner'});
			const url = /listening on (ws:\/\/127\.0\.0\.1:\d+)/.exec(output())![1]!;
			expect(output()).toContain('sign in:');
			expect(output()).not.toContain('s3cret');
			const socket = new WebSocket(`${url}/agent`, 'switchboard.v1');
			const first = await new Promise<string>((resolve, reject) => {
				socket.once('message', data => resolve(String(data)));
				socket.once('error', reject);
			});
			socket.close();
			expect(JSON.parse(first)).toMatchObject({type: 'hello', protocol: 'switchboard.v1'});
		} finally {
			child.kill('SIGTERM');
		}
		const code = await new Promise(resolve =>
			child.exitCode === null ? child.once('exit', resolve) : resolve(child.exitCode),
		);
		expect(code).toBe(0);
	});

	it('canned lists the bundled library and adds to a personal file', async () => {
		const home = mkdtempSync(join(tmpdir(), 'switchboard-canned-'));
		const env = {XDG_CONFIG_HOME: home};
		const listed = await runCli(['canned', 'list', 'pw'], {env});
		expect(listed.code).toBe(0);
		expect(listed.stdout).toMatch(/password-reset\s+pw\s+en,nb,sv,fi,hu,zh/);
		const added = await runCli(
			[
				'canned',
				'add',
				'--id',
				'warranty',
				'--title',
				'Warranty',
				'--shortcut',
				'wr',
				'--text-en',
				'Your blender has a two-year warranty, {{customer.name|}}.',
			],
			{env},
		);
		expect(added.code).toBe(0);
		expect(readFileSync(join(home, 'switchboard', 'canned.yaml'), 'utf8')).toContain('id: warranty');
		const again = await runCli(['canned', 'list', 'warranty'], {env});
		expect(again.stdout).toMatch(/warranty\s+wr\s+en\s+personal/);
	});

	it('serve makes and prints a token when none is given', async () => {
		const {child, output} = startCli(['serve', '--port', '0', '--memory']);
		try {
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the whole banner'});
			const token = /with token (\S+)/.exec(output())![1]!;
			expect(token.length).toBeGreaterThanOrEqual(20);
			expect(output()).toContain(`switchboard conformance ws://127.0.0.1:`);
			expect(output()).toContain(`--token ${token}`);
		} finally {
			child.kill('SIGTERM');
		}
	});
});
