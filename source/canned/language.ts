// Picks which language variant of a canned text to use for a customer's locale.

/** Tags that should find a variant written under a sibling code: Norwegian no/nn -> nb, Chinese zh-Hans/zh-CN -> zh. */
const SIBLINGS: Readonly<Record<string, readonly string[]>> = {
	no: ['nb'],
	nn: ['nb'],
	nb: ['no'],
};

export type LanguageChoice = {
	/** The variant's key in `text`. */
	language: string;
	/** True when the customer's own language had no variant (the agent should know before sending). */
	fallback: boolean;
};

/**
 * The customer's language when a variant exists (exact tag, then its primary language, then a sibling),
 * else English, else the first variant the response has.
 */
export function chooseLanguage(
	variants: Readonly<Record<string, string>>,
	locale: string | null | undefined,
): LanguageChoice {
	const available = Object.keys(variants);
	const byLower = new Map(available.map(key => [key.toLowerCase(), key]));
	if (locale) {
		const tag = locale.toLowerCase().replaceAll('_', '-');
		const primary = tag.split('-')[0]!;
		for (const candidate of [tag, primary, ...(SIBLINGS[primary] ?? [])]) {
			const found = byLower.get(candidate);
			if (found !== undefined) return {language: found, fallback: false};
		}
	}
	const english = byLower.get('en');
	if (english !== undefined) return {language: english, fallback: Boolean(locale)};
	if (available.length === 0) throw new Error('a canned response has no text');
	return {language: available[0]!, fallback: Boolean(locale)};
}
