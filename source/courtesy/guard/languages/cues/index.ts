// The cue rules (E6, E7) of each language, by locale.
import type {GuardLocale} from '../../guard-locale.js';
import type {CuePack} from './cue-rule.js';
import {enCues} from './en.js';
import {fiCues} from './fi.js';
import {huCues} from './hu.js';
import {nbCues} from './nb.js';
import {svCues} from './sv.js';
import {zhCues} from './zh.js';

export const cuePacks: Readonly<Record<GuardLocale, CuePack>> = {
	en: enCues,
	nb: nbCues,
	sv: svCues,
	fi: fiCues,
	hu: huCues,
	zh: zhCues,
};
