// The alert log as screen rows: each alert in full (wrapped, never cut), with its time and the customer it was about.
import type {LoggedAlert} from '../../../core/desk-state.js';
import {remoteLine} from '../../remote-text.js';
import {displayWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {splitRuleCodes} from '../../text/rule-codes.js';

export type AlertLogRow = {
	key: string;
	/** "14:02:31" on an entry's first row, blank under it. */
	time: string;
	text: string;
	level: LoggedAlert['level'];
	/** E-codes the entry names, shown dimmed after the sentence on its last row. */
	codes: string;
	/** A row of the entry's technical details (what the server said, a seq or an id): dimmed, under the sentence. */
	detail?: true;
};

/** Both logs (the server's alerts, the desk's own notes) in the order they happened, the newest last. */
export function mergeAlertLogs(...logs: ReadonlyArray<readonly LoggedAlert[]>): LoggedAlert[] {
	return logs.flat().sort((a, b) => a.at - b.at);
}

/** The local wall-clock time of an alert, to the second. */
export function alertTime(at: number): string {
	const date = new Date(at);
	return [date.getHours(), date.getMinutes(), date.getSeconds()].map(part => String(part).padStart(2, '0')).join(':');
}

const TIME_WIDTH = 8;
const MARKS: Record<LoggedAlert['level'], string> = {info: '', warning: '! ', urgent: '!! '};

/** Every row of the log at `width` columns: time, then "Customer: the alert", wrapped under itself. */
export function alertLogRows(
	entries: readonly LoggedAlert[],
	width: number,
	{ascii = false, time = alertTime}: {ascii?: boolean; time?: (at: number) => string} = {},
): AlertLogRow[] {
	const room = Math.max(1, width - TIME_WIDTH - 1);
	const rows: AlertLogRow[] = [];
	for (const entry of entries) {
		const {sentence, codes} = splitRuleCodes(remoteLine(entry.text, ascii));
		const chat = entry.chat === null ? '' : `${remoteLine(entry.chat, ascii)}: `;
		const count = entry.count > 1 ? ` (x${entry.count})` : '';
		const lines = wrapText(`${MARKS[entry.level]}${chat}${sentence}${count}`, room);
		// The codes go after the sentence on its last row when they fit there, else on a row of their own.
		const last = lines.at(-1)!;
		const codesOwnRow = codes !== '' && displayWidth(last) + 1 + displayWidth(codes) > room;
		lines.forEach((line, index) =>
			rows.push({
				key: `${entry.id}-${index}`,
				time: index === 0 ? time(entry.at) : '',
				text: line,
				level: entry.level,
				codes: index === lines.length - 1 && !codesOwnRow && codes !== '' ? codes : '',
			}),
		);
		if (codesOwnRow) rows.push({key: `${entry.id}-codes`, time: '', text: '', level: entry.level, codes});
		// Only here, never on the alert line: the technical words behind a plain alert, for whoever has to dig.
		if (entry.detail)
			wrapText(`details: ${remoteLine(entry.detail, ascii)}`, room).forEach((line, index) =>
				rows.push({
					key: `${entry.id}-detail-${index}`,
					time: '',
					text: line,
					level: entry.level,
					codes: '',
					detail: true,
				}),
			);
	}
	return rows;
}
