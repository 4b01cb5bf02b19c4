// The printed card's table of chats: one row per customer in columns when they fit the width, one block per customer when not.
import {plainLine} from './plain-text.js';
import type {ChatReport} from './report-card.js';
import {NO_NAME, countWhere, duration} from './report-words.js';
import {fit, padEnd, widthOf, wrapPhrases} from './text-columns.js';

type Cells = {
	name: string;
	first: string;
	average: string;
	holds: string;
	transfers: string;
	closing: string;
	rating: string;
};

const HEADINGS: Cells = {
	name: 'Chat',
	first: 'First',
	average: 'Average',
	holds: 'Holds',
	transfers: 'Transfers',
	closing: 'Closing',
	rating: 'Rating',
};
const FIGURES = ['first', 'average', 'holds', 'transfers', 'closing', 'rating'] as const;
const GAP = '  ';
/** Below this a name is unreadable; the table gives way to one block per chat. */
const MIN_NAME_WIDTH = 10;

/** Every figure in words as well as numbers: nothing on the card depends on colour. */
export function chatCells(chat: ChatReport): Cells {
	const {firstResponse, holds, transfers, closing, rating} = chat;
	return {
		name: plainLine(chat.name) || NO_NAME,
		first:
			firstResponse === null
				? '-'
				: !firstResponse.answered
					? 'no reply'
					: `${duration(firstResponse.ms)}${firstResponse.level === 'alarm' ? ' late' : firstResponse.level === 'warn' ? ' slow' : ''}`,
		average: duration(chat.responses.averageMs),
		holds: holds.length === 0 ? '-' : `${holds.length}, ${countWhere(holds, hold => hold.updates > 0)} upd`,
		transfers:
			transfers.length === 0
				? '-'
				: `${transfers.length}, ${countWhere(transfers, transfer => transfer.briefed)} brief`,
		closing: !closing.closedByDesk
			? '-'
			: !closing.closingSent
				? 'none'
				: closing.feedbackRequested
					? '+ feedback'
					: 'no feedback',
		rating: rating === null ? '-' : `${rating.score}/3`,
	};
}

/** The table, or (too narrow for it) a block per chat; no line is wider than `width`. */
export function chatTable(chats: readonly ChatReport[], width: number, ascii: boolean): string[] {
	const rows = chats.map(chatCells);
	const figureWidths = FIGURES.map(column => Math.max(...[HEADINGS, ...rows].map(row => widthOf(row[column]))));
	const fixed = figureWidths.reduce((total, columnWidth) => total + columnWidth + GAP.length, 0);
	const longest = Math.max(...[HEADINGS, ...rows].map(row => widthOf(row.name)));
	const room = width - fixed;
	if (room < Math.min(MIN_NAME_WIDTH, longest)) return chatBlocks(rows, width, ascii);
	const nameWidth = Math.min(room, longest);
	const ellipsis = ascii ? '...' : '…';
	const line = (row: Cells) =>
		[
			padEnd(fit(row.name, nameWidth, ellipsis), nameWidth),
			...FIGURES.map((column, index) => padEnd(row[column], figureWidths[index]!)),
		]
			.join(GAP)
			.trimEnd();
	const rule = (ascii ? '-' : '─').repeat(nameWidth + fixed);
	return [line(HEADINGS), rule, ...rows.map(line)];
}

function chatBlocks(rows: readonly Cells[], width: number, ascii: boolean): string[] {
	const ellipsis = ascii ? '...' : '…';
	return rows.flatMap(row => [
		fit(row.name, width, ellipsis),
		...wrapPhrases(FIGURES.map(column => `${HEADINGS[column].toLowerCase()} ${row[column]}`).join('; '), width, '  '),
	]);
}
