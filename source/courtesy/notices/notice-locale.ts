// Which of the six notice languages a customer (or the desk) gets, from whatever language tag arrived.

export const NOTICE_LOCALES = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/** The language the desk itself speaks when nothing else is known. */
export const DEFAULT_NOTICE_LOCALE: NoticeLocale = 'en';

const BY_LANGUAGE: Readonly<Record<string, NoticeLocale>> = {
	en: 'en',
	nb: 'nb',
	// "no" is the macrolanguage: written Norwegian is Bokmål for nearly everyone who sends it.
	no: 'nb',
	// Nynorsk readers read Bokmål every day; that beats English for them.
	nn: 'nb',
	sv: 'sv',
	fi: 'fi',
	hu: 'hu',
	// Simplified Chinese for every Chinese tag (zh-TW and zh-Hant included): written Chinese, even in the
	// other script, serves a Chinese reader better than English would.
	zh: 'zh',
};

export function isNoticeLocale(value: string): value is NoticeLocale {
	return (NOTICE_LOCALES as readonly string[]).includes(value);
}

/**
 * Best notice language for a tag: BCP 47 ("nb-NO", "zh-Hans-CN") or POSIX ("nb_NO.UTF-8", as in $LANG).
 * Anything else, or nothing, gets English.
 */
export function resolveNoticeLocale(tag: string | null | undefined): NoticeLocale {
	if (!tag) return DEFAULT_NOTICE_LOCALE;
	const language =
		tag
			.trim()
			.toLowerCase()
			.split(/[-_.@]/, 1)[0] ?? '';
	return BY_LANGUAGE[language] ?? DEFAULT_NOTICE_LOCALE;
}
