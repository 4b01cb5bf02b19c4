// `switchboard config`: path, list, get, set (also from stdin), unset; tokens never printed; key bindings checked when set.
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runConfig, type ConfigIo} from '../../source/cli/config.js';
import {UsageError} from '../../source/cli/usage-error.js';

let dir: string;
let output: string;

function io(stdinText = '', env: NodeJS.ProcessEnv = {}): ConfigIo {
	return {stdout: {write: (text: string) => (output += text)}, stdin: Readable.from([stdinText]), env, configDir: dir};
}

async function run(args: string[], stdinText?: string, env?: NodeJS.ProcessEnv): Promise<string> {
	output = '';
	expect(await runConfig(args, undefined, undefined, io(stdinText, env))).toBe(0);
	return output;
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-config-cmd-'));
	output = '';
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('switchboard config', () => {
	it('prints the path', async () => {
		expect(await run(['path'])).toBe(`${join(dir, 'config.json')}\n`);
	});

	it('sets, gets and unsets a setting', async () => {
		expect(await run(['set', 'server', 'ws://127.0.0.1:7420'])).toContain('server = ws://127.0.0.1:7420');
		expect(await run(['get', 'server'])).toBe('ws://127.0.0.1:7420\n');
		await run(['set', 'response-warn-seconds', '20']);
		expect(await run(['get', 'response-warn-seconds'])).toBe('20\n');
		await run(['unset', 'response-warn-seconds']);
		expect(await run(['get', 'response-warn-seconds'])).toBe('30\n');
	});

	it('never prints the token, stores it 0600, and reads it from stdin with "-"', async () => {
		const said = await run(['set', 'token', '-'], 's3cret-token\n');
		expect(said).not.toContain('s3cret');
		expect(said).toContain('••••');
		expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({token: 's3cret-token'});
		expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
		expect(await run(['get', 'token'])).toBe('••••\n');
		const listed = await run(['list']);
		expect(listed).toContain('token = ••••  [file]');
		expect(listed).not.toContain('s3cret');
	});

	it('shows what the desk would use, environment included, and where it comes from', async () => {
		await run(['set', 'server', 'ws://file:1']);
		const listed = await run(['list'], '', {SWITCHBOARD_SERVER: 'ws://env:2'});
		expect(listed).toContain('server = ws://env:2  [environment]');
		expect(listed).toContain('bell-on-offer = true  [default]');
	});

	it('rebinds a desk action, and refuses a forbidden or unknown binding', async () => {
		await run(['set', 'keys.help', 'f2, alt+h']);
		expect(await run(['get', 'keys.help'])).toBe('f2,alt+h\n');
		await expect(runConfig(['set', 'keys.help', 'ctrl+s'], undefined, undefined, io())).rejects.toThrow(
			'Ctrl+S cannot be bound',
		);
		await expect(runConfig(['set', 'keys.frobnicate', 'f3'], undefined, undefined, io())).rejects.toThrow(
			'no action "frobnicate"',
		);
		await expect(runConfig(['set', 'keys.next-chat', 'f2'], undefined, undefined, io())).rejects.toThrow(
			'F2 is given to both help and next-chat',
		);
	});

	it('answers a wrong command line with a usage error', async () => {
		await expect(runConfig([], undefined, undefined, io())).rejects.toThrow(UsageError);
		await expect(runConfig(['frob'], undefined, undefined, io())).rejects.toThrow('unknown config command "frob"');
		await expect(runConfig(['get', 'servr'], undefined, undefined, io())).rejects.toThrow('unknown setting "servr"');
		await expect(runConfig(['set', 'server'], undefined, undefined, io())).rejects.toThrow(
			'usage: switchboard config set KEY VALUE',
		);
		await expect(runConfig(['set', 'server', 'http://x'], undefined, undefined, io())).rejects.toThrow(
			'server must be a ws:// or wss:// URL',
		);
		await expect(runConfig(['path', 'extra'], undefined, undefined, io())).rejects.toThrow(
			'unexpected argument "extra"',
		);
	});
});
