// E29 data: what keeps a very short reply from being a curt fragment in each language, and whole-sentence rewrites
// for the clipped replies agents type most ("Done.", "Sent.", "已发。"). Phrase notation as in text/phrase-pattern.ts.
import type {GuardLocale} from '../guard-locale.js';

export type FragmentWords = {
	/**
	 * Words that make a short reply courteous or conversational ("Thanks, Sarah!", "Of course.", "Yes.", "好的"):
	 * a short reply with one of them is an ordinary reply, not a fragment.
	 */
	courteous: readonly string[];
	/** A subject pronoun makes a short reply a sentence ("It's sent.", "Det er ordnet."): left alone. */
	subjects: readonly string[];
	/** The clipped reply (folded, without punctuation) → the whole sentence to offer on Tab. */
	rewrites: Readonly<Record<string, string>>;
	/** Shown when there is no rewrite: an example of the same reply as a whole sentence. */
	example: string;
};

const en: FragmentWords = {
	courteous: [
		'thanks',
		'thank you',
		'thx',
		'please',
		'sorry',
		'apologies',
		"{you're|you are|} welcome",
		'welcome back',
		'of course',
		'certainly',
		'sure',
		'{great|perfect|lovely|brilliant|wonderful|excellent|awesome|fantastic}',
		'absolutely',
		'{happy|glad} to help',
		'{my |}pleasure',
		'{hi|hello|hey}',
		'good {morning|afternoon|evening|night}',
		'{bye|goodbye}',
		'take care',
		'have a {nice|great|good|lovely} {day|evening|weekend}',
		'cheers',
		'no {problem|worries}',
		'{yes|yeah|yep|indeed|exactly|right}',
		'{ok|okay|alright|all right}',
		'got it',
		'congratulations',
		'enjoy',
		'{happy days|hooray|yay|woohoo|nice one|amazing|superb}',
		// Well-wishes are courteous however short ("Enjoy the trip!", "Safe travels!").
		'have a {nice|great|good|lovely|safe|wonderful} *',
		'{safe travels|good luck|get well soon|bon voyage}',
	],
	subjects: ["{I|I'm|I've|I'll|I'd|we|we're|we've|we'll|it's|that's|they're|you're|you'll|there's}"],
	rewrites: {
		done: "That's done for you now.",
		sent: "I've sent it to you now.",
		checked: "I've checked that for you.",
		fixed: "That's fixed now.",
		sorted: "That's all sorted for you now.",
		refunded: "I've refunded that for you.",
		shipped: 'Your order has been shipped.',
		noted: "Thanks, I've made a note of that.",
		received: "Thanks, I've received it.",
		'on it': "I'm looking into it now.",
		wait: 'Could you give me a moment, please?',
		'one sec': "Just a moment, please: I'm checking now.",
		'one moment': "Just a moment, please: I'm checking now.",
	},
	example: '"Done." → "That\'s done for you now."',
};

const nb: FragmentWords = {
	courteous: [
		'{tusen |}takk',
		'vær så snill',
		'{beklager|unnskyld}',
		'velkommen',
		'bare hyggelig',
		'{selvfølgelig|gjerne|absolutt}',
		'{flott|supert|perfekt|kjempebra|så bra|herlig|hurra|jippi}',
		'{hei|hallo}',
		'god {morgen|dag|kveld}',
		'ha det{ bra|}',
		'ha en fin {dag|kveld|helg}',
		'god {tur|reise|helg|bedring|ferie|jul|påske|sommer}',
		'ha en {fin|god|flott|trivelig} *',
		'{lykke til|kos deg|nyt *}',
		'ingen {problem|fare|årsak}',
		'{ja|jo|jada|ok|okei|greit|klart|akkurat|nettopp}',
		'gratulerer',
	],
	subjects: ['{jeg|vi|du|det|den|de|han|hun|dette}'],
	rewrites: {
		ordnet: 'Det er ordnet nå.',
		fikset: 'Det er fikset nå.',
		sendt: 'Jeg har sendt det til deg nå.',
		sjekket: 'Jeg har sjekket det for deg.',
		refundert: 'Jeg har refundert beløpet til deg.',
		mottatt: 'Takk, jeg har mottatt det.',
		notert: 'Takk, jeg har notert det.',
		vent: 'Kan du vente et øyeblikk?',
	},
	example: '"Ordnet." → "Det er ordnet nå."',
};

