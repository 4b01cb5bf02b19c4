// Finnish cue rules (E6, E7): stems reach the case endings and clitics (tiedä*, hajua*, vika*), any word order.
import {HINTS, NOT_CLAUSE_END, type CuePack} from './cue-rule.js';

/** The agent's own negation: first person and the impersonal "ei"; never the customer's "et", "ette". */
const NOT = ['en', 'emme', 'ei', 'eikä', 'enkä', 'emmekä'];
const KNOW = [
	'tiedä*',
	'tiedetä',
	'tietoa*',
	'tiedossa*',
	'varma',
	'varmoja',
	'varmaa',
	'varmuutta',
	'hajua*',
	'käsitystä*',
	'selvillä',
	'selvää',
	'aavistustakaan',
	'tietämystä',
];
const CANNOT = [
	'voi',
	'voida',
	'pysty*',
	'onnistu*',
	'käy',
	'saa',
	'sallita',
	'hyväksytä',
	'hyvitetä',
	'palauteta',
	'korvata',
	'vaihdeta',
	'ole mahdollista',
	'ole mahdollisuutta',
	'mahdu',
];
/** First-person past of the verbs of saying: whoever "sanoin" is, it is the agent. */
const SAID = [
	'sanoin*',
	'sanoimme*',
	'kerroin*',
	'kerroimme*',
	'mainitsin*',
	'mainitsimme*',
	'selitin*',
	'selitimme*',
	'kirjoitin*',
	'kirjoitimme*',
	'totesin*',
	'totesimme*',
	'korostin*',
];
/** Without "as", only the verbs of speaking: "I've already written a note" reports what the agent did. */
const SPOKE = [
	'sanoin*',
	'sanoimme*',
	'kerroin*',
	'kerroimme*',
	'mainitsin*',
	'mainitsimme*',
	'selitin*',
	'selitimme*',
	'totesin*',
	'totesimme*',
	'korostin*',
];
const BEFORE = [
	'jo',
	'aiemmin',
	'aikaisemmin',
	'edellä',
	'ylempänä',
	'äsken',
	'monesti',
	'monta kertaa',
	'kahdesti',
	'useaan otteeseen',
	'uudestaan',
];
const WEBSITE = [
	'nettisivu*',
	'verkkosivu*',
	'kotisivu*',
	'sivusto*',
	'sivuilla*',
	'sivuilta*',
	'UKK*',
	'usein kysy*',
	'ohjesivu*',
	'tukisivu*',
];
const POLICY = ['käytän*', 'sääntö*', 'säännö*', 'ohjeistu*', 'ehdo*', 'linjaus*', 'toimintatap*'];
const THIRD_PARTY = [
	'{kuriiri|kuljetusliike|lähetti|Posti|posti|DHL|UPS|DB Schenker|Matkahuolto|varasto|toimittaja|valmistaja|tehdas|järjestelmä|pankki|kollega|työkaveri|IT|IT-tuki|kehittäjä}*',
	'{edelli|aiemp}* {asiakaspalvelij|myyj|työntekij|kolleg}*',
	'jonka kanssa {puhuit|juttelit|asioit|keskustelit}',
];
const FAULT = [
	'{vika|vian|vikaa|virhe|virheen|virheitä|syy|syytä|moka|mokan}*',
	// Past tenses and participles alike: sotki, sotkenut; hukkasi, hukannut.
	'{sotk|söss|hukka|hukan|unoht|moka|mokan|möhl|kadot|kadott|rikko|rikkon|pilas|pilan|tyri|tunar}*',
	'väär*',
	'{olisi|olis} pitänyt',
	'unohti*',
	'{reistai|temppuil|kaatui|kaatunut|jumitt|jumissa|alhaalla|nurin|sekaisin}*',
	'ei toimi*',
];
const BUSY = [
	'{kiire|kiirettä|kiireinen|kiireistä|kiireisiä|ruuhka|ruuhkaa|ruuhkaista|kaaos|kaaosta|hulinaa|hektistä|hektinen}',
	'{vajaa|vajaalla} {miehitys|miehityksellä|porukalla}',
	'vähän {väkeä|porukkaa|ihmisiä|tekijöitä|työntekijöitä}',
	'{paljon|tosi paljon|valtavasti|hirveästi} {yhteydenottoja|asiakkaita|kyselyjä|viestejä|chatteja|tilauksia|jonoa}',
	'olen {vielä |aika |ihan |melko |}{uusi|uusi täällä|vasta aloittanut|vasta-alkaja}',
	'{yksin|yksinäni} {töissä|vuorossa}',
	'pitkä jono',
	'{olen ollut|ollut} täällä vasta',
	'{aloitin|aloittanut} vasta',
	'emme {ehdi|pysy|kerkeä} {vastata|perässä|mukana|kaikkeen}',
	'niin {moni|monta|paljon} {kirjoittaa|ottaa yhteyttä|soittaa|jonossa}',
];

