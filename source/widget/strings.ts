// The widget's six languages: their codes and own names, the sentences of each (strings/), and the browser's pick.
import {en} from './strings/en.js';
import {fi} from './strings/fi.js';
import {hu} from './strings/hu.js';
import {nb} from './strings/nb.js';
import type {Strings} from './strings/shape.js';
import {sv} from './strings/sv.js';
import {zh} from './strings/zh.js';

export const LANGUAGES = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name for itself, for the language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = {
	en: 'English',
	nb: 'Norsk bokmål',
	sv: 'Svenska',
	fi: 'Suomi',
	hu: 'Magyar',
	zh: '中文（简体）',
};

export type {Strings} from './strings/shape.js';

/**
 * Forms of address (E28): Norwegian and Swedish du, Finnish sinä, Hungarian the polite Ön forms, Chinese 您. One file
 * per language under strings/, each written as a native speaker would say it.
 */
export const STRINGS: Record<Language, Strings> = {en, nb, sv, fi, hu, zh};

/** The first of the browser's preferred languages the widget speaks (nn and no count as nb), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0]!;
		const language = base === 'nn' || base === 'no' ? 'nb' : base;
		if ((LANGUAGES as readonly string[]).includes(language)) return language as Language;
	}
	return 'en';
}
