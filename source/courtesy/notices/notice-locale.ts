// Which of the notice languages a customer (or the desk) gets: the language table's one resolver, under the notices' names.
import {DEFAULT_LANGUAGE, LANGUAGES, isLanguage, resolveLanguage, type Language} from '../languages.js';

export const NOTICE_LOCALES = LANGUAGES;
export type NoticeLocale = Language;

/** The language the desk itself speaks when nothing else is known. */
export const DEFAULT_NOTICE_LOCALE: NoticeLocale = DEFAULT_LANGUAGE;

export const isNoticeLocale = isLanguage;

/**
 * Best notice language for a tag: BCP 47 ("nb-NO", "zh-Hans-CN") or POSIX ("nb_NO.UTF-8", as in $LANG).
 * Anything else, or nothing, gets English.
 */
export const resolveNoticeLocale = resolveLanguage;