export const fiCues: CuePack = {
	aboutCustomer:
		/(?:^|[^\p{L}])(?:sinä|sinun|sinulla|sinua|sinulle|sinulta|te|teidän|teillä|teitä|jos|mikäli|jotta)(?![\p{L}])/iu,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [
				[NOT, KNOW],
				[['epävarma*', 'epäselvää'], ['{on|olen|ollaan}']],
				[NOT, ['osaa', 'osata'], ['sanoa', 'kertoa']],
			],
			gap: 3,
			// "En tiedä, oletko jo ehtinyt …" asks about the customer politely (-tko/-tkö).
			unless: /^,?\s+\p{L}*(?:tko|tkö|tteko|ttekö)(?![\p{L}])/iu,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[NOT, CANNOT],
				[
					[
						'mahdoton*',
						'mahdotonta',
						'ei tule kysymykseenkään',
						'ei missään nimessä',
						'ei mitenkään',
						'ei onnistu',
						'ei käy',
					],
				],
			],
			gap: 2,
			soft: true,
			unless: /^\s+(?:nähdä|löytää|odottaa|kiittää)/iu,
			hint: HINTS.cannot,
		},
		{
			// "Emme (koskaan) palauta …": what we do not do, as a refusal; "emme veloita" (we don't charge) reassures.
			id: 'we-dont',
			rule: 'E6',
			sequences: [[['emme', 'emme koskaan', 'emme ikinä'], ['*']]],
			gap: 0,
			soft: true,
			unlessMatch: /(?:veloit|laskut|peri|jaa|myy|luovut|pyydä|kysy|unohda|ole|voi|pysty|tarvitse)\p{L}*$/iu,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[['kuten'], SAID],
				[['kuten'], ['{sanottu|mainittu|todettu|kerrottu|mainitsin|sanoin}']],
				[BEFORE, SPOKE],
				[SPOKE, BEFORE],
				[['{toiseen|kolmanteen|viimeiseen} kertaan']],
			],
			gap: 3,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[
					[
						'{oletko|olitko|ehditkö} {katsonut|lukenut|tarkistanut|käynyt|vilkaissut}',
						'{katsoitko|luitko|tarkistitko|kävitkö|vilkaisitko}',
					],
					WEBSITE,
				],
				[
					WEBSITE,
					[
						'{katsoitko|luitko|tarkistitko|kävitkö|vilkaisitko}',
						'{oletko|olitko} {katsonut|lukenut|tarkistanut|käynyt}',
					],
				],
				[['kaikki', 'löytyy', 'lukee', 'kerrottu', 'ohjeet'], WEBSITE],
				[WEBSITE, ['kaikki', 'löytyy', 'lukee', 'kerrottu', 'ohjeet']],
				[['{katso|lue|tarkista|käy|vilkaise}'], WEBSITE],
			],
			gap: 4,
			scope: 'sentence',
			agentVoice: false,
			unless: /https?:|www\./iu,
			hint: HINTS.website,
		},
		{
			id: 'policy',
			rule: 'E6',
			sequences: [
				[
					[
						'{se|ne|tämä|nämä} {on|ovat}',
						'meidän',
						'yrityksen',
						'firman',
						'{näin|niin} {ne|se} on',
						'takia',
						'vuoksi',
						'mukaan',
					],
					POLICY,
				],
				[POLICY, ['{ei|eivät} {salli|anna|mahdollista}']],
				[['näin meillä {vain |}{toimitaan|tehdään|on|mennään}', 'niin meillä {vain |}{toimitaan|tehdään|on}']],
			],
			gap: 2,
			soft: true,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[['{ei|eivät}'], ['kuulu*'], ['{minulle|meille|minun|meidän}']],
				[
					['{ei|eivät}'],
					['{ole|kuulu}'],
					['{minun|meidän}'],
					['{alaa|alaani|alaamme|vastuulla|hommia|hoidettavana|tehtäviä|tehtäväni}'],
				],
				[['{soita|ota yhteyttä|laita viestiä|lähetä sähköpostia|kysy|käänny}'], ['{itse|suoraan}']],
			],
			eitherOrder: true,
			gap: 2,
			soft: true,
			hint: HINTS.notMine,
		},
		{
			id: 'blame',
			rule: 'E7',
			sequences: [[THIRD_PARTY, FAULT]],
			gap: 6,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{
			id: 'not-our-fault',
			rule: 'E7',
			sequences: [
				[['{ei|eikä}'], ['{meidän|minun}'], ['{syy|vika|virhe|moka}*']],
				[['emme voi {sille|asialle|sille asialle} mitään', 'emme {mahda|voi} mitään']],
			],
			gap: 2,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{id: 'not-us', rule: 'E7', sequences: [[['ei {me|meidän|minä|minun}']]], unless: NOT_CLAUSE_END, hint: HINTS.blame},
		{
			// "Annoit väärän sähköpostiosoitteen": the customer's slip (second-person past: -it).
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[['{annoit|kirjoitit|valitsit|syötit|täytit|tilasit|merkitsit|näppäilit}'], ['väär*', 'virheelli*']],
				[['väär*', 'virheelli*'], ['{annoit|kirjoitit|valitsit|syötit|täytit|tilasit|merkitsit|näppäilit}']],
				[['{sinun|teidän} {vika*|virhe*|syy*}', 'käyttäjän virhe']],
				[
					['{olet|olette}'],
					['{kirjoittanut|antanut|valinnut|syöttänyt|täyttänyt|tilannut|näppäillyt|painanut|merkinnyt}'],
					['väär*', 'virheelli*'],
				],
				[['jos olisit'], ['{lukenut|tarkistanut|katsonut}']],
				[['sinun olisi {pitänyt|kannattanut}']],
			],
			gap: 3,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{
			id: 'excuse',
			rule: 'E7',
			sequences: [[BUSY]],
			scope: 'sentence',
			// "Ei kiirettä" is "no rush", said to the customer.
			unlessBefore: /(?:^|[^\p{L}])(?:ei|mitään|ole)\s+(?:mitään\s+)?$/iu,
			hint: HINTS.excuse,
		},
	],
};
