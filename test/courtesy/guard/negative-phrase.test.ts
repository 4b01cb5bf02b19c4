// E6: negative phrases in all six languages, each beside wording that must not be flagged, and their rewrites.
import {describe, expect, it} from 'vitest';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {check, fixed, only, without} from './guard-fixtures.js';

/** [message, the flagged words, the message after Tab (null: no drop-in rewrite, a hint only)] */
type Flagged = [text: string, excerpt: string, after: string | null];

const flagged: Record<GuardLocale, Flagged[]> = {
	en: [
		["I don't know.", "I don't know", 'Let me find that out for you.'],
		['I dont know when it ships.', 'I dont know', 'Let me find out when it ships.'],
		['Sorry, I don’t know.', 'I don’t know', 'Sorry, let me find that out for you.'],
		['I  do not   know.', 'I  do not   know', 'Let me find that out for you.'],
		["I'm not sure if it's in stock.", "I'm not sure", "Let me check if it's in stock."],
		['Im not sure.', 'Im not sure', 'Let me check that for you.'],
		['We never do that.', 'We never do that', "That's not something we usually do, but let me see what I can do."],
		[
			'Have you checked our website?',
			'Have you checked our website?',
			'Let me send you a link to the page that covers this.',
		],
		["That's company policy.", "That's company policy", "That's how we handle it, and I'm happy to explain why."],
		[
			"It's not my department.",
			"It's not my department",
			"That's handled by another team, and I'll make sure you reach the right person.",
		],
		['Please calm down.', 'Please calm down', 'I completely understand how frustrating this is.'],
		['You have to restart the router.', 'You have to', 'Please restart the router.'],
		['First, you must send the receipt.', 'you must', 'First, please send the receipt.'],
		["That's impossible.", "That's impossible", "That won't be possible, but let me see what I can do instead."],
		['No way!', 'No way', "That won't be possible, but let me see what I can do instead!"],
		['We never ship on Sundays.', 'never', null],
		[
			"Unfortunately there's nothing I can do.",
			"Unfortunately there's nothing I can do",
			'Let me see what else I can do for you.',
		],
		['As I said, the refund takes five days.', 'As I said', 'Just to recap, the refund takes five days.'],
	],
	nb: [
		['Jeg vet ikke.', 'Jeg vet ikke', 'Det skal jeg finne ut av for deg.'],
		['Jeg vet ikke når pakken kommer.', 'Jeg vet ikke', 'Jeg skal finne ut når pakken kommer.'],
		[
			'Det er ikke mulig.',
			'Det er ikke mulig',
			'Det får vi dessverre ikke til, men la meg se hva jeg kan gjøre i stedet.',
		],
		['Det er firmaets policy.', 'Det er firmaets policy', 'Slik gjør vi det hos oss, og jeg forklarer gjerne hvorfor.'],
		[
			'Har du sjekket nettsiden vår?',
			'Har du sjekket nettsiden vår?',
			'Jeg sender deg lenken til siden som forklarer dette.',
		],
		[
			'Det er ikke min avdeling.',
			'Det er ikke min avdeling',
			'Dette tar et annet team seg av, og jeg sørger for at du kommer til rett person.',
		],
		['Du må roe deg ned.', 'Du må roe deg ned', 'Jeg forstår godt at dette er frustrerende.'],
		['Du må logge inn først.', 'Du må', 'Det beste er å logge inn først.'],
		['Jeg er ikke sikker på om den er på lager.', 'Jeg er ikke sikker på', 'Jeg skal sjekke om den er på lager.'],
		['Som sagt tar refusjonen fem dager.', 'Som sagt', 'Kort oppsummert tar refusjonen fem dager.'],
		[
			'Dessverre, det er ingenting jeg kan gjøre.',
			'Dessverre, det er ingenting jeg kan gjøre',
			'La meg se hva annet jeg kan gjøre for deg.',
		],
		['Aldri i livet!', 'Aldri i livet', 'Det får vi dessverre ikke til, men la meg se hva jeg kan gjøre i stedet!'],
		['Det er umulig å bytte dato.', 'Det er umulig', null],
	],
	sv: [
		['Jag vet inte.', 'Jag vet inte', 'Det ska jag ta reda på åt dig.'],
		['Jag vet inte när paketet kommer.', 'Jag vet inte', 'Jag ska ta reda på när paketet kommer.'],
		['Det går inte.', 'Det går inte', 'Det går tyvärr inte att ordna, men låt mig se vad jag kan göra i stället.'],
		['Det går inte att byta datum.', 'Det går inte', null],
		[
			'Det är företagets policy.',
			'Det är företagets policy',
			'Så här hanterar vi det, och jag förklarar gärna varför.',
		],
		[
			'Har du kollat på vår hemsida?',
			'Har du kollat på vår hemsida?',
			'Jag skickar länken till sidan där det förklaras.',
		],
		['Du måste logga in först.', 'Du måste', 'Det bästa är att logga in först.'],
		['Lugna ner dig.', 'Lugna ner dig', 'Jag förstår verkligen att det här är frustrerande.'],
		['Jag är inte säker på det.', 'Jag är inte säker på', 'Jag ska kolla det.'],
		[
			'Som jag sa tidigare tar återbetalningen fem dagar.',
			'Som jag sa tidigare',
			'Kort sagt tar återbetalningen fem dagar.',
		],
		[
			'Det är inte mitt jobb.',
			'Det är inte mitt jobb',
			'Det sköter ett annat team, och jag ser till att du kommer till rätt person.',
		],
	],
	fi: [
		['En tiedä.', 'En tiedä', 'Selvitän sen sinulle.'],
		['En tiedä, milloin paketti saapuu.', 'En tiedä', 'Selvitän, milloin paketti saapuu.'],
		[
			'Se ei ole mahdollista.',
			'Se ei ole mahdollista',
			'Se ei valitettavasti onnistu, mutta katsotaan, mitä voin tehdä sen sijaan.',
		],
		['Se on yrityksen käytäntö.', 'Se on yrityksen käytäntö', 'Näin meillä toimitaan, ja kerron mielelläni miksi.'],
		[
			'Oletko katsonut verkkosivuiltamme?',
			'Oletko katsonut verkkosivuiltamme?',
			'Lähetän sinulle linkin sivulle, jolla asia on selitetty.',
		],
		['Sinun täytyy kirjautua ensin.', 'Sinun täytyy', 'Kannattaa kirjautua ensin.'],
		['Rauhoitu.', 'Rauhoitu', 'Ymmärrän hyvin, että tämä on turhauttavaa.'],
		['En ole varma, onko tuotetta varastossa.', 'En ole varma', 'Tarkistan, onko tuotetta varastossa.'],
		['Kuten sanoin, palautus kestää viisi päivää.', 'Kuten sanoin', 'Kertauksena, palautus kestää viisi päivää.'],
		[
			'Se ei ole minun tehtäväni.',
			'Se ei ole minun tehtäväni',
			'Asia kuuluu toiselle tiimille, ja varmistan, että pääset oikealle henkilölle.',
		],
		['Tämä on mahdotonta korjata.', 'Tämä on mahdotonta', null],
	],
	hu: [
		['Nem tudom.', 'Nem tudom', 'Ezt kiderítem Önnek.'],
		['Nem tudom, mikor érkezik.', 'Nem tudom', 'Utánanézek, mikor érkezik.'],
		['Ez lehetetlen.', 'Ez lehetetlen', 'Ez sajnos nem megoldható, de megnézem, mit tehetek helyette.'],
		['Ez a cég szabályzata.', 'Ez a cég szabályzata', 'Nálunk így működik, és szívesen elmagyarázom, miért.'],
		[
			'Megnézte már a honlapunkat?',
			'Megnézte már a honlapunkat?',
			'Küldöm a linket arra az oldalra, ahol ez részletesen le van írva.',
		],
		['Nyugodjon meg!', 'Nyugodjon meg', 'Teljesen megértem, hogy ez bosszantó!'],
		['Ahogy mondtam, a visszatérítés öt nap.', 'Ahogy mondtam', 'Összefoglalva, a visszatérítés öt nap.'],
		['Nem vagyok benne biztos.', 'Nem vagyok benne biztos', 'Ezt ellenőrzöm Önnek.'],
		[
			'Ez nem az én dolgom.',
			'Ez nem az én dolgom',
			'Ezzel egy másik csapat foglalkozik, és gondoskodom róla, hogy a megfelelő kollégához kerüljön.',
		],
		['Muszáj újraindítania a routert.', 'Muszáj', 'Érdemes újraindítania a routert.'],
		['Nem tudom visszatéríteni.', 'Nem tudom visszatéríteni', null],
	],
	zh: [
		['我不知道。', '我不知道', '我帮您查一下。'],
		['我不知道什么时候到。', '我不知道', '我帮您查一下什么时候到。'],
		['不可能。', '不可能', '这个暂时做不到，不过我看看有什么其他办法。'],
		['这是公司规定。', '这是公司规定', '我们是这样处理的，我也很乐意跟您说明原因。'],
		['你自己看官网。', '你自己看官网', '我把相关页面的链接发给您。'],
		['您看过官网了吗？', '您看过官网了吗？', '我把相关页面的链接发给您。'],
		['你先冷静一下。', '你先冷静一下', '非常理解您着急的心情。'],
		['您必须先登录。', '您必须', '麻烦您先登录。'],
		['这不归我管。', '这不归我管', '这个由其他团队负责，我帮您转给合适的同事。'],
		['我已经说过了。', '我已经说过了', '我再跟您说明一下。'],
		['这个不可能退款。', '这个不可能', null],
	],
};

