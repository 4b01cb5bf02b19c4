// Swedish cue rules (E6, E7): the parts of a refusal, an admission, a blame or an excuse, in any word order.
import {HINTS, NOT_CLAUSE_END, type CuePack} from './cue-rule.js';

const AGENT = ['jag', 'vi'];
const NOT = ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'ingenting'];
const KNOW = ['vet', 'visste', 'veta', 'säker', 'säkra', 'aning', 'koll', 'idé', 'klart', 'information'];
const MODAL = ['kan', 'får', 'kunde', 'lyckas', 'har möjlighet att', 'har rätt att'];
const SERVICE = [
	'återbetalar',
	'betalar',
	'erbjuder',
	'gör',
	'accepterar',
	'godtar',
	'tillåter',
	'byter',
	'ersätter',
	'täcker',
	'levererar',
	'skickar',
	'ger',
	'tar emot',
];
const SAID = [
	'sa',
	'sagt',
	'skrev',
	'skrivit',
	'nämnde',
	'nämnt',
	'förklarade',
	'förklarat',
	'berättade',
	'berättat',
	'påpekade',
	'påpekat',
];
/** Without "as", only the verbs of speaking: "I've already written a note" reports what the agent did. */
const SPOKE = [
	'sa',
	'sagt',
	'nämnde',
	'nämnt',
	'förklarade',
	'förklarat',
	'berättade',
	'berättat',
	'påpekade',
	'påpekat',
];
const BEFORE = ['redan', 'tidigare', 'förut', 'nyss', 'ovan', 'flera gånger', 'två gånger', 'igen'];
const WEBSITE = [
	'hemsida*',
	'webbplats*',
	'webbsida*',
	'sajt*',
	'FAQ',
	'vanliga frågor',
	'hjälpsid*',
	'kundtjänstsid*',
	'supportsid*',
];
const POLICY = ['regl*', 'regelverk*', 'policy*', 'riktlinje*', 'villkor*', 'rutin*'];
const THIRD_PARTY = [
	'{PostNord|DHL|UPS|DPD|Bring|Budbee|Instabox|Schenker}',
	'{budet|budfirman|chauffören|transportören|lagret|leverantören|tillverkaren|fabriken|systemet|banken|IT|IT-avdelningen|utvecklarna}',
	'{kollega|kollegan|kollegor|kollegorna}',
	'{den förra|förra} {handläggaren|medarbetaren|agenten}',
	'{han|hon|den|de} du {pratade|talade|chattade} med',
];
const FAULT = [
	'fel',
	'{strulat|strular|strulade|krånglar|krånglat|krånglade|slarvat|slarvade|klantat|klantade|missat|missade|tabbat}',
	'{glömt|glömde|tappat|tappade|förstört|förstörde|kraschat|kraschade}',
	'{skuld|skulden|tabbe|tabben|miss|missen}',
	'{borde|skulle} {aldrig |inte |}ha',
	'glömde att',
	'{nere|hänger sig|fungerar inte|funkar inte|ligger nere}',
];
const BUSY = [
	'{mycket att göra|jättemycket|fullt upp|kaos|kaotiskt|stressigt|hektiskt|högtryck|hög belastning|mycket tryck}',
	'underbemann*',
	'{få|lite folk} på jobbet',
	'{vi är|vi har varit} {väldigt |lite |så |ganska |}få',
	'{många|så många|väldigt många|massor av} {ärenden|kunder|chattar|i kö}',
	'{lång|långa} {kö|köer}',
	'{jag är|är} {ganska |helt |väldigt |lite |fortfarande |}{ny|färsk|nyanställd|ny här|ny på jobbet}',
	'ensam {på jobbet|idag|i dag}',
	'{jag har|har} bara {jobbat|arbetat|varit} här',
	'{jag började|började} {här |}{nyss|förra veckan|den här veckan|i *}',
	'{hinner|klarar} {inte|inte att} {med|hålla jämna steg}',
	'så många som {skriver|ringer|hör av sig}',
];

