// Which of the six languages a customer's tag gets: regions, scripts, Norwegian variants, POSIX tags, fallback to English.
import {describe, expect, it} from 'vitest';
import {resolveNoticeLocale} from '../../../source/courtesy/notices/notice-locale.js';

describe('resolveNoticeLocale', () => {
	it.each([
		['en', 'en'],
		['en-GB', 'en'],
		['nb', 'nb'],
		['nb-NO', 'nb'],
		['no', 'nb'],
		['nn', 'nb'],
		['nn-NO', 'nb'],
		['sv-SE', 'sv'],
		['sv-FI', 'sv'],
		['fi', 'fi'],
		['fi-FI', 'fi'],
		['hu-HU', 'hu'],
		['zh', 'zh'],
		['zh-CN', 'zh'],
		['zh-Hans', 'zh'],
		['zh-Hans-CN', 'zh'],
		['zh-TW', 'zh'],
		['NB-no', 'nb'],
		['nb_NO.UTF-8', 'nb'],
		['fi_FI@euro', 'fi'],
	])('%s -> %s', (tag, expected) => {
		expect(resolveNoticeLocale(tag)).toBe(expected);
	});

	it.each(['de', 'da-DK', 'se', 'fr-FR', 'C', 'POSIX', '', '   '])('unknown %j -> en', tag => {
		expect(resolveNoticeLocale(tag)).toBe('en');
	});

	it('null and undefined -> en', () => {
		expect(resolveNoticeLocale(null)).toBe('en');
		expect(resolveNoticeLocale(undefined)).toBe('en');
	});
});
