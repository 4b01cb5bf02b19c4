// The desk journal's entries for one chat, on the player's time scale and in time order, with the counts every figure starts from.
import {checkIds, type RuleId} from '../../courtesy/guard/index.js';
import {NOTICE_KINDS, type NoticeKind} from '../../courtesy/notices/index.js';
import type {
	DeskJournal,
	JournalArrival,
	JournalCannedInsert,
	JournalFollowup,
	JournalGuardReview,
	JournalSend,
} from './desk-journal.js';
import type {ReportClock} from './report-clock.js';
import type {ChatReport, GuardCheckCounts, GuardRuleCounts, NoticeCounts} from './report-card.js';

/** An entry with `t`: its time on the player's scale, comparable with the player journal's `at`. */
export type Timed<T> = T & {t: number};

/**
 * How far apart the desk's record of a send and the customer's sight of what followed may be and still be
 * matched: both use the same clock, but the desk's notice goes out, is confirmed, and only then does the
 * customer see the hold or transfer it announced. Generous for a local server, small next to human pauses.
 */
export const MATCH_TOLERANCE_MS = 2_000;

export type ChatDeskRecord = {
	sends: Array<Timed<JournalSend>>;
	guardReviews: Array<Timed<JournalGuardReview>>;
	cannedInserts: Array<Timed<JournalCannedInsert>>;
	followups: Array<Timed<JournalFollowup>>;
	/** The customer's messages as the desk got them. */
	arrivals: Array<Timed<JournalArrival>>;
};

export function chatDeskRecord(desk: DeskJournal, chatId: string | null, clock: ReportClock): ChatDeskRecord {
	const pick = <T extends {at: number; chatId: string}>(entries: readonly T[]): Array<Timed<T>> =>
		chatId === null
			? []
			: entries
					.filter(entry => entry.chatId === chatId)
					.map(entry => ({...entry, t: clock.fromDesk(entry.at)}))
					// The desk records in order already; sorting keeps a hand-made or merged journal honest too.
					.sort((a, b) => a.t - b.t);
	return {
		sends: pick(desk.sends),
		guardReviews: pick(desk.guardReviews),
		cannedInserts: pick(desk.cannedInserts),
		followups: pick(desk.followups),
		arrivals: pick(desk.arrivals),
	};
}

/** The notices of one kind, in time order. */
export function noticesOf(record: ChatDeskRecord, kind: NoticeKind): Array<Timed<JournalSend>> {
	return record.sends.filter(send => send.notice === kind);
}

/** Public messages in the agent's own words: what the guard looked at. */
export function ownMessages(record: ChatDeskRecord): Array<Timed<JournalSend>> {
	return record.sends.filter(send => send.notice === null && send.visibility === 'public');
}

/** Notices by kind, in NOTICE_KINDS order so the JSON reads the same every time; kinds never sent are left out. */
export function countNotices(record: ChatDeskRecord): NoticeCounts {
	const counts: NoticeCounts = {};
	for (const kind of NOTICE_KINDS) {
		const count = noticesOf(record, kind).length;
		if (count > 0) counts[kind] = count;
	}
	return counts;
}

/** Findings by check over all the guard's reviews in the chat. */
export function countGuardChecks(record: ChatDeskRecord): GuardCheckCounts {
	const counts: GuardCheckCounts = {};
	for (const review of record.guardReviews) {
		for (const {check} of review.findings) counts[check] = (counts[check] ?? 0) + 1;
	}
	return sortedByCheck(counts);
}

/** The rules the guard's checks enforce, in rule order (E7: blame and excuses; E29: curt fragments). */
export const GUARD_RULES: readonly RuleId[] = ['E3', 'E4', 'E5', 'E6', 'E7', 'E29'];

/** Stopped messages by rule: a review with two E5 findings is one message stopped for E5. */
export function countGuardRules(record: ChatDeskRecord): GuardRuleCounts {
	const counts: GuardRuleCounts = {};
	for (const rule of GUARD_RULES) {
		const stopped = record.guardReviews.filter(review => review.findings.some(finding => finding.rule === rule)).length;
		if (stopped > 0) counts[rule] = stopped;
	}
	return counts;
}

/** E2: whether the desk's first public message was a greeting (a transferred-in chat's greeting counts). */
export function greetingOf(record: ChatDeskRecord): ChatReport['greeting'] {
	const spoken = record.sends.filter(send => send.visibility === 'public');
	const index = spoken.findIndex(send => send.notice === 'greeting' || send.notice === 'transfer-greeting');
	if (index === -1) return null;
	return index === 0 ? 'first' : 'later';
}

/** E12: inserts, and those the agent followed with a message of their own in the chat before the next insert. */
export function cannedUse(record: ChatDeskRecord): ChatReport['canned'] {
	const own = ownMessages(record);
	const followed = record.cannedInserts.filter((insert, index) => {
		const until = record.cannedInserts[index + 1]?.t ?? Infinity;
		return own.some(({t}) => t >= insert.t && t < until);
	});
	return {inserted: record.cannedInserts.length, followedByMessage: followed.length};
}

/** In the guard's own order (checkIds), so the JSON reads the same every time. */
function sortedByCheck(counts: GuardCheckCounts): GuardCheckCounts {
	const sorted: GuardCheckCounts = {};
	for (const check of checkIds) if (counts[check] !== undefined) sorted[check] = counts[check];
	return sorted;
}
