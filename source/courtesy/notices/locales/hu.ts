// Hungarian: every automatic notice, consistently in the polite "Ön" (magázás) of Hungarian customer service.
import type {LocaleTexts} from '../locale-texts.js';
import {formatWait, wholeMinutes} from '../time-words.js';
import {huDueBy} from './hu-date.js';

/*
 * Hungarian adds case endings to names and numbers, and its article depends on the next sound (a/az),
 * so the templates keep every value where it needs neither:
 * - the customer's name after "Kedves": "Kedves Anna!", "köszönöm, kedves Anna";
 * - the company in the phone-style formula "{{company}} ügyfélszolgálat, {{agent.name}} vagyok", which
 *   takes no article;
 * - a colleague as the subject "{{target}} kollégám" (nominative, so no suffix to fit), a team in brackets:
 *   "az illetékes kollégáknak (Számlázás)";
 * - minutes only before "múlva" or in "5 perc türelmét kérem": after a number the noun stays singular
 *   and unmarked ("5 perc", never "5 percek");
 * - the due time as a Hungarian writes it, suffixes fitted to each number (hu-date.ts):
 *   "Legkésőbb március 4-én, kedden 14:00-ig jelentkezünk", never a colon before a bare date.
 */
export const hu: LocaleTexts = {
	locale: 'hu',
	minutes: count => `${wholeMinutes(count)} perc`,
	wait: ms => formatWait(ms, {h: 'óra', min: 'perc', s: 'mp'}),
	due: huDueBy,
	templates: {
		greeting: [
			'Kedves {{customer.name}}! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Köszönöm, hogy megkeresett minket – miben segíthetek?',
			'Üdvözlöm, kedves {{customer.name}}! {{agent.name}} vagyok, {{company}} ügyfélszolgálat. Írja le nyugodtan, miben segíthetek, és együtt megoldjuk.',
			'Kedves {{customer.name}}, köszönöm, hogy felvette velünk a kapcsolatot! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Miben lehetek a segítségére?',
			'Kedves {{customer.name}}! {{agent.name}} vagyok, köszönöm, hogy megkeresett minket. Miben segíthetek?',
			'Üdvözlöm, kedves {{customer.name}}! {{agent.name}} vagyok, és szívesen segítek. Miről lenne szó?',
		],
		'greeting-ask-name': [
			'Üdvözlöm! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Köszönöm, hogy megkeresett minket. Megadná a nevét, és leírná, miben segíthetek?',
			'Üdvözlöm! {{agent.name}} vagyok, {{company}} ügyfélszolgálat. Kivel beszélgetek, és miben lehetek a segítségére?',
			'Jó, hogy írt nekünk! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Hogyan szólíthatom? Írja le nyugodtan azt is, miben segíthetek.',
			'Üdvözlöm! {{agent.name}} vagyok, köszönöm, hogy megkeresett minket. Megadná a nevét, és leírná, miben segíthetek?',
			'Üdvözlöm! {{agent.name}} vagyok, és szívesen segítek. Hogyan szólíthatom, és miről lenne szó?',
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			'Kedves {{customer.name}}! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Köszönöm, hogy leírta, mi történt – elolvastam az üzenetét, és már utána is nézek.',
			'Üdvözlöm, kedves {{customer.name}}! {{agent.name}} vagyok, {{company}} ügyfélszolgálat. Köszönöm a részletes leírást; elolvastam, és segítek megoldani.',
			'Kedves {{customer.name}}! {{agent.name}} vagyok. Köszönöm, hogy leírta a problémát – elolvastam az üzenetét, és máris utánanézek.',
		],
		'greeting-ack-ask-name': [
			'Üdvözlöm! {{company}} ügyfélszolgálat, {{agent.name}} vagyok. Köszönöm, hogy leírta, mi történt – elolvastam az üzenetét, és már utána is nézek. Megadná a nevét?',
			'Üdvözlöm! {{agent.name}} vagyok, {{company}} ügyfélszolgálat. Köszönöm a részletes leírást; elolvastam, és segítek megoldani. Hogyan szólíthatom?',
			'Üdvözlöm! {{agent.name}} vagyok. Köszönöm, hogy leírta a problémát – elolvastam az üzenetét, és máris utánanézek. Kivel beszélgetek?',
		],
		'transfer-greeting': [
			'Kedves {{customer.name}}! {{agent.name}} vagyok, mostantól én viszem tovább az ügyét. Elolvastam az eddigi beszélgetést, így semmit sem kell megismételnie.',
			'Üdvözlöm, kedves {{customer.name}}! {{agent.name}} vagyok – a kollégám tájékoztatott, és átolvastam a beszélgetést. Folytassuk ott, ahol abbahagytuk.',
			'Üdvözlöm! {{agent.name}} vagyok, mostantól én segítek Önnek. Elolvastam az eddigi beszélgetést, így nem kell mindent újra elmondania.',
			'Üdvözlöm! {{agent.name}} vagyok – köszönöm a türelmét. Átolvastam az eddigi beszélgetést, így folytathatjuk ott, ahol abbahagytuk.',
		],
		hold: [
			'Szeretnék alaposan utánanézni ennek ({{reason}}). Ez nagyjából {{minutes}} – megfelel Önnek, ha addig várakozik? Legkésőbb ennyi idő múlva jelentkezem.',
			'Megfelel Önnek, ha nagyjából {{minutes}} alatt utánanézek a kérdésnek ({{reason}})? Legkésőbb ennyi idő múlva jelentkezem.',
			'Megkérhetem, hogy várjon egy kicsit, amíg utánanézek? Ez körülbelül {{minutes}} lesz, utána jelentkezem.',
			'Körülbelül {{minutes}} kell ahhoz, hogy utánanézzek. Megfelel Önnek, ha ezen belül jelentkezem?',
			'Köszönöm, {{customer.name}}! Megkérhetem, hogy várjon, amíg utánanézek? Ez körülbelül {{minutes}} lesz, utána jelentkezem.',
			'Köszönöm a türelmét, {{customer.name}}! Megfelel Önnek, ha nagyjából {{minutes}} alatt utánanézek ennek ({{reason}})? Legkésőbb ennyi idő múlva jelentkezem.',
		],
		'hold-extend': [
			'Elnézést, ez tovább tart, mint gondoltam. Még nagyjából {{minutes}} kell – megfelel Önnek? Legkésőbb ennyi idő múlva jelentkezem.',
			'Elnézést kérek a várakozásért, {{customer.name}}. Még körülbelül {{minutes}} kell, hogy befejezzem ({{reason}}). Legkésőbb ennyi idő múlva jelentkezem.',
			'Elnézést – ez kicsit tovább tart, mint ígértem. Még körülbelül {{minutes}} türelmét kérem, utána jelentkezem.',
		],
		'hold-update': [
			'Még dolgozom az ügyén – köszönöm, hogy türelemmel vár.',
			'Köszönöm, hogy vár. Még utánajárok a kérdésnek, és amint tudok, jelentkezem.',
			'Továbbra is itt vagyok, és az ügyével foglalkozom. Amint választ tudok adni, jelentkezem.',
			'Köszönöm a türelmét – még ellenőrzöm a részleteket, és mihamarabb jelentkezem.',
			'Köszönöm, hogy vár, {{customer.name}} – még utánajárok a kérdésének.',
		],
		'hold-overrun': [
			'Elnézést kérek – ez tovább tart, mint ígértem. Még utánajárok, és hamarosan jelzem, mennyi időre van még szükségem.',
			'Elnézését kérem, {{customer.name}}, ez tovább tart, mint mondtam. Köszönöm a türelmét – hamarosan tájékoztatom, hogyan áll a dolog.',
			'Elnézést a várakozásért – tovább tart, mint számítottam. Köszönöm a türelmét, hamarosan jelentkezem a fejleményekkel.',
		],
		'hold-end': [
			'Köszönöm, hogy megvárt, kedves {{customer.name}} – újra itt vagyok.',
			'Nagyon köszönöm a türelmét! Itt is vagyok.',
			'Köszönöm, hogy várt – nagyra értékelem a türelmét.',
			'Köszönöm a türelmét, kedves {{customer.name}}.',
		],
		'hold-end-late': [
			'Köszönöm, hogy megvárt, {{customer.name}}, és elnézést, hogy tovább tartott, mint ígértem. Újra itt vagyok.',
			'Újra itt vagyok – köszönöm a türelmét, és elnézést, hogy a vártnál tovább kellett várakoznia.',
			'Elnézést, hogy ilyen sokáig kellett várnia, és köszönöm a türelmét. Újra itt vagyok.',
		],
		'transfer-to-agent': [
			'{{target}} kollégám tud ebben a legjobban segíteni ({{reason}}), ezért átadom neki a beszélgetést. Ő a teljes beszélgetésünket látja, így semmit sem kell megismételnie.',
			'Hogy a lehető legjobb segítséget kapja, {{target}} kollégám veszi át a beszélgetést – {{reason}}. Minden, amiről eddig beszéltünk, átkerül hozzá, így nem kell újra elmondania.',
			'{{target}} kollégám tud ebben a legjobban segíteni, ezért átadom neki a beszélgetést. Ő a teljes beszélgetésünket látja, így semmit sem kell megismételnie.',
			'Hogy a lehető legjobb segítséget kapja, {{target}} kollégám veszi át a beszélgetést: ő jól ismeri ezt a területet. Minden, amiről eddig beszéltünk, átkerül hozzá, így nem kell újra elmondania.',
		],
		'transfer-to-department': [
			'Átadom a beszélgetést az illetékes kollégáknak ({{target}}) – {{reason}}. Ők a teljes beszélgetésünket látják, így semmit sem kell megismételnie.',
			'Ebben a kérdésben az illetékes kollégáim tudnak a legjobban segíteni ({{target}}), ezért átadom nekik a beszélgetést – {{reason}}. Minden, amiről eddig beszéltünk, átkerül hozzájuk, így nem kell elölről kezdenie.',
			'Átadom a beszélgetést az illetékes kollégáknak ({{target}}), mert ők tudnak ebben a legjobban segíteni. Ők a teljes beszélgetésünket látják, így semmit sem kell megismételnie.',
			'Ebben a kérdésben az illetékes kollégáim tudnak a legjobban segíteni ({{target}}), ezért most átadom nekik a beszélgetést. Minden, amiről eddig beszéltünk, átkerül hozzájuk, így nem kell elölről kezdenie.',
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			'Ebben a kérdésben {{target}} kollégám tud a legjobban segíteni. Ha Önnek is megfelel, átadom neki a beszélgetést – ő a teljes beszélgetésünket látja, így semmit sem kell megismételnie. Rendben van így?',
			'Szeretném átadni a beszélgetést {{target}} kollégámnak, aki ebben jobban tud segíteni. Minden, amiről eddig beszéltünk, átkerül hozzá. Megengedi, hogy átkapcsoljam?',
			'{{target}} kollégám ismeri ezt a területet a legjobban, és minden, amiről eddig beszéltünk, átkerül hozzá. Átkapcsolhatom hozzá?',
		],
		'transfer-ask-to-department': [
			'Ebben a kérdésben az illetékes kollégáim tudnak a legjobban segíteni ({{target}}). Ha Önnek is megfelel, átadom nekik a beszélgetést – ők a teljes beszélgetésünket látják, így semmit sem kell megismételnie. Rendben van így?',
			'Az illetékes kollégáim ({{target}}) tudnak ebben a legjobban segíteni. Megengedi, hogy átadjam nekik a beszélgetést? Minden, amiről eddig beszéltünk, átkerül hozzájuk.',
			'Az illetékes kollégáim ({{target}}) ismerik ezt a legjobban, és a teljes beszélgetésünket látják. Átkapcsolhatom Önt hozzájuk?',
		],
		'transfer-failed': [
			'Sajnos most nem sikerült átadnom a beszélgetést ({{target}}), ezért továbbra is én segítek Önnek. Megtaláljuk a megoldást.',
			'Az átirányítás sajnos nem sikerült, de továbbra is itt vagyok Önnek. Más módon oldjuk meg a kérdést.',
			'Sajnos a beszélgetés átadása nem sikerült ({{target}}). Itt maradok Önnel, és gondoskodom róla, hogy segítséget kapjon.',
		],
		'transfer-brief': [
			[
				'Átadási jegyzet – átadó: {{agent.name}}',
				'Ügyfél: {{customer.name|nem adta meg a nevét}}',
				'Eddigi várakozás: {{wait|nem ismert}}',
				'Megjegyzés: {{note|nincs}}',
				'Az ügyfél legutóbbi üzenetei:',
				'{{messages|még nincs üzenet}}',
			].join('\n'),
		],
		'email-request': [
			'Ha megadja az e-mail-címét, tovább vizsgáljuk az ügyet, és 24 órán belül jelentkezünk – így semmi sem sikkad el.',
			'Gondoskodunk róla, hogy az ügye megoldódjon: ha megadja az e-mail-címét, 24 órán belül felvesszük Önnel a kapcsolatot.',
			'Sajnos a beszélgetés átadása most nem sikerült ({{target}}), de az ügye nem marad megoldatlan. Ha megadja az e-mail-címét, 24 órán belül jelentkezünk.',
			'Sajnos jelenleg nem tudom átadni a beszélgetést ({{target}}). Ha megadja az e-mail-címét, kollégáink 24 órán belül felveszik Önnel a kapcsolatot.',
		],
		followup: [
			'Köszönöm! Feljegyeztem az elérhetőségét ({{contact}}). Legkésőbb {{due}} jelentkezünk. Ha tovább tartana, tájékoztatjuk, hogyan halad az ügy.',
			'Rögzítettem: a megadott címre ({{contact}}) legkésőbb {{due}} írunk Önnek.',
			'Köszönöm! Legkésőbb {{due}} jelentkezünk.',
			'Feljegyeztem, hogy visszajelzünk: legkésőbb {{due}} hall felőlünk.',
		],
		'anything-else': [
			'Segíthetek még valamiben?',
			'Van még valami, amiben segíthetek, kedves {{customer.name}}?',
			'Mielőtt elköszönünk: van még kérdése?',
		],
		closing: [
			'Köszönöm a beszélgetést, kedves {{customer.name}}! Most lezárom a chatet – további szép napot kívánok! Ha van egy perce, kérem, értékelje a beszélgetést 1-től 3-ig (1 = elégedetlen, 2 = elégedett, 3 = nagyon elégedett).',
			'Örültem, hogy segíthettem. Most lezárom a beszélgetést – köszönöm, hogy megkeresett minket, és minden jót kívánok! Kíváncsiak vagyunk a véleményére: hogyan értékelné a beszélgetést egy 1-től 3-ig terjedő skálán, ahol az 1 az elégedetlen, a 3 pedig a nagyon elégedett?',
			'Köszönöm még egyszer, kedves {{customer.name}}, minden jót! Itt lezárom a beszélgetésünket. Egy utolsó kérés: értékelje, kérem, a kapott segítséget 1-től 3-ig, ahol a 3 a legjobb – a visszajelzése segít nekünk fejlődni.',
			'Köszönöm, hogy megkeresett minket! Most lezárom a chatet – minden jót kívánok! Ha van egy perce, kérem, értékelje a beszélgetést 1-től 3-ig (1 = elégedetlen, 2 = elégedett, 3 = nagyon elégedett).',
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			'Köszönöm a beszélgetést, kedves {{customer.name}}! Most lezárom a chatet – további szép napot kívánok!',
			'Örültem, hogy segíthettem. Most lezárom a beszélgetést – köszönöm, hogy megkeresett minket, és minden jót kívánok!',
			'Köszönöm még egyszer, kedves {{customer.name}}, minden jót! Itt lezárom a beszélgetésünket.',
			'Köszönöm, hogy megkeresett minket! Most lezárom a chatet – minden jót kívánok!',
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			'Köszönöm, hogy elmondta a véleményét, kedves {{customer.name}}, és sajnálom, hogy ma nem tudtunk jobban segíteni. A visszajelzését továbbítom a csapatnak, hogy fejlődhessünk. Most lezárom a chatet – minden jót kívánok!',
			'Sajnálom, hogy ebben a beszélgetésben nem kapta meg a szükséges segítséget. Köszönöm az őszinte visszajelzését – gondoskodom róla, hogy a csapat is lássa. Most lezárom a chatet; bármikor szívesen látjuk újra.',
			'Még egyszer köszönöm a visszajelzését, és elnézést kérek, hogy ezúttal nem sikerült az elvárásainak megfelelnünk. Itt lezárom a beszélgetést – minden jót!',
		],
		'rating-thanks': [
			'Köszönöm a visszajelzését – sokat segít nekünk!',
			'Köszönöm, hogy értékelte a beszélgetést, kedves {{customer.name}}!',
			'Nagyon köszönöm, hogy időt szánt az értékelésre.',
		],
		'rating-thanks-low': [
			'Köszönöm az őszinte visszajelzését, és sajnálom, hogy ezúttal nem sikerült az elvárásainak megfelelően segítenünk. A véleményét felhasználjuk a fejlődéshez.',
			'Köszönöm, hogy jelezte, kedves {{customer.name}} – sajnálom, hogy a beszélgetés nem felelt meg az elvárásainak. A visszajelzése segít nekünk jobbá válni.',
			'Köszönöm a visszajelzést. Sajnálom, hogy ma nem sikerült a várakozásainak megfelelnünk – komolyan vesszük az ilyen véleményeket.',
		],
		'idle-check-in': [
			'Itt van még, kedves {{customer.name}}? Nem kell sietnie – itt vagyok, amikor készen áll.',
			'Csak jelzem, hogy még itt vagyok – szánjon rá annyi időt, amennyi kell, és szóljon, ha segíthetek.',
			'Még itt vagyok – írjon nyugodtan, ha folytatná.',
		],
		'idle-close-offer': [
			'Úgy látom, most talán mással van elfoglalva. Lezárhatom a beszélgetést? Ha több időre van szüksége, csak írjon, és itt leszek.',
			'Rendben van, ha most lezárom a beszélgetést, kedves {{customer.name}}? Bármikor indíthat újat, amikor Önnek megfelel.',
			'Szívesen lezárom a beszélgetést, ha minden kérdésére választ kapott. Ha nem, csak írjon, és folytatjuk.',
		],
	},
};
