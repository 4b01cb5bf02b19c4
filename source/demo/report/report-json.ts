// The report card as the JSON file `--report FILE.json` writes: the card with a format version, pretty-printed.
import type {ReportCard} from './report-card.js';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const REPORT_VERSION = 1;

export type ReportFile = {version: typeof REPORT_VERSION} & ReportCard;

// JSON.stringify escapes C0 controls but not C1 controls, bidi overrides or invisible format characters,
// which a customer's name or comment may hold; escaped, a `cat` of the file cannot move the cursor or
// reorder the text, and JSON.parse still gives back exactly the same strings.
const UNPRINTABLE = /[\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

export function reportJson(card: ReportCard): string {
	const file: ReportFile = {version: REPORT_VERSION, ...card};
	const text = JSON.stringify(file, null, 2).replace(
		UNPRINTABLE,
		character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return `${text}\n`;
}
