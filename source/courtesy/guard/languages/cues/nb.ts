// Norwegian Bokmål cue rules (E6, E7): the parts of a refusal, an admission, a blame or an excuse, in any word order.
import {HINTS, NOT_CLAUSE_END, type CuePack} from './cue-rule.js';

const AGENT = ['jeg', 'vi'];
const NOT = ['ikke', 'ikkje', 'aldri', 'ingen', 'intet'];
const KNOW = [
	'vet',
	'visste',
	'vite',
	'sikker',
	'sikre',
	'aner',
	'anelse',
	'peiling',
	'idé',
	'ide',
	'oversikt',
	'klart',
];
const MODAL = ['kan', 'får', 'klarer', 'kunne', 'fikk', 'har mulighet til', 'har anledning til', 'har lov til'];
const SERVICE = [
	'refunderer',
	'tilbyr',
	'gjør',
	'aksepterer',
	'godtar',
	'tillater',
	'bytter',
	'erstatter',
	'dekker',
	'leverer',
	'sender',
	'gir',
	'tar imot',
	'betaler',
];
const SAID = [
	'sa',
	'sagt',
	'skrev',
	'skrevet',
	'nevnte',
	'nevnt',
	'forklarte',
	'forklart',
	'fortalte',
	'fortalt',
	'påpekte',
	'påpekt',
];
/** Without "as", only the verbs of speaking: "I've already written a note" reports what the agent did. */
const SPOKE = ['sa', 'sagt', 'nevnte', 'nevnt', 'forklarte', 'forklart', 'fortalte', 'fortalt', 'påpekte', 'påpekt'];
const BEFORE = [
	'allerede',
	'tidligere',
	'før',
	'i sted',
	'nettopp',
	'ovenfor',
	'over',
	'flere ganger',
	'to ganger',
	'igjen',
];
const WEBSITE = [
	'nettside*',
	'nettsted*',
	'hjemmeside*',
	'nettsid*',
	'FAQ',
	'ofte stilte spørsmål',
	'hjelpesid*',
	'kundeservicesid*',
	'brukerstøtte*',
];
const POLICY = ['retningslinje*', 'regle*', 'regelverk*', 'policy*', 'vilkår*', 'rutine*'];
const THIRD_PARTY = [
	'{Posten|Bring|PostNord|DHL|UPS|DPD|Helthjem|Instabox}',
	'{budet|budbilen|budfirmaet|sjåføren|transportøren|speditøren|lageret|leverandøren|produsenten|fabrikken|systemet|banken|IT|IT-avdelingen|utviklerne}',
	'{kollega|kollegaen|kollegaer|kolleger|kollegene|kollegaen min|kollegene mine}',
	'{min|mine} {kollega|kolleger|kollegaer}',
	'{den forrige|forrige} {kundebehandleren|medarbeideren|agenten|saksbehandleren}',
	'{han|hun|den|de} du {snakket|pratet|chattet} med',
];
const FAULT = [
	'feil',
	'{rotet|rota|rotet det til|surret|surra|kludret|klusset|tabbet|bommet|dummet}*',
	'{glemte|glemt|mistet|mista|ødela|ødelagt}',
	'{skyld|skylden|tabbe|tabben|blemme}',
	'{skulle|burde} {aldri |ikke |}ha',
	'glemte å',
	'{nede|i trøbbel|krangler|tuller|fungerer ikke|virker ikke|krasjet|henger}',
];
const BUSY = [
	'{travelt|mye å gjøre|full fart|fullt kjør|kaos|kaotisk|hektisk|stressa|stresset|mye pågang|stor pågang}',
	'underbemann*',
	'{få|lite folk} på jobb',
	'{vi er|vi har vært} {veldig |litt |så |ganske |}få',
	'{mange|så mange|veldig mange|masse} {henvendelser|kunder|saker|chatter|i kø}',
	'{lang|lange} {kø|køer}',
	'{jeg er|er} {ganske |helt |veldig |litt |fortsatt |}{ny|fersk|nyansatt|ny her|fersk her|ny i jobben}',
	'{alene|aleine} {på jobb|i dag}',
	'{jeg har|har} bare {jobbet|vært} her',
	'{jeg begynte|begynte} {her |}{nettopp|i forrige uke|denne uka|på *}',
	'{rekker|klarer|henger} {ikke|ikke å} {over alt|med|holde tritt}',
	'så mange som {skriver|ringer|tar kontakt}',
];

