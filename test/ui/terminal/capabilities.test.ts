// Terminal capabilities from the environment: NO_COLOR, TERM=dumb, locales, tmux.
import {describe, expect, it} from 'vitest';
import {detectTerminalCapabilities, effectiveLocale, localeIsUtf8} from '../../../source/ui/terminal/capabilities.js';

const typical = {TERM: 'xterm-256color', LANG: 'en_US.UTF-8'};

describe('detectTerminalCapabilities', () => {
	it('sees a typical modern terminal', () => {
		expect(detectTerminalCapabilities(typical, true)).toEqual({
			interactive: true,
			color: 'ansi256',
			unicode: true,
			fullScreen: true,
			tmux: false,
		});
	});

	it('honours NO_COLOR when set to anything non-empty, even against FORCE_COLOR', () => {
		expect(detectTerminalCapabilities({...typical, NO_COLOR: '1'}, true).color).toBe('none');
		expect(detectTerminalCapabilities({...typical, NO_COLOR: 'yes please'}, true).color).toBe('none');
		expect(detectTerminalCapabilities({...typical, NO_COLOR: '1', FORCE_COLOR: '3'}, true).color).toBe('none');
		expect(detectTerminalCapabilities({...typical, NO_COLOR: ''}, true).color).toBe('ansi256');
		// Only colour goes: the screen still works.
		expect(detectTerminalCapabilities({...typical, NO_COLOR: '1'}, true).fullScreen).toBe(true);
	});

	it('treats TERM=dumb as no colour and no full-screen output', () => {
		const dumb = detectTerminalCapabilities({TERM: 'dumb', LANG: 'en_US.UTF-8'}, true);
		expect(dumb.color).toBe('none');
		expect(dumb.fullScreen).toBe(false);
		expect(dumb.unicode).toBe(true);
		expect(detectTerminalCapabilities({TERM: 'dumb', FORCE_COLOR: '1'}, true).color).toBe('none');
	});

	it('gives no colour and no full screen when stdout is not a terminal, unless colour is forced', () => {
		expect(detectTerminalCapabilities(typical, false)).toMatchObject({
			interactive: false,
			color: 'none',
			fullScreen: false,
		});
		expect(detectTerminalCapabilities({...typical, FORCE_COLOR: '1'}, false).color).toBe('basic');
		expect(detectTerminalCapabilities({...typical, FORCE_COLOR: '0'}, true).color).toBe('none');
		expect(detectTerminalCapabilities({...typical, FORCE_COLOR: 'false'}, true).color).toBe('none');
		expect(detectTerminalCapabilities({...typical, FORCE_COLOR: '3'}, false).color).toBe('truecolor');
	});

	it('detects colour depth', () => {
		expect(detectTerminalCapabilities({TERM: 'xterm'}, true).color).toBe('basic');
		expect(detectTerminalCapabilities({TERM: 'screen-256color'}, true).color).toBe('ansi256');
		expect(detectTerminalCapabilities({TERM: 'xterm-256color', COLORTERM: 'truecolor'}, true).color).toBe('truecolor');
		expect(detectTerminalCapabilities({TERM: 'xterm', COLORTERM: '24bit'}, true).color).toBe('truecolor');
		expect(detectTerminalCapabilities({TERM: 'xterm-kitty'}, true).color).toBe('truecolor');
		expect(detectTerminalCapabilities({TERM: 'linux'}, true).color).toBe('basic');
	});

	it('uses Unicode only with a UTF-8 locale, ASCII otherwise', () => {
		expect(detectTerminalCapabilities({TERM: 'xterm', LANG: 'nb_NO.UTF-8'}, true).unicode).toBe(true);
		expect(detectTerminalCapabilities({TERM: 'xterm', LANG: 'hu_HU.utf8'}, true).unicode).toBe(true);
		expect(detectTerminalCapabilities({TERM: 'xterm', LANG: 'C'}, true).unicode).toBe(false);
		expect(detectTerminalCapabilities({TERM: 'xterm', LANG: 'POSIX'}, true).unicode).toBe(false);
		expect(detectTerminalCapabilities({TERM: 'xterm', LANG: 'de_DE.ISO-8859-1'}, true).unicode).toBe(false);
		expect(detectTerminalCapabilities({TERM: 'xterm'}, true).unicode).toBe(false);
	});

	it('detects tmux from TMUX, or from TERM over SSH', () => {
		expect(detectTerminalCapabilities({...typical, TMUX: '/tmp/tmux-1000/default,123,0'}, true).tmux).toBe(true);
		expect(detectTerminalCapabilities({TERM: 'tmux-256color'}, true).tmux).toBe(true);
		expect(detectTerminalCapabilities({...typical, TMUX: ''}, true).tmux).toBe(false);
	});

	it('is a pure function of its inputs', () => {
		const env = {...typical, TMUX: 'x'};
		expect(detectTerminalCapabilities(env, true)).toEqual(detectTerminalCapabilities(env, true));
		expect(env).toEqual({...typical, TMUX: 'x'});
	});
});

describe('locale precedence', () => {
	it('takes LC_ALL over LC_CTYPE over LANG, skipping empty ones', () => {
		expect(effectiveLocale({LC_ALL: 'C', LC_CTYPE: 'en_US.UTF-8', LANG: 'en_US.UTF-8'})).toBe('C');
		expect(localeIsUtf8({LC_ALL: 'C', LANG: 'en_US.UTF-8'})).toBe(false);
		expect(localeIsUtf8({LC_ALL: '', LC_CTYPE: 'UTF-8', LANG: 'C'})).toBe(true);
		expect(localeIsUtf8({LC_ALL: '', LC_CTYPE: '', LANG: 'zh_CN.UTF-8'})).toBe(true);
		expect(effectiveLocale({})).toBe('C');
	});
});
