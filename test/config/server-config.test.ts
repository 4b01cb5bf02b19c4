// The server's `database` setting: `config set/get/list` keep it with its password masked, and serve's light reader
// (server-config.ts, no conf) finds the same file conf writes and reads the same value back.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runConfig} from '../../source/cli/config.js';
import {UsageError} from '../../source/cli/usage-error.js';
import {ConfigFileError} from '../../source/config/config-file-error.js';
import {openConfigFile} from '../../source/config/config-file.js';
import {configFilePath, databaseFromConfigFile} from '../../source/config/server-config.js';

let dir: string;
let output: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-server-config-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

async function config(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
	output = '';
	const io = {stdout: {write: (text: string) => (output += text)}, stdin: Readable.from(['']), env, configDir: dir};
	expect(await runConfig(args, undefined, undefined, io)).toBe(0);
	return output;
}

const URL_WITH_PASSWORD = 'postgres://kari:hunter2@db.example.com:5432/switchboard';

describe('the database setting', () => {
	it('is saved by config set and shown everywhere with its password masked', async () => {
		const said = await config(['set', 'database', URL_WITH_PASSWORD]);
		expect(said).toContain('database = postgres://kari:••••@db.example.com:5432/switchboard');
		expect(said).not.toContain('hunter2');
		expect(await config(['get', 'database'])).toBe('postgres://kari:••••@db.example.com:5432/switchboard\n');
		const listed = await config(['list'], {SWITCHBOARD_DATABASE: 'postgres://app@10.0.0.5/sb'});
		expect(listed).toContain('database = postgres://app@10.0.0.5/sb  [environment]');
		expect(listed).not.toContain('hunter2');
		expect(databaseFromConfigFile(join(dir, 'config.json'))).toBe(URL_WITH_PASSWORD);
	});

	it('refuses what is not a postgres:// URL without quoting it back', async () => {
		await expect(config(['set', 'database', 'mysql://kari:hunter2@db/x'])).rejects.toThrow(UsageError);
		await expect(config(['set', 'database', 'mysql://kari:hunter2@db/x'])).rejects.toThrow(
			/^database must be a postgres:\/\/USER@HOST:PORT\/DATABASE URL$/,
		);
	});

	it("is read by serve's light reader from the file conf writes, wherever XDG_CONFIG_HOME points", () => {
		const previous = process.env.XDG_CONFIG_HOME;
		process.env.XDG_CONFIG_HOME = dir;
		try {
			const file = openConfigFile();
			expect(configFilePath()).toBe(file.path);
			file.set('database', URL_WITH_PASSWORD);
			expect(databaseFromConfigFile()).toBe(URL_WITH_PASSWORD);
		} finally {
			if (previous === undefined) delete process.env.XDG_CONFIG_HOME;
			else process.env.XDG_CONFIG_HOME = previous;
		}
		expect(configFilePath({}, 'linux', '/home/kari')).toBe('/home/kari/.config/switchboard/config.json');
		expect(configFilePath({}, 'darwin', '/Users/kari')).toBe('/Users/kari/Library/Preferences/switchboard/config.json');
	});

	it('is absent without a file or a setting, and a file that is not JSON is named in the error', () => {
		const path = join(dir, 'config.json');
		expect(databaseFromConfigFile(path)).toBeNull();
		writeFileSync(path, JSON.stringify({server: 'ws://127.0.0.1:7420'}));
		expect(databaseFromConfigFile(path)).toBeNull();
		writeFileSync(path, '{"database": ');
		expect(() => databaseFromConfigFile(path)).toThrow(ConfigFileError);
		expect(() => databaseFromConfigFile(path)).toThrow(`${path}: not JSON`);
		expect(readFileSync(path, 'utf8')).toBe('{"database": ');
	});
});
