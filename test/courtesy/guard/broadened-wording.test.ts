// Issue 12: the guard's phrases reach past the exact words they were written from (a filler word inside a phrase,
// someone else's mistake a few words on, inflected forms), and its idioms stay clean. New sentences, not the drafts.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, only} from './guard-fixtures.js';

const rules = (locale: GuardLocale, text: string, name?: string) =>
	check(locale, text, name === undefined ? {} : {name}).map(finding => finding.rule);

describe('negative wording with words in between (E6)', () => {
	const flagged: [GuardLocale, string][] = [
		['en', "Not really sure, I'd have to guess."],
		['en', 'Everything is explained on our website.'],
		['en', "Exchanges for opened items aren't possible."],
		['en', 'Gift cards are something we deal with? No, that is something I handle? That is not something I handle.'],
		['nb', 'Det kan jeg faktisk ikke gjøre noe med.'],
		['nb', 'Som nevnt tidligere sendes pakken på mandag.'],
		['sv', 'Det kan jag verkligen inte göra något åt.'],
		['sv', 'Som nämnts tidigare skickas paketet på måndag.'],
		['fi', 'En kyllä tiedä.'],
		['fi', 'Tälle en nyt valitettavasti voi mitään.'],
		['fi', 'Palautuksia ei hyväksytä koskaan.'],
		['fi', 'Kuten edellä selitin, tilaus lähtee maanantaina.'],
		['hu', 'Ahogy már elmondtam, a csomag hétfőn indul.'],
		['hu', 'Ezzel mi sajnos nem tudunk mit kezdeni. Ezzel nem tudunk mit kezdeni.'],
		['zh', '这个我也说不准。'],
		['zh', '之前已经跟您解释过了。'],
	];
	for (const [locale, text] of flagged)
		it(`flags ${locale}: ${text}`, () => {
			expect(rules(locale, text)).toContain('E6');
		});
});

describe('handing the customer on to another team by themselves (E6)', () => {
	const handedOn: [GuardLocale, string][] = [
		['en', 'Returns are another team. Call them on 0800 222 333.'],
		['nb', 'Det er kundeservice som ordner det, så du må kontakte dem.'],
		['sv', 'Det är reklamationsavdelningen som har hand om det, du får kontakta dem.'],
		['fi', 'Palautukset eivät kuulu minulle. Ota yhteyttä suoraan varastoon.'],
		['hu', 'Ez nem hozzám tartozik, keresse meg őket telefonon.'],
		['zh', '退货不是我们负责的，您直接找售后吧。'],
	];
	for (const [locale, text] of handedOn)
		it(`flags ${locale}: ${text}`, () => {
			expect(rules(locale, text)).toContain('E6');
		});

	it('lets it through when the agent offers to connect them', () => {
		expect(rules('en', 'Returns are another team: call them on 0800 222 333, or I can put you through now.')).toEqual(
			[],
		);
		expect(rules('nb', 'Du må kontakte dem, men jeg kan gjerne sette deg over.')).toEqual([]);
	});
});

describe("someone else's mistake, a few words on (E7)", () => {
	const blamed: [GuardLocale, string][] = [
		['en', 'The courier must have scanned the wrong label.'],
		['en', 'The agent before me should have refunded it.'],
		['nb', 'Transportøren har nok kjørt til feil lager.'],
		['nb', 'Vi er litt for få på jobb denne uka.'],
		['sv', 'Budfirman har visst lämnat det på fel ställe.'],
		['sv', 'Kollegan glömde att skicka bekräftelsen.'],
		['fi', 'Kuljetusliike toimitti paketin väärälle ovelle.'],
		['fi', 'Toisen asiakaspalvelijan olisi pitänyt hoitaa tämä.'],
		['hu', 'A futár valószínűleg rossz házszámra vitte.'],
		['hu', 'Az előző ügyintéző elfelejtette rögzíteni.'],
		['zh', '是物流那边把单号弄错了。'],
		['zh', '之前的客服忘了帮您登记。'],
	];
	for (const [locale, text] of blamed)
		it(`flags ${locale}: ${text}`, () => {
			expect(rules(locale, text)).toContain('E7');
		});
});

describe('idioms and reassurances stay clean', () => {
	const clean: [GuardLocale, string][] = [
		['en', 'It never hurts to check, so I did: your address is right.'],
		['en', 'Better late than never, and it arrives tomorrow.'],
		['nb', 'Det skader aldri å spørre!'],
		['sv', 'Det skadar aldrig att fråga!'],
		['fi', 'Kysyminen ei koskaan haittaa!'],
		['fi', 'Tietojasi ei koskaan luovuteta eteenpäin.'],
		['hu', 'Kérdezni sosem árt!'],
		['en', "I'm sorry the courier left it at the wrong door: I've booked a new delivery for tomorrow."],
		['zh', '我这边帮您查一下，稍等。'],
	];
	for (const [locale, text] of clean)
		it(`leaves ${locale} alone: ${text}`, () => {
			expect(only('negativePhrase', check(locale, text))).toEqual([]);
		});
});

describe('Chinese names: a front or back nasal slip is a misspelling (E3)', () => {
	it('flags 程 for 陈 and 明 for 敏, but not an unrelated surname', () => {
		expect(rules('zh', '程女士，您好！', '陈静')).toContain('E3');
		expect(rules('zh', '王明，您好！', '王敏')).toContain('E3');
		expect(rules('zh', '陈女士，您好！', '陈静')).toEqual([]);
		expect(rules('zh', '李经理会联系您。', '陈静')).toEqual([]);
	});
});
