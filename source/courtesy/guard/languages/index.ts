// The guard's language packs by locale.
import type {GuardLocale} from '../guard-locale.js';
import {en} from './en.js';
import {fi} from './fi.js';
import {hu} from './hu.js';
import type {LanguagePack} from './language-pack.js';
import {nb} from './nb.js';
import {sv} from './sv.js';
import {zh} from './zh.js';

export const languagePacks: Readonly<Record<GuardLocale, LanguagePack>> = {en, nb, sv, fi, hu, zh};

/** The packs that apply to a message: its own language, then English, which agents mix into every language. */
export function packsFor(locale: GuardLocale): LanguagePack[] {
	return locale === 'en' ? [en] : [languagePacks[locale], en];
}

export type {LanguagePack} from './language-pack.js';
