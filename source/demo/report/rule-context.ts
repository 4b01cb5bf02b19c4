// What every rule of the summary is judged from, and how one summary entry is made.
import type {ChatReport, ReportCard, ReportTotals, RuleSummary} from './report-card.js';
import {RULE_TITLES, type SummarisedRule} from './rule-titles.js';

export type RuleContext = {
	title: string;
	speed: number;
	chats: readonly ChatReport[];
	totals: ReportTotals;
	thresholds: ReportCard['thresholds'];
	/** The guard ran (no --no-guard). */
	guard: boolean;
};

/** A rule's entry; parts of the note that are empty are dropped, the rest joined with "; ". */
export function ruleEntry(
	rule: SummarisedRule,
	met: number,
	of: number,
	noteParts: ReadonlyArray<string | null | false>,
): RuleSummary {
	const note = noteParts.filter((part): part is string => typeof part === 'string' && part !== '').join('; ');
	return {rule, title: RULE_TITLES[rule], met, of, note};
}
