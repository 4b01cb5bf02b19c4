// The guard's rules in the rule summary (E3-E6, E29, and E7's share): the agent's own messages against its checks.
import {CHECK_LABELS, ruleOfCheck, type CheckId, type RuleId} from '../../courtesy/guard/index.js';
import {ruleEntry, type RuleContext} from './rule-context.js';
import {NO_NAME, countWhere, of, sum} from './report-words.js';
import type {RuleSummary} from './report-card.js';

/** The rules whose whole entry is the guard's; E7 also judges holds and follow-ups (hold-rules.ts). */
type GuardOnlyRule = Exclude<RuleId, 'E7'>;

/**
 * What the guard says about one rule: met counts the agent's own messages less those the guard stopped for the
 * rule at the first Enter; a message stopped, then fixed and sent, still counts as stopped. The journal records the
 * stops, not what was sent afterwards, so this is a count of first drafts. Null without the guard or own messages.
 */
export function guardShare(
	context: RuleContext,
	rule: RuleId,
	counted = 'messages through the guard',
): {met: number; of: number; notes: string[]} | null {
	const {chats, totals} = context;
	if (!context.guard || totals.ownMessages === 0) return null;
	const stopped = sum(chats, chat => chat.guard.rules[rule] ?? 0);
	const met = Math.max(0, totals.ownMessages - stopped);
	const notes = [`${counted} at the first Enter: ${of(met, totals.ownMessages)}`];
	if (stopped > 0) notes.push(`stopped for ${findingsOf(context, rule)}`);
	return {met, of: totals.ownMessages, notes};
}

/** One entry per rule that is the guard's alone, in the order given. */
export function guardRules(context: RuleContext, rules: readonly GuardOnlyRule[]): RuleSummary[] {
	return rules.flatMap(rule => {
		const share = guardShare(context, rule);
		if (share === null) return [];
		return [ruleEntry(rule, share.met, share.of, [...share.notes, rule === 'E3' && nameless(context)])];
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