const sv: FragmentWords = {
	courteous: [
		'{tack|tusen tack|stort tack}',
		'snälla',
		'{förlåt|ursäkta}',
		'{välkommen|varsågod}',
		'{självklart|gärna|absolut}',
		'{toppen|perfekt|jättebra|vad bra|så bra|härligt|hurra|jippi}',
		'{hej|hallå}',
		'god {morgon|dag|kväll}',
		'ha det {bra|fint|gott}',
		'ha en {bra|fin|trevlig} {dag|kväll|helg}',
		'trevlig {resa|helg|dag|kväll|semester|sommar}',
		'ha en {bra|fin|trevlig|skön} *',
		'{lycka till|krya på dig|njut *}',
		'{inga problem|ingen fara}',
		'{ja|jo|japp|ok|okej|precis|exakt}',
		'grattis',
	],
	subjects: ['{jag|vi|du|det|den|de|han|hon|detta}'],
	rewrites: {
		klart: 'Det är klart nu.',
		fixat: 'Det är fixat nu.',
		skickat: 'Jag har skickat det till dig nu.',
		kollat: 'Jag har kollat det åt dig.',
		aterbetalt: 'Jag har betalat tillbaka beloppet till dig.',
		mottaget: 'Tack, jag har fått det.',
		noterat: 'Tack, jag har noterat det.',
		vanta: 'Kan du vänta ett ögonblick?',
	},
	example: '"Fixat." → "Det är fixat nu."',
};

const fi: FragmentWords = {
	courteous: [
		'{kiitos|kiitti|kiitoksia}',
		'{ole hyvä|olkaa hyvä}',
		'{anteeksi|pahoittelen|pahoittelut}',
		'tervetuloa',
		'{totta kai|tottakai|tietysti|tietenkin|mielelläni}',
		'{hienoa|mahtavaa|täydellistä|loistavaa|kiva|hyvä|huippua|jee|jippii}',
		'{hei|moi|terve|huomenta}',
		'hyvää {huomenta|päivää|iltaa|päivänjatkoa|viikonloppua}',
		'{hyvää|mukavaa|rentouttavaa} *',
		'{onnea|pikaista paranemista|nauti*}',
		'näkemiin',
		'ei {hätää|ongelmaa|kestä}',
		'{kyllä|joo|juu|ok|okei|selvä|aivan|juuri niin}',
		'onnittelut',
	],
	subjects: ['{minä|mä|me|se|ne|hän|tämä|sinä}'],
	rewrites: {
		tehty: 'Se on nyt hoidettu.',
		hoidettu: 'Se on nyt hoidettu.',
		lahetetty: 'Lähetin sen sinulle nyt.',
		tarkistettu: 'Tarkistin asian puolestasi.',
		korjattu: 'Se on nyt korjattu.',
		vastaanotettu: 'Kiitos, sain sen.',
		odota: 'Voisitko odottaa hetken?',
	},
	example: '"Tehty." → "Se on nyt hoidettu."',
};

const hu: FragmentWords = {
	courteous: [
		'{köszönöm|köszi|köszönjük}',
		'kérem',
		'{elnézést|bocsánat|sajnálom}',
		'{szívesen|természetesen|persze|hogyne}',
		'{nagyszerű|remek|tökéletes|szuper|kiváló|hurrá|de jó}',
		'{üdvözlöm|üdv}',
		'jó {reggelt|napot|estét}',
		'szép napot',
		'{jó|kellemes|szép} *',
		'{sok sikert|jobbulást}',
		'viszontlátásra',
		'semmi {gond|probléma|baj}',
		'{igen|rendben|oké|ok|pontosan|így van}',
		'gratulálok',
	],
	subjects: ['{én|mi|ez|az|Ön|ő}'],
	rewrites: {
		kesz: 'Ez most már el van intézve.',
		elintezve: 'Ez most már el van intézve.',
		elkuldve: 'Most küldtem el Önnek.',
		ellenorizve: 'Ellenőriztem Önnek.',
		javitva: 'Ezt most kijavítottam.',
		megkaptam: 'Köszönöm, megkaptam.',
		varjon: 'Kérem, várjon egy pillanatot.',
	},
	example: '"Elintézve." → "Ez most már el van intézve."',
};

const zh: FragmentWords = {
	courteous: [
		'{谢谢|感谢|多谢}',
		'请',
		'{抱歉|不好意思|对不起}',
		'{不客气|不用谢}',
		'{好的|好嘞|好滴|没问题|当然|可以的|是的|对的|嗯嗯}',
		'{您好|你好|早上好|下午好|晚上好|再见|祝您|欢迎|恭喜}',
		'稍等',
		'{太好了|太棒了|真棒|好极了|棒棒哒|耶}',
		'亲',
	],
	subjects: ['{我|我们|您|它|这|那}'],
	rewrites: {
		已发: '已经给您发过去了。',
		发了: '已经给您发过去了。',
		好了: '已经帮您处理好了。',
		查了: '我已经帮您查过了。',
		查过了: '我已经帮您查过了。',
		收到: '好的，收到了，谢谢您。',
		等等: '请您稍等一下，我马上帮您查。',
		等一下: '请您稍等一下，我马上帮您查。',
		退了: '已经帮您办理退款了。',
	},
	example: '"已发。" → "已经给您发过去了。"',
};

export const fragmentWords: Readonly<Record<GuardLocale, FragmentWords>> = {en, nb, sv, fi, hu, zh};
