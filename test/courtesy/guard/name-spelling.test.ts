// E3: a near-miss spelling of the customer's known name is flagged, with the right spelling as the suggestion.
import {describe, expect, it} from 'vitest';
import {checkMessage, defaultGuardConfig, type GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, fixed, only, without} from './guard-fixtures.js';

/** [locale, customer's name, message, flagged word, message after Tab] */
const flagged: [GuardLocale, string, string, string, string][] = [
	['en', 'Sara', 'Hi Sarah, thanks for waiting.', 'Sarah', 'Hi Sara, thanks for waiting.'],
	['en', 'Sarah Jones', 'Thanks, Sara!', 'Sara', 'Thanks, Sarah!'],
	['en', 'John', 'Hi Jon!', 'Jon', 'Hi John!'],
	['en', 'Michael', 'Thanks Micheal, one moment.', 'Micheal', 'Thanks Michael, one moment.'],
	['en', 'Sarah Jones', 'Dear Ms Jonse,', 'Jonse', 'Dear Ms Jones,'],
	['nb', 'Bjørn', 'Hei Bjorn!', 'Bjorn', 'Hei Bjørn!'],
	['nb', 'Kari Nordmann', 'Takk, Karin!', 'Karin', 'Takk, Kari!'],
	['nb', 'Åse', 'Hei Ase, takk for at du ventet.', 'Ase', 'Hei Åse, takk for at du ventet.'],
	['sv', 'Åsa', 'Hej Asa!', 'Asa', 'Hej Åsa!'],
	['sv', 'Sara', 'Jag har skickat Sarahs paket.', 'Sarahs', 'Jag har skickat Saras paket.'],
	['fi', 'Jukka', 'Kiitos Juka!', 'Juka', 'Kiitos Jukka!'],
	['fi', 'Päivi', 'Hei Paivi!', 'Paivi', 'Hei Päivi!'],
	['hu', 'Sándor', 'Kedves Sandor!', 'Sandor', 'Kedves Sándor!'],
	['hu', 'Sándor', 'Sandornak küldtem a csomagot.', 'Sandornak', 'Sándornak küldtem a csomagot.'],
	['hu', 'Éva', 'Kedves Eva!', 'Eva', 'Kedves Éva!'],
	['zh', 'Anna Li', 'Anne，您好！', 'Anne', 'Anna，您好！'],
	['en', 'sara', 'Hi Sarah!', 'Sarah', 'Hi Sara!'],
];

/** [locale, customer's name, message] that must not be flagged */
const notFlagged: [GuardLocale, string | null, string][] = [
	['en', 'Sara', 'Hi Sara, thanks for waiting.'],
	['en', 'Sara', "I've updated Sara's order."],
	['en', 'Ann', 'And that is done.'],
	['en', 'Ann', 'Thanks! And one more thing.'],
	['en', 'Tim', 'It takes some Time.'],
	['en', 'John', 'Join us tomorrow.'],
	['en', 'Will', 'I will check.'],
	['en', 'Max', 'May I ask for your order number?'],
	['en', 'Sarah', 'Hi there, how can I help?'],
	['en', null, 'Hi Sarah!'],
	['en', 'Li', 'Hi Lu!'],
	['nb', 'Kai', 'Kan du sende et bilde?'],
	['nb', 'Heidi', 'Hei! Jeg sjekker det.'],
	['nb', 'Bjørn', 'Hei Bjørn!'],
	['sv', 'Ida', 'Idag skickar vi paketet.'],
	['sv', 'Sara', 'Jag har skickat Saras paket.'],
	['fi', 'Aino', 'Aina kun tarvitset apua, kirjoita.'],
	['fi', 'Mika', 'Mikä on tilausnumerosi?'],
	['fi', 'Antti', 'Lähetin sen Antille eilen.'],
	['fi', 'Virtanen', 'Kiitos, Virtaselle on lähetetty vahvistus.'],
	['hu', 'Sándor', 'Sándornak küldtem a csomagot.'],
	['hu', 'Anna', 'Annának már elküldtem.'],
	['hu', 'Péter', 'Péterrel beszéltem.'],
	['hu', 'Ádám', 'Adat: a rendelés száma 1234.'],
	['zh', '王伟', '王先生，您好！'],
	['zh', '王伟', '王伟，您好！'],
];

describe("the customer's name, spelt right (E3)", () => {
	it.each(flagged)('%s: name %j, flags %j', (locale, name, text, word, after) => {
		const found = only('nameSpelling', check(locale, text, {name}));
		expect(found.map(finding => finding.excerpt)).toEqual([word]);
		expect(found[0]).toMatchObject({rule: 'E3', severity: 'warn'});
		expect(found[0]!.message).toContain('(E3)');
		expect(fixed(locale, text, 'nameSpelling', {name})).toBe(after);
	});

	it.each(notFlagged)('%s: name %j, does not flag %j', (locale, name, text) => {
		expect(only('nameSpelling', check(locale, text, {name}))).toEqual([]);
	});

	it('reads names in a message typed all in small letters', () => {
		expect(
			only('nameSpelling', check('en', 'hi sarah, one moment', {name: 'Sara'})).map(finding => finding.excerpt),
		).toEqual(['sarah']);
	});

	it("does not take the agent's own name for a misspelling", () => {
		const context = {
			locale: 'en',
			customerName: 'Alexa',
			agentName: 'Alex Berg',
			customerEmojiSeen: new Set<string>(),
			config: defaultGuardConfig,
		};
		expect(only('nameSpelling', checkMessage("Hi Alexa, I'm Alex from Acme.", context))).toEqual([]);
		expect(only('nameSpelling', check('en', "Hi Alexa, I'm Alex from Acme.", {name: 'Alexa'}))).toHaveLength(1);
	});

	it('flags the old or new spelling of a letter as another spelling of the name (Ås for Aas, Mueller for Müller)', () => {
		expect(fixed('nb', 'Billetten står på Ås nå.', 'nameSpelling', {name: 'Aas'})).toBe('Billetten står på Aas nå.');
		expect(fixed('en', 'Thanks, Mr Mueller.', 'nameSpelling', {name: 'Müller'})).toBe('Thanks, Mr Müller.');
	});

	it('keeps capitals when the word was shouted', () => {
		expect(fixed('en', 'THANK YOU SARAH', 'nameSpelling', {name: 'Sara'})).toBe('THANK YOU SARA');
	});

	it('can be switched off', () => {
		expect(only('nameSpelling', check('en', 'Hi Sarah!', {name: 'Sara', config: without('nameSpelling')}))).toEqual([]);
	});
});
