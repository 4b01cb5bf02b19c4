// The widget's screens as DOM: the invitation, the pre-chat form, one message, and the closing (rating, download).
import type {Conversation, ShownMessage} from './conversation.js';
import {field, h} from './dom.js';
import {LANGUAGE_NAMES, LANGUAGES, type Language, type Strings} from './strings.js';

export type Department = {id: string; name: string};

export type PrechatChoice = {
	name?: string;
	email?: string;
	language: Language;
	department?: string;
	peek: boolean;
	/** With nobody online: the message to leave (the e-mail is then required). */
	leave?: string;
};

export function invitation(text: Strings, accept: () => void, dismiss: () => void): HTMLElement {
	const yes = h('button', {type: 'button'}, text.invitationAccept);
	const no = h('button', {type: 'button', class: 'quiet'}, text.invitationDismiss);
	yes.onclick = accept;
	no.onclick = dismiss;
	return h(
		'div',
		{class: 'invite', role: 'dialog', 'aria-label': text.title},
		h('p', {}, text.invitation),
		h('div', {class: 'row'}, yes, no),
	);
}

/** Name and e-mail optional; the language from the browser, visibly changeable; the sneak-peek notice and opt-out (E23). */
export function prechatForm(
	text: Strings,
	language: Language,
	departments: Department[],
	peekOff: boolean,
	offline: boolean,
	onLanguage: (language: Language) => void,
	onStart: (choice: PrechatChoice) => void,
): HTMLFormElement {
	const name = h('input', {type: 'text', name: 'name', autocomplete: 'name', maxlength: '200'});
	// With nobody online the e-mail is how the answer comes back, so it is required (and checked by the browser).
	const email = h('input', {type: 'email', name: 'email', autocomplete: 'email', maxlength: '320', required: offline});
	const leave = h('textarea', {name: 'leave', rows: '4', maxlength: '4000', required: true});
	const languages = h('select', {name: 'language'});
	for (const code of LANGUAGES)
		languages.append(h('option', {value: code, lang: code, selected: code === language}, LANGUAGE_NAMES[code]));
	languages.onchange = () => onLanguage(languages.value as Language);
	const department = h('select', {name: 'department'});
	for (const {id, name: label} of departments) department.append(h('option', {value: id}, label));
	department.append(h('option', {value: ''}, text.anyDepartment));
	const optOut = h('input', {type: 'checkbox', name: 'no-peek', checked: peekOff});
	const form = h(
		'form',
		{class: 'prechat'},
		h('p', {}, offline ? text.nobodyOnline : text.intro),
		field(text.name, name),
		field(offline ? text.emailNeeded : text.email, email),
		field(text.language, languages),
		departments.length > 1 && field(text.department, department),
		offline && field(text.leaveText, leave),
		!offline && h('p', {class: 'note'}, text.peekNotice),
		!offline && field(text.peekOptOut, optOut, 'check'),
		h('button', {type: 'submit'}, offline ? text.sendLeave : text.start),
	);
	form.onsubmit = event => {
		event.preventDefault();
		onStart({
			name: name.value.trim() || undefined,
			email: email.value.trim() || undefined,
			language: languages.value as Language,
			department: departments.length > 1 ? department.value || undefined : departments[0]?.id,
			peek: !optOut.checked,
			leave: offline ? leave.value.trim() || undefined : undefined,
		});
	};
	return form;
}

/** Leaving a message instead of waiting longer: the e-mail to answer, and the message. */
export function leaveForm(text: Strings, onSend: (email: string, message: string) => void): HTMLFormElement {
	const email = h('input', {
		type: 'email',
		name: 'leave-email',
		autocomplete: 'email',
		maxlength: '320',
		required: true,
	});
	const message = h('textarea', {name: 'leave', rows: '3', maxlength: '4000', required: true});
	const form = h(
		'form',
		{class: 'leave'},
		field(text.emailNeeded, email),
		field(text.leaveText, message),
		h('button', {type: 'submit'}, text.sendLeave),
	);
	form.onsubmit = event => {
		event.preventDefault();
		if (email.value.trim() && message.value.trim()) onSend(email.value.trim(), message.value.trim());
	};
	return form;
}

export function messageItem(text: Strings, message: ShownMessage, time: (ts: number) => string): HTMLElement {
	const who = message.mine ? text.you : (message.author ?? text.agent);
	return h(
		'div',
		{class: message.mine ? 'msg mine' : 'msg', 'data-id': message.id},
		h(
			'span',
			{class: 'meta'},
			`${who} · `,
			h('time', {datetime: new Date(message.ts).toISOString()}, time(message.ts)),
		),
		h('span', {class: 'text'}, message.text),
	);
}

export function unsentItem(text: Strings, body: string): HTMLElement {
	return h(
		'div',
		{class: 'msg mine unsent'},
		h('span', {class: 'meta'}, `${text.you} · ${text.sending}`),
		h('span', {class: 'text'}, body),
	);
}

/** The closing: a 1-3 rating with an optional comment (E19), once; the transcript to download; a new chat. */
export function closing(
	text: Strings,
	conversation: Conversation,
	ended: boolean,
	canRate: boolean,
	actions: {
		rate(score: number, comment: string): void;
		download(): void;
		emailTranscript(email: string): void;
		restart(): void;
	},
): HTMLElement {
	const box = h('div', {class: 'rate'});
	if (conversation.left !== null) box.append(h('p', {role: 'status'}, text.leftThanks(conversation.left)));
	else if (ended) box.append(h('p', {}, text.ended));
	if (conversation.rated) box.append(h('p', {role: 'status'}, text.ratingThanks));
	else if (conversation.agent !== null && canRate) {
		const scores = h('fieldset', {}, h('legend', {}, text.rateQuestion));
		text.rating.forEach((label, index) =>
			scores.append(field(label, h('input', {type: 'radio', name: 'score', value: String(index + 1)}), 'check')),
		);
		const comment = h('textarea', {name: 'comment', maxlength: '2000', rows: '2'});
		const form = h('form', {}, scores, field(text.comment, comment), h('button', {type: 'submit'}, text.sendRating));
		form.onsubmit = event => {
			event.preventDefault();
			const picked = form.querySelector<HTMLInputElement>('input[name=score]:checked');
			if (picked) actions.rate(Number(picked.value), comment.value.trim());
		};
		box.append(form);
	}
	const download = h('button', {type: 'button', class: 'quiet'}, text.download);
	download.onclick = actions.download;
	box.append(download);
	if (conversation.transcriptTo !== null)
		box.append(h('p', {role: 'status'}, text.transcriptPromised(conversation.transcriptTo)));
	else if (canRate) {
		const email = h('input', {type: 'email', name: 'transcript-email', autocomplete: 'email', required: true});
		const form = h(
			'form',
			{class: 'transcript'},
			field(text.transcriptEmail, email),
			h('button', {type: 'submit', class: 'quiet'}, text.sendTranscript),
		);
		form.onsubmit = event => {
			event.preventDefault();
			if (email.value.trim()) actions.emailTranscript(email.value.trim());
		};
		box.append(form);
	}
	if (ended) {
		const again = h('button', {type: 'button', class: 'quiet'}, text.newChat);
		again.onclick = actions.restart;
		box.append(again);
	}
	return box;
}
