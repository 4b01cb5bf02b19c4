// Key specs: parsing the names people write, refusing keys that do not survive SSH or are another key's bytes, display.
import {describe, expect, it} from 'vitest';
import {formatKeySpec, keySpecText, parseKeySpec} from '../../../source/ui/keys/key-spec.js';

describe('key specs', () => {
	it('parses modifiers and names in any case, with aliases', () => {
		expect(parseKeySpec('Alt+A')).toEqual({name: 'a', ctrl: false, meta: true, shift: false});
		expect(parseKeySpec('alt+shift+a')).toEqual({name: 'a', ctrl: false, meta: true, shift: true});
		expect(parseKeySpec('meta+1')).toEqual({name: '1', ctrl: false, meta: true, shift: false});
		expect(parseKeySpec('Shift+Tab')).toEqual({name: 'tab', ctrl: false, meta: false, shift: true});
		expect(parseKeySpec('ctrl+pgup')).toEqual({name: 'pageup', ctrl: true, meta: false, shift: false});
		expect(parseKeySpec('esc').name).toBe('escape');
		expect(parseKeySpec('return').name).toBe('enter');
		expect(parseKeySpec('F1').name).toBe('f1');
		expect(parseKeySpec('?').name).toBe('?');
		expect(parseKeySpec('+').name).toBe('+');
		expect(parseKeySpec('ctrl++')).toMatchObject({name: '+', ctrl: true});
	});

	it.each([
		['ctrl+1', 'Ctrl+digit'],
		['ctrl+0', 'Ctrl+digit'],
		['ctrl+s', 'flow control'],
		['ctrl+q', 'flow control'],
		['ctrl+z', 'suspends'],
		['shift+enter', 'Shift+Enter'],
		['ctrl+i', 'same byte as Tab'],
		['ctrl+m', 'same byte as Enter'],
		['ctrl+h', 'same byte as Backspace'],
	])('refuses %s', (spec, reason) => {
		expect(() => parseKeySpec(spec)).toThrow(reason);
	});

	it('refuses what is not a key', () => {
		expect(() => parseKeySpec('')).toThrow('empty');
		expect(() => parseKeySpec('hyper+a')).toThrow('not a modifier');
		expect(() => parseKeySpec('alt+banana')).toThrow('not a key name');
	});

	it('shows keys the way the help and hints write them, and the config file reads them back', () => {
		expect(formatKeySpec(parseKeySpec('alt+a'))).toBe('Alt+A');
		expect(formatKeySpec(parseKeySpec('shift+tab'))).toBe('Shift+Tab');
		expect(formatKeySpec(parseKeySpec('pagedown'))).toBe('PgDn');
		expect(formatKeySpec(parseKeySpec('up'))).toBe('↑');
		expect(formatKeySpec(parseKeySpec('up'), {ascii: true})).toBe('Up');
		expect(formatKeySpec(parseKeySpec('f1'))).toBe('F1');
		for (const text of ['alt+a', 'ctrl+home', 'shift+tab', 'f1', '?'])
			expect(keySpecText(parseKeySpec(text))).toBe(text);
	});
});
