// The bundled wording of all six languages: complete, valid by the same rules as overrides, varied (E4), tidy.
import {describe, expect, it} from 'vitest';
import {BUNDLED_TEXTS} from '../../../source/courtesy/notices/bundled-texts.js';
import {composeNotice, isSkipped} from '../../../source/courtesy/notices/compose-notice.js';
import {TEMPLATE_KEYS} from '../../../source/courtesy/notices/notice-kinds.js';
import {NOTICE_LOCALES} from '../../../source/courtesy/notices/notice-locale.js';
import {checkTemplate} from '../../../source/courtesy/notices/notices-config.js';

describe.each(NOTICE_LOCALES)('%s', locale => {
	const texts = BUNDLED_TEXTS[locale];

	it('has every list, each passing the checks an override must pass', () => {
		expect(texts.locale).toBe(locale);
		for (const key of TEMPLATE_KEYS) {
			const wordings = texts.templates[key];
			expect(wordings.length, key).toBeGreaterThanOrEqual(key === 'transfer-brief' ? 1 : 3);
			expect(new Set(wordings).size, `${key} repeats a wording`).toBe(wordings.length);
			for (const wording of wordings) expect(checkTemplate(key, wording), `${key}: ${wording}`).toEqual([]);
		}
	});

	it('E9: at least four hold updates, so the rotation does not feel like a loop', () => {
		expect(texts.templates['hold-update'].length).toBeGreaterThanOrEqual(4);
	});

	it('is typeset cleanly: no double spaces, no space before punctuation, no doubled stops', () => {
		for (const key of TEMPLATE_KEYS) {
			for (const wording of texts.templates[key]) {
				expect(wording, key).not.toMatch(/ {2}| [,.!?:;]|\.\.|,,|\s$|^\s/);
				if (locale !== 'zh') expect(wording, key).not.toMatch(/ - /);
			}
		}
	});

	it('E2: a greeting is neither curt nor a paragraph', () => {
		for (const name of ['Kari Nordmann', null]) {
			for (let variant = 0; variant < 5; variant++) {
				const result = composeNotice('greeting', {
					customerLocale: locale,
					customerName: name,
					agentName: 'Alex',
					company: 'Acme',
					variant,
				});
				if (isSkipped(result)) throw new Error(result.skipped);
				expect(result.text.length).toBeGreaterThanOrEqual(locale === 'zh' ? 20 : 50);
				expect(result.text.length).toBeLessThanOrEqual(locale === 'zh' ? 90 : 220);
			}
		}
	});
});

describe('inflecting languages', () => {
	const NAMES = /\{\{(customer\.name|agent\.name|company|department|target)\}\}(?:[-:]?\p{L})/u;

	it.each(['fi', 'hu', 'nb', 'sv', 'en'] as const)('%s: no case ending is glued to a name', locale => {
		for (const key of TEMPLATE_KEYS)
			for (const wording of BUNDLED_TEXTS[locale].templates[key]) expect(wording, key).not.toMatch(NAMES);
	});

	it('fi: minutes never stand where Finnish would need the genitive or the object form', () => {
		for (const wording of BUNDLED_TEXTS.fi.templates.hold) {
			expect(wording).not.toMatch(/\{\{minutes\}\}\s+(kuluttua|kuluessa|päästä|ajan|aikaa)/);
			expect(wording).not.toMatch(/(vie|tarvitsen|kestää)\s+(noin\s+|arviolta\s+)?\{\{minutes\}\}/);
		}
	});

	it('hu: minutes only before "múlva", "alatt", in "… türelmét kérem", or as a plain amount (nominative)', () => {
		for (const wording of [...BUNDLED_TEXTS.hu.templates.hold, ...BUNDLED_TEXTS.hu.templates['hold-extend']]) {
			expect(wording).toMatch(/\{\{minutes\}\} (múlva|alatt|türelmét|az egész|lesz|kell|–)/);
		}
	});

	it('hu: the polite "Ön" throughout, never the familiar "te"', () => {
		const familiar = /\b(te|téged|neked|veled|tied|szia|várj|írd|add meg|segíthetek neked)\b/iu;
		for (const key of TEMPLATE_KEYS)
			for (const wording of BUNDLED_TEXTS.hu.templates[key]) expect(wording, key).not.toMatch(familiar);
	});

	it('zh: the customer is 您, never 你', () => {
		for (const key of TEMPLATE_KEYS)
			for (const wording of BUNDLED_TEXTS.zh.templates[key]) expect(wording, key).not.toContain('你');
	});
});

