// The alert as screen rows: wrapped to as many rows as it needs up to a cap, the E-codes after the sentence, never cut silently.
import {displayWidth, truncateToWidth} from '../../text/width.js';
import {wrapText} from '../../text/wrap.js';
import {splitRuleCodes} from '../../text/rule-codes.js';

export type AlertRow = {text: string; codes: string};

/** Most rows an alert takes: enough for a long sentence, never so many that the panes above lose their composer. */
export const MAX_ALERT_ROWS = 4;

/** The cap for a terminal `rows` high: four at 24 rows, fewer on a short one. */
export function alertRowCap(rows: number): number {
	return Math.max(1, Math.min(MAX_ALERT_ROWS, Math.floor(rows / 6)));
}

/**
 * `text` wrapped to `width` columns in at most `cap` rows, its E-codes moved after the sentence (dimmed when drawn).
 * An alert longer than that ends with `more` ("… Alt+L shows it in full"): it is in the alert log whole.
 */
export function alertRows(text: string, width: number, cap: number, more: string): AlertRow[] {
	const room = Math.max(1, width);
	const {sentence, codes} = splitRuleCodes(text);
	const lines = wrapText(codes === '' ? sentence : `${sentence} ${codes}`, room);
	const rows: AlertRow[] = lines.map(line => ({text: line, codes: ''}));
	const limit = Math.max(1, cap);
	if (rows.length > limit) {
		rows.length = limit;
		const last = rows[limit - 1]!;
		const tail = ` ${more}`;
		last.text = truncateToWidth(last.text, Math.max(0, room - displayWidth(tail)), {ellipsis: ''}) + tail;
		return rows;
	}
	// The codes end the last row (wrapText never splits "(E6)" unless the row is narrower than it).
	const last = rows.at(-1)!;
	if (codes !== '' && last.text.endsWith(codes)) {
		last.text = last.text.slice(0, -codes.length).trimEnd();
		last.codes = last.text === '' ? codes : ` ${codes}`;
	}
	return rows;
}
