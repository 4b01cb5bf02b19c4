// The report card as plain text for the terminal, printed after the desk has left the screen: no colour, no escape codes.
import {plainLine} from './plain-text.js';
import {chatTable} from './chat-table.js';
import type {ReportCard, RuleSummary} from './report-card.js';
import {counted, duration, span} from './report-words.js';
import {fit, padEnd, wrapPhrases} from './text-columns.js';

export type ReportFormatOptions = {
	/** Terminal columns; no line is longer. */
	width: number;
	/** The terminal's locale is not UTF-8: ASCII marks, rules and ellipses. */
	ascii: boolean;
};

/** Narrower than this nothing is readable (a rule's mark and id alone take 13 columns): the card is laid out as if this wide. */
const MIN_WIDTH = 20;
/** A rating comment is printed whole up to this many columns; the JSON report keeps all of it. */
const MAX_COMMENT_WIDTH = 300;

export function formatReportCard(card: ReportCard, options: ReportFormatOptions): string {
	const width = Math.max(MIN_WIDTH, Math.floor(options.width) || 80);
	const {ascii} = options;
	const {warnMs, alarmMs} = card.thresholds;
	const played =
		card.speed === 1 ? '' : ` Played at speed ${card.speed}: every clock time is multiplied by ${card.speed}.`;
	const lines = [
		...wrapPhrases(`switchboard demo report card: ${plainLine(card.title)}`, width),
		...wrapPhrases(
			`${counted(card.totals.customers, 'customer')} over ${duration(card.durationMs)}${notArrived(card)}. Times are scenario time, as the agent would have lived them at speed 1.${played}`,
			width,
		),
		'',
		...(card.chats.length === 0 ? ['No customers took part.'] : chatTable(card.chats, width, ascii)),
		'',
		...wrapPhrases(
			`First: first response, not counting the automatic greeting (it answers nothing); slow from ${span(warnMs)}, late from ${span(alarmMs)}. ` +
				'Holds: how many, with a progress update. Transfers: how many, with a brief. Closing: + feedback when it asked for a rating.',
			width,
		),
		...comments(card, width, ascii),
		...(card.rules.length === 0
			? []
			: [
					'',
					...wrapPhrases('Etiquette rules (ETIQUETTE.md)', width),
					...card.rules.flatMap(rule => ruleLines(rule, width, ascii)),
				]),
	];
	return lines.join('\n');
}

/** " (2 more had not arrived when the demo ended)": they are not in the table. */
function notArrived(card: ReportCard): string {
	const count = card.totals.notArrived;
	return count === 0 ? '' : ` (${count} more had not arrived when the demo ended)`;
}

/** Rating comments, under the table: remote text, so sanitised, and cut at a few lines' worth. */
function comments(card: ReportCard, width: number, ascii: boolean): string[] {
	const rated = card.chats.filter(chat => chat.rating?.comment);
	if (rated.length === 0) return [];
	return [
		'',
		'Rating comments',
		...rated.flatMap(chat => {
			const comment = fit(plainLine(chat.rating!.comment!), MAX_COMMENT_WIDTH, ascii ? '...' : '…');
			return wrapPhrases(`${plainLine(chat.name)} (${chat.rating!.score}/3): "${comment}"`, width, '  ', '    ');
		}),
	];
}

/**
 * "✓ met    introduce yourself: chats opened with a greeting: 6 of 6 (E2)", the mark and the word always together; the
 * rule's code after the sentence, where it does not stand between the agent and what the line says.
 */
function ruleLines(rule: RuleSummary, width: number, ascii: boolean): string[] {
	const passed = rule.met >= rule.of;
	const mark = passed ? (ascii ? 'ok' : '✓') : ascii ? '--' : '✗';
	const word = passed ? 'met' : rule.met === 0 ? 'missed' : 'partly';
	const head = `${mark} ${padEnd(word, 6)} `;
	// A hanging indent under the text when there is room; a short one on a narrow terminal.
	const indent = ' '.repeat(width >= 50 ? head.length : 4);
	return wrapPhrases(plainLine(`${rule.title}: ${rule.note} (${rule.rule})`), width, head, indent);
}
