// Every piece of remote text goes through here on its way to the screen: names and lines on one line, messages with their breaks.
import {sanitizeRemoteText} from '../protocol/sanitize.js';
import {ASCII_ELLIPSIS, ELLIPSIS} from './text/width.js';

/** A customer, agent or department name, a sneak peek, a notice: one line, no controls. */
export function remoteLine(text: string | null | undefined, ascii = false): string {
	return text ? sanitizeRemoteText(text, {multiline: false, ellipsis: ascii ? ASCII_ELLIPSIS : ELLIPSIS}) : '';
}

/** A message body: line breaks kept, everything a terminal would obey removed. */
export function remoteBody(text: string, ascii = false): string {
	return sanitizeRemoteText(text, {multiline: true, ellipsis: ascii ? ASCII_ELLIPSIS : ELLIPSIS});
}
