// A chat switcher row as text: the chat's number, the customer's name, then what else can find them, cut at the end.
import {remoteLine} from '../../remote-text.js';
import type {Theme} from '../../theme.js';
import {displayWidth, truncateToWidth} from '../../text/width.js';
import type {SwitcherRow} from './switcher-rows.js';

/**
 * "▶  3 Sarah Jones · sarah@example.com · en · Technical · active", within `width` columns; `numberWidth` is the
 * widest number listed, so the names line up.
 */
export function switcherRowText(
	row: SwitcherRow,
	chosen: boolean,
	width: number,
	theme: Pick<Theme, 'ascii' | 'symbols'>,
	numberWidth = 2,
): string {
	const {separator, focus, ellipsis} = theme.symbols;
	const mark = chosen ? `${focus} ` : ' '.repeat(displayWidth(focus) + 1);
	// An offer has no number: the offer mark of the chat list stands in its place (its state word says "offered").
	const number = row.number === null ? (theme.ascii ? '*' : '◆') : String(row.number);
	// The language's tag only: its name ("Norwegian Bokmål") finds the chat but would crowd the row.
	const details = [
		row.email ? remoteLine(row.email, theme.ascii) : null,
		remoteLine(row.language, theme.ascii),
		row.department ? remoteLine(row.department, theme.ascii) : null,
		row.word,
	].filter((part): part is string => part !== null && part !== '');
	// The name is cut last: the details give way first.
	const head = `${mark}${number.padStart(numberWidth)} ${remoteLine(row.name, theme.ascii)}`;
	const room = width - displayWidth(head);
	if (room <= displayWidth(separator)) return truncateToWidth(head, width, {ellipsis});
	return head + truncateToWidth(`${separator}${details.join(separator)}`, room, {ellipsis});
}
