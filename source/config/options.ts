// Every configuration option of the desk, as one table: its name, kind, default, environment variable and flag.

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
};

export type ConfigProperty = keyof DeskConfig;

export type OptionKind =
	| {type: 'url'}
	| {type: 'secret'}
	| {type: 'integer'; min: number; max: number; unit: string}
	| {type: 'boolean'}
	| {type: 'choice'; choices: readonly string[]}
	| {type: 'keymap'};

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
};

const option = (spec: Omit<ConfigOption, 'env' | 'flag'> & {env?: string | null; flag?: string | null}): ConfigOption => ({
	...spec,
	env: spec.env === undefined ? `SWITCHBOARD_${spec.name.toUpperCase().replaceAll('-', '_')}` : spec.env,
	flag: spec.flag === undefined ? spec.name : spec.flag,
});

export const configOptions: readonly ConfigOption[] = [
	option({property: 'server', name: 'server', kind: {type: 'url'}, default: null, description: 'the server to connect to (ws:// or wss://)'}),
	option({property: 'token', name: 'token', kind: {type: 'secret'}, default: null, description: 'your agent token; never printed'}),
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
	option({property: 'bellOnOffer', name: 'bell-on-offer', kind: {type: 'boolean'}, default: true, description: 'ring the terminal bell when a chat is offered'}),
	option({property: 'bellOnAlarm', name: 'bell-on-alarm', kind: {type: 'boolean'}, default: true, description: 'ring the terminal bell when a chat turns late (E1 alarm)'}),
	option({
		property: 'desktopNotifications',
		name: 'desktop-notifications',
		kind: {type: 'choice', choices: ['off', 'osc9', 'osc777']},
		default: 'off',
		description: 'desktop notifications as OSC 9 (iTerm2, WezTerm, kitty, Windows Terminal) or OSC 777 (foot, Ghostty, VTE, urxvt); passed through tmux',
	}),
	option({
		property: 'notifyIntervalSeconds',
		name: 'notify-interval-seconds',
		kind: {type: 'integer', min: 0, max: 3_600, unit: 's'},
		default: 3,
		description: 'at most one bell or desktop notification per this many seconds',
	}),
	option({property: 'asciiBorders', name: 'ascii-borders', kind: {type: 'boolean'}, default: false, description: 'draw borders and symbols in plain ASCII even in a UTF-8 terminal'}),
	option({property: 'color', name: 'color', kind: {type: 'boolean'}, default: true, description: 'use colour (NO_COLOR and TERM=dumb turn it off too)'}),
	option({
		property: 'keys',
		name: 'keys',
		kind: {type: 'keymap'},
		default: {},
		env: null,
		flag: null,
		description: 'key binding overrides per action; set one with `config set keys.ACTION "alt+a,f2"`',
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
