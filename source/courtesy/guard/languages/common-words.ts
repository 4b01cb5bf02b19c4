// Everyday words that tell the six languages apart (E5: a draft in another language than the customer's).
// Each list holds only words the other five do not use in everyday chat, so "en" (sv, nb: a; fi: not),
// "on" (fi: is), "ja" (nb, sv: yes), "is" (hu: too), "her", "meg" (nb: me; hu: a particle) and "de" (sv: they;
// hu: but) are in none of them. Chinese is told by its script (checks/language.ts).
import type {GuardLocale} from '../guard-locale.js';

const words = (list: string): readonly string[] => list.split(' ');

export const commonWords: Readonly<Record<Exclude<GuardLocale, 'zh'>, readonly string[]>> = {
	en: words(
		"the and is are you your we our it this that with have has will would please thanks thank sorry help what which there here can could not don't can't i'm i'll it's that's yes of be do anything again",
	),
	nb: words(
		'jeg ikke og meg deg dessverre hjelpe nå hvis hva hvordan hvilken noe også skal må være takk fra ennå før gjøre bestillingen hjelper dere seg når jo',
	),
	sv: words(
		'jag inte och är mig dig tyvärr hjälpa vad hur vilken något också till ska måste vill vara tack från än för åt göra beställningen hjälper ni sig när här inga',
	),
	fi: words(
		'ei olen voin sinun sinulle sinut kiitos että tämä asia asian mutta jos kun vielä ole voi pahoillani valitettavasti tässä auttaa minä olet oletko kanssa myös heti tiedä emme tilauksesi tilauksen huomenna tänään lähtee tarkistin tarkistan',
	),
	hu: words(
		'az és nem hogy van vagy ön önnek önt köszönöm sajnos kérem segíthetek már még egy ez ezt azt csak lesz volt nincs itt máris tudom tudok ebben kell',
	),
};
