// The one language table: every list and tag rule agrees with it (notices, guard, canned variants, config, CLI flags).
import {describe, expect, it} from 'vitest';
import {chooseLanguage} from '../../source/canned/language.js';
import {checkLanguageTag} from '../../source/config/zone-and-language.js';
import {languagePacks} from '../../source/courtesy/guard/languages/index.js';
import {guardLocale} from '../../source/courtesy/guard/guard-locale.js';
import {LANGUAGES, languageOfTag, variantKeysFor} from '../../source/courtesy/languages.js';
import {BUNDLED_TEXTS} from '../../source/courtesy/notices/bundled-texts.js';
import {NOTICE_LOCALES, resolveNoticeLocale} from '../../source/courtesy/notices/notice-locale.js';
import {cannedHelp} from '../../source/cli/help-text.js';

const TAGS = ['en-GB', 'no', 'nn-NO', 'nb_NO.UTF-8', 'sv-FI', 'fi', 'hu-HU', 'zh-Hant-TW', 'de', 'pt-BR', ''];

describe('the language table', () => {
	it('is the list the notices, the guard and their registries use', () => {
		expect(LANGUAGES).toEqual(['en', 'nb', 'sv', 'fi', 'hu', 'zh']);
		expect(NOTICE_LOCALES).toEqual(LANGUAGES);
		expect(Object.keys(BUNDLED_TEXTS)).toEqual(LANGUAGES);
		expect(Object.keys(languagePacks)).toEqual(LANGUAGES);
	});

	it('gives every tag the same language in the notices, the guard and the config check', () => {
		for (const tag of TAGS) {
			const language = languageOfTag(tag);
			expect(resolveNoticeLocale(tag), tag).toBe(language ?? 'en');
			expect(guardLocale(tag), tag).toBe(language ?? 'en');
			expect(checkLanguageTag(tag) !== null, tag).toBe(language !== null);
		}
	});

	it('finds a wording filed under a sibling tag: no/nn/nb all read Bokmål', () => {
		expect(variantKeysFor('no-NO')).toEqual(['no-no', 'no', 'nb', 'nn']);
		expect(variantKeysFor('nb')).toEqual(['nb', 'no', 'nn']);
		expect(chooseLanguage({no: 'Hei', en: 'Hi'}, 'nb-NO')).toEqual({language: 'no', fallback: false});
		expect(chooseLanguage({nb: 'Hei', en: 'Hi'}, 'no')).toEqual({language: 'nb', fallback: false});
		expect(chooseLanguage({nb: 'Hei', en: 'Hi'}, 'de')).toEqual({language: 'en', fallback: true});
	});

	it('names a --text flag for every language in the canned help', () => {
		for (const language of LANGUAGES) expect(cannedHelp).toContain(`--text-${language}`);
	});
});
