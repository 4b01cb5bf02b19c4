// A chat-list row as text: marker, number, state symbol and name; then state word, department, language, unread count.
//
// Everything that changes while the chat is off screen (unread count, E1 timer) is on the second line, so a message
// arriving there rewrites one terminal line, not two: that is what an SSH link pays per message.
import type {ChatRow} from '../../../core/selectors.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth, fitToWidth} from '../../text/width.js';
import type {Theme} from '../../theme.js';

export type RowMark = 'focused' | 'shown' | 'none';

function markOf(mark: RowMark, theme: Theme): string {
	if (mark === 'focused') return theme.symbols.focus;
	if (mark === 'shown') return theme.ascii ? '-' : '▹';
	return ' ';
}

/** Line one: "▶ 1 ● Sarah Jones" (full width); an offer has no number ("▶   ◆ Kari Berg"). */
export function rowHeadline(row: ChatRow, number: number | null, mark: RowMark, width: number, theme: Theme): string {
	const symbol = theme.ascii ? row.asciiSymbol : row.symbol;
	const head = `${markOf(mark, theme)}${String(number ?? '').padStart(2)} ${symbol} `;
	return (
		head +
		fitToWidth(remoteLine(row.name, theme.ascii), Math.max(0, width - displayWidth(head)), {
			ellipsis: theme.symbols.ellipsis,
		})
	);
}

/** "+3" (unread messages), or '' when none; capped so the row keeps its shape. */
export function unreadText(row: ChatRow, theme: Theme, cap = 99): string {
	return row.unread > 0 ? `${theme.symbols.unread}${Math.min(row.unread, cap)}` : '';
}

/** Line two, left of the timer: "  active · Technical · en" (transfer offers add who from). */
export function rowDetail(row: ChatRow, width: number, theme: Theme): string {
	const parts = [row.transferFrom ? `${row.word} from ${remoteLine(row.transferFrom, theme.ascii)}` : row.word];
	if (row.department) parts.push(remoteLine(row.department, theme.ascii));
	parts.push(remoteLine(row.language, theme.ascii));
	return fitToWidth(`  ${parts.join(theme.symbols.separator)}`, width, {ellipsis: theme.symbols.ellipsis});
}

/** The compact one-line row, left of the timer: "▶1●Sarah… +3" (the state word is left out for room; the symbol stays). */
export function compactRow(row: ChatRow, number: number | null, mark: RowMark, width: number, theme: Theme): string {
	const symbol = theme.ascii ? row.asciiSymbol : row.symbol;
	const unread = unreadText(row, theme, 9);
	const head = `${markOf(mark, theme)}${number === null || number > 9 ? ' ' : number}${symbol}`;
	const nameWidth = Math.max(0, width - displayWidth(head) - displayWidth(unread));
	return head + fitToWidth(remoteLine(row.name, theme.ascii), nameWidth, {ellipsis: theme.symbols.ellipsis}) + unread;
}
