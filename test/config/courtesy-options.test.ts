// The desk's courtesy options (guard, canned files, hold and idle times, time zone, desk language) from every source, and bad values from each.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	ConfigFileError,
	ConfigValueError,
	defaultConfig,
	loadConfig,
	resolveConfig,
	type DeskConfig,
} from '../../source/config/index.js';

const base = {cwd: '/work/desk', home: '/home/alex'};
const filePath = '/etc/switchboard/config.json';
const resolve = (inputs: Parameters<typeof resolveConfig>[0]) => resolveConfig({base, filePath, ...inputs});

type Case = {
	property: keyof DeskConfig;
	name: string;
	env: string;
	defaultValue: unknown;
	file: [unknown, unknown];
	fromEnv: [string, unknown];
	flag: [string | boolean | string[], unknown];
};

const cases: Case[] = [
	{
		property: 'guard',
		name: 'guard',
		env: 'SWITCHBOARD_GUARD',
		defaultValue: true,
		file: [false, false],
		fromEnv: ['off', false],
		flag: [false, false],
	},
	{
		property: 'cannedFiles',
		name: 'canned',
		env: 'SWITCHBOARD_CANNED',
		defaultValue: [],
		// Relative paths in the file start from the file's directory; elsewhere from the working directory.
		file: [
			['team.yaml', '~/shared/faq.yaml'],
			['/etc/switchboard/team.yaml', '/home/alex/shared/faq.yaml'],
		],
		fromEnv: ['a.yaml::/srv/b.yaml', ['/work/desk/a.yaml', '/srv/b.yaml']],
		flag: [
			['x,y.yaml', 'z.yaml'],
			['/work/desk/x,y.yaml', '/work/desk/z.yaml'],
		],
	},
	{
		property: 'personalCanned',
		name: 'personal-canned',
		env: 'SWITCHBOARD_PERSONAL_CANNED',
		defaultValue: null,
		file: ['~/mine.yaml', '/home/alex/mine.yaml'],
		fromEnv: ['/srv/alex.yaml', '/srv/alex.yaml'],
		flag: ['mine.yaml', '/work/desk/mine.yaml'],
	},
	{
		property: 'holdUpdateSeconds',
		name: 'hold-update-seconds',
		env: 'SWITCHBOARD_HOLD_UPDATE_SECONDS',
		defaultValue: 60,
		file: [120, 120],
		fromEnv: ['0', 0],
		flag: ['3600', 3600],
	},
	{
		property: 'holdWarnSeconds',
		name: 'hold-warn-seconds',
		env: 'SWITCHBOARD_HOLD_WARN_SECONDS',
		defaultValue: 30,
		file: [10, 10],
		fromEnv: ['600', 600],
		flag: ['0', 0],
	},
	{
		property: 'idleCheckInMinutes',
		name: 'idle-check-in-minutes',
		env: 'SWITCHBOARD_IDLE_CHECK_IN_MINUTES',
		defaultValue: 3,
		file: [5, 5],
		fromEnv: ['1', 1],
		flag: ['240', 240],
	},
	{
		property: 'idleCloseOfferMinutes',
		name: 'idle-close-offer-minutes',
		env: 'SWITCHBOARD_IDLE_CLOSE_OFFER_MINUTES',
		defaultValue: 10,
		file: [20, 20],
		fromEnv: ['480', 480],
		flag: ['15', 15],
	},
	{
		property: 'timeZone',
		name: 'time-zone',
		env: 'SWITCHBOARD_TIME_ZONE',
		defaultValue: null,
		file: ['Europe/Oslo', 'Europe/Oslo'],
		fromEnv: ['utc', 'UTC'],
		flag: ['asia/shanghai', 'Asia/Shanghai'],
	},
	{
		property: 'deskLanguage',
		name: 'desk-language',
		env: 'SWITCHBOARD_DESK_LANGUAGE',
		defaultValue: null,
		file: ['nb', 'nb'],
		fromEnv: ['sv-se', 'sv-SE'],
		flag: ['zh-hans', 'zh-Hans'],
	},
];

