// `switchboard [desk]`: flags, environment and config file decide the server and token; problems are one-line usage errors.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {deskConfigured, deskFlagTable, loadDeskConfig, runDeskCommand} from '../../source/cli/desk.js';
import {UsageError} from '../../source/cli/usage-error.js';

let home: string;
let previous: string | undefined;

beforeEach(() => {
	home = mkdtempSync(join(tmpdir(), 'switchboard-desk-cmd-'));
	previous = process.env['XDG_CONFIG_HOME'];
	process.env['XDG_CONFIG_HOME'] = home;
});
afterEach(() => {
	if (previous === undefined) delete process.env['XDG_CONFIG_HOME'];
	else process.env['XDG_CONFIG_HOME'] = previous;
	rmSync(home, {recursive: true, force: true});
});

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
	runDeskCommand(argv, import.meta, '0.0.0', {XDG_CONFIG_HOME: home, ...env});

function writeConfig(values: Record<string, unknown>) {
	mkdirSync(join(home, 'switchboard'), {recursive: true});
	writeFileSync(join(home, 'switchboard', 'config.json'), JSON.stringify(values));
}

describe('the desk command', () => {
	it('has a flag for every option with one, switches as booleans', () => {
		expect(deskFlagTable()).toMatchObject({
			server: {type: 'string'},
			token: {type: 'string'},
			responseWarnSeconds: {type: 'string'},
			bellOnOffer: {type: 'boolean'},
			asciiBorders: {type: 'boolean'},
		});
		expect(deskFlagTable()).not.toHaveProperty('keys');
		expect(deskFlagTable()).toMatchObject({
			guard: {type: 'boolean'},
			canned: {type: 'string', isMultiple: true},
			personalCanned: {type: 'string'},
			timeZone: {type: 'string'},
			deskLanguage: {type: 'string'},
		});
		expect(deskFlagTable()).not.toHaveProperty('guardChecks');
		expect(deskFlagTable()).not.toHaveProperty('notices');
	});

	it('takes --no-guard over the environment and the file, and --guard back', () => {
		writeConfig({guard: true});
		expect(loadDeskConfig(['--no-guard'], import.meta, {SWITCHBOARD_GUARD: 'on'})).toMatchObject({
			config: {guard: false},
			sources: {guard: 'flag'},
		});
		writeConfig({guard: false});
		expect(loadDeskConfig(['--guard'], import.meta, {}).config.guard).toBe(true);
		// Not given: the lower sources decide.
		expect(loadDeskConfig([], import.meta, {}).config.guard).toBe(false);
	});

	it('keeps --canned given twice, in order, over the environment', () => {
		const {config, sources} = loadDeskConfig(
			['--canned', '/srv/team.yaml', '--canned=/srv/billing,de.yaml'],
			import.meta,
			{SWITCHBOARD_CANNED: '/srv/env.yaml'},
		);
		expect(config.cannedFiles).toEqual(['/srv/team.yaml', '/srv/billing,de.yaml']);
		expect(sources.cannedFiles).toBe('flag');
		expect(loadDeskConfig([], import.meta, {SWITCHBOARD_CANNED: '/srv/a.yaml:/srv/b.yaml'}).config.cannedFiles).toEqual(
			['/srv/a.yaml', '/srv/b.yaml'],
		);
	});

	it('passes every courtesy flag through to the configuration', () => {
		const argv = [
			'--personal-canned',
			'/srv/me.yaml',
			'--hold-update-seconds',
			'0',
			'--hold-warn-seconds',
			'45',
			'--idle-check-in-minutes',
			'4',
			'--idle-close-offer-minutes',
			'12',
			'--time-zone',
			'Asia/Shanghai',
			'--desk-language',
			'zh',
		];
		expect(loadDeskConfig(argv, import.meta, {}).config).toMatchObject({
			personalCanned: '/srv/me.yaml',
			holdUpdateSeconds: 0,
			holdWarnSeconds: 45,
			idleCheckInMinutes: 4,
			idleCloseOfferMinutes: 12,
			timeZone: 'Asia/Shanghai',
			deskLanguage: 'zh',
		});
	});

	it('refuses a bad courtesy value from a flag, the environment or the file in one line', () => {
		expect(() => loadDeskConfig(['--time-zone', 'Mars/Base'], import.meta, {})).toThrow(
			new UsageError(
				'--time-zone must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"',
			),
		);
		expect(() => loadDeskConfig([], import.meta, {SWITCHBOARD_HOLD_UPDATE_SECONDS: '-5'})).toThrow(
			'SWITCHBOARD_HOLD_UPDATE_SECONDS must be a whole number from 0 to 3600',
		);
		writeConfig({notices: {enabled: {'idle-check-in': 'sometimes'}}});
		expect(() => loadDeskConfig([], import.meta, {})).toThrow(UsageError);
		expect(() => loadDeskConfig([], import.meta, {})).toThrow(
			`${join(home, 'switchboard', 'config.json')}: notices.enabled.idle-check-in: expected true or false, got "sometimes"`,
		);
	});

	it('wants a server and a token, saying where each can come from', async () => {
		await expect(run([])).rejects.toThrow(
			'no server to connect to: give --server ws://HOST:PORT, set SWITCHBOARD_SERVER',
		);
		await expect(run(['--server', 'ws://127.0.0.1:1'])).rejects.toThrow(
			'no token: give --token T, set SWITCHBOARD_TOKEN',
		);
		await expect(run([], {SWITCHBOARD_SERVER: 'ws://127.0.0.1:1'})).rejects.toThrow('no token');
	});

	it('refuses wrong flags, values and arguments as usage errors', async () => {
		await expect(run(['--frobnicate'])).rejects.toThrow('unknown flag --frobnicate');
		await expect(run(['--server', 'http://x', '--token', 't'])).rejects.toThrow(
			'--server must be a ws:// or wss:// URL',
		);
		await expect(run(['--server', 'ws://x:1', '--token', 't', '--response-alarm-seconds', '10'])).rejects.toThrow(
			UsageError,
		);
		await expect(run(['extra'])).rejects.toThrow('unexpected argument "extra"');
	});

	it('reports a broken config file and a bad key binding in it as usage errors', async () => {
		writeConfig({server: 'ws://127.0.0.1:1', token: 't', keys: {help: ['ctrl+z']}});
		await expect(run([])).rejects.toThrow('keys.help: Ctrl+Z cannot be bound');
		mkdirSync(join(home, 'switchboard'), {recursive: true});
		writeFileSync(join(home, 'switchboard', 'config.json'), '{oops');
		await expect(run([])).rejects.toThrow(/config\.json.*not valid JSON/);
	});

	it('needs a terminal: with everything configured, a redirected run says so in one line', async () => {
		writeConfig({server: 'ws://127.0.0.1:1', token: 't'});
		// Under the test runner stdin and stdout are not terminals.
		await expect(run([])).rejects.toThrow('the desk needs a terminal');
	});

	it('opens from bare `switchboard` only when a server is configured', () => {
		expect(deskConfigured({})).toBe(false);
		expect(deskConfigured({SWITCHBOARD_SERVER: 'ws://127.0.0.1:1'})).toBe(true);
		writeConfig({server: 'ws://127.0.0.1:1'});
		expect(deskConfigured({})).toBe(true);
	});
});
