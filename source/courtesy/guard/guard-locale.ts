// The six languages the guard has phrase lists for: the same six, and the same tag mapping, as the notices.
import {NOTICE_LOCALES, resolveNoticeLocale, type NoticeLocale} from '../notices/notice-locale.js';

export type GuardLocale = NoticeLocale;

export const guardLocales: readonly GuardLocale[] = NOTICE_LOCALES;

/** "nb-NO", "no" and "nn" → nb, "zh-Hans-CN" → zh, anything unknown → en (one mapping for guard and notices). */
export function guardLocale(tag: string): GuardLocale {
	return resolveNoticeLocale(tag);
}