describe.each(cases)('$name', ({property, name, env, defaultValue, file, fromEnv, flag}) => {
	it('has its default', () => {
		expect(defaultConfig()[property]).toEqual(defaultValue);
		expect(resolve({}).sources[property]).toBe('default');
	});

	it('comes from the file', () => {
		const {config, sources} = resolve({file: {[name]: file[0]}});
		expect(config[property]).toEqual(file[1]);
		expect(sources[property]).toBe('file');
	});

	it('comes from the environment, over the file', () => {
		const {config, sources} = resolve({file: {[name]: file[0]}, env: {[env]: fromEnv[0]}});
		expect(config[property]).toEqual(fromEnv[1]);
		expect(sources[property]).toBe('environment');
	});

	it('comes from its flag, over the environment', () => {
		const {config, sources} = resolve({file: {[name]: file[0]}, env: {[env]: fromEnv[0]}, flags: {[name]: flag[0]}});
		expect(config[property]).toEqual(flag[1]);
		expect(sources[property]).toBe('flag');
	});
});

describe('desk-language', () => {
	it('takes a POSIX locale, so $LANG can feed it', () => {
		expect(resolve({env: {SWITCHBOARD_DESK_LANGUAGE: 'nb_NO.UTF-8'}}).config.deskLanguage).toBe('nb-NO');
		expect(resolve({env: {SWITCHBOARD_DESK_LANGUAGE: 'no'}}).config.deskLanguage).toBe('no');
	});
});

/** One line, naming the source and what is expected. */
function refusal(work: () => unknown): string {
	try {
		work();
	} catch (error) {
		expect(error).toBeInstanceOf(Error);
		const message = (error as Error).message;
		expect(message).not.toContain('\n');
		return message;
	}
	throw new Error('expected a refusal');
}

describe('bad values', () => {
	it.each([
		[{SWITCHBOARD_GUARD: 'maybe'}, 'SWITCHBOARD_GUARD must be true or false, not "maybe"'],
		[{SWITCHBOARD_CANNED: ':: :'}, 'SWITCHBOARD_CANNED must be one or more file paths, separated by ":"'],
		[{SWITCHBOARD_PERSONAL_CANNED: '   '}, 'SWITCHBOARD_PERSONAL_CANNED must be a file path'],
		[
			{SWITCHBOARD_HOLD_UPDATE_SECONDS: '3601'},
			'SWITCHBOARD_HOLD_UPDATE_SECONDS must be a whole number from 0 to 3600, not "3601"',
		],
		[
			{SWITCHBOARD_HOLD_WARN_SECONDS: '-1'},
			'SWITCHBOARD_HOLD_WARN_SECONDS must be a whole number from 0 to 600, not "-1"',
		],
		[
			{SWITCHBOARD_IDLE_CHECK_IN_MINUTES: '0'},
			'SWITCHBOARD_IDLE_CHECK_IN_MINUTES must be a whole number from 1 to 240, not "0"',
		],
		[
			{SWITCHBOARD_IDLE_CLOSE_OFFER_MINUTES: 'soon'},
			'SWITCHBOARD_IDLE_CLOSE_OFFER_MINUTES must be a whole number from 1 to 480, not "soon"',
		],
		[
			{SWITCHBOARD_TIME_ZONE: 'Mars/Base'},
			'SWITCHBOARD_TIME_ZONE must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"',
		],
		[
			{SWITCHBOARD_DESK_LANGUAGE: 'de'},
			'SWITCHBOARD_DESK_LANGUAGE must be a language tag the notices are written in (en, nb, sv, fi, hu, zh; or a regional one such as nb-NO), not "de"',
		],
		[{SWITCHBOARD_DESK_LANGUAGE: 'not a tag'}, 'SWITCHBOARD_DESK_LANGUAGE must be a language tag'],
	])('from the environment: %j', (env, message) => {
		expect(() => resolve({env})).toThrow(ConfigValueError);
		expect(refusal(() => resolve({env}))).toContain(message);
	});

	it.each([
		[{canned: ['']}, '--canned must be a file path, not ""'],
		[{'personal-canned': ''}, '--personal-canned must be a file path'],
		[{'hold-update-seconds': 'often'}, '--hold-update-seconds must be a whole number from 0 to 3600, not "often"'],
		[{'hold-warn-seconds': '601'}, '--hold-warn-seconds must be a whole number from 0 to 600, not "601"'],
		[{'idle-check-in-minutes': '241'}, '--idle-check-in-minutes must be a whole number from 1 to 240'],
		[{'idle-close-offer-minutes': '481'}, '--idle-close-offer-minutes must be a whole number from 1 to 480'],
		[
			{'time-zone': 'Mars/Base'},
			'--time-zone must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"',
		],
		[{'desk-language': 'xx-'}, '--desk-language must be a language tag the notices are written in'],
	])('from a flag: %j', (flags, message) => {
		expect(() => resolve({flags})).toThrow(ConfigValueError);
		expect(refusal(() => resolve({flags}))).toContain(message);
	});

	it.each([
		[
			{'time-zone': 'Mars/Base'},
			`${filePath}: time-zone must be an IANA time zone such as Europe/Oslo, Asia/Shanghai or UTC, not "Mars/Base"`,
		],
		[{'desk-language': 'klingon'}, `${filePath}: desk-language must be a language tag the notices are written in`],
		[{canned: ['ok.yaml', 42]}, `${filePath}: canned[1] must be a file path, not 42`],
		[{'personal-canned': '  '}, `${filePath}: personal-canned must be a file path`],
	])('from the file, past its schema: %j', (file, message) => {
		expect(() => resolve({file})).toThrow(ConfigFileError);
		expect(refusal(() => resolve({file}))).toContain(message);
	});

	it('offers to close only after the check-in, when both notices are on', () => {
		const closeOfferOn = {notices: {enabled: {'idle-close-offer': true}}};
		// Off by default: the two times do not meet, so any order is fine.
		expect(resolve({env: {SWITCHBOARD_IDLE_CLOSE_OFFER_MINUTES: '2'}}).config.idleCloseOfferMinutes).toBe(2);
		expect(refusal(() => resolve({file: closeOfferOn, env: {SWITCHBOARD_IDLE_CLOSE_OFFER_MINUTES: '2'}}))).toBe(
			'idle-close-offer-minutes (2, from environment) must be above idle-check-in-minutes (3, from default)',
		);
		const checkInOff = {notices: {enabled: {'idle-close-offer': true, 'idle-check-in': false}}};
		expect(resolve({file: checkInOff, flags: {'idle-close-offer-minutes': '2'}}).config.idleCloseOfferMinutes).toBe(2);
	});
});

