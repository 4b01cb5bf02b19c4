// Swedish: every automatic notice, with "du" as Swedish customer service writes; minutes, waits, due times.
import type {LocaleTexts} from '../locale-texts.js';
import {formatDueTime, formatWait, wholeMinutes} from '../time-words.js';

export const sv: LocaleTexts = {
	locale: 'sv',
	minutes: count => {
		const n = wholeMinutes(count);
		return n === 1 ? '1 minut' : `${n} minuter`;
	},
	wait: ms => formatWait(ms, {h: 'tim', min: 'min', s: 's'}),
	// "tisdag 4 mars kl. 14:00 CET": reads right after "senast".
	due: (at, timeZone) =>
		formatDueTime(at, timeZone, 'sv', {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		}),
	templates: {
		greeting: [
			'Hej {{customer.name}} och välkommen till {{company}}! Jag heter {{agent.name}} och hjälper dig gärna i dag. Vad kan jag göra för dig?',
			'Hej {{customer.name}}! Tack för att du hör av dig till {{company}}. Jag heter {{agent.name}} – vad kan jag hjälpa dig med?',
			'Hej {{customer.name}}! Du chattar med {{agent.name}} på {{company}}. Berätta gärna vad det gäller, så löser vi det tillsammans.',
			'Hej {{customer.name}}, jag heter {{agent.name}} – tack för att du hör av dig! Vad kan jag hjälpa dig med i dag?',
			'Hej {{customer.name}} och välkommen! Jag heter {{agent.name}} och hjälper dig gärna. Vad gäller det?',
		],
		'greeting-ask-name': [
			'Hej och välkommen till {{company}}! Jag heter {{agent.name}} och hjälper dig gärna i dag. Vad heter du, och vad kan jag göra för dig?',
			'Hej! Tack för att du hör av dig till {{company}}. Jag heter {{agent.name}} – vem pratar jag med, och vad kan jag hjälpa dig med?',
			'Hej! Du chattar med {{agent.name}} på {{company}}. Får jag fråga vad du heter? Berätta också gärna vad det gäller.',
			'Hej, jag heter {{agent.name}} – tack för att du hör av dig! Vad heter du, och vad kan jag hjälpa dig med i dag?',
			'Hej och välkommen! Jag heter {{agent.name}} och hjälper dig gärna. Vem har jag nöjet att chatta med, och vad gäller det?',
		],
		// E27: the customer already said what they need: acknowledged, not asked again.
		'greeting-ack': [
			'Hej {{customer.name}}! Jag heter {{agent.name}} och jobbar på {{company}}. Tack för att du förklarade – jag har läst ditt meddelande och tittar på det nu.',
			'Hej {{customer.name}}, det är {{agent.name}} från {{company}}. Tack för beskrivningen – jag har läst det du skrev och ska hjälpa dig att lösa det här.',
			'Hej {{customer.name}}! {{agent.name}} här – tack för att du beskrev problemet. Jag har läst ditt meddelande och tittar på det nu.',
		],
		'greeting-ack-ask-name': [
			'Hej! Jag heter {{agent.name}} och jobbar på {{company}}. Tack för att du förklarade – jag har läst ditt meddelande och tittar på det nu. Vad heter du?',
			'Hej, det är {{agent.name}}. Tack för beskrivningen – jag har läst det du skrev och ska hjälpa dig att lösa det här. Vem pratar jag med?',
			'Hej! {{agent.name}} här – tack för att du beskrev problemet. Jag har läst ditt meddelande. Vad får jag kalla dig medan jag tittar på det?',
		],
		'transfer-greeting': [
			'Hej {{customer.name}}, jag heter {{agent.name}} och tar över härifrån. Jag har läst igenom er konversation hittills, så du behöver inte upprepa något.',
			'Hej {{customer.name}}! {{agent.name}} här – min kollega har satt mig in i ärendet, och jag har läst chatten. Vi fortsätter där ni slutade.',
			'Hej, jag heter {{agent.name}} och hjälper dig vidare härifrån. Jag har läst igenom chatten hittills, så du slipper förklara allt en gång till.',
			'Hej! {{agent.name}} här – tack för att du väntade. Jag har läst in mig på ärendet, så vi kan fortsätta där ni slutade.',
		],
		hold: [
			'Jag vill titta ordentligt på det här åt dig: {{reason}}. Det tar ungefär {{minutes}} – går det bra att du väntar så länge? Jag är tillbaka hos dig inom den tiden.',
			'Går det bra om jag tar ungefär {{minutes}} på mig att kolla upp det här ({{reason}})? Jag återkommer inom den tiden.',
			'Har du möjlighet att vänta ungefär {{minutes}} medan jag tittar på det här? Jag är tillbaka inom den tiden.',
			'Jag behöver ungefär {{minutes}} för att ta reda på det här. Går det bra att jag återkommer inom den tiden?',
			'Tack, {{customer.name}}. Kan du vänta ungefär {{minutes}} medan jag kollar upp det här? Jag är tillbaka inom den tiden.',
			'Tack för ditt tålamod, {{customer.name}}. Går det bra om jag tar ungefär {{minutes}} på mig för det här ({{reason}})? Jag återkommer inom den tiden.',
		],
		'hold-extend': [
			'Förlåt, det här tar längre tid än jag trodde. Jag behöver ungefär {{minutes}} till – går det bra? Jag är tillbaka hos dig inom den tiden.',
			'Jag ber om ursäkt för väntan, {{customer.name}}. Jag behöver ungefär {{minutes}} till för att bli klar med det här ({{reason}}). Jag återkommer inom den tiden.',
			'Förlåt – det här tar lite längre tid än jag sa. Kan du ge mig ungefär {{minutes}} till? Jag återkommer inom den tiden.',
		],
		'hold-update': [
			'Jag arbetar fortfarande med ditt ärende – tack för att du väntar.',
			'Tack för att du väntar. Jag tittar fortfarande på det här och återkommer så snart jag kan.',
			'Jag finns kvar och arbetar med ditt ärende. Du hör av mig så snart jag har ett svar.',
			'Tack för ditt tålamod – jag undersöker fortfarande saken och återkommer så fort jag kan.',
			'Tack för att du väntar, {{customer.name}} – jag tittar fortfarande på ditt ärende.',
		],
		'hold-overrun': [
			'Förlåt – det här tar längre tid än jag lovade. Jag tittar fortfarande på det och meddelar dig strax hur mycket mer tid jag behöver.',
			'Jag ber om ursäkt, {{customer.name}}, det här tar längre tid än jag sa. Tack för ditt tålamod – jag meddelar dig strax hur det går.',
			'Förlåt väntan – det tar längre tid än jag räknade med. Tack för ditt tålamod, jag uppdaterar dig strax.',
		],
		'hold-end': [
			'Tack för att du väntade, {{customer.name}} – nu är jag tillbaka.',
			'Tack så mycket för ditt tålamod! Nu är jag tillbaka.',
			'Tack för att du väntade – det uppskattar jag verkligen.',
			'Tack för att du hade tålamod med mig, {{customer.name}}.',
		],
		'hold-end-late': [
			'Tack för att du väntade, {{customer.name}}, och förlåt att det tog längre tid än jag sa. Nu är jag tillbaka.',
			'Nu är jag tillbaka – tack för ditt tålamod, och förlåt att du fick vänta längre än utlovat.',
			'Förlåt att du fick vänta så länge, och tack för ditt tålamod. Nu är jag tillbaka hos dig.',
		],
		'transfer-to-agent': [
			'Jag kopplar dig vidare till min kollega {{target}}, som kan hjälpa dig bäst med det här ({{reason}}). {{target}} ser hela vår konversation, så du behöver inte upprepa något.',
			'För att du ska få bästa möjliga hjälp flyttar jag över chatten till {{target}} – {{reason}}. Allt vi har pratat om följer med, så du slipper förklara det igen.',
			'Jag kopplar dig vidare till min kollega {{target}}, som kan hjälpa dig bäst med det här. {{target}} ser hela vår konversation, så du behöver inte upprepa något.',
			'För att du ska få bästa möjliga hjälp flyttar jag över chatten till {{target}}, som kan det här området väl. Allt vi har pratat om följer med, så du slipper förklara det igen.',
		],
		'transfer-to-department': [
			'Jag kopplar dig vidare till mina kollegor på {{target}} – {{reason}}. De ser hela vår konversation, så du behöver inte upprepa något.',
			'De som kan hjälpa dig bäst med det här är mina kollegor på {{target}}, så jag skickar chatten vidare till dem ({{reason}}). De får med sig allt vi har pratat om, så du slipper börja om från början.',
			'Jag kopplar dig vidare till mina kollegor på {{target}}, som kan hjälpa dig bäst med det här. De ser hela vår konversation, så du behöver inte upprepa något.',
			'De som kan hjälpa dig bäst med det här är mina kollegor på {{target}}, så jag skickar chatten vidare till dem nu. De får med sig allt vi har pratat om, så du slipper börja om från början.',
		],
		// E11 (amended): asking the customer first, where the agent chooses to (/transfer ask).
		'transfer-ask-to-agent': [
			'Min kollega {{target}} kan det här bäst och kan ta över härifrån – {{target}} ser hela vårt samtal, så du behöver inte upprepa något. Går det bra för dig?',
			'Jag skulle vilja koppla dig vidare till {{target}}, som kan hjälpa dig bäst med det här. Allt vi har pratat om följer med. Går det bra att jag kopplar dig vidare?',
			'{{target}} är den av mina kollegor som kan hjälpa dig bäst med det här och får med sig allt vi har pratat om. Ska jag koppla dig vidare?',
		],
		'transfer-ask-to-department': [
			'Våra kollegor på {{target}} kan hjälpa dig bäst med det här, och de ser hela vårt samtal, så du behöver inte upprepa något. Går det bra att jag kopplar dig vidare till dem?',
			'Rätt personer för det här finns på {{target}}. Går det bra att jag skickar chatten vidare till dem? Allt vi har pratat om följer med.',
			'Jag skulle vilja skicka dig vidare till {{target}}, som kan det här bäst – de ser hela vårt samtal. Passar det dig?',
		],
		'transfer-failed': [
			'Tyvärr kan {{target}} inte ta över chatten just nu, så jag stannar kvar hos dig. Vi ska hitta en lösning.',
			'Överflyttningen till {{target}} gick tyvärr inte igenom. Jag finns kvar här och ser till att du får hjälp.',
			'Tyvärr gick överflyttningen inte igenom, men jag finns kvar här hos dig. Vi hittar ett annat sätt att lösa det här.',
		],
		'transfer-brief': [
			[
				'Överlämning från {{agent.name}}',
				'Kund: {{customer.name|namn ej angivet}}',
				'Väntat hittills: {{wait|okänt}}',
				'Anteckning: {{note|ingen anteckning}}',
				'Senaste från kunden:',
				'{{messages|inga meddelanden ännu}}',
			].join('\n'),
		],
		'email-request': [
			'Om du lämnar din e-postadress tittar vi vidare på ärendet och återkommer till dig inom 24 timmar – så blir ingenting bortglömt.',
			'Vi ser till att det här blir löst: lämna din e-postadress, så hör vi av oss inom 24 timmar.',
			'Tyvärr har {{target}} inte möjlighet att ta chatten just nu. Om du lämnar din e-postadress hör vi av oss inom 24 timmar.',
			'{{target}} är tyvärr upptagen just nu, men ditt ärende blir inte liggande. Lämna din e-postadress, så återkommer vi inom 24 timmar.',
		],
		followup: [
			'Tack! Jag har noterat {{contact}}, och vi hör av oss senast {{due}}. Om det skulle ta längre tid berättar vi hur det går.',
			'Då är allt klart: vi kontaktar dig på {{contact}} senast {{due}}.',
			'Tack! Vi återkommer till dig senast {{due}}.',
			'Jag har noterat att vi ska följa upp, och vi hör av oss senast {{due}}.',
		],
		'anything-else': [
			'Finns det något mer jag kan hjälpa dig med i dag?',
			'Är det något annat jag kan göra för dig, {{customer.name}}?',
			'Innan vi avslutar – är det något mer du undrar över?',
		],
		closing: [
			'Tack för att du chattade med oss, {{customer.name}}! Jag avslutar chatten nu – ha en fin dag. Om du har en minut får du gärna betygsätta chatten från 1 till 3 (1 = inte nöjd, 2 = nöjd, 3 = mycket nöjd).',
			'Det var trevligt att hjälpa dig i dag. Jag avslutar chatten nu – tack för att du hörde av dig, och lycka till! Vi vill gärna veta vad du tyckte: hur skulle du betygsätta chatten på en skala från 1 (inte nöjd) till 3 (mycket nöjd)?',
			'Stort tack, {{customer.name}}, och ha det så bra! Jag avslutar vår chatt här. En sista sak: ge gärna hjälpen du fick ett betyg från 1 till 3, där 3 är bäst – det hjälper oss att bli bättre.',
			'Tack för att du hörde av dig! Jag avslutar chatten nu – ha det så bra. Om du har en minut får du gärna betygsätta chatten från 1 till 3 (1 = inte nöjd, 2 = nöjd, 3 = mycket nöjd).',
		],
		// Without the server's rating capability the closing cannot ask for a rating nobody would collect (E19).
		'closing-no-rating': [
			'Tack för att du chattade med oss, {{customer.name}}! Jag avslutar chatten nu – ha en fin dag.',
			'Det var trevligt att hjälpa dig i dag. Jag avslutar chatten nu – tack för att du hörde av dig, och lycka till!',
			'Stort tack, {{customer.name}}, och ha det så bra! Jag avslutar vår chatt här.',
			'Tack för att du hörde av dig! Jag avslutar chatten nu – ha det så bra.',
		],
		// E13, E19 (amended): closing a chat rated 1: an apology and the feedback passed on; no second request.
		'closing-low-rating': [
			'Tack för att du berättade hur det gick, {{customer.name}}, och förlåt att vi inte gjorde bättre ifrån oss i dag. Jag skickar vidare din feedback till teamet så att vi kan bli bättre. Jag avslutar chatten nu – ha det så bra.',
			'Jag beklagar att du inte fick den hjälp du behövde i den här chatten. Tack för din ärliga feedback – jag ser till att teamet får ta del av den. Jag avslutar chatten nu, och du är alltid välkommen att höra av dig igen.',
			'Tack igen för din feedback, och jag beklagar att vi inte räckte till den här gången. Jag avslutar chatten här – allt gott.',
		],
		'rating-thanks': [
			'Tack för din feedback – den hjälper oss mycket!',
			'Tack för att du betygsatte chatten, {{customer.name}}. Det uppskattar vi!',
			'Stort tack för att du tog dig tid att ge oss ett betyg.',
		],
		'rating-thanks-low': [
			'Tack för din ärliga feedback, och jag beklagar att vi inte riktigt lyckades den här gången. Vi tar till oss den för att bli bättre.',
			'Tack för att du säger till, {{customer.name}} – jag beklagar att chatten inte levde upp till dina förväntningar. Din feedback hjälper oss att bli bättre.',
			'Tack för att du berättar. Jag beklagar att vi inte räckte till i dag – vi tar sådan feedback på allvar.',
		],
		'idle-check-in': [
			'Är du kvar, {{customer.name}}? Ingen brådska – jag finns här när du är redo.',
			'Ta den tid du behöver – jag finns kvar här om du undrar något mer.',
			'Jag finns kvar här – säg bara till när du vill fortsätta.',
		],
		'idle-close-offer': [
			'Det verkar som att du kanske är upptagen med annat. Vill du att jag avslutar chatten? Behöver du mer tid är det bara att skriva, så finns jag här.',
			'Går det bra att jag avslutar chatten för nu, {{customer.name}}? Du är varmt välkommen att starta en ny när det passar dig.',
			'Jag avslutar gärna chatten om du har fått svar på det du undrade över. Annars är det bara att skriva, så fortsätter vi.',
		],
	},
};
