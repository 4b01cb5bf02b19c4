// Every piece of remote text goes through here on its way to the screen: names and lines on one line, messages with their breaks.
import {sanitizeRemoteText} from '../protocol/sanitize.js';
import {foldToAscii} from './text/ascii-fold.js';
import {ASCII_ELLIPSIS, ELLIPSIS} from './text/width.js';

/** A customer, agent or department name, a sneak peek, an alert: one line, no controls; typography folded in ASCII mode. */
export function remoteLine(text: string | null | undefined, ascii = false): string {
	if (!text) return '';
	const clean = sanitizeRemoteText(text, {multiline: false, ellipsis: ascii ? ASCII_ELLIPSIS : ELLIPSIS});
	return ascii ? foldToAscii(clean) : clean;
}

/** A message body: line breaks kept, everything a terminal would obey removed. */
export function remoteBody(text: string, ascii = false): string {
	const clean = sanitizeRemoteText(text, {multiline: true, ellipsis: ascii ? ASCII_ELLIPSIS : ELLIPSIS});
	return ascii ? foldToAscii(clean) : clean;
}

/**
 * The desk's own labels in a conversation line: the agent's mark, "You", notes, system lines, send states. A remote
 * name must never be able to pass for one of them (a customer named "» You (auto)").
 */
const DESK_LABELS = /»|>>|\*\*\*|\[note\]|\((?:auto|queued|sending(?:…|\.\.\.))\)/giu;

/** A customer's or colleague's name as shown before their message: cleaned, and unable to imitate the desk's labels. */
export function remoteName(text: string | null | undefined, ascii = false): string {
	const name = remoteLine(text, ascii)
		.replaceAll(DESK_LABELS, ' ')
		.replace(/^[\s!>*[\]]+/u, '')
		.replaceAll(/\s+/gu, ' ')
		.trim();
	// "You" is the agent's own label; a remote "You" is shown in quotes.
	return /^you$/iu.test(name) ? `"${name}"` : name;
}
