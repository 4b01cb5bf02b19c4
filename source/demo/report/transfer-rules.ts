// E11 and E20 in the rule summary: transfers with a brief and a word to the customer; failed ones and promises followed up.
import {ruleEntry, type RuleContext} from './rule-context.js';
import {countWhere, of} from './report-words.js';
import type {RuleSummary} from './report-card.js';

/** E20: the rule asks for follow-up within 24 hours. */
export const FOLLOWUP_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * E11: a transfer is met when the colleague got a brief and the customer was told, both before it; a failed
 * transfer is one more occasion, met when the e-mail request followed, or a follow-up was recorded (with the
 * e-mail already on file the desk suggests /followup rather than asking again: doing so is not marked down).
 */
export function transferRule({chats}: RuleContext): RuleSummary | null {
	const transfers = chats.flatMap(chat => chat.transfers);
	if (transfers.length === 0) return null;
	const failed = transfers.filter(transfer => transfer.outcome === 'failed');
	const emailed = countWhere(failed, transfer => transfer.emailRequested === true || transfer.followedUp === true);
	const handled = countWhere(transfers, transfer => transfer.briefed && transfer.customerTold);
	return ruleEntry('E11', handled + emailed, transfers.length + failed.length, [
		`transfers with a brief: ${of(
			countWhere(transfers, transfer => transfer.briefed),
			transfers.length,
		)}`,
		`customer told why and to whom: ${of(
			countWhere(transfers, transfer => transfer.customerTold),
			transfers.length,
		)}`,
		failed.length > 0 && `failed transfers followed by an e-mail request or a follow-up: ${of(emailed, failed.length)}`,
	]);
}

/** E20: each follow-up recorded is met when due within 24 h; a failed transfer with no follow-up after it is an occasion missed. */
export function followUpRule({chats}: RuleContext): RuleSummary | null {
	const followups = chats.flatMap(chat => chat.followups);
	const failed = chats.flatMap(chat => chat.transfers).filter(transfer => transfer.outcome === 'failed');
	const missed = countWhere(failed, transfer => transfer.followedUp !== true);
	if (followups.length + missed === 0) return null;
	const inTime = countWhere(followups, followup => followup.dueInMs <= FOLLOWUP_WITHIN_MS);
	return ruleEntry('E20', inTime, followups.length + missed, [
		`follow-ups recorded: ${followups.length}, due within 24 h: ${inTime}`,
		failed.length > 0 && `failed transfers followed up: ${of(failed.length - missed, failed.length)}`,
	]);
}
