// Norwegian Bokmål: every automatic notice, with "du" as Norwegian customer service writes; minutes, waits, due times.
import type {LocaleTexts} from '../locale-texts.js';
import {formatDueTime, formatWait, wholeMinutes} from '../time-words.js';

export const nb: LocaleTexts = {
	locale: 'nb',
	minutes: count => {
		const n = wholeMinutes(count);
		return n === 1 ? '1 minutt' : `${n} minutter`;
	},
	wait: ms => formatWait(ms, {h: 't', min: 'min', s: 'sek'}),
	// "tirsdag 4. mars kl. 14:00 CET": reads right after "senest".
	due: (at, timeZone) =>
		formatDueTime(at, timeZone, 'nb', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		}),
	templates: {
		greeting: [
			'Hei {{customer.name}}, og velkommen til {{company}}! Jeg heter {{agent.name}} og hjelper deg gjerne i dag. Hva kan jeg gjøre for deg?',
			'Hei {{customer.name}}! Takk for at du tar kontakt med {{company}}. Jeg heter {{agent.name}} – hva kan jeg hjelpe deg med?',
			'Hei {{customer.name}}! Du snakker med {{agent.name}} i {{company}}. Fortell meg gjerne hva det gjelder, så finner vi ut av det sammen.',
			'Hei {{customer.name}}, jeg heter {{agent.name}} – takk for at du tar kontakt! Hva kan jeg hjelpe deg med i dag?',
			'Hei {{customer.name}}, og velkommen! Jeg heter {{agent.name}} og hjelper deg gjerne. Hva gjelder det?',
		],
		'greeting-ask-name': [
			'Hei, og velkommen til {{company}}! Jeg heter {{agent.name}} og hjelper deg gjerne i dag. Hva heter du, og hva kan jeg gjøre for deg?',
			'Hei! Takk for at du tar kontakt med {{company}}. Jeg heter {{agent.name}} – hvem snakker jeg med, og hva kan jeg hjelpe deg med?',
			'Hei! Du snakker med {{agent.name}} i {{company}}. Kan jeg få navnet ditt? Fortell meg gjerne også hva det gjelder.',
			'Hei, jeg heter {{agent.name}} – takk for at du tar kontakt! Hva heter du, og hva kan jeg hjelpe deg med i dag?',
			'Hei, og velkommen! Jeg heter {{agent.name}} og hjelper deg gjerne. Hvem har jeg gleden av å snakke med, og hva gjelder det?',
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			'Hei, {{customer.name}}! Jeg heter {{agent.name}} og jobber hos {{company}}. Takk for at du forklarte – jeg har lest meldingen din og ser på saken nå.',
			'Hei, {{customer.name}}, det er {{agent.name}} fra {{company}}. Takk for en god beskrivelse – jeg har lest det du skrev, og skal hjelpe deg med dette.',
			'Hei, {{customer.name}}! {{agent.name}} her – takk for at du beskrev problemet. Jeg har lest meldingen din og ser på det nå.',
		],
		'greeting-ack-ask-name': [
			'Hei! Jeg heter {{agent.name}} og jobber hos {{company}}. Takk for at du forklarte – jeg har lest meldingen din og ser på saken nå. Hva heter du?',
			'Hei, det er {{agent.name}}. Takk for en god beskrivelse – jeg har lest det du skrev, og skal hjelpe deg med dette. Hvem snakker jeg med?',
			'Hei! {{agent.name}} her – takk for at du beskrev problemet. Jeg har lest meldingen din. Hva kan jeg kalle deg mens jeg ser på det?',
		],
		'transfer-greeting': [
			'Hei {{customer.name}}, jeg heter {{agent.name}} og tar over samtalen herfra. Jeg har lest gjennom det dere har skrevet så langt, så du trenger ikke gjenta noe.',
			'Hei {{customer.name}}! {{agent.name}} her – kollegaen min har satt meg inn i saken, og jeg har lest samtalen deres. Vi fortsetter bare der dere slapp.',
			'Hei, jeg heter {{agent.name}} og hjelper deg videre herfra. Jeg har lest gjennom samtalen så langt, så du slipper å forklare alt på nytt.',
			'Hei! {{agent.name}} her – takk for at du ventet. Jeg har satt meg inn i samtalen, så vi kan fortsette der dere slapp.',
		],
		hold: [
			'Jeg vil gjerne se ordentlig på dette for deg: {{reason}}. Det tar rundt {{minutes}} – er det greit at du venter så lenge? Jeg er tilbake hos deg innen da.',
			'Er det greit at jeg bruker rundt {{minutes}} på å sjekke dette for deg ({{reason}})? Jeg er tilbake hos deg innen den tid.',
			'Har du mulighet til å vente i rundt {{minutes}} mens jeg ser på dette? Jeg er tilbake hos deg innen da.',
			'Jeg trenger omtrent {{minutes}} for å finne ut av dette. Er det greit at jeg kommer tilbake til deg innen den tid?',
			'Takk, {{customer.name}}. Kan du vente i rundt {{minutes}} mens jeg sjekker dette? Jeg er tilbake innen da.',
			'Takk for tålmodigheten, {{customer.name}}. Er det greit at jeg bruker rundt {{minutes}} på dette ({{reason}})? Jeg er tilbake hos deg innen da.',
		],
		'hold-extend': [
			'Beklager, dette tar lengre tid enn jeg trodde. Jeg trenger rundt {{minutes}} til – er det greit? Jeg er tilbake hos deg innen da.',
			'Beklager at du må vente, {{customer.name}}. Jeg trenger omtrent {{minutes}} til for å bli ferdig med dette ({{reason}}). Jeg er tilbake innen da.',
			'Beklager – dette tar litt lengre tid enn jeg sa. Kan du gi meg rundt {{minutes}} til? Jeg kommer tilbake til deg innen den tid.',
		],
		'hold-update': [
			'Jeg holder fortsatt på med saken din – takk for at du venter.',
			'Takk for at du venter. Jeg ser fortsatt på dette og er tilbake hos deg så snart jeg kan.',
			'Jeg er her fortsatt og jobber med saken din. Du hører fra meg så snart jeg har et svar.',
			'Takk for tålmodigheten – jeg undersøker fortsatt og kommer tilbake til deg så fort jeg kan.',
			'Takk for at du venter, {{customer.name}} – jeg ser fortsatt på saken din.',
		],
		'hold-overrun': [
			'Beklager – dette tar lengre tid enn jeg lovet. Jeg ser fortsatt på det, og sier fra om litt hvor mye mer tid jeg trenger.',
			'Jeg beklager, {{customer.name}}, dette tar lengre tid enn jeg sa. Takk for at du er tålmodig – jeg gir deg beskjed om litt om hvordan det går.',
			'Beklager ventetiden – det tar lengre tid enn jeg regnet med. Takk for tålmodigheten, jeg gir deg en oppdatering om litt.',
		],
		'hold-end': [
			'Takk for at du ventet, {{customer.name}} – nå er jeg tilbake.',
			'Tusen takk for tålmodigheten! Da er jeg tilbake.',
			'Takk for at du ventet – det setter jeg stor pris på.',
			'Takk for at du var tålmodig, {{customer.name}}.',
		],
		'hold-end-late': [
			'Takk for at du ventet, {{customer.name}}, og beklager at det tok lengre tid enn jeg sa. Nå er jeg tilbake.',
			'Da er jeg tilbake – takk for tålmodigheten, og beklager at du måtte vente lenger enn lovet.',
			'Beklager at du måtte vente så lenge, og takk for at du var tålmodig. Nå er jeg tilbake hos deg.',
		],
		'transfer-to-agent': [
			'Jeg setter deg over til kollegaen min {{target}}, som kan hjelpe deg best med dette ({{reason}}). {{target}} ser hele samtalen vår, så du trenger ikke gjenta noe.',
			'For at du skal få best mulig hjelp, overfører jeg chatten til {{target}} – {{reason}}. Alt vi har snakket om, følger med, så du slipper å forklare det på nytt.',
			'Jeg setter deg over til kollegaen min {{target}}, som kan hjelpe deg best med dette. {{target}} ser hele samtalen vår, så du trenger ikke gjenta noe.',
			'For at du skal få best mulig hjelp, overfører jeg chatten til {{target}}, som kjenner dette godt. Alt vi har snakket om, følger med, så du slipper å forklare det på nytt.',
		],
		'transfer-to-department': [
			'Jeg setter deg over til kollegaene mine i {{target}} – {{reason}}. De ser hele samtalen vår, så du trenger ikke gjenta noe.',
			'De som kan hjelpe deg best med dette, er kollegaene mine i {{target}}, så jeg sender chatten videre til dem ({{reason}}). De får med seg alt vi har snakket om, så du slipper å begynne på nytt.',
			'Jeg setter deg over til kollegaene mine i {{target}}, som kan hjelpe deg best med dette. De ser hele samtalen vår, så du trenger ikke gjenta noe.',
			'De som kan hjelpe deg best med dette, er kollegaene mine i {{target}}, så jeg sender chatten videre til dem nå. De får med seg alt vi har snakket om, så du slipper å begynne på nytt.',
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			'Kollegaen min {{target}} kan dette best og kan ta over herfra – {{target}} ser hele samtalen vår, så du slipper å gjenta noe. Er det greit for deg?',
			'Jeg vil gjerne sette deg over til {{target}}, som kan hjelpe deg best med dette. Alt vi har snakket om, følger med. Er det greit at jeg overfører deg?',
			'{{target}} er kollegaen som kan hjelpe deg best med dette, og får med seg alt vi har snakket om. Skal jeg sette deg over?',
		],
		'transfer-ask-to-department': [
			'Kollegaene våre i {{target}} kan hjelpe deg best med dette, og de ser hele samtalen vår, så du slipper å gjenta noe. Er det greit at jeg overfører deg til dem?',
			'De rette til å hjelpe deg med dette sitter i {{target}}. Er det greit at jeg sender chatten videre til dem? Alt vi har snakket om, følger med.',
			'Jeg vil gjerne sende deg videre til {{target}}, som kan dette best – de ser hele samtalen vår. Passer det for deg?',
		],
		'transfer-failed': [
			'Beklager, {{target}} kan ikke ta over samtalen akkurat nå, så jeg blir her hos deg. Vi skal finne en løsning.',
			'Overføringen til {{target}} gikk dessverre ikke. Jeg er fortsatt her, og sørger for at du får hjelp.',
			'Beklager, overføringen gikk ikke, men jeg er fortsatt her hos deg. Vi finner en annen måte å løse dette på.',
		],
		'transfer-brief': [
			[
				'Overføringsnotat fra {{agent.name}}',
				'Kunde: {{customer.name|navn ikke oppgitt}}',
				'Ventet så langt: {{wait|ukjent}}',
				'Notat: {{note|ikke noe notat}}',
				'Siste fra kunden:',
				'{{messages|ingen meldinger ennå}}',
			].join('\n'),
		],
		'email-request': [
			'Hvis du legger igjen e-postadressen din, ser vi nærmere på saken og svarer deg innen 24 timer – så blir ingenting glemt.',
			'La oss sørge for at dette blir løst: Legg igjen e-postadressen din, så følger vi opp innen 24 timer.',
			'Beklager, {{target}} har ikke mulighet til å ta chatten akkurat nå. Hvis du legger igjen e-postadressen din, tar vi kontakt innen 24 timer.',
			'{{target}} er dessverre ikke ledig akkurat nå, men saken din blir ikke liggende. Legg igjen e-postadressen din, så hører du fra oss innen 24 timer.',
		],
		followup: [
			'Takk! Jeg har notert {{contact}}, og vi tar kontakt senest {{due}}. Skulle det ta lengre tid, gir vi deg beskjed om hvordan det går.',
			'Da er alt klart: Vi kontakter deg på {{contact}} senest {{due}}.',
			'Takk! Vi tar kontakt med deg senest {{due}}.',
			'Jeg har notert at vi skal følge opp, og du hører fra oss senest {{due}}.',
		],
		'anything-else': [
			'Er det noe mer jeg kan hjelpe deg med i dag?',
			'Er det noe annet jeg kan gjøre for deg, {{customer.name}}?',
			'Før vi avslutter – er det noe mer du lurer på?',
		],
		closing: [
			'Takk for praten, {{customer.name}}! Jeg avslutter chatten nå – ha en fin dag videre. Har du et øyeblikk, setter vi stor pris på om du gir chatten en vurdering fra 1 til 3 (1 = ikke fornøyd, 2 = fornøyd, 3 = svært fornøyd).',
			'Det var hyggelig å hjelpe deg i dag. Jeg avslutter chatten nå – takk for at du tok kontakt, og lykke til videre! Vi vil gjerne høre hva du syntes: Hvordan vil du vurdere chatten på en skala fra 1 (ikke fornøyd) til 3 (svært fornøyd)?',
			'Tusen takk, {{customer.name}}, og ha det fint! Jeg avslutter samtalen her. En siste ting: Gi gjerne hjelpen du fikk en vurdering fra 1 til 3, der 3 er best – det hjelper oss å bli bedre.',
			'Takk for at du tok kontakt! Jeg avslutter chatten nå – ha det fint. Har du et øyeblikk, setter vi stor pris på om du gir chatten en vurdering fra 1 til 3 (1 = ikke fornøyd, 2 = fornøyd, 3 = svært fornøyd).',
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			'Takk for praten, {{customer.name}}! Jeg avslutter chatten nå – ha en fin dag videre.',
			'Det var hyggelig å hjelpe deg i dag. Jeg avslutter chatten nå – takk for at du tok kontakt, og lykke til videre!',
			'Tusen takk, {{customer.name}}, og ha det fint! Jeg avslutter samtalen her.',
			'Takk for at du tok kontakt! Jeg avslutter chatten nå – ha det fint.',
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			'Takk for at du sa fra om hvordan det gikk, {{customer.name}}, og beklager at vi ikke gjorde det bedre i dag. Jeg gir tilbakemeldingen din videre til teamet, så vi kan bli bedre. Jeg avslutter chatten nå – ha det bra.',
			'Beklager at du ikke fikk den hjelpen du trengte i denne chatten. Takk for den ærlige tilbakemeldingen – jeg sørger for at teamet får se den. Jeg avslutter chatten nå, og du er alltid velkommen til å ta kontakt igjen.',
			'Takk igjen for tilbakemeldingen, og beklager at vi ikke strakk til denne gangen. Jeg avslutter chatten her – alt godt.',
		],
		'rating-thanks': [
			'Takk for tilbakemeldingen – den hjelper oss mye!',
			'Takk for at du vurderte chatten, {{customer.name}}. Det setter vi pris på!',
			'Tusen takk for at du tok deg tid til å gi oss en vurdering.',
		],
		'rating-thanks-low': [
			'Takk for en ærlig tilbakemelding, og beklager at vi ikke traff helt denne gangen. Vi bruker den til å bli bedre.',
			'Takk for at du sier fra, {{customer.name}} – beklager at chatten ikke levde opp til forventningene dine. Tilbakemeldingen din hjelper oss å bli bedre.',
			'Takk for at du sier fra. Beklager at vi ikke strakk til i dag – vi tar slike tilbakemeldinger på alvor.',
		],
		'idle-check-in': [
			'Er du der fortsatt, {{customer.name}}? Ingen hast – jeg er her når du er klar.',
			'Ta den tiden du trenger – jeg er fortsatt her hvis du lurer på noe mer.',
			'Jeg er her fortsatt – bare si fra når du vil fortsette.',
		],
		'idle-close-offer': [
			'Det virker som du kanskje er opptatt med noe annet. Vil du at jeg avslutter chatten? Trenger du mer tid, er det bare å skrive, så er jeg her.',
			'Er det greit at jeg avslutter chatten for nå, {{customer.name}}? Du er hjertelig velkommen til å starte en ny når det passer deg.',
			'Jeg avslutter gjerne chatten hvis du har fått svar på det du lurte på. Hvis ikke, er det bare å skrive, så fortsetter vi.',
		],
	},
};
