// Every configuration option of the desk, as one table: its name, kind, default, environment variable and flag.
import {personalCannedPath} from '../canned/personal-file.js';
import type {NoticesConfig} from '../courtesy/notices/notices-config.js';
import {checkGuardChecks, checkNotices, type GuardChecksOverrides, type SectionCheck} from './config-sections.js';

/** What the desk reads from configuration, after merging every source. */
export type DeskConfig = {
	server: string | null;
	token: string | null;
	responseWarnSeconds: number;
	responseAlarmSeconds: number;
	bellOnOffer: boolean;
	bellOnAlarm: boolean;
	desktopNotifications: 'off' | 'osc9' | 'osc777';
	notifyIntervalSeconds: number;
	asciiBorders: boolean;
	color: boolean;
	/** Keymap overrides: action name -> key specs (e.g. {"help": ["?", "f1"]}). */
	keys: Record<string, string[]>;
	/** E3-E6: the phrase guard's master switch. */
	guard: boolean;
	/** Per-check overrides of the guard, as the agent wrote them; guardConfigOf() gives the full GuardConfig. */
	guardChecks: GuardChecksOverrides;
	/** Notice switches and wordings (validated); noticesConfigOf() hands them to the courtesy engine. */
	notices: NoticesConfig;
	/** E12: team canned-response files (absolute paths), read in order after the bundled library. */
	cannedFiles: string[];
	/** The agent's own canned file; null: personalCannedPath(). */
	personalCanned: string | null;
	/** E9: seconds between progress updates on hold; 0: none. */
	holdUpdateSeconds: number;
	/** E7, E9: automatic updates per hold, at most, before the agent is asked to act. */
	holdUpdateLimit: number;
	/** E7: seconds before a hold's estimate runs out that the agent is warned. */
	holdWarnSeconds: number;
	/** Minutes of customer silence (agent spoke last) before the idle check-in. */
	idleCheckInMinutes: number;
	/** Minutes of customer silence before the offer to close (when that notice is on). */
	idleCloseOfferMinutes: number;
	/** IANA zone for follow-up due times; null: the system's zone. */
	timeZone: string | null;
	/** The agent's own language tag (the transfer brief is written in it); null: English. */
	deskLanguage: string | null;
	/**
	 * Not the desk's: `serve`'s PostgreSQL URL, kept in the same file (server-config.ts reads it for serve without this
	 * table). Here so the file may hold it and `config set/get/list` handle it, its password masked.
	 */
	database: string | null;
};

export type ConfigProperty = keyof DeskConfig;

export type OptionKind =
	| {type: 'url'}
	| {type: 'secret'}
	/** A postgres:// URL; shown with its password masked. */
	| {type: 'database-url'}
	| {type: 'integer'; min: number; max: number; unit: string}
	| {type: 'boolean'}
	| {type: 'choice'; choices: readonly string[]}
	| {type: 'keymap'}
	/** A structured section (JSON object) checked by its own validator, so errors name the key inside it. */
	| {type: 'section'; check: SectionCheck; example: string}
	/** One file path; `~/` and relative paths are made absolute. */
	| {type: 'path'}
	/** Several file paths, in order; repeatable as a flag. */
	| {type: 'paths'}
	| {type: 'time-zone'}
	| {type: 'language'};

export type ConfigOption = {
	property: ConfigProperty;
	/** The one name the agent sees: in the file, in `config get/set`, and as the flag (--name). */
	name: string;
	kind: OptionKind;
	default: DeskConfig[ConfigProperty];
	/** Null: not settable from the environment. */
	env: string | null;
	/** Null: no command-line flag (the value is too structured to type there). */
	flag: string | null;
	description: string;
	/** What a null value stands for, so `config get/list` show the value the desk will really use. */
	fallback?: (env: NodeJS.ProcessEnv) => string;
};

const option = (
	spec: Omit<ConfigOption, 'env' | 'flag'> & {env?: string | null; flag?: string | null},
): ConfigOption => ({
	...spec,
	env: spec.env === undefined ? `SWITCHBOARD_${spec.name.toUpperCase().replaceAll('-', '_')}` : spec.env,
	flag: spec.flag === undefined ? spec.name : spec.flag,
});

