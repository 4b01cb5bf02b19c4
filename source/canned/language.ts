// Picks which language variant of a canned text (or any per-language wording) to use for a customer's locale.
import {variantKeysFor} from '../courtesy/languages.js';

export type LanguageChoice = {
	/** The variant's key in `text`. */
	language: string;
	/** True when the customer's own language had no variant (the agent should know before sending). */
	fallback: boolean;
};

/**
 * The customer's language when a variant exists (exact tag, then its primary language, then the language that
 * reads it and that language's other tags: no/nn/nb),
 * else English, else the first variant the response has.
 */
export function chooseLanguage(
	variants: Readonly<Record<string, string>>,
	locale: string | null | undefined,
): LanguageChoice {
	const available = Object.keys(variants);
	const byLower = new Map(available.map(key => [key.toLowerCase(), key]));
	if (locale) {
		for (const candidate of variantKeysFor(locale)) {
			const found = byLower.get(candidate);
			if (found !== undefined) return {language: found, fallback: false};
		}
	}
	const english = byLower.get('en');
	if (english !== undefined) return {language: english, fallback: Boolean(locale)};
	if (available.length === 0) throw new Error('a canned response has no text');
	return {language: available[0]!, fallback: Boolean(locale)};
}
