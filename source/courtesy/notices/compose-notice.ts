// composeNotice: one automatic notice in the customer's language (the brief in the agent's), or why none is sent.
import {addressName} from './address-name.js';
import {BUNDLED_TEXTS} from './bundled-texts.js';
import {noticeValues, type NoticeContext} from './notice-context.js';
import {TEMPLATE_SPECS, type NoticeKind, type NoticePlaceholder, type TemplateKey} from './notice-kinds.js';
import {DEFAULT_NOTICE_LOCALE, resolveNoticeLocale, type NoticeLocale} from './notice-locale.js';
import {isNoticeEnabled} from './notices-config.js';
import {fillTemplate, hasValue, placeholdersOf, type TemplateValue} from './template.js';

/** A notice ready for the outbox; `auto` marks it in the conversation as sent automatically. */
export type ComposedNotice = {
	text: string;
	kind: NoticeKind;
	locale: NoticeLocale;
	auto: true;
	/** The transfer brief is an internal note for colleagues; everything else goes to the customer. */
	visibility: 'public' | 'internal';
	/** Which list and which wording of it: for tests, and for a desk that wants to avoid a repeat. */
	template: TemplateKey;
	variant: number;
};

/** Nothing to send, and why, in words for the agent's notice line. */
export type SkippedNotice = {skipped: string; kind: NoticeKind};

export type NoticeResult = ComposedNotice | SkippedNotice;

export function isSkipped(result: NoticeResult): result is SkippedNotice {
	return 'skipped' in result;
}

/** The list a kind reads from, given what the context knows. */
function templateKeyFor(
	kind: NoticeKind,
	values: Record<NoticePlaceholder, TemplateValue>,
	context: NoticeContext,
): TemplateKey | {skipped: string} {
	switch (kind) {
		case 'greeting':
			// E3: with a name, use it; without one, ask for it. E27: a need already described is acknowledged.
			if (context.needDescribed) return hasValue(values['customer.name']) ? 'greeting-ack' : 'greeting-ack-ask-name';
			return hasValue(values['customer.name']) ? 'greeting' : 'greeting-ask-name';
		case 'transfer':
			if (!context.target || !hasValue(values.target))
				return {skipped: 'transfer needs a target: E11, the customer is told to whom'};
			// E11 (amended): asking first, where the agent chose to.
			if (context.askConsent)
				return context.target.type === 'agent' ? 'transfer-ask-to-agent' : 'transfer-ask-to-department';
			return context.target.type === 'agent' ? 'transfer-to-agent' : 'transfer-to-department';
		case 'closing':
			// E13, E19 (amended): after a low rating, an apology; never "it was a pleasure", never a second request.
			if (context.rating === 1) return 'closing-low-rating';
			// E19: a server without the rating capability collects no rating, so the closing does not ask for one;
			// nor does it ask a customer who has rated, or been asked, already.
			return context.ratings === false || typeof context.rating === 'number' || context.ratingRequested
				? 'closing-no-rating'
				: 'closing';
		case 'hold':
			return context.extended ? 'hold-extend' : 'hold';
		case 'hold-end':
			// E10 (amended): after a hold that ran past its time, the thanks carries the apology.
			return context.overrun ? 'hold-end-late' : 'hold-end';
		case 'rating-thanks':
			// A 1 of 3 is thanked with an apology (E13), never with "glad we could help".
			return context.rating === 1 ? 'rating-thanks-low' : 'rating-thanks';
		default:
			return kind;
	}
}

/**
 * The agent's own words (a hold reason) go into a customer's notice only when the desk knows they are in the
 * customer's language: the desk's language is the customer's. Otherwise they are left out, and a wording that
 * needs no reason is chosen: half a sentence in another language reads worse than no reason at all.
 */
