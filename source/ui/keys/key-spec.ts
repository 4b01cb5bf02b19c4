// Key specs as written in the keymap and the config file ("alt+a", "shift+tab", "f1", "?"): parsing, refusing, naming.
import type {KeyPress} from './key-press.js';

export type KeySpec = {name: string; ctrl: boolean; meta: boolean; shift: boolean};

export class KeySpecError extends Error {
	override readonly name = 'KeySpecError';
}

const NAMED_KEYS = new Set([
	'enter',
	'tab',
	'escape',
	'backspace',
	'delete',
	'insert',
	'up',
	'down',
	'left',
	'right',
	'home',
	'end',
	'pageup',
	'pagedown',
	'space',
	...Array.from({length: 12}, (_, index) => `f${index + 1}`),
]);

const ALIASES: Record<string, string> = {
	return: 'enter',
	esc: 'escape',
	pgup: 'pageup',
	pgdn: 'pagedown',
	del: 'delete',
	ins: 'insert',
};
const MODIFIERS: Record<string, 'ctrl' | 'meta' | 'shift'> = {
	ctrl: 'ctrl',
	control: 'ctrl',
	alt: 'meta',
	meta: 'meta',
	option: 'meta',
	shift: 'shift',
};

/**
 * Why a key may not be bound, or null. These do not survive SSH or the terminal driver (DESIGN "The terminal UI"),
 * or are the same bytes as another key, so a binding to them would silently never fire.
 */
export function refusalFor(spec: KeySpec): string | null {
	const {name, ctrl, meta, shift} = spec;
	if (ctrl && /^\d$/.test(name)) return 'Ctrl+digit is not sent by most terminals';
	if (ctrl && !meta && (name === 's' || name === 'q'))
		return 'Ctrl+S/Ctrl+Q are flow control (XOFF/XON) over SSH and in many terminals';
	if (ctrl && !meta && name === 'z') return 'Ctrl+Z suspends the program in the terminal';
	if (shift && name === 'enter') return 'Shift+Enter arrives as plain Enter in most terminals';
	if (ctrl && !meta && name === 'i') return 'Ctrl+I is the same byte as Tab';
	if (ctrl && !meta && name === 'm') return 'Ctrl+M is the same byte as Enter';
	if (ctrl && !meta && name === 'h') return 'Ctrl+H is the same byte as Backspace';
	if (ctrl && name === '[') return 'Ctrl+[ is the same byte as Escape';
	return null;
}

/** Parses "alt+a"; throws a KeySpecError naming the problem. */
export function parseKeySpec(text: string): KeySpec {
	const trimmed = text.trim();
	if (trimmed === '') throw new KeySpecError('an empty key');
	// "+" itself and "ctrl++" are keys too: split on "+" only between parts.
	const parts =
		trimmed === '+' ? ['+'] : trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
	const spec: KeySpec = {name: '', ctrl: false, meta: false, shift: false};
	for (const [index, part] of parts.entries()) {
		const lower = part.toLowerCase();
		if (index < parts.length - 1) {
			const modifier = MODIFIERS[lower];
			if (!modifier) throw new KeySpecError(`"${part}" in "${trimmed}" is not a modifier (ctrl, alt, shift)`);
			spec[modifier] = true;
			continue;
		}
		const named = ALIASES[lower] ?? lower;
		if (NAMED_KEYS.has(named)) spec.name = named;
		else if ([...part].length === 1) {
			// Letters in any case ("Alt+A" as people write it); Shift only when spelled out.
			spec.name = part.toLowerCase();
		} else throw new KeySpecError(`"${part}" is not a key name`);
	}
	const refusal = refusalFor(spec);
	if (refusal) throw new KeySpecError(`${formatKeySpec(spec)} cannot be bound: ${refusal}`);
	return spec;
}

/** The spec as the config file writes it ("alt+a", "shift+tab"): parseKeySpec reads it back. */
export function keySpecText(spec: KeySpec): string {
	return [spec.ctrl ? 'ctrl' : '', spec.meta ? 'alt' : '', spec.shift ? 'shift' : '', spec.name]
		.filter(Boolean)
		.join('+');
}

export function keyMatches(spec: KeySpec, key: KeyPress): boolean {
	return spec.name === key.name && spec.ctrl === key.ctrl && spec.meta === key.meta && spec.shift === key.shift;
}

/** A printable key with no modifier: it types a character, so it acts as a binding only when nothing is being typed. */
export function isTypingKey(spec: KeySpec): boolean {
	return !spec.ctrl && !spec.meta && (spec.name === 'space' || [...spec.name].length === 1);
}

const DISPLAY: Record<string, string> = {
	enter: 'Enter',
	tab: 'Tab',
	escape: 'Esc',
	backspace: 'Backspace',
	delete: 'Del',
	insert: 'Ins',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	home: 'Home',
	end: 'End',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	space: 'Space',
};
const ASCII_DISPLAY: Record<string, string> = {up: 'Up', down: 'Down', left: 'Left', right: 'Right'};

/** "Alt+A", "Shift+Tab", "F1", "?" as the help and the hints show it. */
export function formatKeySpec(spec: KeySpec, {ascii = false}: {ascii?: boolean} = {}): string {
	const name =
		(ascii ? ASCII_DISPLAY[spec.name] : undefined) ??
		DISPLAY[spec.name] ??
		(/^(?:f\d+|\p{Ll})$/u.test(spec.name) ? spec.name.toUpperCase() : spec.name);
	return [spec.ctrl ? 'Ctrl' : '', spec.meta ? 'Alt' : '', spec.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}
