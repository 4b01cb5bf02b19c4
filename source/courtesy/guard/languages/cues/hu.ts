// Hungarian cue rules (E6, E7): stems reach the suffixes (tud*, hib*, szabály*), first-person endings mark the agent.
import {HINTS, NOT_CLAUSE_END, type CuePack} from './cue-rule.js';

const NOT = ['nem', 'sem', 'se', 'nincs', 'sincs', 'nincsen'];
/** First-person forms: the agent's own knowing, never the customer's (Ön) "tudja". */
/** What the agent has no knowledge of: "nincs információnk", "információnk nincs". */
const KNOWLEDGE = ['információm', 'információnk', 'infóm', 'adatom', 'adatunk', 'rálátásom', 'rálátásunk', 'ismeretem'];
const KNOW = ['tudom', 'tudjuk', 'tudhatom', 'tudhatjuk', 'tudnám', 'tudnánk', 'biztos', 'biztosak', ...KNOWLEDGE];
const CANNOT = [
	'tudok',
	'tudunk',
	'{tudjuk|tudom} *ni',
	'fogjuk tudni',
	'fogom tudni',
	'lehet',
	'lehetséges',
	'megoldható',
	'áll módunkban',
	'áll módomban',
	'engedélyezett',
	'megengedett',
	'vállaljuk',
	'vállalom',
	'csinálunk',
	'csinálok',
];
/** First-person past of the verbs of saying: whoever "mondtam" is, it is the agent. */
const SAID = [
	'{el|le|meg|}{mondtam|mondtuk|írtam|írtuk|említettem|említettük|magyaráztam|magyaráztuk|jeleztem|jeleztük|közöltem|közöltük|hangsúlyoztam|tájékoztattam}',
];
/** Without "as", only the verbs of speaking: "I've already written a note" reports what the agent did. */
const SPOKE = [
	'{el|meg|}{mondtam|mondtuk|említettem|említettük|magyaráztam|magyaráztuk|közöltem|közöltük|hangsúlyoztam}',
];
const BEFORE = [
	'már',
	'korábban',
	'fentebb',
	'az előbb',
	'előbb',
	'többször',
	'kétszer',
	'egyszer már',
	'ismét',
	'újra',
];
const WEBSITE = ['weboldal*', 'honlap*', 'GYIK', 'gyakori kérdések*', 'oldalunk*', 'súgó*', 'ügyfélportál*'];
const POLICY = ['szabályzat*', 'szabály*', 'előírás*', 'irányelv*', 'feltétel*', 'eljárásrend*', 'házirend*'];
const THIRD_PARTY = [
	'{futár|futárszolgálat|posta|Posta|GLS|DPD|DHL|Foxpost|raktár|beszállító|gyártó|rendszer|bank|kolléga|kollégám|kollégánk|informatik|fejlesztő}*',
	'{előző|korábbi} {ügyintéző|munkatárs|kolléga}*',
	'akivel {beszélt|tegnap beszélt|levelezett|chatelt}',
];
const FAULT = [
	'{hib|hibáz|rontott|elrontott|elkevert|összekevert|elveszít|elveszett|elhagyt|tévedett|tévedés|elfelejtett|elfelejtette|elnézte|benézte|sara}*',
	'rossz',
	'{akadoz|leállt|lefagyott|összeomlott|nem működ|nem működött}*',
	'okozta',
	'kellett volna',
	'elvileg',
];
const BUSY = [
	'{sok|rengeteg|nagyon sok|óriási} a {megkeresés|dolgunk|dolgom|munka|munkánk|ügyfél|kérdés|bejelentés|chat}',
	'{rengeteg|nagyon sok} {megkeresés|ügyfél|munka|dolgunk|bejelentés}',
	'túlterhelt*',
	'kevesen {vagyunk|dolgozunk|vannak}',
	'{még |elég |teljesen |}új vagyok',
	'{most kezdtem|egyedül vagyok}',
	'{káosz|nagy a forgalom|nagy a hajtás|őrület|nagy a nyomás}',
	'{hosszú|nagy} a sor',
	'{annyian|rengetegen|nagyon sokan|olyan sokan} {írnak|keresnek|vannak|várnak|jelentkeznek}',
	'nem {győzzük|győzöm|bírjuk|bírom|érünk utol}*',
	'csak {pár|két|egy|néhány} {napja|hete|hónapja} {dolgozom|vagyok}',
];

