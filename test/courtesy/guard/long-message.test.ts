// E5: one point at a time; a message over the configured length gets one finding suggesting a split.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, guardConfig, only, without} from './guard-fixtures.js';

const sentence: Record<GuardLocale, string> = {
	en: 'Your parcel left our warehouse this morning. ',
	nb: 'Pakken din forlot lageret vårt i morges. ',
	sv: 'Ditt paket lämnade vårt lager i morse. ',
	fi: 'Pakettisi lähti varastostamme tänä aamuna. ',
	hu: 'A csomagja ma reggel elhagyta a raktárunkat. ',
	zh: '您的包裹今天上午已经从仓库发出。',
};

const repeatTo = (piece: string, length: number): string => {
	let text = '';
	while ([...text].length + [...piece].length <= length) text += piece;
	return text;
};

describe('long messages (E5)', () => {
	for (const locale of Object.keys(sentence) as GuardLocale[]) {
		it(`${locale}: flags a message over 500 characters once, not one within it`, () => {
			const short = repeatTo(sentence[locale], 480);
			expect(only('longMessage', check(locale, short))).toEqual([]);
			const long = short + short;
			const found = only('longMessage', check(locale, long));
			expect(found).toHaveLength(1);
			expect(found[0]).toMatchObject({rule: 'E5', severity: 'warn'});
			expect(found[0]!.message).toMatch(/split/);
			expect(found[0]!.suggestion).toBeUndefined();
		});
	}

	it('counts characters as the reader sees them: an emoji or a Chinese character is one', () => {
		const config = guardConfig({checks: {longMessage: {maxLength: 5}, emoji: false}});
		expect(only('longMessage', check('zh', '您好👨‍👩‍👧吗', {config}))).toEqual([]);
		expect(only('longMessage', check('zh', '您好👨‍👩‍👧吗？！', {config}))).toHaveLength(1);
	});

	it('marks the part beyond the limit', () => {
		const config = guardConfig({checks: {longMessage: {maxLength: 10}}});
		const [finding] = only('longMessage', check('en', 'abcdefghij and the rest', {config}));
		expect(finding!.excerpt).toBe(' and the rest');
		expect(finding!.span).toEqual({start: 10, end: 23});
	});

	it('can be switched off', () => {
		expect(only('longMessage', check('en', 'x'.repeat(600), {config: without('longMessage')}))).toEqual([]);
	});
});
