// E7 (amended) data: blaming others and making excuses, per language; "own the problem" instead. Phrase notation as in text/phrase-pattern.ts.
import type {GuardLocale} from '../guard-locale.js';
import type {PhraseRule} from './language-pack.js';

const HINT_FAULT = 'whose fault it is does not help the customer: apologise and say what you will do';
const HINT_OTHERS =
	'no blaming others (a colleague, the courier, "the system"): own it and say how you will put it right';
const HINT_EXCUSE = 'no excuses: thank them for their patience and say when they will have an answer';

// Someone other than the agent and the company, in each language: "the courier", "the warehouse", "the system".
const EN_PARTY =
	"{the|your|our|my} {courier|courier's|carrier|driver|delivery {company|guys|people|driver|team}|post office|postal service|warehouse|warehouse team|system|bank|manufacturer|supplier|colleague|previous agent|last agent|other agent|agent before me|person before me|IT {team|department}}";
const NB_PARTY =
	'{Posten|posten|budet|budfirmaet|transportøren|sjåføren|lageret|systemet|banken|leverandøren|produsenten|kollegaen min|kollegen min|den forrige {kundebehandleren|rådgiveren|saksbehandleren|kollegaen}|en annen {kundebehandler|rådgiver|kollega}}';
const SV_PARTY =
	'{PostNord|posten|budet|budfirman|transportören|chauffören|lagret|systemet|banken|leverantören|tillverkaren|min kollega|kollegan|den förra {handläggaren|kundtjänstmedarbetaren|kollegan}|en annan {handläggare|kollega}}';
const FI_PARTY =
	'{kuriiri*|kuljettaja*|kuljetusliike*|lähetti|lähetin|posti|Posti|varasto|järjestelmä|systeemi|pankki|toimittaja|valmistaja|kollegani|työkaverini|edellinen asiakaspalvelija|edellisen asiakaspalvelijan|toinen asiakaspalvelija|toisen asiakaspalvelijan}';
const HU_PARTY =
	'{a|az} {futár|futárszolgálat|futárcég|posta|raktár|rendszer|bank|beszállító|gyártó|kollégám|kollégám|előző ügyintéző*|másik ügyintéző*|előző kolléga*|másik kolléga*}';
