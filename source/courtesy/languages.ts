// The languages switchboard speaks, in one table: every language list and tag rule in the project derives from it.

/**
 * One line per language: its code, its name in English (for help texts) and the tags that read it as their own.
 * Adding a language is this line plus its notice texts (courtesy/notices/locales/) and its guard pack
 * (courtesy/guard/languages/); the compiler then asks for both to be registered.
 */
const LANGUAGE_TABLE = [
	{code: 'en', name: 'English', readBy: []},
	// "no" is the macrolanguage: written Norwegian is Bokmål for nearly everyone who sends it; Nynorsk
	// readers read Bokmål every day, which beats English for them.
	{code: 'nb', name: 'Norwegian Bokmål', readBy: ['no', 'nn']},
	{code: 'sv', name: 'Swedish', readBy: []},
	{code: 'fi', name: 'Finnish', readBy: []},
	{code: 'hu', name: 'Hungarian', readBy: []},
	// Every Chinese tag (zh-TW and zh-Hant included) gets Simplified Chinese: written Chinese, even in the
	// other script, serves a Chinese reader better than English would.
	{code: 'zh', name: 'Simplified Chinese', readBy: []},
] as const satisfies readonly {code: string; name: string; readBy: readonly string[]}[];

export type Language = (typeof LANGUAGE_TABLE)[number]['code'];

/** The codes in table order: en, nb, sv, fi, hu, zh. */
export const LANGUAGES: readonly Language[] = LANGUAGE_TABLE.map(row => row.code);

/** The language the desk speaks when nothing else is known. */
export const DEFAULT_LANGUAGE: Language = 'en';

const BY_PRIMARY: ReadonlyMap<string, Language> = new Map(
	LANGUAGE_TABLE.flatMap(row => [[row.code, row.code] as const, ...row.readBy.map(tag => [tag, row.code] as const)]),
);

export function isLanguage(value: string): value is Language {
	return (LANGUAGES as readonly string[]).includes(value);
}

/** The primary subtag of a BCP 47 ("nb-NO", "zh-Hans-CN") or POSIX ("nb_NO.UTF-8") tag, lower case. */
export function primaryLanguage(tag: string): string {
	return (
		tag
			.trim()
			.toLowerCase()
			.split(/[-_.@]/, 1)[0] ?? ''
	);
}

/** The language a tag is read in, or null when switchboard does not speak it ("no-NO" → nb, "pt-BR" → null). */
export function languageOfTag(tag: string | null | undefined): Language | null {
	if (!tag) return null;
	return BY_PRIMARY.get(primaryLanguage(tag)) ?? null;
}

/** The language a tag is read in, English for anything switchboard does not speak. */
export function resolveLanguage(tag: string | null | undefined): Language {
	return languageOfTag(tag) ?? DEFAULT_LANGUAGE;
}

/**
 * The keys a text written for `tag` may be filed under, best first: the tag itself, its primary language, the
 * language that reads it, and that language's other tags ("no-NO" → no-no, no, nb, nn). For choosing among
 * variants someone else wrote (canned texts, a scenario's greetings).
 */
export function variantKeysFor(tag: string): string[] {
	const lower = tag.trim().toLowerCase().replaceAll('_', '-');
	const primary = primaryLanguage(lower);
	const language = BY_PRIMARY.get(primary);
	const family = LANGUAGE_TABLE.find(row => row.code === language);
	const keys = [lower, primary, ...(family ? [family.code, ...family.readBy] : [])];
	return [...new Set(keys)];
}

/** "en, nb, sv, fi, hu or zh": for help texts and error messages. */
export function languageList(conjunction = 'or'): string {
	return `${LANGUAGES.slice(0, -1).join(', ')} ${conjunction} ${LANGUAGES.at(-1)}`;
}
