// The built CLI with the courtesy options: --no-guard and repeated --canned accepted, bad values one line and exit 2, dotted config set.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runCli} from '../helpers/run-cli.js';

let home: string;
let env: Record<string, string>;
const desk = ['--server', 'ws://127.0.0.1:1', '--token', 't'];

beforeEach(() => {
	home = mkdtempSync(join(tmpdir(), 'switchboard-cli-courtesy-'));
	env = {XDG_CONFIG_HOME: home};
});
afterEach(() => rmSync(home, {recursive: true, force: true}));

async function oneLineError(args: string[], extraEnv: Record<string, string> = {}): Promise<string> {
	const result = await runCli(args, {env: {...env, ...extraEnv}});
	expect(result.code).toBe(2);
	expect(result.stdout).toBe('');
	expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	return result.stderr;
}

describe('the desk command line with courtesy flags', () => {
	it('accepts --no-guard and --canned twice (then needs a terminal, which the test has not)', async () => {
		const stderr = await oneLineError([
			...desk,
			'--no-guard',
			'--canned',
			'team.yaml',
			'--canned',
			'billing.yaml',
			'--time-zone',
			'Europe/Oslo',
			'--desk-language',
			'nb',
		]);
		expect(stderr).not.toContain('unknown flag');
		expect(stderr).toContain('the desk needs a terminal');
	});

	it.each([
		[
			['--time-zone', 'Mars/Base'],
			{},
			'--time-zone must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"',
		],
		[['--hold-warn-seconds', '9999'], {}, '--hold-warn-seconds must be a whole number from 0 to 600, not "9999"'],
		[['--desk-language', 'de'], {}, '--desk-language must be a language tag the notices are written in'],
		[
			[],
			{SWITCHBOARD_IDLE_CHECK_IN_MINUTES: '0'},
			'SWITCHBOARD_IDLE_CHECK_IN_MINUTES must be a whole number from 1 to 240, not "0"',
		],
		[[], {SWITCHBOARD_GUARD: 'perhaps'}, 'SWITCHBOARD_GUARD must be true or false, not "perhaps"'],
	])('refuses %j %j in one line', async (args, extraEnv, message) => {
		expect(await oneLineError([...desk, ...args], extraEnv)).toContain(message);
	});

	it('refuses a config file with bad sections in one line naming the file and each key', async () => {
		mkdirSync(join(home, 'switchboard'));
		const file = join(home, 'switchboard', 'config.json');
		writeFileSync(file, JSON.stringify({notices: {enabled: {'idle-check-in': 1}}, 'guard-checks': {emoji: {max: -1}}}));
		const stderr = await oneLineError(desk);
		// Every problem at once, the file named first.
		expect(stderr).toContain(
			`${file}: guard-checks.emoji.max: expected a whole number from 0 to 100, got -1; notices.enabled.idle-check-in: expected true or false, got 1`,
		);
	});

	it('lists the new flags in the desk help', async () => {
		const result = await runCli(['desk', '--help'], {env});
		for (const flag of [
			'--[no-]guard',
			'--canned FILE',
			'--personal-canned FILE',
			'--hold-update-seconds N',
			'--hold-warn-seconds N',
			'--idle-check-in-minutes N',
			'--idle-close-offer-minutes N',
			'--time-zone ZONE',
			'--desk-language TAG',
		]) {
			expect(result.stdout).toContain(flag);
		}
	});
});

describe('switchboard config with the courtesy sections', () => {
	it('sets a notice switch by its dotted key and reads it back', async () => {
		const set = await runCli(['config', 'set', 'notices.enabled.idle-close-offer', 'true'], {env});
		expect(set.code).toBe(0);
		expect(JSON.parse(readFileSync(join(home, 'switchboard', 'config.json'), 'utf8'))).toEqual({
			notices: {enabled: {'idle-close-offer': true}},
		});
		const got = await runCli(['config', 'get', 'notices'], {env});
		expect(got.stdout).toBe('{"enabled":{"idle-close-offer":true}}\n');
	});

	it('refuses a bad section value in one line, writing nothing', async () => {
		expect(await oneLineError(['config', 'set', 'guard-checks.longMessage.maxLength', '0'])).toContain(
			'guard-checks.longMessage.maxLength: expected a whole number from 1 to 100000, got 0',
		);
		expect(() => readFileSync(join(home, 'switchboard', 'config.json'))).toThrow();
	});
});
