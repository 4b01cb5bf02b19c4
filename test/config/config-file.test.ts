// The config file: created 0600 on the first write, checked against the schema, and a broken one reported with its path.
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigFileError, configOptions, loadConfig, openConfigFile} from '../../source/config/index.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('the config file', () => {
	it('is not created by reading, and is written with mode 0600', () => {
		const file = openConfigFile({cwd: dir});
		expect(file.path).toBe(join(dir, 'config.json'));
		expect(file.read()).toEqual({});
		expect(() => statSync(file.path)).toThrow();
		file.set('token', 's3cret');
		expect(statSync(file.path).mode & 0o777).toBe(0o600);
		expect(openConfigFile({cwd: dir}).read()).toEqual({token: 's3cret'});
	});

	it('lives at $XDG_CONFIG_HOME/switchboard/config.json by default', () => {
		const previous = process.env['XDG_CONFIG_HOME'];
		process.env['XDG_CONFIG_HOME'] = dir;
		try {
			expect(openConfigFile().path).toBe(join(dir, 'switchboard', 'config.json'));
		} finally {
			if (previous === undefined) delete process.env['XDG_CONFIG_HOME'];
			else process.env['XDG_CONFIG_HOME'] = previous;
		}
	});

	it('refuses a value the schema does not allow', () => {
		const file = openConfigFile({cwd: dir});
		expect(() => file.set('response-warn-seconds', 'soon')).toThrow(ConfigFileError);
	});

	it('reports a file that is not JSON, naming it and not wiping it', () => {
		writeFileSync(join(dir, 'config.json'), '{"server": "ws://x:1",');
		expect(() => loadConfig({configDir: dir})).toThrow(ConfigFileError);
		expect(() => loadConfig({configDir: dir})).toThrow(join(dir, 'config.json'));
		expect(statSync(join(dir, 'config.json')).size).toBeGreaterThan(0);
	});

	it('checks what it reads, without compiling the schema, exactly as the schema checks what it writes', () => {
		const samples: unknown[] = [true, 'maybe', 0, 5, 30, 500, -1, 1.5, '', 'ws://x:1', 'wss://x', 'http://x'];
		samples.push(null, [], [''], ['a.yaml'], {}, {help: ['f2']}, {help: []}, {help: ['']}, 'en', 'off', 'UTC');
		const writer = openConfigFile({cwd: dir});
		const disagreements: string[] = [];
		for (const option of configOptions)
			for (const value of samples) {
				writeFileSync(writer.path, '{}');
				let written = true;
				try {
					writer.set(option.name, value);
				} catch {
					written = false;
				}
				writeFileSync(writer.path, JSON.stringify({[option.name]: value}));
				let read = true;
				try {
					openConfigFile({cwd: dir}).read();
				} catch {
					read = false;
				}
				if (read !== written)
					disagreements.push(`${option.name} = ${JSON.stringify(value)}: read ${read}, write ${written}`);
			}
		expect(disagreements).toEqual([]);
	});

	it('reports unknown settings and wrong types in a hand-edited file', () => {
		writeFileSync(join(dir, 'config.json'), JSON.stringify({servr: 'ws://x:1'}));
		expect(() => loadConfig({configDir: dir})).toThrow(/servr|additional/);
		writeFileSync(join(dir, 'config.json'), JSON.stringify({'bell-on-offer': 'maybe'}));
		expect(() => loadConfig({configDir: dir})).toThrow(/bell-on-offer/);
	});

	it('feeds the merge: the file below the environment and the flags', () => {
		writeFileSync(
			join(dir, 'config.json'),
			JSON.stringify({server: 'ws://file:1', 'response-alarm-seconds': 90, keys: {help: ['f2']}}),
		);
		const {config, sources} = loadConfig({
			configDir: dir,
			env: {SWITCHBOARD_SERVER: 'ws://env:2'},
			flags: {'response-alarm-seconds': '120'},
		});
		expect(config.server).toBe('ws://env:2');
		expect(config.responseAlarmSeconds).toBe(120);
		expect(sources.responseAlarmSeconds).toBe('flag');
		expect(config.keys).toEqual({help: ['f2']});
		expect(sources.keys).toBe('file');
	});
});
