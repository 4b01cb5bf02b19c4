// Every sentence the chat widget shows a customer, written natively in its six languages (E28 forms of address).

export const LANGUAGES = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name for itself, for the language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = {
	en: 'English',
	nb: 'Norsk bokmål',
	sv: 'Svenska',
	fi: 'Suomi',
	hu: 'Magyar',
	zh: '中文（简体）',
};

export type Strings = {
	launcher: string;
	title: string;
	minimise: string;
	intro: string;
	name: string;
	email: string;
	emailNeeded: string;
	language: string;
	department: string;
	anyDepartment: string;
	peekNotice: string;
	peekOptOut: string;
	start: string;
	starting: string;
	joinFailed: string;
	waiting: string;
	agentJoined: (name: string) => string;
	typing: (name: string) => string;
	onHold: (name: string) => string;
	message: string;
	send: string;
	sending: string;
	you: string;
	agent: string;
	endChat: string;
	ended: string;
	rateQuestion: string;
	rating: [string, string, string];
	comment: string;
	sendRating: string;
	ratingThanks: string;
	download: string;
	newChat: string;
	offline: string;
	lost: string;
	invitation: string;
	invitationAccept: string;
	invitationDismiss: string;
	transcriptTitle: string;
	queuePosition: (position: number) => string;
	nobodyOnline: string;
	leaveInstead: string;
	leaveText: string;
	sendLeave: string;
	leftThanks: (email: string) => string;
	transcriptEmail: string;
	sendTranscript: string;
	transcriptPromised: (email: string) => string;
};

/**
 * Forms of address (E28): Norwegian and Swedish du, Finnish sinä, Hungarian the polite Ön forms, Chinese 您.
 * Each language is written as a native speaker would say it, not translated word for word from English.
 */
