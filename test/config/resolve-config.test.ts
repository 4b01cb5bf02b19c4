// Configuration precedence (flags > environment > config file > defaults) and the checks on each value.
import {describe, expect, it} from 'vitest';
import {
	ConfigValueError,
	configOptions,
	defaultConfig,
	parseOptionText,
	resolveConfig,
} from '../../source/config/index.js';

describe('resolveConfig', () => {
	it('uses the defaults when nothing is set', () => {
		const {config, sources} = resolveConfig({});
		expect(config).toEqual(defaultConfig());
		expect(config).toMatchObject({
			server: null,
			token: null,
			responseWarnSeconds: 30,
			responseAlarmSeconds: 60,
			bellOnOffer: true,
			bellOnAlarm: true,
			desktopNotifications: 'off',
		});
		expect(new Set(Object.values(sources))).toEqual(new Set(['default']));
	});

	it('takes flags over the environment over the file over the defaults, per option', () => {
		const {config, sources} = resolveConfig({
			file: {server: 'ws://file:1', token: 'file-token', 'response-warn-seconds': 20, 'bell-on-offer': false},
			env: {SWITCHBOARD_SERVER: 'ws://env:2', SWITCHBOARD_TOKEN: 'env-token'},
			flags: {server: 'ws://flag:3'},
		});
		expect(config.server).toBe('ws://flag:3');
		expect(sources.server).toBe('flag');
		expect(config.token).toBe('env-token');
		expect(sources.token).toBe('environment');
		expect(config.responseWarnSeconds).toBe(20);
		expect(sources.responseWarnSeconds).toBe('file');
		expect(config.bellOnOffer).toBe(false);
		expect(config.responseAlarmSeconds).toBe(60);
		expect(sources.responseAlarmSeconds).toBe('default');
	});

	it('lets a --no- switch turn off what the file turned on, and an environment word decide a switch', () => {
		expect(resolveConfig({file: {'bell-on-alarm': true}, flags: {'bell-on-alarm': false}}).config.bellOnAlarm).toBe(
			false,
		);
		expect(resolveConfig({env: {SWITCHBOARD_BELL_ON_OFFER: 'off'}}).config.bellOnOffer).toBe(false);
		expect(resolveConfig({env: {SWITCHBOARD_ASCII_BORDERS: 'yes'}}).config.asciiBorders).toBe(true);
	});

	it('treats an empty environment variable as unset', () => {
		expect(resolveConfig({env: {SWITCHBOARD_TOKEN: ''}, file: {token: 'kept'}}).config.token).toBe('kept');
	});

	it('names the source of a bad value, and never quotes a secret', () => {
		expect(() => resolveConfig({flags: {server: 'http://x'}})).toThrow(
			'--server must be a ws:// or wss:// URL, not "http://x"',
		);
		expect(() => resolveConfig({env: {SWITCHBOARD_RESPONSE_WARN_SECONDS: 'soon'}})).toThrow(
			/SWITCHBOARD_RESPONSE_WARN_SECONDS must be a whole number from 1 to 3600, not "soon"/,
		);
		expect(() => resolveConfig({env: {SWITCHBOARD_DESKTOP_NOTIFICATIONS: 'loud'}})).toThrow(
			'must be one of off, osc9, osc777',
		);
		const secret = configOptions.find(option => option.name === 'token')!;
		expect(() => parseOptionText(secret, '   ', '--token')).toThrow('--token must not be empty');
	});

	it('refuses an alarm time that is not above the warn time, saying where each came from', () => {
		expect(() => resolveConfig({flags: {'response-alarm-seconds': '20'}})).toThrow(ConfigValueError);
		expect(() => resolveConfig({flags: {'response-alarm-seconds': '20'}})).toThrow(
			'response-alarm-seconds (20, from flag) must be above response-warn-seconds (30, from default)',
		);
	});

	it('has an environment variable and a flag for every option but the structured ones (keymap, guard-checks, notices)', () => {
		const structured = ['keys', 'guard-checks', 'notices'];
		// serve's database: its flag is serve's own (--database), not the desk's.
		const serverOnly = ['database'];
		for (const option of configOptions) {
			if (structured.includes(option.name)) {
				expect(option.env).toBeNull();
				expect(option.flag).toBeNull();
				continue;
			}
			expect(option.env).toBe(`SWITCHBOARD_${option.name.toUpperCase().replaceAll('-', '_')}`);
			expect(option.flag).toBe(serverOnly.includes(option.name) ? null : option.name);
		}
	});
});
