// E18: whether /end should first ask "anything else?", or may close because that was just asked.
import type {NoticeLocale} from './notice-locale.js';

/** "The last few minutes" of the issue: an answer older than this may no longer hold. */
export const ANYTHING_ELSE_WINDOW_MS = 5 * 60_000;

/**
 * True when /end should ask first: never asked, or asked `windowMs` ago or longer. A time in the future
 * (clocks out of step) counts as just asked, so a customer is not asked twice in a row.
 */
export function shouldAskAnythingElse(
	lastAskedAt: number | null | undefined,
	now: number,
	windowMs: number = ANYTHING_ELSE_WINDOW_MS,
): boolean {
	if (lastAskedAt === null || lastAskedAt === undefined || !Number.isFinite(lastAskedAt)) return true;
	return now - lastAskedAt >= windowMs;
}

/**
 * E18: "anything else?" as agents write it in their own words or a canned text, per language. Checked in
 * the customer's language and in English (agents mix it into every language).
 */
const ANYTHING_ELSE: Readonly<Record<NoticeLocale, RegExp>> = {
	en: /\b(anything else|something else I can|any other (questions?|way I can)|help with anything more)\b/i,
	nb: /\b(noe (annet|mer) (jeg kan|du lurer|du trenger)|(hjelpe|bistå) deg med noe (annet|mer)|andre spørsmål)\b/i,
	sv: /\b(något (annat|mer) (jag kan|du undrar|du behöver)|hjälpa dig med något (annat|mer)|andra frågor)\b/i,
	fi: /(voinko|voisinko) (vielä )?auttaa (jossain|jotenkin|muussa)|onko (vielä )?(jotain|mitään) muuta|muita kysymyksiä/i,
	hu: /(bármi|valami|miben) (más|egyéb)ben|segíthetek (még )?(valamiben|másban)|van (még )?(más|egyéb) kérdés/i,
	zh: /还有(其他|别的|什么)(问题|需要|可以|地方|要)/,
};

/** True when an agent's message asks whether there is anything else (E18), in `locale` or in English. */
export function asksAnythingElse(text: string, locale: NoticeLocale): boolean {
	return ANYTHING_ELSE[locale].test(text) || ANYTHING_ELSE.en.test(text);
}