const notFlagged: Record<GuardLocale, string[]> = {
	en: [
		'I know exactly where your parcel is.',
		'I do not knowingly share your data.',
		'Our knowledge base has a guide for this.',
		'I can certainly help with that.',
		'If you have to restart it, the settings stay.',
		"That's impossible to do online, but I can do it for you by phone.",
		"We'll never share your details.",
		'This should never have happened.',
		'Never mind, I found it.',
		'Nevertheless, I can send a new one today.',
		"It's our policy to refund within 14 days.",
		"You don't have to pay twice.",
		'Please note: you need to be logged in to see invoices.',
		'Here is the guide: example.com/help',
	],
	nb: [
		'Jeg vet at dette er frustrerende.',
		'Det er fullt mulig å bytte.',
		'Du må gjerne sende et bilde.',
		'Det går ikke an å bytte dato, men jeg kan kansellere og bestille på nytt.',
		'Vi deler aldri opplysningene dine.',
		'Dette skulle aldri ha skjedd.',
		'Nettsiden vår har en egen side om retur.',
	],
	sv: [
		'Jag vet precis var paketet är.',
		'Det går bra att byta datum.',
		'Det går inte att byta datum, men jag kan avboka och lägga en ny order.',
		'Du måste inte betala igen.',
		'Vi delar aldrig dina uppgifter.',
		'Det borde aldrig ha hänt.',
	],
	fi: [
		'Tiedän tarkalleen, missä paketti on.',
		'Se on mahdollista, autan mielelläni.',
		'Sinun ei tarvitse maksaa uudelleen.',
		'Se ei onnistu tänään, mutta voin lähettää sen huomenna.',
		'Emme koskaan jaa tietojasi.',
	],
	hu: [
		'Tudom, hogy ez bosszantó.',
		'Ez lehetséges, szívesen segítek.',
		'Nem tudom visszatéríteni, de küldhetek egy újat helyette.',
		'Soha nem kérjük el a jelszavát.',
		'Ennek soha nem lett volna szabad megtörténnie.',
	],
	zh: [
		'我知道了，马上帮您处理。',
		'这不可能是您的问题。',
		'这个暂时做不到，不过我可以帮您换货。',
		'我们绝不会泄露您的信息。',
		'这是我们官网的链接：example.com',
	],
};

