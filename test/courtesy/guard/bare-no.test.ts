// E6: a message that is or opens with a refusal must offer an alternative; "No problem" and friends are not refusals.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, only, without} from './guard-fixtures.js';

/** [flagged message, the refusal] */
const flagged: Record<GuardLocale, [string, string][]> = {
	en: [
		['No.', 'No'],
		['No', 'No'],
		['Nope!', 'Nope'],
		['Sorry, no.', 'no'],
		["No, we don't ship to Iceland.", 'No'],
		["I'm afraid not.", "I'm afraid not"],
	],
	nb: [
		['Nei.', 'Nei'],
		['Nei, dessverre.', 'Nei, dessverre'],
		['Beklager, nei.', 'nei'],
		['Dessverre ikke.', 'Dessverre ikke'],
		['Nei, vi sender ikke til Island.', 'Nei'],
	],
	sv: [
		['Nej', 'Nej'],
		['Nej.', 'Nej'],
		['Nej tyvärr.', 'Nej tyvärr'],
		['Tyvärr inte.', 'Tyvärr inte'],
		['Nä, det gör vi inte.', 'Nä'],
	],
	fi: [
		['Ei.', 'Ei'],
		['Ei käy.', 'Ei käy'],
		['Valitettavasti ei.', 'Valitettavasti ei'],
		['Anteeksi, ei onnistu.', 'ei onnistu'],
		['En voi.', 'En voi'],
	],
	hu: [
		['Nem.', 'Nem'],
		['Sajnos nem.', 'Sajnos nem'],
		['Nem lehet.', 'Nem lehet'],
		['Elnézést, nem.', 'nem'],
	],
	zh: [
		['不行。', '不行'],
		['不。', '不'],
		['不可以！', '不可以'],
		['抱歉，不行。', '不行'],
		['没有。', '没有'],
	],
};

const notFlagged: Record<GuardLocale, string[]> = {
	en: [
		'No problem!',
		'No worries, happy to help.',
		'No, but I can send a replacement today.',
		'No. What I can do is refund the shipping.',
		'No, that’s totally fine.',
		'Oh no, I’m so sorry to hear that.',
		'Nobody has to wait.',
		'Not at all!',
		'No need to apologise.',
		'Known issue, fixed in the next update.',
	],
	nb: [
		'Nei da, det går fint.',
		'Neida!',
		'Ingen problem!',
		'Nei, men jeg kan sende en ny i dag.',
		'Nei, så leit å høre!',
		'Nei, det går helt fint.',
		'Nei, du trenger ikke å betale igjen.',
	],
	sv: [
		'Nej då, det går bra.',
		'Inga problem!',
		'Nej, men jag kan skicka en ny.',
		'Nej, vad tråkigt!',
		'Ingen fara.',
		'Nej, du behöver inte betala igen.',
	],
	fi: [
		'Ei hätää!',
		'Ei se mitään.',
		'Ei, mutta voin lähettää uuden.',
		'Ei ongelmaa.',
		'Voi ei, ikävä kuulla.',
		'Eilen lähetimme sen.',
	],
	hu: [
		'Nem probléma!',
		'Semmi gond.',
		'Nem, nem probléma.',
		'Nem, de küldhetek egy újat.',
		'Nem baj!',
		'Nemsokára megérkezik.',
	],
	zh: [
		'没问题！',
		'不客气。',
		'不用谢！',
		'不行，不过我可以帮您换货。',
		'不，没关系。',
		'不好意思，让您久等了。',
		'不用担心，我来处理。',
	],
};

describe('a bare "no" without an alternative (E6)', () => {
	for (const locale of Object.keys(flagged) as GuardLocale[]) {
		describe(locale, () => {
			it.each(flagged[locale])('flags %j', (text, refusal) => {
				const found = only('bareNo', check(locale, text));
				expect(found).toHaveLength(1);
				expect(found[0]).toMatchObject({rule: 'E6', severity: 'warn', excerpt: refusal});
				expect(found[0]!.message).toMatch(/alternative/);
				expect(found[0]!.suggestion).toBeUndefined();
			});
			it.each(notFlagged[locale])('does not flag %j', text => {
				expect(only('bareNo', check(locale, text))).toEqual([]);
			});
		});
	}

	it('knows English refusals in every language, and reads alternatives in both', () => {
		expect(only('bareNo', check('nb', 'No.'))).toHaveLength(1);
		expect(only('bareNo', check('nb', 'Nei, but I can send a new one.'))).toEqual([]);
	});

	it('does not count a negated alternative', () => {
		expect(only('bareNo', check('en', 'No, I can not.'))).toHaveLength(1);
		expect(only('bareNo', check('nb', 'Nei, jeg kan ikke.'))).toHaveLength(1);
		expect(only('bareNo', check('zh', '不行，我无法帮您。'))).toHaveLength(1);
	});

	it('can be switched off', () => {
		expect(only('bareNo', check('en', 'No.', {config: without('bareNo')}))).toEqual([]);
	});
});
