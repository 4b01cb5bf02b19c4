// E11, E20 for one chat: each transfer the customer saw, its brief and notice, and what the desk did after a failed one.
import type {ColleagueJournal, CustomerJournal} from '../player/index.js';
import {MATCH_TOLERANCE_MS, noticesOf, type ChatDeskRecord} from './chat-desk-record.js';
import type {ReportClock} from './report-clock.js';
import type {FollowupReport, TransferReport} from './report-card.js';

/**
 * The customer notice and the brief are both confirmed by the server before the transfer is asked for, so
 * they belong to the first transfer after them. After a failed transfer the desk asks for an e-mail and
 * records a follow-up: whatever of that comes before the next transfer belongs to the failed one.
 */
export function transferReports(
	customer: CustomerJournal,
	record: ChatDeskRecord,
	colleagues: readonly ColleagueJournal[],
	clock: ReportClock,
): TransferReport[] {
	const transfers = [...customer.transfers].sort((a, b) => a.at - b.at);
	const briefs = noticesOf(record, 'transfer-brief');
	const notices = noticesOf(record, 'transfer');
	const emailRequests = noticesOf(record, 'email-request');
	return transfers.map((transfer, index) => {
		const previous = transfers[index - 1];
		const after = previous === undefined ? -Infinity : (previous.settledAt ?? previous.at);
		const before = (t: number) => t > after && t <= transfer.at + MATCH_TOLERANCE_MS;
		const failed = transfer.outcome === 'failed';
		const settled = transfer.settledAt ?? transfer.at;
		const next = transfers[index + 1]?.at ?? Infinity;
		const afterFailure = (t: number) => t >= settled - MATCH_TOLERANCE_MS && t < next;
		return {
			atMs: clock.scenario(transfer.at),
			to: transfer.to,
			outcome: transfer.outcome,
			offeredTo: offeredTo(customer.chatId, transfer.at, transfer.settledAt, colleagues),
			briefed: briefs.some(({t}) => before(t)),
			customerTold: notices.some(({t}) => before(t)),
			emailRequested: failed ? emailRequests.some(({t}) => afterFailure(t)) : null,
			followedUp: failed ? record.followups.some(({t}) => afterFailure(t)) : null,
		};
	});
}

function offeredTo(
	chatId: string | null,
	at: number,
	settledAt: number | null,
	colleagues: readonly ColleagueJournal[],
): string[] {
	if (chatId === null) return [];
	const from = at - MATCH_TOLERANCE_MS;
	const until = (settledAt ?? Infinity) + MATCH_TOLERANCE_MS;
	return colleagues
		.filter(colleague =>
			colleague.offers.some(offer => offer.chatId === chatId && offer.at >= from && offer.at <= until),
		)
		.map(colleague => colleague.name);
}

/** E7, E20: each follow-up the desk recorded in the chat, and whether a notice told the customer when. */
export function followupReports(record: ChatDeskRecord, clock: ReportClock): FollowupReport[] {
	const told = noticesOf(record, 'followup');
	return record.followups.map((followup, index) => {
		const until = (record.followups[index + 1]?.t ?? Infinity) - MATCH_TOLERANCE_MS;
		return {
			atMs: clock.scenario(followup.t),
			dueInMs: followup.dueAt - followup.at,
			customerTold: told.some(({t}) => t >= followup.t - MATCH_TOLERANCE_MS && t < until),
		};
	});
}
