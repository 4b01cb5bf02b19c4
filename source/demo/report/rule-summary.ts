// The per-rule summary of the report card: one entry per etiquette rule the demo exercised, in rule order.
import {closingRule, cannedRule, feedbackRule} from './closing-rules.js';
import {guardRules} from './guard-rules.js';
import {holdingRule, informedRule, promiseRule} from './hold-rules.js';
import {ruleEntry, type RuleContext} from './rule-context.js';
import {answerFastRule, introduceRule} from './response-rules.js';
import {counted, of} from './report-words.js';
import type {RuleSummary} from './report-card.js';
import {followUpRule, transferRule} from './transfer-rules.js';

/** A rule with nothing to judge is left out: "0 of 0" would read as a pass or a failure, and is neither. */
export function ruleSummary(context: RuleContext): RuleSummary[] {
	const entries = [
		answerFastRule(context),
		introduceRule(context),
		...guardRules(context, ['E3', 'E4', 'E5', 'E6']),
		promiseRule(context),
		informedRule(context),
		holdingRule(context),
		transferRule(context),
		cannedRule(context),
		closingRule(context),
		feedbackRule(context),
		followUpRule(context),
		practiceRule(context),
		...guardRules(context, ['E29']),
	];
	return entries.filter((entry): entry is RuleSummary => entry !== null && entry.of > 0);
}

/** E22: the demo is the practice; met is the customers who got an answer. */
function practiceRule({title, speed, totals}: RuleContext): RuleSummary | null {
	if (totals.customers === 0) return null;
	return ruleEntry('E22', totals.answered, totals.customers, [
		`practice run of "${title}"${speed === 1 ? '' : ` at speed ${speed}`}: customers answered ${of(totals.answered, totals.customers)}`,
		`the agent wrote ${counted(totals.ownMessages, 'message')}, the desk sent ${counted(totals.notices, 'automatic notice')}`,
	]);
}