export const huCues: CuePack = {
	aboutCustomer: /(?:^|[^\p{L}])(?:[Öö]n|[Öö]nnek|[Öö]nt|[Öö]nnel|[Öö]né|[Öö]nre|ha|amennyiben|hogyha)(?![\p{L}])/u,
	rules: [
		{
			id: 'dont-know',
			rule: 'E6',
			sequences: [
				[NOT, KNOW],
				[KNOWLEDGE, ['{nincs|sincs}']],
				[['{fogalm|gőz|ötlet|sejtelm}{am|unk}'], ['{sincs|nincs|sem}']],
				[['bizonytalan*', 'nem tudni']],
			],
			gap: 3,
			// "Nem tudom, volt-e már alkalma …" asks about the customer; "nem tudom" + infinitive is the "cannot" rule's.
			unless:
				/^\s+[\p{L}]*ni(?![\p{L}])|^,\s+[^.!?]*(?:alkalma(?![\p{L}])|\p{L}*(?:ta|te|tt|lt)-e(?![\p{L}])|-e(?![\p{L}])[^.!?]*(?<![\p{L}])Ön)/iu,
			hint: HINTS.dontKnow,
		},
		{
			id: 'cannot',
			rule: 'E6',
			sequences: [
				[NOT, CANNOT],
				[
					[
						'lehetetlen*',
						'kizárt',
						'szó sem lehet',
						'semmiképp*',
						'semmilyen {esetben|módon}',
						'semmi esetre',
						'nincs {rá |}{mód|lehetőség|lehetőségünk|lehetőségem}',
					],
				],
			],
			gap: 2,
			soft: true,
			unless: /^\s+(?:látni|találni|várni|megköszönni)/iu,
			hint: HINTS.cannot,
		},
		{
			// "Soha nem térítjük vissza": a first-person plural verb after the no refuses what we do; not charging reassures.
			id: 'we-dont',
			rule: 'E6',
			sequences: [
				[
					['nem', 'soha nem', 'sosem', 'semmiképp nem'],
					['*juk', '*jük', '*unk', '*ünk'],
				],
			],
			gap: 0,
			soft: true,
			unlessMatch: /(?:terhel|számol|kér|felejt|vagy|hagy|ad|küld|tud)\p{L}*$/iu,
			hint: HINTS.cannot,
		},
		{
			id: 'as-i-said',
			rule: 'E6',
			sequences: [
				[['ahogy', 'mint', 'amint'], SAID],
				[BEFORE, SPOKE],
				[SPOKE, BEFORE],
				[['{másodszor|harmadszor|sokadszor} is']],
			],
			gap: 4,
			hint: HINTS.asISaid,
		},
		{
			id: 'website',
			rule: 'E6',
			sequences: [
				[['{megnézte|elolvasta|nézte|olvasta|átnézte|megtekintette|látta}*', 'járt'], WEBSITE],
				[WEBSITE, ['{megnézte|elolvasta|nézte|olvasta|átnézte|megtekintette|látta}*']],
				[['minden', 'mindent', 'mindenről', 'le van írva', 'fent van', 'megtalál*', 'olvasható', 'szerepel'], WEBSITE],
				[WEBSITE, ['minden', 'mindent', 'le van írva', 'fent van', 'megtalál*', 'olvasható', 'szerepel']],
				[['{nézze|olvassa|tekintse} {meg|el|át}'], WEBSITE],
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
				[['ez', 'ezek', 'ilyen', 'így', 'miatt', 'szerint', 'értelmében', 'a cég', 'cégünk'], POLICY],
				[POLICY, ['nem {engedi|teszi lehetővé|engedélyezi}']],
				[['{ez|nálunk ez} {nálunk |}így {működik|van|megy}', 'ez van', 'ez a rend']],
			],
			gap: 3,
			soft: true,
			hint: HINTS.policy,
		},
		{
			id: 'not-mine',
			rule: 'E6',
			sequences: [
				[['nem'], ['{hozzám|hozzánk}'], ['tartozik']],
				[['nem'], ['{az én|a mi}'], ['{osztály|asztal|feladat|terület|hatáskör|dolg|ügy}*']],
				[['nem'], ['{mi|én}'], ['{intéz|foglalkoz|kezel}*']],
				[
					['{hívja fel|keresse meg|forduljon|írjon|vegye fel a kapcsolatot}'],
					['{őket|közvetlenül|saját maga|egyenesen|személyesen}'],
				],
			],
			gap: 2,
			soft: true,
			hint: HINTS.notMine,
		},
		{id: 'blame', rule: 'E7', sequences: [[THIRD_PARTY, FAULT]], gap: 6, scope: 'sentence', hint: HINTS.blame},
		{
			id: 'not-our-fault',
			rule: 'E7',
			sequences: [
				[['nem'], ['{a mi|az én}'], ['{hibánk|hibám|felelősségünk|felelősségem|dolgunk|sarunk}']],
				[['{erről|arról|erre|ezért} {mi |én |}nem {tehetünk|tehetek|felelünk|felelek}']],
			],
			gap: 1,
			scope: 'sentence',
			hint: HINTS.blame,
		},
		{id: 'not-us', rule: 'E7', sequences: [[['nem {mi|én}']]], unless: NOT_CLAUSE_END, hint: HINTS.blame},
		{
			// "Rossz e-mail-címet adott meg": the customer's slip (Ön: third-person past).
			id: 'customer-fault',
			rule: 'E7',
			sequences: [
				[
					['{rossz|hibás|téves|helytelen}*'],
					[
						'{adott meg|adta meg|írt be|írta be|választott|választotta|töltött ki|töltötte ki|rendelt|rendelte|gépelt|gépelte}',
					],
				],
				[
					['{adott meg|adta meg|írt be|írta be|választott|választotta|töltötte ki|gépelte}'],
					['{rosszul|hibásan|tévesen|helytelenül|rossz}'],
				],
				[['{az Ön|az ön|a saját} {hibája|tévedése}']],
				// A verb of getting it wrong: el-írta (mistyped), el-gépelte, félre-olvasta.
				[['{elírta|elírt|elgépelte|elgépelt|félreolvasta|félreértette|elnézte}']],
				[['ha {elolvasta|megnézte|figyelt} volna', 'el kellett volna olvasnia', 'figyelmesebben']],
			],
			gap: 3,
			scope: 'sentence',
			agentVoice: false,
			hint: HINTS.customerFault,
		},
		{id: 'excuse', rule: 'E7', sequences: [[BUSY]], scope: 'sentence', hint: HINTS.excuse},
	],
};