describe('time words', () => {
	it('minutes in each language, rounded up', () => {
		const forms = NOTICE_LOCALES.map(locale => [
			BUNDLED_TEXTS[locale].minutes(1),
			BUNDLED_TEXTS[locale].minutes(5),
			BUNDLED_TEXTS[locale].minutes(2.2),
		]);
		expect(forms).toEqual([
			['1 minute', '5 minutes', '3 minutes'],
			['1 minutt', '5 minutter', '3 minutter'],
			['1 minut', '5 minuter', '3 minuter'],
			['1 minuutti', '5 minuuttia', '3 minuuttia'],
			['1 perc', '5 perc', '3 perc'],
			['1分钟', '5分钟', '3分钟'],
		]);
	});

	it('waits for the brief: seconds, minutes, hours', () => {
		expect([45_000, 372_000, 3_900_000, 7_200_000].map(ms => BUNDLED_TEXTS.en.wait(ms))).toEqual([
			'45 s',
			'6 min',
			'1 h 5 min',
			'2 h',
		]);
		expect(BUNDLED_TEXTS.hu.wait(3_900_000)).toBe('1 óra 5 perc');
		expect(BUNDLED_TEXTS.zh.wait(45_000)).toBe('45 秒');
	});

	it('hu: each day of the month takes the suffix its spoken number needs, and no colon introduces the date', () => {
		const day = (n: number) => BUNDLED_TEXTS.hu.due(Date.UTC(2026, 11, n, 13, 30), 'Europe/Budapest');
		expect(day(8)).toBe('december 8-án, kedden 14:30-ig (közép-európai idő)');
		expect(day(1)).toMatch(/^december 1-jén, kedden /);
		expect(day(4)).toMatch(/^december 4-én, pénteken /);
		expect(day(20)).toMatch(/^december 20-án, vasárnap /);
		expect(day(31)).toMatch(/^december 31-én, csütörtökön /);
		for (const wording of BUNDLED_TEXTS.hu.templates.followup) expect(wording).not.toMatch(/:\s*\{\{due\}\}/);
	});

	it('due times name the zone and read in each language', () => {
		const at = Date.UTC(2025, 2, 4, 13, 0);
		expect(BUNDLED_TEXTS.en.due(at, 'Europe/Oslo')).toMatch(/Tuesday.*4 March.*14:00/);
		expect(BUNDLED_TEXTS.nb.due(at, 'Europe/Oslo')).toMatch(/tirsdag 4\. mars.*14:00/);
		expect(BUNDLED_TEXTS.sv.due(at, 'Europe/Stockholm')).toMatch(/tisdag 4 mars.*14:00/);
		expect(BUNDLED_TEXTS.fi.due(at, 'Europe/Helsinki')).toMatch(/^4\.3\. klo 15\.00/);
		// As a Hungarian writes it: the day's suffix fitted to the number, the weekday in the sentence, "-ig" for "by".
		expect(BUNDLED_TEXTS.hu.due(at, 'Europe/Budapest')).toBe('március 4-én, kedden 14:00-ig (közép-európai idő)');
		expect(BUNDLED_TEXTS.zh.due(at, 'Asia/Shanghai')).toMatch(/^3月4日（星期二）21:00（/);
		expect(BUNDLED_TEXTS.en.due(at, 'UTC')).toContain('UTC');
		// E7: the zone said plainly, by its everyday name, never as an offset a customer has to work out.
		expect(BUNDLED_TEXTS.en.due(at, 'Europe/Oslo')).toContain('Central European Time');
		expect(BUNDLED_TEXTS.fi.due(at, 'Europe/Helsinki')).toContain('Itä-Euroopan aika');
		expect(BUNDLED_TEXTS.zh.due(at, 'Asia/Shanghai')).toContain('中国标准时间');
		expect(BUNDLED_TEXTS.en.due(at, 'America/New_York')).toContain('Eastern Time');
		for (const locale of ['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const)
			for (const zone of ['Europe/Helsinki', 'Asia/Shanghai', 'America/New_York'])
				expect(BUNDLED_TEXTS[locale].due(at, zone), `${locale} ${zone}`).not.toMatch(/(GMT|UTC)[+-−]\d/u);
	});
});

describe('wordings a native review found wrong are gone', () => {
	const FOUND: Record<string, readonly RegExp[]> = {
		fi: [/Olen \{\{agent\.name\}\} \(\{\{company\}\}\)/, /edustan täällä yritystä/, /Kerro vapaasti/],
		nb: [/sjekker bare inn/, /har ikke glemt deg/, /Det går fremover/],
		sv: [/är på det/, /hör bara av mig/, /Det går framåt/],
		hu: [/nevű kollégám/, /Haladok/],
		zh: [/贵姓/, /跟您确认一下/, /事情正在推进/],
		en: [/making progress/, /haven't forgotten you/],
	};
	it.each(Object.entries(FOUND))('%s', (locale, phrases) => {
		const all = Object.values(BUNDLED_TEXTS[locale as keyof typeof BUNDLED_TEXTS].templates).flat();
		for (const phrase of phrases) for (const wording of all) expect(wording).not.toMatch(phrase);
	});
});
