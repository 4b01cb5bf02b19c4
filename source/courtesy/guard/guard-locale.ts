// The languages the guard has phrase lists for: the same table, and the same resolver, as the notices.
import {resolveLanguage, type Language} from '../languages.js';

export type GuardLocale = Language;

/** "nb-NO", "no" and "nn" → nb, "zh-Hans-CN" → zh, anything unknown → en (one mapping for guard and notices). */
export const guardLocale: (tag: string) => GuardLocale = resolveLanguage;