function freeTextFor(locale: NoticeLocale, kind: NoticeKind, context: NoticeContext): NoticeContext {
	if (kind === 'transfer-brief' || !context.reason) return context;
	const deskLocale = resolveNoticeLocale(context.agentLocale ?? DEFAULT_NOTICE_LOCALE);
	return deskLocale === locale ? context : {...context, reason: null};
}

/** A wording fits when each placeholder it uses without a fallback has a value. */
function fits(template: string, values: Readonly<Record<string, TemplateValue>>, allowed: readonly string[]): boolean {
	return placeholdersOf(template).every(
		({name, fallback, ask}) => !ask && allowed.includes(name) && (fallback !== null || hasValue(values[name])),
	);
}

function uses(template: string, name: string): boolean {
	return placeholdersOf(template).some(placeholder => placeholder.name === name);
}

/** E4: the caller's counter picks among the wordings that fit; any integer will do, negative included. */
function pick(count: number, variant: number | undefined): number {
	const n = Number.isFinite(variant) ? Math.trunc(variant ?? 0) : 0;
	return ((n % count) + count) % count;
}

/**
 * Composes one automatic notice. Pure: the same kind and context always give the same result, so the
 * desk can compose a notice again (after a reconnect, in a test) and get the same words.
 */
export function composeNotice(kind: NoticeKind, context: NoticeContext): NoticeResult {
	if (!isNoticeEnabled(kind, context.config))
		return {skipped: `${kind} notices are switched off (notices.enabled.${kind})`, kind};
	// The brief is read by the receiving colleague, so it is in the desk's language, not the customer's.
	const locale =
		kind === 'transfer-brief'
			? resolveNoticeLocale(context.agentLocale ?? DEFAULT_NOTICE_LOCALE)
			: resolveNoticeLocale(context.customerLocale);
	const texts = BUNDLED_TEXTS[locale];
	const values = noticeValues(freeTextFor(locale, kind, context), texts);
	// E28: the customer reads their name as their language addresses people; the colleague's brief keeps it whole.
	if (kind !== 'transfer-brief') {
		const name = values['customer.name'];
		values['customer.name'] = addressName(typeof name === 'string' ? name : undefined, locale);
	}
	const key = templateKeyFor(kind, values, context);
	if (typeof key !== 'string') return {...key, kind};
	const spec = TEMPLATE_SPECS[key];
	for (const name of spec.must) {
		if (!hasValue(values[name]))
			return {skipped: `${kind} needs ${name}${spec.why?.[name] ? `: ${spec.why[name]}` : ''}`, kind};
	}
	const wordings = context.config?.templates?.[key]?.[locale] ?? texts.templates[key];
	let candidates = wordings.map((text, index) => ({text, index})).filter(({text}) => fits(text, values, spec.allowed));
	// Say what the context knows (the hold's reason, the company): only wordings that use it, if any do.
	for (const name of spec.prefer) {
		if (!hasValue(values[name])) continue;
		const saying = candidates.filter(({text}) => uses(text, name));
		if (saying.length > 0) candidates = saying;
	}
	const chosen = candidates[pick(candidates.length, context.variant)];
	if (!chosen)
		return {
			skipped: `no ${key} wording in ${locale} fits what is known (check notices.templates.${key}.${locale})`,
			kind,
		};
	const {text} = fillTemplate(chosen.text, values, {known: spec.allowed});
	return {
		text: text.trim(),
		kind,
		locale,
		auto: true,
		visibility: spec.visibility,
		template: key,
		variant: chosen.index,
	};
}

/**
 * How many different wordings a kind has for this context (after the same filtering composeNotice does), so a
 * caller that must never repeat itself within a hold (E4, E9) knows when it has run out. 0 when switched off.
 */
export function wordingCount(kind: NoticeKind, context: NoticeContext): number {
	const seen = new Set<number>();
	for (let variant = 0; variant < 64; variant++) {
		const notice = composeNotice(kind, {...context, variant});
		if (isSkipped(notice) || seen.has(notice.variant)) break;
		seen.add(notice.variant);
	}
	return seen.size;
}
