// The bundled wording of every language, by locale.
import type {LocaleTexts} from './locale-texts.js';
import type {NoticeLocale} from './notice-locale.js';
import {en} from './locales/en.js';
import {fi} from './locales/fi.js';
import {hu} from './locales/hu.js';
import {nb} from './locales/nb.js';
import {sv} from './locales/sv.js';
import {zh} from './locales/zh.js';

export const BUNDLED_TEXTS: Readonly<Record<NoticeLocale, LocaleTexts>> = {en, nb, sv, fi, hu, zh};
