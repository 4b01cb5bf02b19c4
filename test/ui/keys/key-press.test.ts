// Raw terminal input to key presses: Alt via ESC prefix, Ctrl letters, function keys (F1 too), modifiers, text runs.
import {describe, expect, it} from 'vitest';
import {parseKeyPresses, type KeyPress} from '../../../source/ui/keys/key-press.js';

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
	name,
	ctrl: false,
	meta: false,
	shift: false,
	text: '',
	...modifiers,
});

describe('parseKeyPresses', () => {
	it.each([
		['\u001B1', key('1', {meta: true})],
		['\u001Ba', key('a', {meta: true})],
		['\u001BA', key('a', {meta: true, shift: true})],
		['\u000E', key('n', {ctrl: true})],
		['\u0010', key('p', {ctrl: true})],
		['\u0003', key('c', {ctrl: true})],
		['\t', key('tab')],
		['\u001B[Z', key('tab', {shift: true})],
		['\r', key('enter')],
		['\u001B\r', key('enter', {meta: true})],
		['\n', key('j', {ctrl: true})],
		['\u007F', key('backspace')],
		['\u001B\u007F', key('backspace', {meta: true})],
		['\u001B', key('escape')],
		['\u001B\u001B', key('escape')],
		['\u001BOP', key('f1')],
		['\u001B[11~', key('f1')],
		['\u001B[[A', key('f1')],
		['\u001B[1;2P', key('f1', {shift: true})],
		['\u001B[24~', key('f12')],
		['\u001B[5~', key('pageup')],
		['\u001B[6~', key('pagedown')],
		['\u001B[H', key('home')],
		['\u001B[1~', key('home')],
		['\u001BOF', key('end')],
		['\u001B[1;5H', key('home', {ctrl: true})],
		['\u001B[1;5F', key('end', {ctrl: true})],
		['\u001B[A', key('up')],
		['\u001B[1;3B', key('down', {meta: true})],
		['\u001B[3~', key('delete')],
		['\u001B\u001B[A', key('up', {meta: true})],
		['\u001B[13;3u', key('enter', {meta: true})],
	])('%j', (raw, expected) => {
		expect(parseKeyPresses(raw)).toEqual([expected]);
	});

	it('types characters, upper case as shift, wide and combined ones whole', () => {
		expect(parseKeyPresses('a')).toEqual([key('a', {text: 'a'})]);
		expect(parseKeyPresses('A')).toEqual([key('a', {shift: true, text: 'A'})]);
		expect(parseKeyPresses('?')).toEqual([key('?', {text: '?'})]);
		expect(parseKeyPresses(' ')).toEqual([key('space', {text: ' '})]);
		expect(parseKeyPresses('王')).toEqual([key('王', {text: '王'})]);
		expect(
			parseKeyPresses('👍')
				.map(press => press.text)
				.join(''),
		).toBe('👍');
	});

	it('splits a burst of fast typing so Enter inside it still sends', () => {
		const keys = parseKeyPresses('hi\rok');
		expect(keys.map(press => press.name)).toEqual(['h', 'i', 'enter', 'o', 'k']);
	});

	it('drops controls that mean nothing, and sequences it does not know', () => {
		expect(parseKeyPresses('\u0085\u009B')).toEqual([]);
		expect(parseKeyPresses('\u001B[?1;2c')).toEqual([]);
		expect(parseKeyPresses('\u001B[99~')).toEqual([]);
	});
});
