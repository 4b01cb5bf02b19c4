// E3-E6 in the rule summary: the agent's own messages against the guard's checks.
import {CHECK_LABELS, ruleOfCheck, type CheckId, type RuleId} from '../../courtesy/guard/index.js';
import {GUARD_RULES} from './chat-desk-record.js';
import {ruleEntry, type RuleContext} from './rule-context.js';
import {NO_NAME, countWhere, of, sum} from './report-words.js';
import type {RuleSummary} from './report-card.js';

/**
 * One entry per guard rule. met counts the agent's own messages less those the guard stopped for the rule at
 * the first Enter; a message stopped, then fixed and sent, still counts as stopped. The journal records the
 * stops, not what was sent afterwards, so this is a count of first drafts.
 */
export function guardRules(context: RuleContext): RuleSummary[] {
	const {chats, totals} = context;
	if (!context.guard || totals.ownMessages === 0) return [];
	return GUARD_RULES.map(rule => {
		const stopped = sum(chats, chat => chat.guard.rules[rule] ?? 0);
		const met = Math.max(0, totals.ownMessages - stopped);
		return ruleEntry(rule, met, totals.ownMessages, [
			`messages through the guard at the first Enter: ${of(met, totals.ownMessages)}`,
			stopped > 0 && `stopped for ${findingsOf(context, rule)}`,
			rule === 'E3' && nameless(context),
		]);
	});
}

/** "negative wording 2, bare "no" 1": the findings of one rule's checks over all chats. */
function findingsOf({chats}: RuleContext, rule: RuleId): string {
	const checks = (Object.keys(CHECK_LABELS) as CheckId[]).filter(check => ruleOfCheck[check] === rule);
	return checks
		.map(check => ({check, count: sum(chats, chat => chat.guard.checks[check] ?? 0)}))
		.filter(({count}) => count > 0)
		.map(({check, count}) => `${CHECK_LABELS[check]} ${count}`)
		.join(', ');
}

/** E3 asks for the name when it is unknown: how many customers never gave one. */
function nameless({chats}: RuleContext): string | false {
	const count = countWhere(chats, chat => chat.joined && chat.name === NO_NAME);
	return count > 0 && `customers who gave no name: ${count}`;
}
