// E4: emoji in moderation (at most N per message), and only once the customer has used emoji (E4 amended).
import {describe, expect, it} from 'vitest';
import {applySuggestion, emojiIn, type GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, guardConfig, fixed, only, without} from './guard-fixtures.js';

const thanks: Record<GuardLocale, string> = {
	en: 'Thanks for waiting',
	nb: 'Takk for at du ventet',
	sv: 'Tack för att du väntade',
	fi: 'Kiitos odotuksesta',
	hu: 'Köszönöm a türelmét',
	zh: '感谢您的耐心等待',
};

describe('emoji (E4)', () => {
	for (const locale of Object.keys(thanks) as GuardLocale[]) {
		const text = thanks[locale];
		describe(locale, () => {
			it('flags an emoji the customer has not used, and Tab removes it', () => {
				const found = only('emoji', check(locale, `${text} 🙂`));
				expect(found).toHaveLength(1);
				expect(found[0]).toMatchObject({rule: 'E4', severity: 'warn'});
				expect(found[0]!.message).toMatch(/hasn't used emoji; keep it professional/);
				expect(fixed(locale, `${text} 🙂`, 'emoji')).toBe(text);
			});
			it('does not flag an emoji the customer used first', () => {
				expect(only('emoji', check(locale, `${text} 🙂`, {seen: ['🙂']}))).toEqual([]);
			});
			it('flags more than two emoji even when the customer uses them', () => {
				const found = only('emoji', check(locale, `${text} 🙂🙂🙂`, {seen: ['🙂']}));
				expect(found.map(finding => finding.message)).toEqual([
					expect.stringMatching(/3 in one message; keep it to 2 at most/),
				]);
			});
			it('does not flag text without emoji', () => {
				expect(only('emoji', check(locale, `${text} :) © ™`))).toEqual([]);
			});
		});
	}

	it('counts a ZWJ sequence, a skin tone, a flag and a keycap as one emoji each', () => {
		expect(emojiIn('👨‍👩‍👧 👍🏽 🇳🇴 1️⃣ ❤️').map(emoji => emoji.emoji)).toEqual(['👨‍👩‍👧', '👍🏽', '🇳🇴', '1️⃣', '❤️']);
		expect(only('emoji', check('en', 'Great 👨‍👩‍👧👍🏽', {seen: ['👨‍👩‍👧', '👍🏽']}))).toEqual([]);
		expect(only('emoji', check('en', 'Great 👨‍👩‍👧👍🏽🇳🇴', {seen: ['👨‍👩‍👧', '👍🏽', '🇳🇴']}))).toHaveLength(1);
	});

	it('treats skin tones and variation selectors as the same emoji for mirroring', () => {
		expect(only('emoji', check('en', 'Sure 👍🏿', {seen: ['👍']}))).toEqual([]);
		expect(only('emoji', check('en', 'Thanks ❤️', {seen: ['❤']}))).toEqual([]);
	});

	it('by default accepts any emoji once the customer has used emoji (E4 amended)', () => {
		expect(only('emoji', check('en', 'Done 🎉', {seen: ['🙂']}))).toEqual([]);
		expect(only('emoji', check('hu', 'Kész 🎉', {seen: ['😊']}))).toEqual([]);
		expect(only('emoji', check('en', 'Done 🎉'))).toHaveLength(1);
	});

	const same = guardConfig({checks: {emoji: {mirror: 'same'}}});

	it('with mirror "same", names the emoji the customer has not used when they used others', () => {
		const [finding] = only('emoji', check('en', 'Done 🎉', {seen: ['🙂'], config: same}));
		expect(finding!.message).toContain('hasn\'t used "🎉"');
	});

	it('with mirror "same", removes only the emoji the customer has not used', () => {
		const text = '🎉 Done 🙂 and shipped 🚚';
		const found = only('emoji', check('en', text, {seen: ['🙂'], config: same}));
		expect(found.map(finding => finding.message)).toEqual([
			expect.stringMatching(/3 in one message/),
			expect.stringMatching(/hasn't used "🎉 🚚"/),
		]);
		expect(applySuggestion(text, found[1]!)).toBe('Done 🙂 and shipped');
	});

	it('follows the mirror setting', () => {
		const any = guardConfig({checks: {emoji: {mirror: 'any'}}});
		expect(only('emoji', check('en', 'Done 🎉', {seen: ['🙂'], config: any}))).toEqual([]);
		expect(only('emoji', check('en', 'Done 🎉', {config: any}))).toHaveLength(1);
		const off = guardConfig({checks: {emoji: {mirror: 'off'}}});
		expect(only('emoji', check('en', 'Done 🎉', {config: off}))).toEqual([]);
	});

	it('follows the configured maximum', () => {
		const config = guardConfig({checks: {emoji: {max: 0, mirror: 'off'}}});
		expect(only('emoji', check('en', 'Done 🎉', {config}))[0]!.message).toMatch(/keep it professional/);
	});

	it('can be switched off', () => {
		expect(only('emoji', check('en', 'Done 🎉🎉🎉', {config: without('emoji')}))).toEqual([]);
	});
});
