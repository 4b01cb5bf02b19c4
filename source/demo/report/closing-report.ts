// E18, E19 for one chat: how it was closed ("anything else?", the closing, the rating request) and the rating it got.
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
	const ratingRequested = customer.ratingRequestedAt !== null;
	const end = customer.end;
	// A chat the customer left, or that a colleague closed after a transfer, was not the desk's to close.
	const closedByDesk = closing !== null || (end !== null && end.by === 'agent' && deskOwned(end.at));
	return {
		closedByDesk,
		closingSent: closing !== null,
		anythingElseFirst: closing !== null && noticesOf(record, 'anything-else').some(({t}) => t <= closing.t),
		ratingRequested,
		feedbackRequested: closing !== null && ratingRequested,
		endedBy: end?.by ?? null,
		endedAtMs: end === null ? null : clock.scenario(end.at),
	};
}

/** E19: the rating, and whether the desk thanked for it (only possible while the chat was open). */
export function ratingReport(customer: CustomerJournal, record: ChatDeskRecord): RatingReport | null {
	const rating = customer.rating;
	if (rating === null) return null;
	return {score: rating.score, comment: rating.comment, thanked: noticesOf(record, 'rating-thanks').length > 0};
}