export const STRINGS: Record<Language, Strings> = {
	en: {
		launcher: 'Chat with us',
		title: 'Chat with us',
		minimise: 'Minimise the chat',
		intro: 'Hello! Ask us anything and one of our team will answer you here.',
		name: 'Your name (optional)',
		email: 'E-mail (optional)',
		emailNeeded: 'E-mail, so we can write back to you',
		language: 'Language',
		department: 'What is it about?',
		anyDepartment: 'Anything else',
		peekNotice: 'So we can answer faster, our agent sees what you type before you send it.',
		peekOptOut: 'Only show my messages once I send them',
		start: 'Start the chat',
		starting: 'Starting the chat…',
		joinFailed: 'We could not start the chat just now. Please try again in a moment.',
		waiting: 'Thanks for waiting: the next free agent will be with you shortly.',
		agentJoined: name => `${name} has joined the chat.`,
		typing: name => `${name} is typing…`,
		onHold: name => `${name} is looking into this for you and will be right back.`,
		message: 'Your message',
		send: 'Send',
		sending: 'Sending…',
		you: 'You',
		agent: 'Agent',
		endChat: 'End the chat',
		ended: 'The chat has ended. Thank you for chatting with us!',
		rateQuestion: 'How did we do?',
		rating: ['Not good', 'Fine', 'Very good'],
		comment: 'Anything you would like to add? (optional)',
		sendRating: 'Send feedback',
		ratingThanks: 'Thank you for your feedback!',
		download: 'Download the conversation',
		newChat: 'Start a new chat',
		offline: 'The connection dropped. We are reconnecting, and your messages will go out as soon as we are back.',
		lost: 'This chat could not be continued. You are welcome to start a new one.',
		invitation: 'Hi there! Can we help you with anything? We are happy to answer your questions.',
		invitationAccept: 'Chat with us',
		invitationDismiss: 'No, thank you',
		transcriptTitle: 'Chat transcript',
		queuePosition: position => (position === 1 ? 'You are next in line.' : `You are number ${position} in line.`),
		nobodyOnline:
			'Nobody is here to chat right now. Leave us a message and we will write back to you by e-mail within 24 hours.',
		leaveInstead: 'Leave a message instead',
		leaveText: 'Your message',
		sendLeave: 'Send the message',
		leftThanks: email => `Thank you! We have your message and will write back to ${email} within 24 hours.`,
		transcriptEmail: 'Or have it sent to your e-mail',
		sendTranscript: 'Send it to me',
		transcriptPromised: email => `We will send the conversation to ${email}.`,
	},
	nb: {
		launcher: 'Chat med oss',
		title: 'Chat med oss',
		minimise: 'Minimer chatten',
		intro: 'Hei! Spør oss om hva som helst, så svarer en av oss deg her.',
		name: 'Navnet ditt (valgfritt)',
		email: 'E-post (valgfritt)',
		emailNeeded: 'E-post, så vi kan svare deg',
		language: 'Språk',
		department: 'Hva gjelder det?',
		anyDepartment: 'Noe annet',
		peekNotice: 'For å svare deg raskere ser kundebehandleren det du skriver før du sender det.',
		peekOptOut: 'Vis meldingene mine først når jeg sender dem',
		start: 'Start chatten',
		starting: 'Starter chatten …',
		joinFailed: 'Vi fikk ikke startet chatten akkurat nå. Prøv igjen om litt.',
		waiting: 'Takk for at du venter! Den neste ledige kundebehandleren er snart hos deg.',
		agentJoined: name => `${name} er med i chatten.`,
		typing: name => `${name} skriver …`,
		onHold: name => `${name} ser på saken for deg og er straks tilbake.`,
		message: 'Meldingen din',
		send: 'Send',
		sending: 'Sender …',
		you: 'Du',
		agent: 'Kundebehandler',
		endChat: 'Avslutt chatten',
		ended: 'Chatten er avsluttet. Takk for at du tok kontakt!',
		rateQuestion: 'Hvordan syns du det gikk?',
		rating: ['Dårlig', 'Greit', 'Veldig bra'],
		comment: 'Vil du legge til noe? (valgfritt)',
		sendRating: 'Send tilbakemelding',
		ratingThanks: 'Tusen takk for tilbakemeldingen!',
		download: 'Last ned samtalen',
		newChat: 'Start en ny chat',
		offline: 'Forbindelsen ble brutt. Vi kobler til igjen, og meldingene dine sendes så snart vi er tilbake.',
		lost: 'Denne chatten kan ikke fortsette. Du er velkommen til å starte en ny.',
		invitation: 'Hei! Kan vi hjelpe deg med noe? Vi svarer gjerne på spørsmålene dine.',
		invitationAccept: 'Chat med oss',
		invitationDismiss: 'Nei takk',
		transcriptTitle: 'Chatlogg',
		queuePosition: position => (position === 1 ? 'Du er den neste i køen.' : `Du er nummer ${position} i køen.`),
		nobodyOnline:
			'Ingen er ledige til å chatte akkurat nå. Legg igjen en melding, så svarer vi deg på e-post innen 24 timer.',
		leaveInstead: 'Legg igjen en melding i stedet',
		leaveText: 'Meldingen din',
		sendLeave: 'Send meldingen',
		leftThanks: email => `Takk! Vi har fått meldingen din og svarer deg på ${email} innen 24 timer.`,
		transcriptEmail: 'Eller få den tilsendt på e-post',
		sendTranscript: 'Send den til meg',
		transcriptPromised: email => `Vi sender samtalen til ${email}.`,
	},
	sv: {
		launcher: 'Chatta med oss',
		title: 'Chatta med oss',
		minimise: 'Minimera chatten',
		intro: 'Hej! Fråga oss vad du vill, så svarar någon av oss dig här.',
		name: 'Ditt namn (valfritt)',
		email: 'E-post (valfritt)',
		emailNeeded: 'E-post, så att vi kan svara dig',
		language: 'Språk',
		department: 'Vad gäller det?',
		anyDepartment: 'Något annat',
		peekNotice: 'För att kunna svara snabbare ser vår handläggare det du skriver innan du skickar det.',
		peekOptOut: 'Visa mina meddelanden först när jag skickar dem',
		start: 'Starta chatten',
		starting: 'Startar chatten …',
		joinFailed: 'Vi kunde inte starta chatten just nu. Försök igen om en liten stund.',
		waiting: 'Tack för att du väntar! Nästa lediga handläggare är snart hos dig.',
		agentJoined: name => `${name} har anslutit till chatten.`,
		typing: name => `${name} skriver …`,
		onHold: name => `${name} tittar på ärendet åt dig och är strax tillbaka.`,
		message: 'Ditt meddelande',
		send: 'Skicka',
		sending: 'Skickar …',
		you: 'Du',
		agent: 'Handläggare',
		endChat: 'Avsluta chatten',
		ended: 'Chatten är avslutad. Tack för att du hörde av dig!',
		rateQuestion: 'Hur tycker du att det gick?',
		rating: ['Dåligt', 'Okej', 'Mycket bra'],
		comment: 'Vill du lägga till något? (valfritt)',
		sendRating: 'Skicka omdöme',
		ratingThanks: 'Tack för ditt omdöme!',
		download: 'Ladda ner samtalet',
		newChat: 'Starta en ny chatt',
		offline: 'Anslutningen bröts. Vi ansluter igen, och dina meddelanden skickas så snart vi är tillbaka.',
		lost: 'Den här chatten kan inte fortsätta. Du är välkommen att starta en ny.',
		invitation: 'Hej! Kan vi hjälpa dig med något? Vi svarar gärna på dina frågor.',
		invitationAccept: 'Chatta med oss',
		invitationDismiss: 'Nej tack',
		transcriptTitle: 'Chattlogg',
		queuePosition: position => (position === 1 ? 'Du står näst på tur.' : `Du är nummer ${position} i kön.`),
		nobodyOnline:
			'Ingen är ledig att chatta just nu. Lämna ett meddelande, så svarar vi dig via e-post inom 24 timmar.',
		leaveInstead: 'Lämna ett meddelande i stället',
		leaveText: 'Ditt meddelande',
		sendLeave: 'Skicka meddelandet',
		leftThanks: email => `Tack! Vi har fått ditt meddelande och svarar dig på ${email} inom 24 timmar.`,
		transcriptEmail: 'Eller få den skickad till din e-post',
		sendTranscript: 'Skicka den till mig',
		transcriptPromised: email => `Vi skickar samtalet till ${email}.`,
	},
	fi: {
		launcher: 'Chattaa kanssamme',
		title: 'Chattaa kanssamme',
		minimise: 'Pienennä chat',
		intro: 'Hei! Kysy meiltä mitä tahansa, niin vastaamme sinulle tässä.',
		name: 'Nimesi (vapaaehtoinen)',
		email: 'Sähköposti (vapaaehtoinen)',
		emailNeeded: 'Sähköposti, jotta voimme vastata sinulle',
		language: 'Kieli',
		department: 'Mitä asiasi koskee?',
		anyDepartment: 'Jotain muuta',
		peekNotice: 'Jotta voimme vastata nopeammin, asiakaspalvelijamme näkee tekstisi jo ennen kuin lähetät sen.',
		peekOptOut: 'Näytä viestini vasta, kun lähetän ne',
		start: 'Aloita chat',
		starting: 'Chat alkaa…',
		joinFailed: 'Chatin aloittaminen ei juuri nyt onnistunut. Yritä hetken kuluttua uudelleen.',
		waiting: 'Kiitos odotuksestasi! Seuraava vapaa asiakaspalvelija on pian kanssasi.',
		agentJoined: name => `${name} liittyi chattiin.`,
		typing: name => `${name} kirjoittaa…`,
		onHold: name => `${name} selvittää asiaasi ja palaa pian.`,
		message: 'Viestisi',
		send: 'Lähetä',
		sending: 'Lähetetään…',
		you: 'Sinä',
		agent: 'Asiakaspalvelija',
		endChat: 'Lopeta chat',
		ended: 'Chat on päättynyt. Kiitos yhteydenotostasi!',
		rateQuestion: 'Miten onnistuimme?',
		rating: ['Huonosti', 'Kohtalaisesti', 'Erinomaisesti'],
		comment: 'Haluatko lisätä jotain? (vapaaehtoinen)',
		sendRating: 'Lähetä palaute',
		ratingThanks: 'Kiitos palautteestasi!',
		download: 'Lataa keskustelu',
		newChat: 'Aloita uusi chat',
		offline: 'Yhteys katkesi. Yhdistämme uudelleen, ja viestisi lähtevät heti, kun yhteys palaa.',
		lost: 'Tätä chattia ei voi jatkaa. Voit aloittaa uuden.',
		invitation: 'Hei! Voimmeko auttaa sinua jossakin? Vastaamme mielellämme kysymyksiisi.',
		invitationAccept: 'Chattaa kanssamme',
		invitationDismiss: 'Ei kiitos',
		transcriptTitle: 'Chat-keskustelu',
		queuePosition: position => (position === 1 ? 'Olet jonossa seuraavana.' : `Olet jonossa sijalla ${position}.`),
		nobodyOnline:
			'Kukaan ei juuri nyt ehdi chattiin. Jätä meille viesti, niin vastaamme sinulle sähköpostitse 24 tunnin kuluessa.',
		leaveInstead: 'Jätä viesti odottamisen sijaan',
		leaveText: 'Viestisi',
		sendLeave: 'Lähetä viesti',
		leftThanks: email => `Kiitos! Saimme viestisi ja vastaamme osoitteeseen ${email} 24 tunnin kuluessa.`,
		transcriptEmail: 'Tai tilaa se sähköpostiisi',
		sendTranscript: 'Lähetä se minulle',
		transcriptPromised: email => `Lähetämme keskustelun osoitteeseen ${email}.`,
	},
	hu: {
		launcher: 'Csevegés velünk',
		title: 'Csevegés velünk',
		minimise: 'A csevegőablak kis méretre állítása',
		intro: 'Üdvözöljük! Kérdezzen bátran, kollégánk itt válaszol Önnek.',
		name: 'Az Ön neve (nem kötelező)',
		email: 'E-mail-cím (nem kötelező)',
		emailNeeded: 'E-mail-cím, hogy válaszolhassunk Önnek',
		language: 'Nyelv',
		department: 'Miben segíthetünk?',
		anyDepartment: 'Egyéb',
		peekNotice: 'A gyorsabb válasz érdekében munkatársunk már az elküldés előtt látja, amit Ön ír.',
		peekOptOut: 'Az üzeneteim csak elküldés után legyenek láthatók',
		start: 'A csevegés indítása',
		starting: 'A csevegés indul…',
		joinFailed: 'A csevegést most nem sikerült elindítani. Kérjük, próbálja újra egy kis idő múlva.',
		waiting: 'Köszönjük türelmét! A következő szabad munkatársunk hamarosan Önnel lesz.',
		agentJoined: name => `${name} csatlakozott a csevegéshez.`,
		typing: name => `${name} éppen ír…`,
		onHold: name => `${name} utánanéz a kérdésének, és hamarosan visszatér.`,
		message: 'Az Ön üzenete',
		send: 'Küldés',
		sending: 'Küldés folyamatban…',
		you: 'Ön',
		agent: 'Munkatárs',
		endChat: 'A csevegés befejezése',
		ended: 'A csevegés véget ért. Köszönjük, hogy megkeresett minket!',
		rateQuestion: 'Mennyire volt elégedett?',
		rating: ['Nem voltam elégedett', 'Megfelelő volt', 'Nagyon elégedett voltam'],
		comment: 'Szeretne még valamit hozzáfűzni? (nem kötelező)',
		sendRating: 'Értékelés küldése',
		ratingThanks: 'Köszönjük az értékelését!',
		download: 'A beszélgetés letöltése',
		newChat: 'Új csevegés indítása',
		offline: 'Megszakadt a kapcsolat. Újracsatlakozunk, és üzeneteit azonnal elküldjük, amint helyreáll.',
		lost: 'Ez a csevegés nem folytatható. Szívesen fogadjuk, ha újat indít.',
		invitation: 'Üdvözöljük! Segíthetünk valamiben? Szívesen válaszolunk a kérdéseire.',
		invitationAccept: 'Csevegés indítása',
		invitationDismiss: 'Köszönöm, nem',
		transcriptTitle: 'A csevegés szövege',
		queuePosition: position =>
			position === 1 ? 'Ön következik a sorban.' : `Ön ${hungarianArticle(position)} ${position}. helyen áll a sorban.`,
		nobodyOnline:
			'Jelenleg egyik munkatársunk sem érhető el. Kérjük, hagyjon üzenetet, és 24 órán belül e-mailben válaszolunk Önnek.',
		leaveInstead: 'Inkább üzenetet hagyok',
		leaveText: 'Az Ön üzenete',
		sendLeave: 'Az üzenet elküldése',
		leftThanks: email => `Köszönjük! Megkaptuk üzenetét, és 24 órán belül válaszolunk a(z) ${email} címre.`,
		transcriptEmail: 'Vagy kérje e-mailben',
		sendTranscript: 'Kérem elküldeni',
		transcriptPromised: email => `A beszélgetést elküldjük a(z) ${email} címre.`,
	},
	zh: {
		launcher: '在线咨询',
		title: '在线咨询',
		minimise: '收起聊天窗口',
		intro: '您好！有任何问题都可以问我们，客服会在这里为您解答。',
		name: '您的姓名（选填）',
		email: '电子邮箱（选填）',
		emailNeeded: '电子邮箱，以便我们回复您',
		language: '语言',
		department: '您想咨询哪方面的问题？',
		anyDepartment: '其他问题',
		peekNotice: '为了更快地回复您，客服在您发送之前就能看到您正在输入的内容。',
		peekOptOut: '我的消息发送后才让客服看到',
		start: '开始咨询',
		starting: '正在为您接通…',
		joinFailed: '暂时无法开始咨询，请您稍后再试。',
		waiting: '感谢您的耐心等待，客服将尽快为您服务。',
		agentJoined: name => `客服${name}已加入对话。`,
		typing: name => `${name}正在输入…`,
		onHold: name => `${name}正在为您查询，请您稍候片刻。`,
		message: '您的消息',
		send: '发送',
		sending: '正在发送…',
		you: '您',
		agent: '客服',
		endChat: '结束对话',
		ended: '对话已结束，感谢您的咨询！',
		rateQuestion: '您对本次服务满意吗？',
		rating: ['不满意', '一般', '非常满意'],
		comment: '您还有什么想补充的吗？（选填）',
		sendRating: '提交评价',
		ratingThanks: '感谢您的评价！',
		download: '下载聊天记录',
		newChat: '开始新的咨询',
		offline: '连接已中断，正在重新连接。连接恢复后，您的消息会立即发出。',
		lost: '本次对话无法继续，欢迎您重新开始咨询。',
		invitation: '您好！有什么可以帮您的吗？我们很乐意为您解答。',
		invitationAccept: '在线咨询',
		invitationDismiss: '不用了，谢谢',
		transcriptTitle: '聊天记录',
		queuePosition: position => (position === 1 ? '下一位就是您。' : `您前面还有 ${position - 1} 位，请稍候。`),
		nobodyOnline: '目前暂时没有客服在线。请您留言，我们会在 24 小时内通过电子邮件回复您。',
		leaveInstead: '改为留言',
		leaveText: '您的留言',
		sendLeave: '提交留言',
		leftThanks: email => `谢谢您！我们已收到您的留言，会在 24 小时内回复到 ${email}。`,
		transcriptEmail: '或者发送到您的电子邮箱',
		sendTranscript: '发送给我',
		transcriptPromised: email => `我们会将聊天记录发送到 ${email}。`,
	},
};

/** "az" before a number read with a leading vowel (egy, öt, ötven, ötszáz, ezer), "a" before the rest. */
function hungarianArticle(n: number): string {
	return /^(1|5\d*|1\d{3})$/.test(String(n)) ? 'az' : 'a';
}

/** The first of the browser's preferred languages the widget speaks (nn and no count as nb), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0]!;
		const language = base === 'nn' || base === 'no' ? 'nb' : base;
		if ((LANGUAGES as readonly string[]).includes(language)) return language as Language;
	}
	return 'en';
}
