// One customer's line of the report card: every figure for their chat, from the player's and the desk's journals.
import type {ColleagueJournal, CustomerJournal} from '../player/index.js';
import type {DeskJournal} from './desk-journal.js';
import {
	cannedUse,
	chatDeskRecord,
	countGuardChecks,
	countGuardRules,
	countNotices,
	greetingOf,
	noticesOf,
	ownMessages,
} from './chat-desk-record.js';
import {closingReport, ratingReport} from './closing-report.js';
import {deskOwnership} from './desk-ownership.js';
import {holdReports} from './hold-report.js';
import {linkTimes} from './link-time.js';
import type {ReportClock} from './report-clock.js';
import {NO_NAME} from './report-words.js';
import type {ChatReport, ReportThresholds} from './report-card.js';
import {chatResponses} from './response-times.js';
import {followupReports, transferReports} from './transfer-report.js';

export type ChatReportContext = {
	desk: DeskJournal;
	colleagues: readonly ColleagueJournal[];
	colleagueNames: ReadonlySet<string>;
	clock: ReportClock;
	thresholds: ReportThresholds;
	holdUpdateMs: number;
};

export function chatReport(customer: CustomerJournal, context: ChatReportContext): ChatReport {
	const {clock} = context;
	const record = chatDeskRecord(context.desk, customer.chatId, clock);
	const deskOwned = deskOwnership(customer, context.colleagueNames);
	// The desk's greetings, by text: they open the chat but answer nothing the customer asked (as on the desk's E1 timer).
	const greetings = new Set(
		[...noticesOf(record, 'greeting'), ...noticesOf(record, 'transfer-greeting')].map(send => send.text),
	);
	const {firstResponse, responses} = chatResponses(
		customer,
		clock,
		context.thresholds,
		deskOwned,
		greetings,
		linkTimes(customer, record),
	);
	return {
		customer: customer.key,
		name: nameOf(customer, context.desk),
		locale: customer.locale,
		chatId: customer.chatId,
		joined: customer.joinedAt !== null,
		firstResponse,
		responses,
		ownMessages: ownMessages(record).length,
		notices: countNotices(record),
		greeting: greetingOf(record),
		guard: {reviews: record.guardReviews.length, checks: countGuardChecks(record), rules: countGuardRules(record)},
		canned: cannedUse(record),
		holds: holdReports(customer, record, clock, context.holdUpdateMs),
		transfers: transferReports(customer, record, context.colleagues, clock),
		followups: followupReports(record, clock),
		closing: closingReport(customer, record, clock, deskOwned),
		rating: ratingReport(customer, record),
	};
}

/** E3: the name the customer joined with, or the one the desk learnt later in the chat (/name), or "(no name)". */
function nameOf(customer: CustomerJournal, desk: DeskJournal): string {
	const later = desk.names.findLast(entry => entry.chatId === customer.chatId)?.name;
	const name = later?.trim() ? later : customer.name;
	return name !== null && name.trim() !== '' ? name : NO_NAME;
}
