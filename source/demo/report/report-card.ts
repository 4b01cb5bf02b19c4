// The demo's report card as data: per chat figures and a per-rule summary, JSON-serialisable (plain objects, ms numbers).
import type {TimerLevel} from '../../core/index.js';
import type {CheckId, RuleId} from '../../courtesy/guard/index.js';
import type {NoticeKind} from '../../courtesy/notices/index.js';
import type {PlayerJournal} from '../player/index.js';
import type {DeskJournal} from './desk-journal.js';

export type ReportThresholds = {
	/** E1 warn and alarm, in scenario time (30 s and 60 s by default on the desk). */
	warnMs: number;
	alarmMs: number;
	/** E9: how often the desk sends a progress update on hold, in scenario time; 60 s when absent. */
	holdUpdateMs?: number;
};

export type ReportInput = {
	player: PlayerJournal;
	desk: DeskJournal;
	thresholds: ReportThresholds;
	/** Clock time (Date.now(), like the desk journal's `at`) when the demo ended. */
	endedAt: number;
	/** false when the demo ran with --no-guard: the guard's rules (E3-E6) were not checked, so they are left out. */
	guard?: boolean;
};

/**
 * Every duration and `atMs` below is scenario time: clock time × the player's speed, what the agent would have
 * experienced at --speed 1. `atMs` counts from the start of the scenario. Follow-up due times are the exception
 * (see FollowupReport).
 */
export type ReportCard = {
	title: string;
	/** The scenario file (or the bundled scenario's name). */
	source: string;
	speed: number;
	timeBase: 'scenario';
	/** From the start of the scenario to the end of the demo. */
	durationMs: number;
	thresholds: {warnMs: number; alarmMs: number; holdUpdateMs: number};
	chats: ChatReport[];
	rules: RuleSummary[];
	totals: ReportTotals;
};

export type ReportTotals = {
	/** Customers who arrived (opened a chat, or tried to) before the demo ended: the ones the card lists. */
	customers: number;
	/** Customers of the scenario still due to arrive when the demo ended: not listed. */
	notArrived: number;
	/** Customers whose chat opened (the server confirmed the join). */
	joined: number;
	/** Chats where the customer got at least one message in the agent's own words (E1 amended: a greeting answers nothing). */
	answered: number;
	/** Public messages in the agent's own words (typed, or a canned response they sent). */
	ownMessages: number;
	/** Automatic notices, public and internal (a transfer brief is internal). */
	notices: number;
	guardReviews: number;
	cannedInserts: number;
	followups: number;
	ratings: number;
};

/** One simulated customer and their chat. Names and comments are raw remote text: sanitise before printing. */
export type ChatReport = {
	/** The customer's key in the scenario. */
	customer: string;
	/** The name the customer gave, or "(no name)". */
	name: string;
	locale: string;
	chatId: string | null;
	/** The server confirmed the join; a customer who never got in has no other figures. */
	joined: boolean;
	firstResponse: FirstResponse | null;
	responses: ResponseFigures;
	/** Public messages in the agent's own words in this chat. */
	ownMessages: number;
	/** Automatic notices sent in this chat, by kind; kinds never sent are absent. */
	notices: NoticeCounts;
	/** E2: a greeting (or transfer greeting) went out, as the desk's first public message or after another. */
	greeting: 'first' | 'later' | null;
	/** E3-E6: messages the guard stopped at the first Enter; findings by check; stopped messages by rule. */
	guard: {reviews: number; checks: GuardCheckCounts; rules: GuardRuleCounts};
	/** E12: canned responses put into the composer, and how many were followed by a message of the agent's. */
	canned: {inserted: number; followedByMessage: number};
	holds: HoldReport[];
	transfers: TransferReport[];
	followups: FollowupReport[];
	closing: ClosingReport;
	rating: RatingReport | null;
};

export type NoticeCounts = Partial<Record<NoticeKind, number>>;
export type GuardCheckCounts = Partial<Record<CheckId, number>>;
export type GuardRuleCounts = Partial<Record<RuleId, number>>;

/**
 * E1: from the customer's first message (or from the join, when the first reply came before they said
 * anything) to the first public agent message they received. E1 (amended): an automatic greeting is not a
 * response, it shows someone is there but answers nothing. Unanswered: `ms` is how long they waited until the
 * chat or the demo ended.
 */
export type FirstResponse = {ms: number; from: 'message' | 'join'; answered: boolean; level: TimerLevel};

/**
 * E1 for the whole chat. A wait starts at the oldest unanswered customer message and ends at the next public
 * agent message, as the desk's response timer counts it; a burst of customer lines is one wait.
 */
export type ResponseFigures = {
	/** Waits that got a reply. */
	count: number;
	averageMs: number | null;
	slowestMs: number | null;
	/** Waits (answered or not) that reached the warn / alarm threshold. */
	overWarn: number;
	overAlarm: number;
	/** Waits still open when the chat or the demo ended. */
	unanswered: number;
};

export type HoldReport = {
	atMs: number;
	/** null: the hold was never lifted. */
	durationMs: number | null;
	/** E7, E10: the hold notice (reason and estimate) went out before it. */
	announced: boolean;
	/** E9: progress updates sent while it lasted. */
	updates: number;
	/** E9: it lasted at least the update interval, so an update was due. */
	needsUpdate: boolean;
	/** E10: thanks for waiting when it ended. */
	thanked: boolean;
};

export type TransferReport = {
	atMs: number;
	/** Who took the chat, for a completed transfer. */
	to: string | null;
	outcome: 'pending' | 'completed' | 'failed';
	/** Colleagues offered the chat for this transfer. */
	offeredTo: string[];
	/** E11: the brief for the receiving agent went out before the transfer. */
	briefed: boolean;
	/** E11: the customer was told why and to whom. */
	customerTold: boolean;
	/** E11, failed transfers only (null otherwise): the e-mail request went out afterwards. */
	emailRequested: boolean | null;
	/** E11, E20, failed transfers only: a follow-up was recorded afterwards. */
	followedUp: boolean | null;
};

export type FollowupReport = {
	atMs: number;
	/** Clock time from recording to the due time, not scaled: a follow-up is a promise in the real calendar. */
	dueInMs: number;
	/** E7: a follow-up notice told the customer when. */
	customerTold: boolean;
};

export type ClosingReport = {
	/** E18: the desk closed this chat (sent a closing, or ended it while it was the desk's). */
	closedByDesk: boolean;
	/** E18: the chat was still open, and the desk's, when the demo ended: never closed, so it counts against E18 and E19. */
	openAtEnd: boolean;
	closingSent: boolean;
	/** E18: "anything else?" went out before the closing. */
	anythingElseFirst: boolean;
	/** E19: the desk asked the customer for a rating (a colleague's request after a transfer is not counted). */
	ratingRequested: boolean;
	/** E19: a closing with a rating request. */
	feedbackRequested: boolean;
	endedBy: 'customer' | 'agent' | null;
	endedAtMs: number | null;
};

export type RatingReport = {score: 1 | 2 | 3; comment: string | null; thanked: boolean};

/** One etiquette rule the demo exercised: met of `of` occasions; note says what was counted, in words. */
export type RuleSummary = {rule: string; title: string; met: number; of: number; note: string};