describe('in a real config file', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'switchboard-courtesy-'));
	});
	afterEach(() => rmSync(dir, {recursive: true, force: true}));

	const write = (values: Record<string, unknown>) => writeFileSync(join(dir, 'config.json'), JSON.stringify(values));

	it('reads every new option, relative canned paths from the file directory', () => {
		mkdirSync(join(dir, 'team'));
		write({
			guard: false,
			canned: ['team/a.yaml'],
			'hold-update-seconds': 0,
			'time-zone': 'Europe/Helsinki',
			'desk-language': 'fi',
			notices: {enabled: {hold: false}},
			'guard-checks': {emoji: false},
		});
		const {config} = loadConfig({configDir: dir});
		expect(config).toMatchObject({
			guard: false,
			cannedFiles: [join(dir, 'team/a.yaml')],
			holdUpdateSeconds: 0,
			timeZone: 'Europe/Helsinki',
			deskLanguage: 'fi',
			notices: {enabled: {hold: false}},
			guardChecks: {emoji: false},
		});
	});

	it.each([
		[{guard: 'maybe'}, /guard/],
		[{'idle-close-offer-minutes': 500}, /idle-close-offer-minutes/],
		[{canned: 'one.yaml'}, /canned/],
		[{notices: ['greeting']}, /notices/],
		[{'time-zone': ''}, /time-zone/],
	])('refuses a value of the wrong type with the file and the key: %j', (values, key) => {
		write(values);
		expect(() => loadConfig({configDir: dir})).toThrow(ConfigFileError);
		expect(() => loadConfig({configDir: dir})).toThrow(key);
		expect(() => loadConfig({configDir: dir})).toThrow(join(dir, 'config.json'));
	});
});
