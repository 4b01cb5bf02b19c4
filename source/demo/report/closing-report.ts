// E18, E19 for one chat: how it was closed ("anything else?", the closing, the rating request) and the rating it got.
import {asksAnythingElse, resolveNoticeLocale} from '../../courtesy/notices/index.js';
import type {CustomerJournal} from '../player/index.js';
import {noticesOf, type ChatDeskRecord} from './chat-desk-record.js';
import type {ReportClock} from './report-clock.js';
import type {ClosingReport, RatingReport} from './report-card.js';

export function closingReport(
	customer: CustomerJournal,
	record: ChatDeskRecord,
	clock: ReportClock,
	deskOwned: (t: number) => boolean,
): ClosingReport {
	const closing = noticesOf(record, 'closing')[0] ?? null;
	// E19: a colleague's request after a transfer is the colleague's, not the desk's.
	const requestedAt = customer.ratingRequestedAt;
	const ratingRequested = requestedAt !== null && deskOwned(requestedAt);
	const end = customer.end;
	// A chat the customer left, or that a colleague closed after a transfer, was not the desk's to close.
	const closedByDesk = closing !== null || (end !== null && end.by === 'agent' && deskOwned(end.at));
	// E18: a chat still open and still the desk's when the demo ended was never closed: it counts against the rule.
	const openAtEnd = closing === null && customer.joinedAt !== null && end === null && deskOwned(clock.demoEnd);
	return {
		closedByDesk,
		openAtEnd,
		closingSent: closing !== null,
		anythingElseFirst: closing !== null && askedAnythingElse(customer, record, closing.t),
		ratingRequested,
		feedbackRequested: closing !== null && ratingRequested,
		endedBy: end?.by ?? null,
		endedAtMs: end === null ? null : clock.scenario(end.at),
	};
}

/**
 * E18: "anything else?" went out before the closing: the desk's own notice, or the agent's words or a canned
 * text that asks it, in the customer's language or English (as /end itself judges).
 */
function askedAnythingElse(customer: CustomerJournal, record: ChatDeskRecord, closingAt: number): boolean {
	const locale = resolveNoticeLocale(customer.locale);
	return record.sends.some(
		send =>
			send.t <= closingAt &&
			send.visibility === 'public' &&
			(send.notice === 'anything-else' || (send.notice === null && asksAnythingElse(send.text, locale))),
	);
}

/** E19: the rating, and whether the desk thanked for it (only possible while the chat was open). */
export function ratingReport(customer: CustomerJournal, record: ChatDeskRecord): RatingReport | null {
	const rating = customer.rating;
	if (rating === null) return null;
	return {score: rating.score, comment: rating.comment, thanked: noticesOf(record, 'rating-thanks').length > 0};
}
