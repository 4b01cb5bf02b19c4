// Finnish: every automatic notice, in the "sinä" of chat support; names and numbers only where no ending is needed.
import type {LocaleTexts} from '../locale-texts.js';
import {formatDueTime, formatWait, wholeMinutes} from '../time-words.js';

/*
 * Finnish inflects names, and its numerals govern case, so the templates keep every value where its
 * basic form is right:
 * - names (customer, agent, transfer target) as subject or address: "Hei Anna", "Sinua auttaa nyt Mikko";
 * - the company as a phone-style opening, "{{company}}, {{agent.name}} täällä", and a team in apposition,
 *   "tiimiimme {{target}}", or in brackets (never "edustan yritystä ...", which reads like a sales pitch);
 * - minutes only in existential or predicate position, where "1 minuutti" and "5 minuuttia" are both
 *   right ("Tähän menee noin 5 minuuttia"), never as an object ("vie minuutin") or in the genitive;
 * - the due time as "4.3. klo 14.00", which reads right after "viimeistään".
 */
export const fi: LocaleTexts = {
	locale: 'fi',
	minutes: count => {
		const n = wholeMinutes(count);
		return n === 1 ? '1 minuutti' : `${n} minuuttia`;
	},
	wait: ms => formatWait(ms, {h: 't', min: 'min', s: 's'}),
	due: (at, timeZone) =>
		formatDueTime(at, timeZone, 'fi', {
			day: 'numeric',
			month: 'numeric',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		}),
	templates: {
		greeting: [
			'Hei {{customer.name}}, tervetuloa chattiin! {{company}}, {{agent.name}} täällä. Miten voin auttaa?',
			'Hei {{customer.name}}! {{company}} kiittää yhteydenotostasi. Olen {{agent.name}} – kerro, mitä asiasi koskee, niin katsotaan sitä yhdessä.',
			'Hei {{customer.name}}, kiva, että otit yhteyttä! {{company}}, {{agent.name}} täällä. Kerro, mitä on tapahtunut, niin selvitetään asia yhdessä.',
			'Hei {{customer.name}}, kiitos yhteydenotostasi! Olen {{agent.name}}. Miten voin auttaa sinua tänään?',
			'Hei {{customer.name}}, tervetuloa! Olen {{agent.name}} ja autan mielelläni. Mitä asiasi koskee?',
		],
		'greeting-ask-name': [
			'Hei, tervetuloa chattiin! {{company}}, {{agent.name}} täällä. Saisinko nimesi? Kerro myös, miten voin auttaa.',
			'Hei! {{company}} kiittää yhteydenotostasi. Olen {{agent.name}} – kenen kanssa keskustelen ja mitä asiasi koskee?',
			'Hei, kiva, että otit yhteyttä! {{company}}, {{agent.name}} täällä. Kertoisitko nimesi ja sen, miten voin auttaa?',
			'Hei, kiitos yhteydenotostasi! Olen {{agent.name}}. Saisinko nimesi? Entä miten voin auttaa sinua tänään?',
			'Hei, tervetuloa! Olen {{agent.name}} ja autan mielelläni. Mikä on nimesi ja mitä asiasi koskee?',
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			'Hei {{customer.name}}! {{company}}, {{agent.name}} täällä. Kiitos, että kerroit tilanteesta – luin viestisi ja selvitän asiaa nyt.',
			'Hei {{customer.name}}, kiitos yhteydenotostasi ja selkeästä kuvauksesta! Olen {{agent.name}}, ja luin jo viestisi. Katsotaan asia kuntoon yhdessä.',
			'Hei {{customer.name}}! Olen {{agent.name}}. Kiitos, että kuvasit ongelman – luin viestisi ja alan selvittää asiaa heti.',
		],
		'greeting-ack-ask-name': [
			'Hei! {{company}}, {{agent.name}} täällä. Kiitos, että kerroit tilanteesta – luin viestisi ja selvitän asiaa nyt. Saisinko vielä nimesi?',
			'Hei, kiitos yhteydenotostasi ja selkeästä kuvauksesta! Olen {{agent.name}}, ja luin jo viestisi. Kenen kanssa keskustelen?',
			'Hei! Olen {{agent.name}}. Kiitos, että kuvasit ongelman – luin viestisi ja alan selvittää asiaa heti. Mikä on nimesi?',
		],
		'transfer-greeting': [
			'Hei {{customer.name}}, olen {{agent.name}} ja jatkan tästä eteenpäin. Olen lukenut keskustelunne tähän asti, joten sinun ei tarvitse toistaa mitään.',
			'Hei {{customer.name}}! Täällä {{agent.name}} – kollegani kertoi minulle tilanteesta ja olen lukenut keskustelun. Jatketaan siitä, mihin jäitte.',
			'Hei, olen {{agent.name}} ja autan sinua tästä eteenpäin. Olen lukenut keskustelun tähän asti, joten sinun ei tarvitse selittää kaikkea uudelleen.',
			'Hei! Täällä {{agent.name}} – kiitos, että odotit. Olen perehtynyt keskusteluunne, joten voimme jatkaa siitä, mihin jäitte.',
		],
		hold: [
			'Haluaisin selvittää tämän sinulle kunnolla: {{reason}}. Siihen menee noin {{minutes}} – sopiiko, että odotat sen ajan? Palaan asiaan viimeistään silloin.',
			'Tarkistaisin tämän sinulle ({{reason}}). Siihen menee noin {{minutes}} – sopiiko se sinulle? Palaan asiaan viimeistään silloin.',
			'Sopiiko, että selvitän tätä hetken? Siihen menee noin {{minutes}}, ja palaan asiaan viimeistään silloin.',
			'Tämän selvittämiseen menee noin {{minutes}}. Sopiiko, että palaan asiaan sen ajan kuluessa?',
			'Kiitos, {{customer.name}}. Sopiiko, että tarkistan tämän? Siihen menee noin {{minutes}}, ja palaan asiaan viimeistään silloin.',
			'Kiitos kärsivällisyydestäsi, {{customer.name}}. Tähän menee noin {{minutes}} ({{reason}}) – sopiiko se sinulle? Palaan asiaan viimeistään silloin.',
		],
		'hold-extend': [
			'Pahoittelen, tämä vie enemmän aikaa kuin luulin. Siihen menee vielä noin {{minutes}} – sopiiko se sinulle? Palaan asiaan viimeistään silloin.',
			'Pahoittelen odottelua, {{customer.name}}. Tämän valmiiksi saamiseen menee vielä noin {{minutes}} ({{reason}}). Palaan asiaan viimeistään silloin.',
			'Anteeksi – tämä vie hieman kauemmin kuin lupasin. Siihen menee vielä noin {{minutes}}; sopiiko, että odotat sen ajan?',
		],
		'hold-update': [
			'Selvitän asiaasi yhä – kiitos, että odotat.',
			'Kiitos odottamisesta. Tutkin asiaa vielä ja palaan luoksesi heti, kun voin.',
			'Olen yhä täällä ja selvitän asiaasi. Kerron heti, kun minulla on vastaus.',
			'Kiitos kärsivällisyydestäsi – tarkistan asiaa vielä ja palaan siihen mahdollisimman pian.',
			'Kiitos, että odotat, {{customer.name}} – selvitän asiaasi yhä.',
		],
		'hold-overrun': [
			'Pahoittelen – tämä vie kauemmin kuin lupasin. Selvitän asiaa yhä ja kerron pian, paljonko aikaa vielä tarvitsen.',
			'Pahoittelen, {{customer.name}}, tämä vie enemmän aikaa kuin sanoin. Kiitos kärsivällisyydestäsi – kerron pian, miten asia etenee.',
			'Pahoittelen odotusta – tämä vie kauemmin kuin arvioin. Kiitos kärsivällisyydestäsi, kerron pian lisää.',
		],
		'hold-end': [
			'Kiitos, että odotit, {{customer.name}} – nyt olen taas täällä.',
			'Kiitos paljon kärsivällisyydestäsi! Nyt olen taas linjoilla.',
			'Kiitos odottamisesta – arvostan sitä todella.',
			'Kiitos kärsivällisyydestäsi, {{customer.name}}.',
		],
		'hold-end-late': [
			'Kiitos, että odotit, {{customer.name}}, ja pahoittelen, että siihen meni luvattua kauemmin. Nyt olen taas täällä.',
			'Olen taas täällä – kiitos kärsivällisyydestäsi ja anteeksi, että jouduit odottamaan luvattua pidempään.',
			'Anteeksi, että jouduit odottamaan näin kauan, ja kiitos kärsivällisyydestäsi. Nyt olen taas täällä.',
		],
		'transfer-to-agent': [
			'Siirrän keskustelun kollegalleni, joka osaa auttaa sinua tässä parhaiten ({{reason}}). Sinua auttaa nyt {{target}}, joka näkee koko keskustelumme, joten sinun ei tarvitse toistaa mitään.',
			'Jotta saat parhaan mahdollisen avun, siirrän keskustelun eteenpäin – {{reason}}. Jatkossa sinua palvelee {{target}}. Kaikki, mistä olemme puhuneet, siirtyy mukana, joten sinun ei tarvitse selittää asiaa uudelleen.',
			'Siirrän keskustelun kollegalleni, joka osaa auttaa sinua tässä parhaiten. Sinua auttaa nyt {{target}}, joka näkee koko keskustelumme, joten sinun ei tarvitse toistaa mitään.',
			'Jotta saat parhaan mahdollisen avun, siirrän keskustelun eteenpäin. Jatkossa sinua palvelee {{target}}, joka tuntee tämän aiheen hyvin. Kaikki, mistä olemme puhuneet, siirtyy mukana, joten sinun ei tarvitse selittää asiaa uudelleen.',
		],
		'transfer-to-department': [
			'Siirrän keskustelun tiimiimme {{target}} – {{reason}}. Kollegani näkevät koko keskustelumme, joten sinun ei tarvitse toistaa mitään.',
			'Tässä asiassa sinua osaavat auttaa parhaiten kollegani tiimistä {{target}}, joten siirrän keskustelun heille ({{reason}}). Kaikki, mistä olemme puhuneet, siirtyy mukana, joten sinun ei tarvitse aloittaa alusta.',
			'Siirrän keskustelun tiimiimme {{target}}, sillä siellä osataan auttaa tässä parhaiten. Kollegani näkevät koko keskustelumme, joten sinun ei tarvitse toistaa mitään.',
			'Tässä asiassa sinua osaavat auttaa parhaiten kollegani tiimistä {{target}}, joten siirrän keskustelun nyt heille. Kaikki, mistä olemme puhuneet, siirtyy mukana, joten sinun ei tarvitse aloittaa alusta.',
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			'Kollegani {{target}} tuntee tämän asian parhaiten ja voisi jatkaa tästä – hän näkee koko keskustelumme, joten sinun ei tarvitse toistaa mitään. Sopiiko se sinulle?',
			'Voisin siirtää keskustelun kollegalleni, joka osaa auttaa tässä parhaiten: {{target}}. Kaikki, mistä olemme puhuneet, siirtyy mukana. Sopiiko, että siirrän sinut?',
			'Kollegani {{target}} osaa auttaa tässä parhaiten, ja kaikki, mistä olemme puhuneet, siirtyy hänelle. Siirränkö sinut?',
		],
		'transfer-ask-to-department': [
			'Tiimimme {{target}} osaa auttaa tässä parhaiten, ja he näkevät koko keskustelumme, joten sinun ei tarvitse toistaa mitään. Sopiiko, että siirrän sinut heille?',
			'Oikeat ihmiset tähän löytyvät tiimistämme {{target}}. Sopiiko, että siirrän keskustelun heille? Kaikki, mistä olemme puhuneet, siirtyy mukana.',
			'Tiimimme {{target}} tuntee tämän asian parhaiten, ja he näkevät koko keskustelumme. Käykö, että siirrän sinut heille?',
		],
		'transfer-failed': [
			'Valitettavasti {{target}} ei pysty ottamaan keskustelua vastaan juuri nyt, joten jatkan kanssasi. Löydämme kyllä ratkaisun.',
			'Siirto ei valitettavasti onnistunut ({{target}}). Olen yhä täällä ja huolehdin siitä, että saat apua.',
			'Valitettavasti siirto ei onnistunut, mutta olen yhä täällä. Etsitään yhdessä toinen tapa ratkaista asia.',
		],
		'transfer-brief': [
			[
				'Siirtomuistio – siirtäjä: {{agent.name}}',
				'Asiakas: {{customer.name|nimi ei tiedossa}}',
				'Odottanut tähän mennessä: {{wait|ei tiedossa}}',
				'Muistiinpano: {{note|ei muistiinpanoa}}',
				'Asiakkaan viimeisimmät viestit:',
				'{{messages|ei vielä viestejä}}',
			].join('\n'),
		],
		'email-request': [
			'Jos jätät sähköpostiosoitteesi, selvitämme asiaa eteenpäin ja otamme sinuun yhteyttä 24 tunnin kuluessa – näin mikään ei jää hoitamatta.',
			'Pidetään huoli, että asia ratkeaa: jätä sähköpostiosoitteesi, niin otamme sinuun yhteyttä 24 tunnin kuluessa.',
			'Valitettavasti {{target}} ei juuri nyt pysty ottamaan keskustelua vastaan. Jos jätät sähköpostiosoitteesi, otamme sinuun yhteyttä 24 tunnin kuluessa.',
			'{{target}} on valitettavasti juuri nyt varattu, mutta asiasi ei jää roikkumaan. Jätä sähköpostiosoitteesi, niin otamme yhteyttä 24 tunnin kuluessa.',
		],
		followup: [
			'Kiitos! Kirjasin ylös osoitteen {{contact}}. Otamme yhteyttä viimeistään {{due}}, ja jos asia vie kauemmin, kerromme, miten se etenee.',
			'Selvä, asia on kirjattu: lähetämme viestin osoitteeseen {{contact}} viimeistään {{due}}.',
			'Kiitos! Otamme sinuun yhteyttä viimeistään {{due}}.',
			'Kirjasin asian muistiin – kuulet meistä viimeistään {{due}}.',
		],
		'anything-else': [
			'Voinko auttaa sinua vielä jossakin muussa?',
			'Onko vielä jotain muuta, missä voin auttaa, {{customer.name}}?',
			'Ennen kuin lopetamme: onko sinulla vielä muuta kysyttävää?',
		],
		closing: [
			'Kiitos keskustelusta, {{customer.name}}! Suljen chatin nyt – mukavaa päivänjatkoa. Jos ehdit, voisitko vielä arvioida keskustelun asteikolla 1–3 (1 = tyytymätön, 2 = tyytyväinen, 3 = erittäin tyytyväinen)?',
			'Oli mukava auttaa sinua tänään. Suljen chatin nyt – kiitos yhteydenotostasi ja kaikkea hyvää! Kuulisimme mielellämme palautteesi: millaisen arvosanan antaisit keskustelulle asteikolla 1–3, kun 1 on tyytymätön ja 3 erittäin tyytyväinen?',
			'Kiitos vielä, {{customer.name}}, ja oikein hyvää jatkoa! Lopetan keskustelun tähän. Vielä yksi pyyntö: arvioisitko saamasi avun asteikolla 1–3, jossa 3 on paras? Palautteesi auttaa meitä kehittymään.',
			'Kiitos yhteydenotostasi! Suljen chatin nyt – oikein hyvää jatkoa. Jos ehdit, voisitko vielä arvioida keskustelun asteikolla 1–3 (1 = tyytymätön, 2 = tyytyväinen, 3 = erittäin tyytyväinen)?',
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			'Kiitos keskustelusta, {{customer.name}}! Suljen chatin nyt – mukavaa päivänjatkoa.',
			'Oli mukava auttaa sinua tänään. Suljen chatin nyt – kiitos yhteydenotostasi ja kaikkea hyvää!',
			'Kiitos vielä, {{customer.name}}, ja oikein hyvää jatkoa! Lopetan keskustelun tähän.',
			'Kiitos yhteydenotostasi! Suljen chatin nyt – oikein hyvää jatkoa.',
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			'Kiitos, että kerroit, miten asia hoitui, {{customer.name}}, ja pahoittelen, ettemme onnistuneet tänään paremmin. Välitän palautteesi tiimille, jotta voimme parantaa toimintaamme. Suljen chatin nyt – kaikkea hyvää.',
			'Pahoittelen, ettet saanut tästä keskustelusta tarvitsemaasi apua. Kiitos rehellisestä palautteesta – huolehdin, että tiimi näkee sen. Suljen chatin nyt, ja olet aina tervetullut ottamaan uudelleen yhteyttä.',
			'Kiitos vielä palautteestasi, ja pahoittelen, ettemme tällä kertaa yltäneet odotuksiisi. Lopetan keskustelun tähän – kaikkea hyvää.',
		],
		'rating-thanks': [
			'Kiitos palautteestasi – siitä on meille paljon apua!',
			'Kiitos, että arvioit keskustelun, {{customer.name}}! Se on meille tärkeää.',
			'Kiitos, että käytit hetken palautteen antamiseen.',
		],
		'rating-thanks-low': [
			'Kiitos rehellisestä palautteestasi, ja pahoittelen, ettemme onnistuneet tällä kertaa toivotulla tavalla. Käytämme palautetta toimintamme kehittämiseen.',
			'Kiitos, että kerroit, {{customer.name}} – pahoittelen, ettei keskustelu vastannut odotuksiasi. Palautteesi auttaa meitä parantamaan palveluamme.',
			'Kiitos palautteesta. Pahoittelen, ettemme tänään yltäneet odotuksiisi – otamme tällaisen palautteen vakavasti.',
		],
		'idle-check-in': [
			'Oletko vielä linjoilla, {{customer.name}}? Ei kiirettä – olen täällä, kun olet valmis.',
			'Halusin vain varmistaa, että kaikki on hyvin – ota rauhassa, olen yhä täällä, jos tarvitset jotain.',
			'Olen yhä täällä – kerro vain, kun haluat jatkaa.',
		],
		'idle-close-offer': [
			'Vaikuttaa siltä, että sinulla saattaa olla muuta tekemistä. Haluatko, että suljen chatin? Jos tarvitset lisää aikaa, kirjoita vain, niin olen täällä.',
			'Sopiiko, että suljen chatin nyt, {{customer.name}}? Voit aloittaa uuden keskustelun milloin tahansa.',
			'Suljen chatin mielelläni, jos sait vastauksen kysymykseesi. Jos et, kirjoita vain, niin jatketaan.',
		],
	},
};
