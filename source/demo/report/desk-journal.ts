// What the desk records during a demo for the report card: every send (with the notice it was), every guard review.
import type {CheckId, RuleId} from '../../courtesy/guard/index.js';
import type {NoticeKind} from '../../courtesy/notices/index.js';
import type {Stall} from './machine-lag.js';

/** One message the desk sent: the agent's own (notice null) or an automatic notice. `at` is Date.now() at the send. */
export type JournalSend = {
	at: number;
	chatId: string;
	text: string;
	visibility: 'public' | 'internal';
	/** Sent automatically (a notice the agent did not type). */
	auto: boolean;
	/** Which notice it was; null for the agent's own words (typed, or a canned response they sent). */
	notice: NoticeKind | null;
};

/** The guard stopped a message on its first Enter (E3-E6): what it found. */
export type JournalGuardReview = {at: number; chatId: string; findings: ReadonlyArray<{check: CheckId; rule: RuleId}>};

/** A canned response put into a composer (E12). */
export type JournalCannedInsert = {at: number; chatId: string; responseId: string | null};

/** A follow-up recorded with the server (E20). */
export type JournalFollowup = {at: number; chatId: string; dueAt: number};

/** A customer's message as the desk got it (Date.now() when the desk's state first had it): for the link's share of a wait. */
export type JournalArrival = {at: number; chatId: string; text: string};

/** E3: the customer's name as the desk knew it at the end (a name given later in the chat, set with /name). */
export type JournalName = {chatId: string; name: string};

export type DeskJournal = {
	sends: JournalSend[];
	guardReviews: JournalGuardReview[];
	cannedInserts: JournalCannedInsert[];
	followups: JournalFollowup[];
	names: JournalName[];
	arrivals: JournalArrival[];
	/** The machine's stalls (machine-lag.ts): late timers, kept unscaled in the card's times. Optional in older journals. */
	stalls?: Stall[];
};

export function emptyDeskJournal(): DeskJournal {
	return {sends: [], guardReviews: [], cannedInserts: [], followups: [], names: [], arrivals: [], stalls: []};
}
