// Issue 12: cue rules (E6, E7) find new wordings from their parts (a negation near a verb of knowing, a third party
// near a fault word, ...), in the agent's own voice, outside quotations, and not when an alternative follows.
// Sentences of their own, not the labelled drafts.
import {describe, expect, it} from 'vitest';
import {cueMatches} from '../../../source/courtesy/guard/checks/cues.js';
import type {GuardLocale} from '../../../source/courtesy/guard/index.js';
import {packsFor} from '../../../source/courtesy/guard/languages/index.js';
import {check, guardConfig, only} from './guard-fixtures.js';

const cueIds = (locale: GuardLocale, text: string): string[] =>
	cueMatches(text, packsFor(locale)).map(match => `${match.rule.rule} ${match.rule.id}`);

describe('cue rules find the idea in new words', () => {
	const flagged: [GuardLocale, string, string][] = [
		['en', 'We honestly do not really know when the truck arrives.', 'E6 dont-know'],
		['en', 'Unfortunately that cannot be arranged.', 'E6 cannot'],
		['en', "There's not much I can do for you there.", 'E6 cannot'],
		['en', 'As I have explained, the fee stays.', 'E6 as-i-said'],
		['en', 'Did you already go through the help pages?', 'E6 website'],
		['en', 'Those are the terms of the sale.', 'E6 policy'],
		['en', 'The driver clearly mixed up the labels.', 'E7 blame'],
		['en', "Honestly it's been mad here today.", 'E7 excuse'],
		['nb', 'Vi har dessverre ingen oversikt over det.', 'E6 dont-know'],
		['nb', 'Det lar seg dessverre ikke gjøre.', 'E6 cannot'],
		['nb', 'Jeg har allerede forklart dette.', 'E6 as-i-said'],
		['nb', 'Sjåføren har nok rotet med adressen.', 'E7 blame'],
		['nb', 'Det er ikke min skyld.', 'E7 not-our-fault'],
		['sv', 'Jag vet faktiskt inte.', 'E6 dont-know'],
		['sv', 'Det kan vi tyvärr inte.', 'E6 cannot'],
		['sv', 'Allt finns beskrivet på hemsidan.', 'E6 website'],
		['sv', 'Det är jättemycket att göra här.', 'E7 excuse'],
		['fi', 'Siitä meillä ei ole tietoa.', 'E6 dont-know'],
		['fi', 'Sitä emme valitettavasti voi tehdä.', 'E6 cannot'],
		['fi', 'Kuten äsken kerroin, lasku lähtee huomenna.', 'E6 as-i-said'],
		['fi', 'Kuriiri oli sotkenut osoitteet.', 'E7 blame'],
		['fi', 'Tänään on ollut hirveä ruuhka.', 'E7 excuse'],
		['hu', 'Erről sajnos semmilyen információnk nincs.', 'E6 dont-know'],
		['hu', 'Ezt nem áll módunkban elfogadni.', 'E6 cannot'],
		['hu', 'Ezt egyszer már elmondtam.', 'E6 as-i-said'],
		['hu', 'A futárszolgálat elkeverte a címkéket.', 'E7 blame'],
		['hu', 'Ma rengeteg a dolgunk.', 'E7 excuse'],
		['zh', '这个我们没法确定。', 'E6 dont-know'],
		['zh', '这个真的改不了。', 'E6 cannot'],
		['zh', '这个之前跟您说过好几次。', 'E6 as-i-said'],
		['zh', '是物流那边搞错了。', 'E7 blame'],
		['zh', '今天客服太少，人手不够。', 'E7 excuse'],
		// The customer's own slip is blame too (E7 amended: no blaming).
		['en', 'You must have typed your postcode in wrong.', 'E7 customer-fault'],
		['nb', 'Hvis du hadde sjekket bekreftelsen, hadde du sett det.', 'E7 customer-fault'],
		['fi', 'Olet valinnut väärän koon tilatessa.', 'E7 customer-fault'],
		['hu', 'Valószínűleg elgépelte a jelszót.', 'E7 customer-fault'],
		['zh', '您当时地址填错了。', 'E7 customer-fault'],
	];
	for (const [locale, text, id] of flagged)
		it(`${locale}: ${text} → ${id}`, () => {
			expect(cueIds(locale, text)).toContain(id);
		});
});

describe('cue rules leave everyday negations alone', () => {
	const clean: [GuardLocale, string][] = [
		['en', "Don't worry, I know exactly what happened and I've fixed it."],
		['en', "If you're not sure which size fits, I can send both."],
		['en', "You won't be charged for the return."],
		['en', "I can't see a second payment, so you've only been charged once."],
		['en', "I can't change the date, but I can hold it at the depot for you."],
		['en', 'You wrote "the courier lost it", and I have sent a new one today.'],
		// Writing is what the agent did, not "as I said", unless it says so.
		['sv', 'Jag har redan skrivit en notering i bokningen.'],
		['hu', 'Elnézést, az előbb rossz dátumot írtam.'],
		['nb', 'Du trenger ikke å vite ordrenummeret, jeg finner det på e-posten.'],
		['nb', 'Jeg kan ikke endre den herfra, men jeg setter deg over til lageret.'],
		['sv', 'Om du inte vet ordernumret går det bra med mejladressen.'],
		['sv', 'Du debiteras inte två gånger, det kan du vara säker på.'],
		['fi', 'Ei kiirettä, katsotaan tämä rauhassa yhdessä.'],
		['fi', 'Sinua ei veloiteta, siitä voit olla varma.'],
		['hu', 'Ha nem tudja a rendelésszámot, az e-mail-cím is elég.'],
		['hu', 'Nem terheljük meg kétszer, erre ügyelünk.'],
		['zh', '不用担心，我这边已经帮您查到了。'],
		['zh', '如果您不确定尺码，我可以两个都帮您预留。'],
	];
	for (const [locale, text] of clean)
		it(`${locale}: ${text}`, () => {
			expect(cueIds(locale, text)).toEqual([]);
		});
});

describe('cue findings on the desk', () => {
	it('name the rule and the cue rule, with advice and no drop-in rewrite', () => {
		const [finding] = only('blame', check('en', 'The factory botched the stitching on that batch.'));
		expect(finding?.rule).toBe('E7');
		expect(finding?.message).toMatch(/^Blame or excuse \(E7, blame\): ".+" — own the problem/u);
		expect(finding?.suggestion).toBeUndefined();
	});

	it('add nothing where a listed phrase already speaks, with its rewrite', () => {
		const findings = only('negativePhrase', check('en', "I don't know."));
		expect(findings).toHaveLength(1);
		expect(findings[0]?.suggestion?.replacement).toBe('Let me find that out for you');
	});

	it('follow the checks: no cue findings when negative wording and blame are off', () => {
		const text = 'The courier mixed up the labels and we cannot do anything about it.';
		expect(check('en', text).map(finding => finding.rule)).toEqual(expect.arrayContaining(['E6', 'E7']));
		expect(check('en', text, {config: guardConfig({checks: {negativePhrase: false, blame: false}})})).toEqual([]);
	});
});
