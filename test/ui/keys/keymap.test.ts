// The keymap: DESIGN's defaults, the matcher in each situation, overrides from config, refusals.
import {describe, expect, it} from 'vitest';
import {defaultKeymap} from '../../../source/ui/keymap.js';
import {parseKeyPresses} from '../../../source/ui/keys/key-press.js';
import {parseKeySpec} from '../../../source/ui/keys/key-spec.js';
import {matchKey, type KeyContext} from '../../../source/ui/keys/match-key.js';
import {KeymapError, keysOf, resolveKeymap} from '../../../source/ui/keys/resolve-keymap.js';

const composerEmpty: KeyContext = {offer: false, composer: true, typing: false};
const composerTyping: KeyContext = {offer: false, composer: true, typing: true};
const onOffer: KeyContext = {offer: true, composer: true, typing: false};
const nothing: KeyContext = {offer: false, composer: false, typing: false};

function press(raw: string) {
	const [key] = parseKeyPresses(raw);
	return key!;
}

describe('the default keymap', () => {
	const keymap = resolveKeymap();

	it('follows DESIGN.md', () => {
		expect(matchKey(keymap, press('\u001B1'), composerEmpty)).toBe('chat-1');
		expect(matchKey(keymap, press('\u001B9'), composerTyping)).toBe('chat-9');
		expect(matchKey(keymap, press('\u001Ba'), composerTyping)).toBe('next-attention');
		expect(matchKey(keymap, press('\u000E'), composerTyping)).toBe('next-chat');
		expect(matchKey(keymap, press('\u0010'), composerTyping)).toBe('previous-chat');
		expect(matchKey(keymap, press('\t'), composerTyping)).toBe('next-pane');
		expect(matchKey(keymap, press('\u001B[Z'), composerTyping)).toBe('previous-pane');
		expect(matchKey(keymap, press('/'), composerEmpty)).toBe('command-palette');
		expect(matchKey(keymap, press('?'), composerEmpty)).toBe('help');
		expect(matchKey(keymap, press('\u001BOP'), composerTyping)).toBe('help');
		expect(matchKey(keymap, press('\u0003'), composerTyping)).toBe('quit');
		expect(matchKey(keymap, press('\u001B[5~'), composerTyping)).toBe('scroll-up');
		expect(matchKey(keymap, press('\u001B[6~'), composerTyping)).toBe('scroll-down');
	});

	it('lets printable keys type while the composer holds text', () => {
		expect(matchKey(keymap, press('?'), composerTyping)).toBeNull();
		expect(matchKey(keymap, press('/'), composerTyping)).toBeNull();
		expect(matchKey(keymap, press('a'), composerEmpty)).toBeNull();
	});

	it('accepts an offer with Enter and sends with Enter in a composer', () => {
		expect(matchKey(keymap, press('\r'), onOffer)).toBe('accept-offer');
		expect(matchKey(keymap, press('\u001Bd'), onOffer)).toBe('decline-offer');
		expect(matchKey(keymap, press('\r'), composerTyping)).toBe('send');
		expect(matchKey(keymap, press('\u001Bd'), composerTyping)).toBeNull();
		expect(matchKey(keymap, press('\u001B\r'), composerTyping)).toBe('new-line');
		expect(matchKey(keymap, press('\n'), composerTyping)).toBe('new-line');
	});

	it('gives Home and End to the composer while it holds text, to scrolling otherwise; Ctrl+Home always scrolls', () => {
		expect(matchKey(keymap, press('\u001B[H'), composerTyping)).toBe('line-start');
		expect(matchKey(keymap, press('\u001B[H'), composerEmpty)).toBe('scroll-top');
		expect(matchKey(keymap, press('\u001B[F'), nothing)).toBe('scroll-bottom');
		expect(matchKey(keymap, press('\u001B[1;5H'), composerTyping)).toBe('scroll-top');
		expect(matchKey(keymap, press('\u001B[1;5F'), composerTyping)).toBe('scroll-bottom');
	});

	it('binds no forbidden key and no key twice in scopes that are active together', () => {
		for (const binding of defaultKeymap) for (const key of binding.keys) expect(() => parseKeySpec(key)).not.toThrow();
		expect(() => resolveKeymap({})).not.toThrow();
	});
});

describe('overrides from config', () => {
	it("replace an action's keys and take them away from the action that had them", () => {
		const keymap = resolveKeymap({help: ['alt+a', 'f2']});
		expect(matchKey(keymap, press('\u001Ba'), composerEmpty)).toBe('help');
		expect(matchKey(keymap, press('\u001BOQ'), composerEmpty)).toBe('help');
		expect(matchKey(keymap, press('\u001BOP'), composerEmpty)).toBeNull();
		expect(keysOf(keymap, 'next-attention')).toEqual([]);
	});

	it('unbind an action with an empty list', () => {
		const keymap = resolveKeymap({'command-palette': []});
		expect(matchKey(keymap, press('/'), composerEmpty)).toBeNull();
	});

	it('still read an old action name: notice-log binds the alert log', () => {
		const keymap = resolveKeymap({'notice-log': ['f2']});
		expect(keysOf(keymap, 'alert-log')).toEqual(['F2']);
		expect(() => resolveKeymap({'notice-log': ['ctrl+s']})).toThrow('keys.notice-log: Ctrl+S cannot be bound');
	});

	it('refuse unknown actions, bad keys, forbidden keys and clashes', () => {
		expect(() => resolveKeymap({frobnicate: ['f2']})).toThrow(KeymapError);
		expect(() => resolveKeymap({help: ['ctrl+s']})).toThrow('keys.help: Ctrl+S cannot be bound');
		expect(() => resolveKeymap({help: ['ctrl+5']})).toThrow('Ctrl+digit');
		expect(() => resolveKeymap({send: ['shift+enter']})).toThrow('Shift+Enter');
		expect(() => resolveKeymap({help: ['f2'], 'next-chat': ['f2']})).toThrow('F2 is given to both help and next-chat');
		expect(() => resolveKeymap({quit: []})).toThrow('quit needs at least one key');
	});

	it('allow one key for an offer action and a composer action (never active together)', () => {
		expect(() => resolveKeymap({'decline-offer': ['alt+z'], 'new-line': ['alt+z']})).not.toThrow();
	});
});
