// E5: ALL CAPS is shouting; acronyms, codes and a single emphatic word are not.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, guardConfig, fixed, only, without} from './guard-fixtures.js';

/** [locale, message, flagged words, message after Tab] */
const flagged: [GuardLocale, string, string, string][] = [
	['en', 'PLEASE SEND THE PDF NOW', 'PLEASE SEND THE PDF NOW', 'Please send the PDF now'],
	['en', 'I NEED YOUR ORDER NUMBER. thanks', 'NEED YOUR ORDER NUMBER', 'I need your order number. thanks'],
	['en', "I'M CHECKING IT RIGHT NOW", "I'M CHECKING IT RIGHT NOW", "I'm checking it right now"],
	['en', 'Hello SARA JONES HERE IS THE LINK', 'SARA JONES HERE IS THE LINK', 'Hello Sara Jones here is the link'],
	['nb', 'VENNLIGST SEND KVITTERINGEN', 'VENNLIGST SEND KVITTERINGEN', 'Vennligst send kvitteringen'],
	['sv', 'SKICKA KVITTOT IDAG', 'SKICKA KVITTOT IDAG', 'Skicka kvittot idag'],
	['fi', 'LÄHETÄ KUITTI HETI', 'LÄHETÄ KUITTI HETI', 'Lähetä kuitti heti'],
	['hu', 'KÉREM KÜLDJE EL A SZÁMLÁT', 'KÉREM KÜLDJE EL A SZÁMLÁT', 'Kérem küldje el a számlát'],
	['zh', '请发送 PLEASE SEND RECEIPT', 'PLEASE SEND RECEIPT', '请发送 please send receipt'],
	['en', 'PLEASE CHECK. OK? THANKS.', 'PLEASE CHECK. OK? THANKS', 'Please check. OK? Thanks.'],
];

const notFlagged: [GuardLocale, string][] = [
	['en', 'Please send the PDF, VAT and USB-C details for AB-1234.'],
	['en', 'The IMEI and SIM PIN are on the box.'],
	['en', 'This is VERY important.'],
	['en', 'OK'],
	['en', 'HELLO'],
	['en', 'CONGRATULATIONS'],
	['en', 'Order AB-1234-XY ships via DHL today.'],
	['en', 'Use HTTPS and the DNS settings from the FAQ.'],
	['nb', 'Send PDF-en og MVA-nummeret til oss.'],
	['sv', 'Vi skickar en PDF med moms och OCR-nummer.'],
	['fi', 'Lähetämme PDF:n ja ALV-tiedot.'],
	['hu', 'Az ÁFA összegét a PDF számlán találja.'],
	['zh', '请把PDF发给我们，订单号AB-1234。'],
];

describe('ALL CAPS (E5)', () => {
	it.each(flagged)('%s: flags %j', (locale, text, words, after) => {
		const found = only('shouting', check(locale, text));
		expect(found.map(finding => finding.excerpt)).toEqual([words]);
		expect(found[0]).toMatchObject({rule: 'E5', severity: 'warn'});
		expect(fixed(locale, text, 'shouting', {name: 'Sara Jones'})).toBe(after);
	});

	it.each(notFlagged)('%s: does not flag %j', (locale, text) => {
		expect(only('shouting', check(locale, text))).toEqual([]);
	});

	it('flags a message that is mostly capitals even without three in a row', () => {
		expect(only('shouting', check('en', 'WHERE is MY ORDER and WHY so LATE'))).toHaveLength(1);
	});

	it('takes extra acronyms from config', () => {
		const text = 'ACME GOLD PLAN includes it';
		expect(only('shouting', check('en', text))).toHaveLength(1);
		const config = guardConfig({checks: {shouting: {acronyms: ['ACME', 'GOLD']}}});
		expect(only('shouting', check('en', text, {config}))).toEqual([]);
	});

	it('follows the configured run length', () => {
		const config = guardConfig({checks: {shouting: {minRun: 2}}});
		expect(only('shouting', check('en', 'That is VERY IMPORTANT for us.', {config}))).toHaveLength(1);
		expect(only('shouting', check('en', 'That is VERY IMPORTANT for us.'))).toEqual([]);
	});

	it('can be switched off', () => {
		expect(only('shouting', check('en', 'PLEASE SEND THE PDF NOW', {config: without('shouting')}))).toEqual([]);
	});
});