describe('negative phrases (E6)', () => {
	for (const locale of Object.keys(flagged) as GuardLocale[]) {
		describe(locale, () => {
			it.each(flagged[locale])('flags %j', (text, excerpt, after) => {
				const found = only('negativePhrase', check(locale, text));
				expect(found.map(finding => finding.excerpt)).toEqual([excerpt]);
				const [finding] = found;
				expect(finding).toMatchObject({rule: 'E6', severity: 'warn'});
				expect(text.slice(finding!.span.start, finding!.span.end)).toBe(excerpt);
				expect(finding!.message).toContain('(E6)');
				if (after === null) expect(finding!.suggestion).toBeUndefined();
				else expect(fixed(locale, text, 'negativePhrase')).toBe(after);
			});

			it.each(flagged[locale].filter(([, , after]) => after !== null))(
				'the rewrite of %j is not flagged again',
				(_text, _excerpt, after) => {
					expect(only('negativePhrase', check(locale, after!))).toEqual([]);
				},
			);

			it.each(notFlagged[locale])('does not flag %j', text => {
				expect(only('negativePhrase', check(locale, text))).toEqual([]);
			});
		});
	}

	it('matches apostrophe variants and extra spaces', () => {
		for (const text of [
			"I don't know.",
			'I don’t know.',
			'I dont know.',
			'I don`t know.',
			'i DON’T  know.',
			'I do not know.',
		])
			expect(only('negativePhrase', check('en', text)), text).toHaveLength(1);
	});

	it('matches whole words only', () => {
		expect(only('negativePhrase', check('en', 'Unknowable? No: I know the answer.'))).toEqual([]);
		expect(only('negativePhrase', check('en', 'It is impossibly quick.'))).toEqual([]);
		expect(only('negativePhrase', check('nb', 'Jeg vet ikkesånn.'))).toEqual([]);
	});

	it('checks English phrases in every language, since agents mix', () => {
		for (const locale of ['nb', 'sv', 'fi', 'hu', 'zh'])
			expect(
				only('negativePhrase', check(locale, "Sorry, I don't know.")).map(finding => finding.excerpt),
				locale,
			).toEqual(["I don't know"]);
	});

	it('maps language tags to the guard languages', () => {
		expect(only('negativePhrase', check('nb-NO', 'Jeg vet ikke.'))).toHaveLength(1);
		expect(only('negativePhrase', check('no', 'Jeg vet ikke.'))).toHaveLength(1);
		expect(only('negativePhrase', check('zh-Hans-CN', '我不知道。'))).toHaveLength(1);
		expect(only('negativePhrase', check('de', 'Jeg vet ikke.'))).toEqual([]);
	});

	it('prefers the longest phrase where phrases overlap', () => {
		expect(only('negativePhrase', check('en', 'We never do that.')).map(finding => finding.excerpt)).toEqual([
			'We never do that',
		]);
	});

	it('can be switched off', () => {
		expect(only('negativePhrase', check('en', "I don't know.", {config: without('negativePhrase')}))).toEqual([]);
	});
});

describe('apologies are never flagged (E13)', () => {
	const apologies: Record<GuardLocale, string[]> = {
		en: ["I'm sorry for the wait.", "I'm so sorry about the delay, and I'll make it right.", 'Sorry!'],
		nb: ['Beklager ventetiden!', 'Beklager så mye, det skal vi rette opp.', 'Jeg beklager at dette skjedde.'],
		sv: ['Förlåt att du fick vänta!', 'Jag ber om ursäkt för besväret.', 'Förlåt!'],
		fi: ['Anteeksi odotus!', 'Pahoittelen viivästystä.', 'Anteeksi!'],
		hu: ['Elnézést a várakozásért!', 'Elnézést kérek a kellemetlenségért.', 'Bocsánat!'],
		zh: ['抱歉让您久等了。', '对不起，给您添麻烦了。', '非常抱歉！'],
	};
	for (const locale of Object.keys(apologies) as GuardLocale[]) {
		it.each(apologies[locale])(`${locale}: %j has no findings at all`, text => {
			expect(check(locale, text)).toEqual([]);
		});
	}
});
