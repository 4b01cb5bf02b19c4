// E7 (amended): blame-shifting and excuses are findings in every language, with advice to own the problem.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, only, without} from './guard-fixtures.js';

const blamed: Record<GuardLocale, string[]> = {
	en: [
		"Unfortunately that's the warehouse's mistake.",
		'The carrier messed up the address, not us.',
		"I'm new here, so bear with me.",
		"We're short-staffed today.",
	],
	nb: [
		'Det er lageret som har rotet det til.',
		'Det er ikke min feil at pakken er forsinket.',
		'Jeg er ny her, så det tar litt tid.',
	],
	sv: [
		'Det är systemet som strular igen.',
		'Det är inte vårt fel att leveransen är sen.',
		'Jag är ny här, så det går lite långsamt.',
	],
	fi: ['Posti hukkasi paketin.', 'Se ei ole meidän vikamme.', 'Olen uusi täällä, joten tässä menee hetki.'],
	hu: ['A posta elkeverte a csomagot.', 'Ez nem a mi hibánk.', 'Még új vagyok itt, ezért lassabb vagyok.'],
	zh: ['这是物流公司的问题。', '这个跟我们没有关系。', '最近咨询的人特别多，请耐心等待。'],
};

const owned: Record<GuardLocale, string[]> = {
	en: [
		"I'm sorry the parcel went to the wrong address. I'll have a new one sent today.",
		'Is that all right with you?',
	],
	nb: ['Beklager at pakken ble forsinket. Jeg sender en ny i dag.', 'Det er ingenting du trenger å gjøre.'],
	sv: ['Förlåt att leveransen blev sen. Jag skickar en ny i dag.', 'Det gäller inte dig, bara företagskunder.'],
	fi: ['Pahoittelen, että paketti myöhästyi. Lähetän uuden tänään.', 'Ei se mitään!'],
	hu: ['Elnézést a késésért, még ma küldök egy újat.', 'Nem mindegy, melyik címre menjen?'],
	zh: ['很抱歉包裹送错了地址，我今天就给您补发。', '没关系，我们一起看看。'],
};

describe('blame and excuses (E7)', () => {
	for (const locale of Object.keys(blamed) as GuardLocale[]) {
		describe(locale, () => {
			for (const text of blamed[locale])
				it(`flags ${JSON.stringify(text)}`, () => {
					const found = only('blame', check(locale, text));
					expect(found.length).toBeGreaterThanOrEqual(1);
					expect(found[0]).toMatchObject({rule: 'E7', severity: 'warn'});
					expect(found[0]!.message).toMatch(/^Blame or excuse \(E7\): ".+" — /);
				});
			for (const text of owned[locale])
				it(`leaves ${JSON.stringify(text)} alone`, () => {
					expect(only('blame', check(locale, text))).toEqual([]);
				});
		});
	}

	it('is checked in English in every chat (agents mix)', () => {
		expect(only('blame', check('nb', "That's the courier's fault."))).toHaveLength(1);
	});

	it('can be switched off', () => {
		expect(check('en', "That's the courier's fault.", {config: without('blame')})).toEqual([]);
	});
});
