// E7 (amended) data: blaming others and making excuses, per language; "own the problem" instead. Phrase notation as in text/phrase-pattern.ts.
import type {GuardLocale} from '../guard-locale.js';
import type {PhraseRule} from './language-pack.js';

const HINT_FAULT = 'whose fault it is does not help the customer: apologise and say what you will do';
const HINT_OTHERS =
	'no blaming others (a colleague, the courier, "the system"): own it and say how you will put it right';
const HINT_EXCUSE = 'no excuses: thank them for their patience and say when they will have an answer';

const en: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: [
			"{it's|it is|that's|that is|this is|it was|that was|it isn't|it wasn't|this isn't|that isn't} {not |}{our|my|the company's} fault",
			"{not|isn't|wasn't} {our|my} fault",
			"{we're|we are|I'm|I am} not {to blame|responsible for {that|this|it}}",
		],
		hint: HINT_FAULT,
	},
	{
		id: 'not-us',
		patterns: ['not {us|me}'],
		end: 'clause',
		unlessBefore: /\b(?:with|for|to|from|of)\s+$/iu,
		hint: HINT_FAULT,
	},
	{
		id: 'others-messed-up',
		patterns: [
			'{the|your|our|my} {courier|carrier|driver|delivery company|post office|postal service|post|warehouse|system|bank|manufacturer|supplier|colleague|previous agent|other agent|IT {team|department}} {really |}{messed|screwed|mucked} {it |this |that |your order |your parcel |}up',
			"{it's|it is|that's|that is|this is|it was|that was} {the|your|a} {courier|carrier|post office|warehouse|system|bank|manufacturer|supplier|colleague}{'s|s'|} {fault|error|mistake|problem|glitch}",
			"{the|our} system{'s|s'} {fault|error|mistake}",
			'{blame|it was down to} the {courier|carrier|system|warehouse|bank|supplier}',
			'the system {is|keeps} {acting up|playing up|glitching|messing up}',
			'{my|a|another} colleague {gave|told} you {the |}{wrong|incorrect}',
			'{my|a|another} colleague {made a mistake|got it wrong|messed up}',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			"{we're|we are|I'm|I am} {really |very |so |super |extremely |a bit |}{swamped|busy|short-staffed|understaffed|overwhelmed|slammed|snowed under}{ today| right now| at the moment|}",
			"{it's|it is|it's been|it has been} {really |very |so |crazy |super |}busy {today|here|this week|at the moment}",
			"{I'm|I am} {new here|new to this|still new}",
		],
		hint: HINT_EXCUSE,
	},
];

const nb: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: ['{det er|det var|dette er} ikke {vår|min|firmaets} {feil|skyld}', 'ikke {vår|min} {feil|skyld}'],
		hint: HINT_FAULT,
	},
	{
		id: 'not-us',
		patterns: ['ikke {oss|meg}'],
		end: 'clause',
		unlessBefore: /(?:til|for|med|fra|av|om)\s+$/iu,
		hint: HINT_FAULT,
	},
	{
		id: 'others-messed-up',
		patterns: [
			'{det er|det var} {Posten|posten|budet|budfirmaet|transportøren|sjåføren|lageret|systemet|banken|leverandøren|produsenten|kollegaen min|kollegen min} som {har |}{rotet|rota|tabbet|kludret|somlet|tullet|tuller|roter|krøller|krøllet|surret}',
			'{Posten|posten|budfirmaet|transportøren|lageret|systemet|banken|leverandøren|produsenten} {har |}{rotet|rota|tabbet seg ut|kludret|somlet|tuller|tullet|krøller|krøllet}',
			'{systemets|Postens|postens|lagerets|bankens|leverandørens|transportørens} {feil|skyld}',
			'{kollegaen|kollegen|kollega} min {ga|har gitt} deg feil',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'vi har {veldig |utrolig |ekstremt |}{mye å gjøre|travelt|fullt opp}',
			'det er {veldig |utrolig |}{travelt|mye å gjøre} {i dag|nå}',
			'{jeg er|er} {ny her|ny i jobben|helt ny}',
			'vi er {underbemannet|få på jobb}',
		],
		hint: HINT_EXCUSE,
	},
];

const sv: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: ['{det är|det var|detta är} inte {vårt|mitt|företagets} fel', 'inte {vårt|mitt} fel'],
		hint: HINT_FAULT,
	},
	{id: 'not-us', patterns: ['inte {vi|jag}'], end: 'clause', unlessBefore: /(?:som|än|om|när)\s+$/iu, hint: HINT_FAULT},
	{
		id: 'others-messed-up',
		patterns: [
			'{det är|det var} {PostNord|posten|budfirman|transportören|chauffören|lagret|systemet|banken|leverantören|tillverkaren|min kollega|kollegan} som {har |}{strulat|strular|klantat|krånglar|krånglat|slarvat|trasslat|rört till det}',
			'{PostNord|posten|budfirman|transportören|lagret|systemet|banken|leverantören|tillverkaren} {har |}{strulat|strular|klantat till det|krånglar|krånglat|slarvat}',
			'{systemets|PostNords|postens|lagrets|bankens|leverantörens} fel',
			'{min kollega|kollegan} {gav|har gett|har givit} dig fel',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'vi har {jättemycket|väldigt mycket|mycket|otroligt mycket|så mycket} att göra',
			'vi har {fullt upp|jättemycket|så mycket} {idag|i dag|just nu}',
			'det är {väldigt |jätte|}{mycket|stressigt} {idag|i dag|just nu}',
			'jag är {ny här|ny på jobbet|helt ny}',
			'vi är underbemannade',
		],
		hint: HINT_EXCUSE,
	},
];

