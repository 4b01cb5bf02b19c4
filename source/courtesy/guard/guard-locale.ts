// The six languages the guard has phrase lists for, and the mapping from a customer's language tag to one of them.

export type GuardLocale = 'en' | 'nb' | 'sv' | 'fi' | 'hu' | 'zh';

export const guardLocales: readonly GuardLocale[] = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'];

/**
 * The guard language for a language tag: "nb-NO", "no" and "nn" → nb (the lists are Bokmål, which Nynorsk
 * readers read every day), "zh-Hans-CN" → zh, "sv-FI" → sv; anything unknown falls back to English.
 */
export function guardLocale(tag: string): GuardLocale {
	const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
	switch (language) {
		case 'nb':
		case 'no':
		case 'nn':
			return 'nb';
		case 'sv':
		case 'fi':
		case 'hu':
		case 'zh':
		case 'en':
			return language;
		default:
			return 'en';
	}
}
