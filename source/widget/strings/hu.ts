// Every sentence the chat widget shows a customer, in Hungarian (the polite Ön forms): written natively, not translated word for word.
import type {Strings} from './shape.js';

export const hu: Strings = {
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
	waitAbout: minutes => `A várakozási idő körülbelül ${minutes === 1 ? 'egy' : minutes} perc.`,
	nobodyOnline:
		'Jelenleg egyik munkatársunk sem érhető el. Kérjük, hagyjon üzenetet, és 24 órán belül e-mailben válaszolunk Önnek.',
	leaveInstead: 'Inkább üzenetet hagyok',
	leaveText: 'Az Ön üzenete',
	sendLeave: 'Az üzenet elküldése',
	leftThanks: email => `Köszönjük! Megkaptuk üzenetét, és 24 órán belül válaszolunk a(z) ${email} címre.`,
	transcriptEmail: 'Vagy kérje e-mailben',
	sendTranscript: 'Kérem elküldeni',
	transcriptPromised: email => `A beszélgetést elküldjük a(z) ${email} címre.`,
};

/** "az" before a number read with a leading vowel (egy, öt, ötven, ötszáz, ezer), "a" before the rest. */
function hungarianArticle(n: number): string {
	return /^(1|5\d*|1\d{3})$/.test(String(n)) ? 'az' : 'a';
}