const fi: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: [
			'{se |tämä |}{ei ole|ei oo|ei} {meidän|minun|mun|yrityksen} {vikamme|vikani|vika}',
			'{meidän|minun} vika{mme|ni|} {se |}ei {ole|ollut}',
		],
		hint: HINT_FAULT,
	},
	{id: 'not-us', patterns: ['ei {me|minä}'], end: 'clause', hint: HINT_FAULT},
	{
		id: 'others-messed-up',
		patterns: [
			'{kuriiri|kuljettaja|kuljetusliike|posti|Posti|varasto|järjestelmä|systeemi|pankki|pankkisi|toimittaja|valmistaja|kollegani|työkaverini} {on |}{sen |sitä |}{sotki|sotkenut|hukkasi|hukannut|mokasi|mokannut|sössi|sössinyt|sekoili|sekoilee|möhli|möhlinyt}',
			'{järjestelmä|systeemi} on {taas |}{sekaisin|jumissa|rikki}',
			'{kuriirin|kuljetusliikkeen|postin|Postin|varaston|järjestelmän|pankin|toimittajan|valmistajan|kollegani} {vika|virhe|moka}',
			'{kollegani|työkaverini} {antoi|kertoi} {sinulle |}{eilen |aiemmin |}{väärää|virheellistä|väärän}',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{meillä on|meillä oli|täällä on|nyt on} {tänään |nyt |}{tosi |todella |hirveä |kova |aivan hirveä |niin |}{kiire|ruuhka|ruuhkaa}',
			'olen {uusi|vasta uusi} {täällä|tässä työssä|talossa}',
		],
		hint: HINT_EXCUSE,
	},
];

const hu: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: [
			'{ez |}nem {a mi|az én|a cég} hibá{nk|m|ja}',
			'{ez |}nem {mi|én} {tehetünk|tehetek} róla',
			'nem {vagyunk|vagyok} {felelős|felelősek}',
		],
		hint: HINT_FAULT,
	},
	{id: 'not-us', patterns: ['nem {mi|én}'], end: 'clause', hint: HINT_FAULT},
	{
		id: 'others-messed-up',
		patterns: [
			'a {futár|futárszolgálat|posta|raktár|rendszer|bank|beszállító|gyártó|kollégám|futárcég} {hibázott|rontotta el|elrontotta|elrontott|elhibázta|elkeverte|elhagyta|tévedett}',
			'a {futár|futárszolgálat|posta|raktár|rendszer|bank|beszállító|gyártó|kollégám|futárcég} hibája',
			'a {kollégám|kolléga|munkatársam} {rossz|téves|hibás|helytelen} {információt|tájékoztatást}',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{ma |most |}{nagyon |rengeteg |túl |}sok a {megkeresés|ügyfél|dolgunk|chat|munka|munkánk}',
			'{nagyon |}le vagyunk terhelve',
			'{még |}új vagyok{ itt| még|}',
			'kevesen vagyunk',
		],
		hint: HINT_EXCUSE,
	},
];

const zh: PhraseRule[] = [
	{
		id: 'not-our-fault',
		patterns: [
			'{跟|和|与}我们{没|没有|无}{关系|关}',
			'{这|这个|}不是{我们|我|公司}的{责任|问题|错|过错}',
			'{这|那}不{怪|赖}我们',
			'{不关|不干}我们{的|}事',
		],
		hint: HINT_FAULT,
	},
	{
		id: 'others-messed-up',
		patterns: [
			'{这|这个|}是{快递|物流|仓库|系统|银行|厂家|供应商|同事}{公司|}的{问题|错|责任|失误}',
			'{是|都是}{快递|物流|仓库|系统|银行|厂家|供应商|同事}{弄错|搞错|出错|出的错|的锅}',
			'同事{给您|给你|跟您说|告诉您}的{信息|说法}{有误|是错的|错了|不对}',
			'{快递|物流}{那边|公司|}{弄丢|搞丢|弄错|搞错}了',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{今天|现在|最近}{咨询|排队|进线|找我们}的{人|客户|顾客}{太多|特别多|非常多|比较多}',
			'{今天|现在|最近}{太忙|很忙|特别忙|人手不够}',
			'我是新来的',
		],
		hint: HINT_EXCUSE,
	},
];

export const blamePhrases: Readonly<Record<GuardLocale, readonly PhraseRule[]>> = {en, nb, sv, fi, hu, zh};
