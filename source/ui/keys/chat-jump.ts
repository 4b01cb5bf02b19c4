// Alt+J then digits (as in WeeChat): reaching a chat by its number past 9, as a pure decision on each key.
import type {KeyPress} from './key-press.js';

export type JumpStep =
	/** Still typing the number. */
	| {type: 'wait'; digits: string}
	| {type: 'jump'; number: number}
	/** Esc, or Enter with nothing typed. */
	| {type: 'cancel'}
	/** Not a key of the jump: it ends and the key does what it always does. */
	| {type: 'pass'};

/**
 * Jumps as soon as the number cannot grow into another open chat's number: with chats 1..12 open, "1" waits (10, 11
 * or 12 may follow) and "3" jumps at once; two digits always jump ("05" is 5, as in WeeChat). Enter jumps to what is
 * typed; Backspace takes a digit back.
 */
export function jumpStep(digits: string, key: KeyPress, numbers: Iterable<number>): JumpStep {
	const plain = !key.ctrl && !key.meta;
	if (plain && key.name === 'escape') return {type: 'cancel'};
	if (plain && key.name === 'enter') return digits === '' ? {type: 'cancel'} : {type: 'jump', number: Number(digits)};
	if (plain && key.name === 'backspace') return {type: 'wait', digits: digits.slice(0, -1)};
	if (!plain || !/^[0-9]$/u.test(key.text)) return {type: 'pass'};
	const typed = digits + key.text;
	const value = Number(typed);
	if (typed.length >= 2) return value === 0 ? {type: 'cancel'} : {type: 'jump', number: value};
	const prefix = String(value);
	const grows = value === 0 || [...numbers].some(number => number > value && String(number).startsWith(prefix));
	return grows ? {type: 'wait', digits: typed} : {type: 'jump', number: value};
}

/** What the alert line says while a number is being typed. */
export function jumpPrompt(digits: string): string {
	return `jump to chat ${digits}_  (digits, Enter jumps, Esc cancels)`;
}