export const svCues: CuePack = {
	aboutCustomer: /(?:^|[^\p{L}])(?:du|dig|ni|er|om|ifall)(?![\p{L}])/iu,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [[NOT, KNOW], [KNOW, AGENT, NOT], [AGENT, KNOW, NOT], [['osäker', 'ovisst']]],
			gap: 2,
			unless: /^[\s,]*(?:på\s+)?om\s+(?:du|ni)\b/iu,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[AGENT, MODAL, NOT],
				[MODAL, AGENT, NOT],
				[['det', 'detta', 'den', 'det där'], ['går', 'är'], NOT, ['möjligt', 'tillåtet', 'aktuellt']],
				[['det', 'detta', 'den', 'det där'], ['går'], NOT],
				[
					['inget', 'ingenting', 'inte mer', 'inget mer', 'lite', 'inte mycket'],
					AGENT,
					['kan', 'får', 'kunde'],
					['göra', 'gjort', 'hjälpa', 'ändra', 'erbjuda'],
				],
				[AGENT, SERVICE, NOT],
				[SERVICE, AGENT, NOT],
				[
					[
						'{inte|ingen} {möjligt|möjlighet|tillåtet|aktuellt}',
						'omöjlig*',
						'uteslutet',
						'på inga villkor',
						'inte på tal',
						'inget att göra',
						'inget jag kan {göra|ändra}',
					],
				],
			],
			gap: 1,
			soft: true,
			unless: /^\s+(?:se|hitta|vänta|tacka)\b/iu,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[['som'], AGENT, SAID],
				[['som'], ['nämnt', 'nämnts', 'sagt', 'sagts', 'skrivit', 'förklarat']],
				[AGENT, BEFORE, SPOKE],
				[AGENT, SPOKE, BEFORE],
				[['för {andra|tredje|sista} gången']],
			],
			gap: 2,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[['har du {kollat|tittat|läst|sett|varit inne|besökt}', '{kollade|tittade|läste|såg} du'], WEBSITE],
				[['allt', 'står', 'hittar du', 'förklarat', 'beskrivet'], WEBSITE],
				[['{kolla|titta|läs|se}'], WEBSITE],
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
				[['{det|detta|så|sådana} är', 'enligt', 'på grund av'], POLICY],
				[POLICY, ['tillåter inte', 'säger nej', 'säger att vi inte']],
			],
			gap: 3,
			soft: true,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[['inte'], ['{min|mitt|vår|vårt}'], ['{avdelning|bord|ansvar|jobb|område|uppgift|problem|sak}']],
				[['{inget|inte något|ingenting}'], AGENT, ['{hanterar|sköter|tar hand om|jobbar med|har med att göra}']],
				[['{det är|det var}'], ['inte'], AGENT, ['som']],
				[['{hanterar|sköter|tar hand om|jobbar med}'], ['inte'], AGENT],
			],
			gap: 1,
			soft: true,
			hint: HINTS.notMine,
		},
		{
			// "Du får ringa dem": handing the customer on to do it themselves.
			id: 'handoff',
			rule: 'E6',
			sequences: [
				[['du'], ['får', 'måste'], ['ringa', 'kontakta', 'höra av dig', 'mejla', 'vända dig', 'gå till', 'fråga']],
				[['får', 'måste'], ['du'], ['ringa', 'kontakta', 'höra av dig', 'mejla', 'vända dig', 'gå till', 'fråga']],
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
				[['inte'], ['{vårt|mitt|vår|min}'], ['{fel|skuld|ansvar}']],
				[['kan inte vi rå för', 'inget vi kan {rå för|göra åt}', 'har inte vi med att göra']],
			],
			gap: 1,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{id: 'not-us', rule: 'E7', sequences: [[['inte {vi|oss|jag|mig}']]], unless: NOT_CLAUSE_END, hint: HINTS.blame},
		{
			// "Du har skrivit in fel mejladress": the customer's slip.
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[
					['du'],
					[
						'{skrev|skrivit|angav|angett|valde|valt|fyllde|fyllt|beställde|beställt|knappade|tryckte|tryckt|klickade|klickat}',
					],
					['fel'],
				],
				[['om du hade'], ['{läst|kollat|tittat|följt}']],
				[['du {borde|skulle} {ha|inte ha}']],
				[['{blev|var|är}'], ['{skriven|skrivet|angiven|angivet|ifylld|ifyllt}'], ['fel']],
				[['{ditt|ert} fel', '{din|er} skuld', 'användarfel']],
			],
			gap: 3,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{id: 'excuse', rule: 'E7', sequences: [[BUSY]], scope: 'sentence', hint: HINTS.excuse},
	],
};
