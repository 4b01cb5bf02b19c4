// Turns one raw input event from the terminal into key presses: named keys with modifiers, or typed characters.
//
// Why not Ink's useInput: it reports F1..F12 as an empty input with no flags (so F1 help could not work), and it
// hands a fast typist's "hello\r" over as one string in which Enter is lost. Parsing the raw event here fixes both.

export type KeyPress = {
	/** A named key (enter, tab, escape, backspace, delete, insert, up, down, left, right, home, end, pageup,
	 * pagedown, space, f1..f12) or the character itself ('a', '1', '?', 'é', '王'); letters lower-case. */
	name: string;
	ctrl: boolean;
	/** Alt (sent by terminals as an ESC prefix, "meta"). */
	meta: boolean;
	/** Only for named keys and letters; for other characters the layout decides, so it is not tracked. */
	shift: boolean;
	/** What the key types into the composer ('' for keys that type nothing). */
	text: string;
};

const ESC = '\u001B';

const press = (
	name: string,
	modifiers: Partial<Pick<KeyPress, 'ctrl' | 'meta' | 'shift'>> = {},
	text = '',
): KeyPress => ({
	name,
	ctrl: modifiers.ctrl ?? false,
	meta: modifiers.meta ?? false,
	shift: modifiers.shift ?? false,
	text,
});

/** CSI/SS3 final letters (ESC [ 1 ; m X or ESC O X). */
const letterKeys: Record<string, string> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	P: 'f1',
	Q: 'f2',
	R: 'f3',
	S: 'f4',
};

/** CSI number ~ keys (xterm, rxvt, linux console). */
const tildeKeys: Record<string, string> = {
	'1': 'home',
	'2': 'insert',
	'3': 'delete',
	'4': 'end',
	'5': 'pageup',
	'6': 'pagedown',
	'7': 'home',
	'8': 'end',
	'11': 'f1',
	'12': 'f2',
	'13': 'f3',
	'14': 'f4',
	'15': 'f5',
	'17': 'f6',
	'18': 'f7',
	'19': 'f8',
	'20': 'f9',
	'21': 'f10',
	'23': 'f11',
	'24': 'f12',
};

/** xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4 | meta 8). */
function modifiersFrom(parameter: string | undefined): Pick<KeyPress, 'ctrl' | 'meta' | 'shift'> {
	const bits = Math.max(0, Number(parameter ?? '1') - 1);
	return {shift: (bits & 1) !== 0, meta: (bits & 10) !== 0, ctrl: (bits & 4) !== 0};
}

/** A complete escape sequence (the event starts with ESC and is nothing else), or null when it is not one. */
function parseEscapeSequence(sequence: string): KeyPress | null {
	if (sequence === ESC) return press('escape');
	// Esc pressed twice quickly (or Esc then Alt+something cut short) arrives as ESC ESC: still Escape.
	if (sequence === `${ESC}${ESC}`) return press('escape');
	// ESC ESC [ ... : Alt with a function key in terminals that prefix ESC instead of using the modifier parameter.
	const altPrefixed = sequence.startsWith(`${ESC}${ESC}`);
	const body = altPrefixed ? sequence.slice(2) : sequence.slice(1);
	const withAlt = (key: KeyPress | null) => (key && altPrefixed ? {...key, meta: true} : key);

	if (body === '[Z') return withAlt(press('tab', {shift: true}));
	let match = /^\[\[([A-E])$/.exec(body); // Linux console F1..F5
	if (match) return withAlt(press(`f${'ABCDE'.indexOf(match[1]!) + 1}`));
	match = /^(?:\[(?:1;)?(\d+)?|O(\d+)?)([A-HP-S])$/.exec(body);
	if (match) {
		const name = letterKeys[match[3]!];
		return name ? withAlt(press(name, modifiersFrom(match[1] ?? match[2]))) : null;
	}
	match = /^\[(\d+)(?:;(\d+))?~$/.exec(body);
	if (match) {
		const name = tildeKeys[match[1]!];
		return name ? withAlt(press(name, modifiersFrom(match[2]))) : null;
	}
	// CSI code ; mods u (fixterms / kitty without extras): lets Alt+Enter and Ctrl+Tab style keys through where sent.
	match = /^\[(\d+)(?:;(\d+))?u$/.exec(body);
	if (match) {
		const base = keyFromCharacter(String.fromCodePoint(Number(match[1])));
		if (!base) return null;
		const modifiers = modifiersFrom(match[2]);
		return withAlt({
			...base,
			...modifiers,
			ctrl: base.ctrl || modifiers.ctrl,
			text: modifiers.ctrl || modifiers.meta ? '' : base.text,
		});
	}
	// ESC + one character: Alt+character (Alt+1, Alt+a, Alt+Enter).
	const rest = [...body];
	if (rest.length === 1 && !altPrefixed) {
		const base = keyFromCharacter(rest[0]!);
		return base ? {...base, meta: true, text: ''} : null;
	}
	return null;
}

/** One character outside an escape sequence. */
function keyFromCharacter(character: string): KeyPress | null {
	const code = character.codePointAt(0)!;
	if (character === '\r') return press('enter');
	// Ctrl+J: the linefeed byte; bound to "new line" because some terminals keep Alt+Enter for themselves.
	if (character === '\n') return press('j', {ctrl: true});
	if (character === '\t') return press('tab');
	if (character === '\u007F' || character === '\b') return press('backspace');
	if (character === ' ') return press('space', {}, ' ');
	if (code === 0) return press('space', {ctrl: true});
	if (code >= 1 && code <= 26) return press(String.fromCharCode(code + 96), {ctrl: true});
	if (code >= 28 && code <= 31) return press(String.fromCharCode(code + 64), {ctrl: true});
	// Other controls (C1 included) type nothing and mean nothing.
	if (code < 32 || (code >= 0x80 && code <= 0x9f)) return null;
	if (/^\p{Lu}$/u.test(character)) return press(character.toLowerCase(), {shift: true}, character);
	return press(character, {}, character);
}

/**
 * Splits one raw input event into key presses. An escape sequence is one key; plain text is one key per character,
 * so Enter inside a burst of fast typing still sends.
 */
export function parseKeyPresses(event: string): KeyPress[] {
	if (event.startsWith(ESC)) {
		const key = parseEscapeSequence(event);
		return key ? [key] : [];
	}
	const keys: KeyPress[] = [];
	for (const character of event) {
		const key = keyFromCharacter(character);
		if (key) keys.push(key);
	}
	return keys;
}
