// Remote text (names, rating comments) made safe and one-line for the printed report card.
//
// The card is printed after the desk has left the screen, to the same terminal, so the same dangers apply
// as on the desk: the desk's own sanitiser, on one line.
import {sanitizeRemoteText} from '../../protocol/sanitize.js';

/** Line breaks and tabs become spaces (the card prints each name and comment on its own line), everything unsafe goes. */
export function plainLine(text: string): string {
	return sanitizeRemoteText(text, {multiline: false}).replace(/ {2,}/g, ' ').trim();
}