export const configOptions: readonly ConfigOption[] = [
	option({
		property: 'server',
		name: 'server',
		kind: {type: 'url'},
		default: null,
		description: 'the server to connect to (ws:// or wss://)',
	}),
	option({
		property: 'token',
		name: 'token',
		kind: {type: 'secret'},
		default: null,
		description: 'your agent token; never printed',
	}),
	option({
		property: 'responseWarnSeconds',
		name: 'response-warn-seconds',
		kind: {type: 'integer', min: 1, max: 3_600, unit: 's'},
		default: 30,
		description: 'E1: an unanswered customer message turns a chat to "waiting" (warn) after this long',
	}),
	option({
		property: 'responseAlarmSeconds',
		name: 'response-alarm-seconds',
		kind: {type: 'integer', min: 1, max: 3_600, unit: 's'},
		default: 60,
		description: 'E1: ... and to "late" (alarm, red) after this long; must be above the warn time',
	}),
	option({
		property: 'bellOnOffer',
		name: 'bell-on-offer',
		kind: {type: 'boolean'},
		default: true,
		description: 'ring the terminal bell when a chat is offered',
	}),
	option({
		property: 'bellOnAlarm',
		name: 'bell-on-alarm',
		kind: {type: 'boolean'},
		default: true,
		description: 'ring the terminal bell when a chat turns late (E1 alarm)',
	}),
	option({
		property: 'desktopNotifications',
		name: 'desktop-notifications',
		kind: {type: 'choice', choices: ['off', 'osc9', 'osc777']},
		default: 'off',
		description:
			'desktop notifications as OSC 9 (iTerm2, WezTerm, kitty, Windows Terminal) or OSC 777 (foot, Ghostty, VTE, urxvt); passed through tmux',
	}),
	option({
		property: 'notifyIntervalSeconds',
		name: 'notify-interval-seconds',
		kind: {type: 'integer', min: 0, max: 3_600, unit: 's'},
		default: 3,
		description: 'at most one bell or desktop notification per this many seconds',
	}),
	option({
		property: 'asciiBorders',
		name: 'ascii-borders',
		kind: {type: 'boolean'},
		default: false,
		description: 'draw borders and symbols in plain ASCII even in a UTF-8 terminal',
	}),
	option({
		property: 'color',
		name: 'color',
		kind: {type: 'boolean'},
		default: true,
		description: 'use colour (NO_COLOR and TERM=dumb turn it off too)',
	}),
	option({
		property: 'keys',
		name: 'keys',
		kind: {type: 'keymap'},
		default: {},
		env: null,
		flag: null,
		description: 'key binding overrides per action; set one with `config set keys.ACTION "alt+a,f2"`',
	}),
	option({
		property: 'guard',
		name: 'guard',
		kind: {type: 'boolean'},
		default: true,
		description:
			'E3-E6: check messages for negative wording, shouting, jargon, emoji and name spelling before they go out',
	}),
	option({
		property: 'guardChecks',
		name: 'guard-checks',
		kind: {type: 'section', check: checkGuardChecks, example: '{"emoji": false, "longMessage": {"maxLength": 400}}'},
		default: {},
		env: null,
		flag: null,
		description:
			'E3-E6: switches and settings per guard check; set one with `config set guard-checks.CHECK.SETTING VALUE`',
	}),
	option({
		property: 'notices',
		name: 'notices',
		kind: {type: 'section', check: checkNotices, example: '{"enabled": {"idle-close-offer": true}}'},
		default: {},
		env: null,
		flag: null,
		description:
			'automatic notices switched on or off per kind, and their wordings; set one with `config set notices.enabled.KIND true`',
	}),
	option({
		property: 'cannedFiles',
		name: 'canned',
		kind: {type: 'paths'},
		default: [],
		description: 'E12: team canned-response files, read in order after the bundled library',
	}),
	option({
		property: 'personalCanned',
		name: 'personal-canned',
		kind: {type: 'path'},
		default: null,
		description: 'E12: your own canned-response file',
		fallback: env => personalCannedPath(env),
	}),
	option({
		property: 'holdUpdateSeconds',
		name: 'hold-update-seconds',
		kind: {type: 'integer', min: 0, max: 3_600, unit: 's'},
		default: 60,
		description: 'E9: a progress update to a customer on hold every this many seconds; 0: none',
	}),
	option({
		property: 'holdUpdateLimit',
		name: 'hold-update-limit',
		kind: {type: 'integer', min: 0, max: 20, unit: 'updates'},
		default: 3,
		description: 'E7, E9: at most this many automatic updates in one hold; then you are asked to act',
	}),
	option({
		property: 'holdWarnSeconds',
		name: 'hold-warn-seconds',
		kind: {type: 'integer', min: 0, max: 600, unit: 's'},
		default: 30,
		description: 'E7: warn this long before the time promised to a customer on hold runs out',
	}),
	option({
		property: 'idleCheckInMinutes',
		name: 'idle-check-in-minutes',
		kind: {type: 'integer', min: 1, max: 240, unit: 'min'},
		default: 3,
		description: 'a polite check-in after the customer has been silent this long (you spoke last)',
	}),
	option({
		property: 'idleCloseOfferMinutes',
		name: 'idle-close-offer-minutes',
		kind: {type: 'integer', min: 1, max: 480, unit: 'min'},
		default: 10,
		description: '... and an offer to close after this long (off unless notices.enabled.idle-close-offer is true)',
	}),
	option({
		property: 'timeZone',
		name: 'time-zone',
		kind: {type: 'time-zone'},
		default: null,
		description: 'E20: the time zone follow-up due times are read and stated in',
		fallback: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
	}),
	option({
		property: 'deskLanguage',
		name: 'desk-language',
		kind: {type: 'language'},
		default: null,
		description: 'E11: your own language; the transfer brief for a colleague is written in it',
		fallback: () => 'en',
	}),
	option({
		property: 'database',
		name: 'database',
		kind: {type: 'database-url'},
		default: null,
		// serve has its own --database flag; the desk takes none.
		flag: null,
		description:
			'serve: the PostgreSQL database (postgres://USER:PASSWORD@HOST:PORT/DATABASE); the password is never printed',
	}),
];

export function findOption(name: string): ConfigOption | undefined {
	return configOptions.find(candidate => candidate.name === name);
}

export function defaultConfig(): DeskConfig {
	const config = {} as Record<ConfigProperty, unknown>;
	for (const entry of configOptions) config[entry.property] = structuredClone(entry.default);
	return config as DeskConfig;
}