export const nbCues: CuePack = {
	aboutCustomer: /(?:^|[^\p{L}])(?:du|deg|dere|hvis|om|dersom)(?![\p{L}])/iu,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [[NOT, KNOW], [KNOW, AGENT, NOT], [AGENT, KNOW, NOT], [['usikker', 'uvisst', 'aner ikke']]],
			gap: 2,
			unless: /^[\s,]*(?:på\s+)?om\s+(?:du|dere)\b/iu,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[AGENT, MODAL, NOT],
				[MODAL, AGENT, NOT],
				[['det', 'dette', 'den', 'det der'], ['går', 'lar seg'], NOT],
				[
					['ingenting', 'ikke noe', 'ikke mer', 'lite', 'ikke noe mer'],
					AGENT,
					['kan', 'får', 'kunne'],
					['gjøre', 'gjort', 'hjelpe', 'endre', 'tilby'],
				],
				[AGENT, SERVICE, NOT],
				[SERVICE, AGENT, NOT],
				[
					[
						'{ikke|ingen} {mulig|mulighet|lov|tillatt|aktuelt|anledning}',
						'umulig*',
						'uaktuelt',
						'utelukket',
						'på ingen måte',
						'ikke tale om',
						'ingenting å gjøre',
					],
				],
			],
			gap: 1,
			soft: true,
			unless: /^\s+(?:se|finne|vente|takke)\b/iu,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[['som'], AGENT, SAID],
				[['som'], ['nevnt', 'sagt', 'skrevet', 'forklart']],
				[AGENT, BEFORE, SPOKE],
				[AGENT, SPOKE, BEFORE],
				[['for {andre|tredje|siste} gang']],
			],
			gap: 2,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[['har du {sjekket|sett|lest|kikket|tittet|vært inne|besøkt}', '{sjekket|så|leste|kikket|tittet} du'], WEBSITE],
				[['alt', 'står', 'finner du', 'forklart', 'beskrevet'], WEBSITE],
				[['{sjekk|se|les|kikk|titt}'], WEBSITE],
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
				[['{det|dette|sånn|slik|så} er', 'i henhold til', 'ifølge', 'på grunn av', 'etter'], POLICY],
				[POLICY, ['tillater ikke', 'sier nei', 'sier at vi ikke']],
			],
			gap: 3,
			soft: true,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[['ikke'], ['{min|mitt|vår|vårt}'], ['{avdeling|bord|ansvar|jobb|område|oppgave|problem|sak}']],
				[['ikke {noe|noen ting}'], AGENT, ['{tar meg av|tar oss av|håndterer|driver med|har med å gjøre|jobber med}']],
				[['{det er|det var}'], ['ikke'], AGENT, ['som']],
				[['{håndterer|tar|tar oss av|jobber med|driver med}'], ['ikke'], AGENT],
			],
			gap: 1,
			soft: true,
			hint: HINTS.notMine,
		},
		{
			// "Du får ringe dem": handing the customer on to do it themselves; "du må gjerne …" is an invitation.
			id: 'handoff',
			rule: 'E6',
			sequences: [
				[['du'], ['får', 'må'], ['ringe', 'kontakte', 'ta kontakt', 'høre med', 'spørre', 'henvende deg', 'gå til']],
				[['får', 'må'], ['du'], ['ringe', 'kontakte', 'ta kontakt', 'høre med', 'spørre', 'henvende deg', 'gå til']],
			],
			gap: 0,
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
				[['ikke'], ['{vår|min|vårt|mitt}'], ['{feil|skyld|ansvar}']],
				[['{kan|kunne} ikke vi noe for', 'ikke noe vi kan {noe for|gjøre for|rå for}', 'har ikke vi noe med']],
			],
			gap: 1,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{id: 'not-us', rule: 'E7', sequences: [[['ikke {oss|vi|meg|jeg}']]], unless: NOT_CLAUSE_END, hint: HINTS.blame},
		{
			// "Du har tastet inn feil e-postadresse": the customer's slip.
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[
					['du'],
					[
						'{skrev|skrevet|tastet|oppga|oppgitt|valgte|valgt|fylte|fylt|bestilte|bestilt|trykket|trykte|klikket|huket}',
					],
					['feil'],
				],
				[['hvis du hadde'], ['{lest|sjekket|sett|fulgt}']],
				[['du {burde|skulle} {ha|ikke ha}']],
				[['{ble|var|er}'], ['{skrevet|tastet|oppgitt|fylt}'], ['feil']],
				[['{din|deres} {feil|skyld}', 'brukerfeil']],
			],
			gap: 3,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{id: 'excuse', rule: 'E7', sequences: [[BUSY]], scope: 'sentence', hint: HINTS.excuse},
	],
};
