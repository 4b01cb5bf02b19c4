// The structured sections guard-checks and notices: every problem named by its key, and guardConfigOf / noticesConfigOf for the desk.
import {describe, expect, it} from 'vitest';
import {defaultGuardConfig} from '../../source/courtesy/guard/index.js';
import {
	ConfigFileError,
	cannedFilesOf,
	defaultConfig,
	guardConfigOf,
	noticesConfigOf,
	resolveConfig,
} from '../../source/config/index.js';

const filePath = '/etc/switchboard/config.json';
const fromFile = (file: Record<string, unknown>) => resolveConfig({file, filePath, env: {}});

function fileRefusal(file: Record<string, unknown>): string {
	try {
		fromFile(file);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigFileError);
		return (error as Error).message;
	}
	throw new Error('expected the file to be refused');
}

describe('the notices section', () => {
	it('is kept as checked, a lone wording becoming a list of one', () => {
		const {config} = fromFile({
			notices: {
				enabled: {'idle-close-offer': true, hold: false},
				templates: {greeting: {en: 'Hi {{customer.name}}, {{agent.name}} here.'}},
			},
		});
		expect(config.notices).toEqual({
			enabled: {'idle-close-offer': true, hold: false},
			templates: {greeting: {en: ['Hi {{customer.name}}, {{agent.name}} here.']}},
		});
	});

	it('reports every problem on one line, each with its key under notices', () => {
		const message = fileRefusal({
			notices: {
				enabled: {'idle-close-ofer': true, greeting: 'yes'},
				templates: {greeting: {en: ['Hello!'], de: ['Hallo']}},
				colours: {},
			},
		});
		expect(message).not.toContain('\n');
		expect(message.startsWith(`${filePath}: `)).toBe(true);
		expect(message).toContain('notices.enabled.idle-close-ofer: unknown notice kind (did you mean idle-close-offer?)');
		expect(message).toContain('notices.enabled.greeting: expected true or false, got "yes"');
		expect(message).toContain('notices.templates.greeting.en[0]: must contain {{agent.name}}');
		expect(message).toContain('notices.templates.greeting.en[0]: must contain {{customer.name}}');
		expect(message).toContain('notices.templates.greeting.de: unknown language');
		expect(message).toContain('notices.colours: unknown setting');
	});
});

describe('the guard-checks section', () => {
	it('is kept as written: the defaults are merged in by guardConfigOf', () => {
		const checks = {emoji: false, longMessage: {maxLength: 400}};
		expect(fromFile({'guard-checks': checks}).config.guardChecks).toEqual(checks);
	});

	it('reports every problem on one line, each with its key under guard-checks', () => {
		const message = fileRefusal({
			'guard-checks': {emoji: {max: 'lots', mirror: 'all'}, longMesage: {maxLength: 10}, shouting: 'loud'},
		});
		expect(message).not.toContain('\n');
		expect(message).toContain(`${filePath}: guard-checks.emoji.max: expected a whole number from 0 to 100, got "lots"`);
		expect(message).toContain('guard-checks.emoji.mirror: expected one of "same", "any", "off", got "all"');
		expect(message).toContain('guard-checks.longMesage: unknown option (known: negativePhrase');
		expect(message).toContain('guard-checks.shouting: expected true, false or an object of options, got "loud"');
		expect(message).not.toContain('guard.checks');
	});

	it('must be an object of checks', () => {
		expect(fileRefusal({'guard-checks': []})).toContain('guard-checks: expected an object with one entry per check');
	});
});

describe('guardConfigOf', () => {
	it('is the default guard when nothing is configured', () => {
		expect(guardConfigOf(defaultConfig())).toEqual(defaultGuardConfig);
	});

	it('takes `enabled` from the guard switch (--no-guard)', () => {
		const config = resolveConfig({flags: {guard: false}}).config;
		expect(guardConfigOf(config)).toEqual({...defaultGuardConfig, enabled: false});
	});

	it('merges the overrides per setting, over the defaults, without touching them', () => {
		const {config} = fromFile({
			'guard-checks': {
				emoji: false,
				longMessage: {maxLength: 400},
				jargon: {terms: ['RMA', {term: 'SLA', plain: 'agreed response time'}]},
			},
		});
		const guard = guardConfigOf(config);
		expect(guard.enabled).toBe(true);
		expect(guard.checks.emoji).toEqual({...defaultGuardConfig.checks.emoji, enabled: false});
		expect(guard.checks.longMessage).toEqual({enabled: true, maxLength: 400});
		expect(guard.checks.jargon).toEqual({
			enabled: true,
			bundled: true,
			terms: ['RMA', {term: 'SLA', plain: 'agreed response time'}],
		});
		expect(guard.checks.shouting).toEqual(defaultGuardConfig.checks.shouting);
		expect(defaultGuardConfig.checks.longMessage.maxLength).toBe(500);
	});

	it('refuses a hand-built config that does not fit, naming the key', () => {
		expect(() => guardConfigOf({guard: true, guardChecks: {emoji: {max: -1}}})).toThrow('guard-checks.emoji.max');
	});
});

describe('noticesConfigOf', () => {
	it('is empty (every default) when nothing is configured', () => {
		expect(noticesConfigOf(defaultConfig())).toEqual({});
	});

	it('hands over the switches and wordings, as a copy', () => {
		const {config} = fromFile({
			notices: {enabled: {'idle-close-offer': true}, templates: {'hold-end': {nb: ['Takk for at du ventet!']}}},
		});
		const notices = noticesConfigOf(config);
		expect(notices).toEqual({
			enabled: {'idle-close-offer': true},
			templates: {'hold-end': {nb: ['Takk for at du ventet!']}},
		});
		expect(notices).not.toBe(config.notices);
	});
});

describe('cannedFilesOf', () => {
	it('gives the team files in order, and the personal file beside config.json unless set', () => {
		const config = {...defaultConfig(), cannedFiles: ['/t/a.yaml', '/t/b.yaml']};
		expect(cannedFilesOf(config, {XDG_CONFIG_HOME: '/xdg'})).toEqual({
			teamFiles: ['/t/a.yaml', '/t/b.yaml'],
			personalFile: '/xdg/switchboard/canned.yaml',
		});
		expect(cannedFilesOf({...config, personalCanned: '/me.yaml'}, {}).personalFile).toBe('/me.yaml');
	});
});
