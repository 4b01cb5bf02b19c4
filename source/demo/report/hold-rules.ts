// E7, E9 and E10 in the rule summary: holds announced with a time, kept informed, ended with thanks; follow-ups with a time.
import {guardShare} from './guard-rules.js';
import {ruleEntry, type RuleContext} from './rule-context.js';
import {countWhere, of, span, sum} from './report-words.js';
import type {RuleSummary} from './report-card.js';

/**
 * E7 (amended): be honest and promise only what you can keep. Every hold notice states the estimate and every
 * follow-up notice the due time, so what counts is that one went out; and, with the guard, each of the agent's own
 * messages that was not stopped for blaming others or making excuses.
 */
export function promiseRule(context: RuleContext): RuleSummary | null {
	const {chats} = context;
	const holds = chats.flatMap(chat => chat.holds);
	const followups = chats.flatMap(chat => chat.followups);
	const guard = guardShare(context, 'E7', 'messages with no blame or excuse');
	const occasions = holds.length + followups.length + (guard?.of ?? 0);
	if (occasions === 0) return null;
	const announced = countWhere(holds, hold => hold.announced);
	const told = countWhere(followups, followup => followup.customerTold);
	return ruleEntry('E7', announced + told + (guard?.met ?? 0), occasions, [
		holds.length > 0 && `holds announced with an estimate: ${of(announced, holds.length)}`,
		followups.length > 0 && `follow-ups with the due time told to the customer: ${of(told, followups.length)}`,
		...(guard?.notes ?? []),
	]);
}

/** E9: only a hold that lasted the update interval needed an update; shorter ones are not judged. */
export function informedRule({chats, thresholds}: RuleContext): RuleSummary | null {
	const holds = chats.flatMap(chat => chat.holds);
	const due = holds.filter(hold => hold.needsUpdate);
	if (due.length === 0) return null;
	const met = countWhere(due, hold => hold.updates > 0);
	const checkIns = sum(chats, chat => chat.notices['idle-check-in'] ?? 0);
	return ruleEntry('E9', met, due.length, [
		`holds of ${span(thresholds.holdUpdateMs)} or more with a progress update: ${of(met, due.length)}`,
		holds.length > due.length && `shorter holds, which need none: ${holds.length - due.length}`,
		checkIns > 0 && `check-ins with a quiet customer: ${checkIns}`,
	]);
}

/** E10: met is a hold announced first and, if it ended, ended with thanks; a hold still on at the end needs no thanks yet. */
export function holdingRule({chats}: RuleContext): RuleSummary | null {
	const holds = chats.flatMap(chat => chat.holds);
	if (holds.length === 0) return null;
	const ended = holds.filter(hold => hold.durationMs !== null);
	const met = countWhere(holds, hold => hold.announced && (hold.thanked || hold.durationMs === null));
	return ruleEntry('E10', met, holds.length, [
		`holds announced first: ${of(
			countWhere(holds, hold => hold.announced),
			holds.length,
		)}`,
		ended.length > 0 &&
			`ended with thanks for waiting: ${of(
				countWhere(ended, hold => hold.thanked),
				ended.length,
			)}`,
		ended.length < holds.length && `still on hold at the end: ${holds.length - ended.length}`,
	]);
}
