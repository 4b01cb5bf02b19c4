// Issue 12's hard cases for E6 and E3: redirects, "I don't know if ...", quoted words, ordinary words that look like names.
import {describe, expect, it} from 'vitest';
import {check, only} from './guard-fixtures.js';

describe('a redirect is not an alternative (E6)', () => {
	const redirects: [string, string][] = [
		['en', "That's not my job, you could ring the courier yourself."],
		['nb', 'Det er ikke mitt ansvar, du kan kontakte banken selv.'],
		['sv', 'Det är inte mitt ansvar, du kan kontakta banken själv.'],
		['zh', '这不是我负责的，您可以自己联系银行。'],
	];
	for (const [locale, text] of redirects)
		it(`flags ${JSON.stringify(text)}`, () => {
			expect(only('negativePhrase', check(locale, text))).toHaveLength(1);
		});

	it('still lets a real alternative through', () => {
		expect(
			only('negativePhrase', check('en', "That's not my department, but I can transfer you to billing now.")),
		).toEqual([]);
		expect(only('negativePhrase', check('nb', 'Det er ikke min avdeling, men jeg kan sette deg over nå.'))).toEqual([]);
	});

	it('flags being told to sort it out yourself', () => {
		expect(only('negativePhrase', check('en', "You'll need to take that up with the bank yourself."))).toHaveLength(1);
		expect(only('negativePhrase', check('sv', 'Det måste du ta med banken själv.'))).toHaveLength(1);
		expect(only('negativePhrase', check('zh', '您去问问银行吧。'))).toHaveLength(1);
		// Showing the customer how to do it themselves is a resource (E15), not a redirect.
		expect(only('negativePhrase', check('en', 'You can track the parcel yourself with this link.'))).toEqual([]);
		expect(only('negativePhrase', check('zh', '您可以自己在App里查看物流信息。'))).toEqual([]);
	});
});

describe('"I don\'t know if ..." (E6, decided in docs/courtesy.md)', () => {
	const polite: [string, string][] = [
		['en', "I don't know whether you've seen our email yet?"],
		['nb', 'Jeg vet ikke om du har fått e-posten vår?'],
		['sv', 'Jag vet inte om du har fått vårt mejl?'],
		['fi', 'En tiedä, saitko jo sähköpostimme?'],
		['hu', 'Nem tudom, megkapta-e már Ön az e-mailünket?'],
		['zh', '不知道您收到我们的邮件了吗？'],
	];
	for (const [locale, text] of polite)
		it(`leaves a question about the customer alone: ${text}`, () => {
			expect(only('negativePhrase', check(locale, text))).toEqual([]);
		});

	const admissions: [string, string][] = [
		['en', "I don't know if the warehouse has it."],
		['nb', 'Jeg vet ikke om lageret har den.'],
		['sv', 'Jag vet inte om lagret har den.'],
		['fi', 'En tiedä, onko varastossa sitä.'],
		['hu', 'Nem tudom, hogy a raktárban van-e még.'],
		['zh', '不知道仓库还有没有。'],
	];
	for (const [locale, text] of admissions)
		it(`flags not knowing what the company should know: ${text}`, () => {
			expect(only('negativePhrase', check(locale, text))).toHaveLength(1);
		});
});

describe('quoted words are not the agent’s (E6)', () => {
	it('skips the customer’s own words in quotation marks, in each language’s marks', () => {
		expect(check('en', 'You said "I never got the parcel", so I have sent a new one.')).toEqual([]);
		expect(check('nb', 'Du skrev «jeg fikk aldri pakken», så jeg har sendt en ny.')).toEqual([]);
		expect(check('hu', 'Azt írta: „soha nem kaptam meg”, ezért újat küldtem.')).toEqual([]);
		expect(check('zh', '您说“一直没收到”，我已经为您补发了。')).toEqual([]);
	});

	it('still checks the agent’s own words around the quote', () => {
		expect(only('negativePhrase', check('en', 'You said "it broke". I don\'t know.'))).toHaveLength(1);
	});
});

describe('ordinary words and inflected names are not misspellings (E3)', () => {
	it('Hungarian "Annak érdekében" is not Anna', () => {
		expect(check('hu', 'Annak érdekében, hogy segíthessek, kérem a rendelésszámot.', {name: 'Kovács Anna'})).toEqual(
			[],
		);
	});

	it('the name with an ending is the name', () => {
		expect(only('nameSpelling', check('hu', 'Annának küldtük a számlát.', {name: 'Kovács Anna'}))).toEqual([]);
		expect(only('nameSpelling', check('fi', 'Lähetin sen Annalle.', {name: 'Anna Virtanen'}))).toEqual([]);
	});
});
