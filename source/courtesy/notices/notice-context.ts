// What a notice may say, as plain values from the desk, and how they become placeholder values in one language.
import type {LocaleTexts} from './locale-texts.js';
import type {NoticePlaceholder} from './notice-kinds.js';
import type {NoticesConfig} from './notices-config.js';
import type {TemplateValue} from './template.js';

/** Whom a transfer goes to, by the name the customer will see. */
export type NoticeTarget = {type: 'agent' | 'department'; name: string};

/** Everything is optional but the customer's language: each kind says which values it cannot do without. */
export type NoticeContext = {
	/** The customer's language tag as the server gave it ("nb-NO", "zh-Hans"); see resolveNoticeLocale. */
	customerLocale: string | null;
	/** The desk's own language, for internal notes (the transfer brief); English when absent. */
	agentLocale?: string | null;
	/**
	 * E27: the customer already described what they need before the greeting (they wrote while waiting): the
	 * greeting acknowledges it instead of asking how it can help. See `describesNeed`.
	 */
	needDescribed?: boolean;
	/** E3: null or blank when unknown; the greeting then asks for it. */
	customerName?: string | null;
	agentName?: string | null;
	company?: string | null;
	/** The chat's department, by name. */
	department?: string | null;
	/** Hold estimate (E7), rounded up to whole minutes for the customer. */
	minutes?: number | null;
	/** Why: the hold reason (E10) or the transfer reason (E11), as the agent typed it. */
	reason?: string | null;
	/** Transfer target (E11); for the e-mail request, whoever could not take the chat. */
	target?: NoticeTarget | null;
	/** E11 (amended): the transfer notice asks the customer whether the transfer is all right, and moves nothing yet. */
	askConsent?: boolean;
	/** E7, E10: a hold already running, given a new estimate (`/hold` again): the extension's wording. */
	extended?: boolean;
	/** E7, E10: the promised hold time ran out before this notice: the wording owns it with an apology. */
	overrun?: boolean;
	/**
	 * The customer's rating, 1 to 3 (E19): a 1 is thanked with an apology. For the closing: a chat already rated
	 * is not asked again, and one rated 1 is closed with an apology, never "it was a pleasure" (E19 amended).
	 */
	rating?: number | null;
	/** False when the server cannot collect ratings (no `rating` capability): the closing asks for none. */
	ratings?: boolean;
	/** E19 (amended): a rating was already requested in this chat; the closing does not ask a second time. */
	ratingRequested?: boolean;
	/** When a follow-up is due (E7, E20); the zone is the one the desk shows times in (default UTC). */
	due?: {at: number; timeZone?: string} | null;
	/** The contact a follow-up goes to (an e-mail address). */
	contact?: string | null;
	/** The agent's note for the receiving agent (E11). */
	note?: string | null;
	/** How long the customer has waited so far, for the brief; the caller subtracts, so no clock is read here. */
	waitMs?: number | null;
	/** The customer's messages, oldest first; the brief quotes the last few. */
	customerMessages?: readonly string[];
	/**
	 * Picks the wording (E4): pass a counter that moves on (the hold update number, the chat's arrival
	 * number), and consecutive notices differ. No randomness here, so the same context gives the same text.
	 */
	variant?: number;
	/** Overrides and switches from config (`notices`), already validated. */
	config?: NoticesConfig;
};

/** The brief quotes this many of the customer's latest messages, each cut to one line. */
export const BRIEF_MESSAGE_COUNT = 5;
const BRIEF_MESSAGE_CHARS = 300;

/** One line of plain words: a name or reason with a stray newline must not break the sentence around it. */
function oneLine(value: string | null | undefined): string | undefined {
	const text = value?.replace(/\s+/g, ' ').trim();
	return text ? text : undefined;
}

function quoteMessages(messages: readonly string[] | undefined): string | undefined {
	const lines = (messages ?? [])
		.map(message => oneLine(message))
		.filter((line): line is string => line !== undefined)
		.slice(-BRIEF_MESSAGE_COUNT)
		.map(line => `> ${line.length > BRIEF_MESSAGE_CHARS ? `${line.slice(0, BRIEF_MESSAGE_CHARS - 1)}…` : line}`);
	return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The placeholder values of a context, worded in `texts` (minutes, due time, wait in that language). */
export function noticeValues(context: NoticeContext, texts: LocaleTexts): Record<NoticePlaceholder, TemplateValue> {
	const minutes = context.minutes;
	const due = context.due;
	const waitMs = context.waitMs;
	return {
		'customer.name': oneLine(context.customerName),
		'agent.name': oneLine(context.agentName),
		company: oneLine(context.company),
		department: oneLine(context.department),
		minutes:
			typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? texts.minutes(minutes) : undefined,
		// "checking the warranty." would end in ".." inside a sentence: the template brings its own stop.
		reason: oneLine(context.reason)?.replace(/[\s.。!！]+$/u, '') || undefined,
		target: oneLine(context.target?.name),
		due: due && Number.isFinite(due.at) ? texts.due(due.at, due.timeZone ?? 'UTC') : undefined,
		contact: oneLine(context.contact),
		// The brief is an internal note of several lines already: the agent's own line breaks may stay.
		note: context.note?.trim() || undefined,
		wait: typeof waitMs === 'number' && Number.isFinite(waitMs) && waitMs >= 0 ? texts.wait(waitMs) : undefined,
		messages: quoteMessages(context.customerMessages),
	};
}