const ZH_PARTY =
	'{快递员|快递|物流|仓库|系统|银行|厂家|供应商|同事|上一位客服|之前的客服|前一位客服|另一位客服|其他客服}';

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
			// Someone else, then what they got wrong, a few words on: "the delivery guys must have left it at the wrong door".
			`${EN_PARTY} … {wrong|incorrect|the wrong|an incorrect|a mistake|an error}`,
			`${EN_PARTY} {should have|should've|was supposed to|were supposed to|forgot to|failed to|didn't bother to}`,
			`${EN_PARTY}{'s| has| have|} {been |}{acting up|playing up|glitching|down|having {problems|issues|trouble}}`,
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'on-them',
		patterns: [
			"{that's|that is|it's|it is|this is|that was|it was} on {them|the courier|the warehouse|the bank|the supplier|the manufacturer|the post office|the delivery {company|guys|driver}}",
			'{out of|beyond} our control',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			"{we're|we are|I'm|I am} {really |very |so |super |extremely |a bit |}{swamped|busy|short-staffed|understaffed|overwhelmed|slammed|snowed under}{ today| right now| at the moment|}",
			"{it's|it is|it's been|it has been} {really |very |so |crazy |super |}busy {today|here|this week|at the moment}",
			"{I'm|I am} {new here|new to this|still new}",
			"{we're|we are|we've been|we have been} _ {short-staffed|short staffed|understaffed|short of staff|down {a person|two people|on staff}}",
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
		// "Det kan ikke vi noe for": it is not our doing.
		id: 'not-our-doing',
		patterns: ['det kan {ikke vi|vi ikke|ikke jeg|jeg ikke} {gjøre |}noe for', 'det rår {ikke vi|vi ikke} over'],
		hint: HINT_FAULT,
	},
	{
		id: 'not-us',
		patterns: ['ikke {oss|meg|vi|jeg}'],
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
			`${NB_PARTY} … {feil|gal|galt}`,
			`${NB_PARTY} {skulle|burde|glemte|har glemt}`,
			`${NB_PARTY} {har vært|var|er} {nede|ute av drift|treg|ustabil}`,
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'vi har {veldig |utrolig |ekstremt |}{mye å gjøre|travelt|fullt opp}',
			'det er {veldig |utrolig |}{travelt|mye å gjøre} {i dag|nå}',
			'{jeg er|er} {ny her|ny i jobben|helt ny}',
			'vi er _ {underbemann*|få på jobb|få folk|for få}',
			'vi har _ {for få|lite} folk',
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
	{
		id: 'not-our-doing',
		patterns: ['det kan {inte vi|vi inte|inte jag|jag inte} rå för', 'det rår {inte vi|vi inte} på'],
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
			`${SV_PARTY} … fel`,
			`${SV_PARTY} {skulle|borde|glömde|har glömt}`,
			`${SV_PARTY} {har varit|var|är} {nere|ur funktion|seg|instabil}`,
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
			'vi är _ {underbemann*|för få|få på jobbet}',
			'vi har _ {för få|lite} folk',
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
			'{se |tämä |}{ei ole|ei oo|ei ollut} {meidän|minun|mun|yrityksen} {syy*|vika*}',
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
			`${FI_PARTY} … {väär*|virhee*}`,
			`${FI_PARTY} {on |}{reistail*|temppuil*|sekoil*|sössi*|mokas*|mokann*|unohti|unohtanut|hukkas*|hukann*}`,
			`${FI_PARTY} {olisi pitänyt|ois pitänyt|piti|olisi kuulunut}`,
			'{järjestelmä|systeemi} on {ollut |}{nurin|alhaalla|jumissa|rikki|sekaisin}',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{meillä on|meillä oli|täällä on|nyt on} {tänään |nyt |}{tosi |todella |hirveä |kova |aivan hirveä |niin |}{kiire|ruuhka|ruuhkaa}',
			'olen {uusi|vasta uusi} {täällä|tässä työssä|talossa}',
			'{tosi |todella |liian |aika |}vähän {porukkaa|väkeä|henkilökuntaa|työntekijöitä|tekijöitä} {töissä|paikalla|vuorossa}',
			'{vajaa|vajaalla|vajaassa} {miehitys|miehityksellä|miehityksessä|porukalla}',
			'{meitä|meit} on {tänään |nyt |}{tosi |liian |}vähän',
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
			'{erről|arról|ezről|róla} {mi |én |}nem {tehetünk|tehetek}',
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
			`${HU_PARTY} … {rossz|téves|hibás|helytelen|rosszul|tévesen}`,
			`${HU_PARTY} … {akadoz*|hibáz*|leállt|nem működött|elront*|elfelejt*|elkever*|elveszít*}`,
			`${HU_PARTY} … {kellett volna|kellett}`,
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{ma |most |}{nagyon |rengeteg |túl |}sok a {megkeresés|ügyfél|dolgunk|chat|munka|munkánk}',
			'{nagyon |}le vagyunk terhelve',
			'{még |}új vagyok{ itt| még|}',
			'{ma |most |}_ kevesen vagyunk{ bent| itt| ma|}',
			'{létszámhiány*|kevés az ember|nincs elég ember}',
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
			'不是我们{客服|这边|部门|的人}{的|}{责任|问题|错}',
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
			`是${ZH_PARTY}…{错|漏|丢|忘}`,
			`${ZH_PARTY}{本来应该|应该|忘了|忘记|没有帮您|没帮您}`,
			'系统…{有问题|出问题|出了问题|故障|崩|卡|不稳定|维护}',
			'{怪不了|不能怪|怨不得}{我们|我}',
		],
		hint: HINT_OTHERS,
	},
	{
		id: 'excuse-busy',
		patterns: [
			'{今天|现在|最近}{咨询|排队|进线|找我们}的{人|客户|顾客}{太多|特别多|非常多|比较多}',
			'{今天|现在|最近}{太忙|很忙|特别忙|人手不够}',
			'人手{不够|不足|太少|紧张|有限}',
			'我是新来的',
		],
		hint: HINT_EXCUSE,
	},
];

export const blamePhrases: Readonly<Record<GuardLocale, readonly PhraseRule[]>> = {en, nb, sv, fi, hu, zh};
