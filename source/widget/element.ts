// The chat widget as one custom element: launcher, invitation, pre-chat form and chat, in a shadow root.
import {
	addMessage,
	applyView,
	emptyConversation,
	readConversation,
	transcript,
	type Conversation,
} from './conversation.js';
import {h} from './dom.js';
import {drawLog} from './log-view.js';
import {statusLine} from './status-line.js';
import {closing, invitation, leaveForm, prechatForm, type Department, type PrechatChoice} from './screens.js';
import {SessionStore} from './session-store.js';
import {TypingSignal} from './typing-signal.js';
import {pickLanguage, STRINGS, type Language} from './strings.js';
import {STYLES} from './styles.js';
import {CustomerWire, fetchInfo, type ServerInfo, type WireState} from './wire.js';
import type {WidgetConfig} from './config.js';

type Ui = {open: boolean; language: Language | null; peekOff: boolean};

export class ChatWidget extends HTMLElement {
	config!: WidgetConfig;
	#store!: SessionStore;
	#root!: HTMLElement;
	#conversation: Conversation = emptyConversation();
	#ui: Ui = {open: false, language: null, peekOff: false};
	#wire: CustomerWire | null = null;
	#wireState: WireState | 'none' = 'none';
	#inFlight = new Set<string>();
	readonly #typing = new TypingSignal(
		payload => void this.#wire?.request('typing.set', payload).catch(() => {}),
		() => !this.#ui.peekOff,
	);
	#agentTyping = false;
	#problem: string | null = null;
	/** The server's `info` (protocol 1.2): undefined until asked, null when it had none to give. */
	#info: ServerInfo | null | undefined;
	#showLeave = false;
	#waitTimer: ReturnType<typeof setTimeout> | undefined;
	#parts: {log?: HTMLElement; status?: HTMLElement; composer?: HTMLTextAreaElement; rendered: string[]} = {
		rendered: [],
	};

	connectedCallback(): void {
		if (this.#root) return;
		const shadow = this.attachShadow({mode: 'open'});
		// A constructed sheet where the browser has one: a host page's CSP that forbids inline styles does not block it.
		try {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(STYLES);
			shadow.adoptedStyleSheets = [sheet];
		} catch {
			shadow.append(h('style', {}, STYLES));
		}
		this.#root = shadow.appendChild(h('div', {class: this.config.position === 'left' ? 'root left' : 'root'}));
		this.#store = new SessionStore(this.config.server);
		this.#ui = {...this.#ui, ...(this.#store.read('ui') as Partial<Ui> | null)};
		this.#conversation = readConversation(this.#store.text('chat')) ?? emptyConversation();
		// A reload before the join was answered: that chat's token never arrived, so the form starts again.
		if (this.#conversation.token === 'pending') this.#conversation = emptyConversation();
		// A chat from before the reload goes on (an ended one too, so it can still be rated): resume with the token and
		// the last seq seen (protocol §17.2).
		if (this.#conversation.token !== null) this.#connect();
		this.#render();
		this.#scheduleInvitation();
		this.addEventListener('keydown', event => {
			if (event.key === 'Escape' && this.#ui.open) this.#setOpen(false);
		});
	}

	get #language(): Language {
		return this.#ui.language ?? this.config.language ?? pickLanguage(navigator.languages ?? [navigator.language]);
	}

	get #text() {
		return STRINGS[this.#language];
	}

	#save(): void {
		this.#store.write('ui', this.#ui);
		this.#store.write('chat', this.#conversation);
	}

	/** E21: an invitation after N seconds on the page, once per visit (the browser session), never over an open chat. */
	#scheduleInvitation(): void {
		const after = this.config.inviteAfterSeconds;
		if (after === null || this.#store.read('invited') || this.#conversation.token !== null) return;
		setTimeout(() => {
			if (this.#ui.open || this.#conversation.token !== null || this.#store.read('invited')) return;
			this.#store.write('invited', true);
			const box = invitation(
				this.#text,
				() => {
					box.remove();
					this.#setOpen(true);
				},
				() => {
					box.remove();
					this.#root.querySelector<HTMLElement>('.launcher')?.focus();
				},
			);
			this.#root.prepend(box);
		}, after * 1000);
	}

	#setOpen(open: boolean): void {
		if (open && this.#info === undefined && this.#conversation.token === null) this.#askInfo();
		this.#ui.open = open;
		this.#save();
		this.#render();
		// Focus follows: into the panel's first control on open, back to the launcher on close.
		const target = open
			? this.#root.querySelector<HTMLElement>('.panel input, .panel textarea:not([disabled]), .panel button.first')
			: this.#root.querySelector<HTMLElement>('.launcher');
		target?.focus();
	}

	#render(): void {
		const text = this.#text;
		this.#root.querySelector('.panel')?.remove();
		this.#root.querySelector('.launcher')?.remove();
		this.#parts = {rendered: []};
		if (!this.#ui.open) {
			const launcher = h('button', {type: 'button', class: 'launcher', 'aria-expanded': 'false'}, text.launcher);
			launcher.onclick = () => this.#setOpen(true);
			this.#root.append(launcher);
			return;
		}
		this.#root.querySelector('.invite')?.remove();
		const minimise = h('button', {type: 'button', 'aria-label': text.minimise, title: text.minimise}, '–');
		minimise.onclick = () => this.#setOpen(false);
		const chatting = this.#conversation.token !== null;
		const title = h('div', {}, h('h2', {id: 'sb-title'}, text.title));
		if (chatting) title.append(h('p', {class: 'who'}, this.#conversation.agent ?? text.waiting));
		const panel = h(
			'section',
			{class: 'panel', role: 'dialog', 'aria-labelledby': 'sb-title', lang: this.#language},
			h('div', {class: 'head'}, title, minimise),
		);
		if (!chatting) panel.append(this.#prechat());
		else this.#chat(panel);
		this.#root.append(panel);
		this.#updateLog();
	}

	/** Asked when the form first opens; the form is drawn again with the answer unless the visitor began filling it. */
	#askInfo(): void {
		this.#info = null;
		void fetchInfo(this.config.server).then(info => {
			this.#info = info;
			const typed = [
				...this.#root.querySelectorAll<HTMLInputElement>('.prechat input[type=text], .prechat input[type=email]'),
			];
			if (info && this.#ui.open && this.#conversation.token === null && typed.every(input => input.value === ''))
				this.#redrawKeepingFocus();
		});
	}

	/** Draws again and puts focus back on the control (by name) that had it, so a redraw does not lose the visitor. */
	#redrawKeepingFocus(): void {
		const focused = this.shadowRoot?.activeElement?.getAttribute('name');
		this.#render();
		if (focused) this.#root.querySelector<HTMLElement>(`[name="${focused}"]`)?.focus();
	}

	/** The page's own list (data-departments) first, else the server's, in the visitor's language where it has one. */
	get #departments(): Department[] {
		if (this.config.departments.length > 0) return this.config.departments;
		return (this.#info?.departments ?? []).map(({id, name, names}) => ({id, name: names?.[this.#language] ?? name}));
	}

	#prechat(): HTMLElement {
		const body = h('div', {class: 'body'});
		if (this.#problem) body.append(h('p', {class: 'error', role: 'alert'}, this.#problem));
		body.append(
			prechatForm(
				this.#text,
				this.#language,
				this.#departments,
				this.#ui.peekOff,
				this.#info?.online === false,
				language => {
					this.#ui.language = language;
					this.#save();
					this.#render();
					this.#root.querySelector<HTMLElement>('select[name=language]')?.focus();
				},
				choice => this.#start(choice),
			),
		);
		return body;
	}

	#chat(panel: HTMLElement): void {
		const text = this.#text;
		const log = h('div', {class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': text.title});
		const body = h('div', {class: 'body'}, log);
		const status = h('p', {class: 'status', role: 'status'});
		// A chat that can no longer be resumed is over for this page too: it can be read, downloaded and started anew.
		const ended = this.#conversation.status === 'ended' || this.#wireState === 'lost' || this.#wireState === 'replaced';
		const composer = h('textarea', {name: 'message', rows: '2', maxlength: '4000', disabled: ended});
		const send = h('button', {type: 'submit', disabled: ended}, text.send);
		const form = h(
			'form',
			{class: 'composer'},
			h('label', {class: 'visually-hidden', for: 'sb-message'}, text.message),
			composer,
			send,
		);
		composer.id = 'sb-message';
		composer.setAttribute('aria-label', text.message);
		form.onsubmit = event => {
			event.preventDefault();
			this.#send(composer.value);
			composer.value = '';
			composer.focus();
		};
		composer.onkeydown = event => {
			if (event.key === 'Enter' && !event.shiftKey) {
				event.preventDefault();
				form.requestSubmit();
			}
		};
		composer.oninput = () => this.#typing.draft(composer.value);
		panel.append(body, status, form);
		if (ended || this.#conversation.ratingRequested) {
			body.append(
				closing(text, this.#conversation, ended, this.#wireState !== 'lost', {
					rate: (score, comment) => this.#rate(score, comment),
					download: () => this.#download(),
					emailTranscript: email =>
						void this.#wire?.request('transcript.email', {email: email.slice(0, 320)}).then(
							() => {
								this.#conversation.transcriptTo = email;
								this.#save();
								this.#render();
							},
							() => {},
						),
					restart: () => {
						this.#wire?.stop();
						this.#wire = null;
						this.#conversation = emptyConversation();
						this.#save();
						this.#setOpen(true);
					},
				}),
			);
		} else {
			const end = h('button', {type: 'button', class: 'quiet'}, text.endChat);
			end.onclick = () => void this.#wire?.request('leave', {}).catch(() => {});
			const actions = h('div', {class: 'actions'}, end);
			// Waiting (nobody has the chat yet): the visitor may leave a message instead (E11, E20).
			if (this.#conversation.status === 'queued' && this.#conversation.leave === null) {
				if (this.#showLeave)
					body.append(
						leaveForm(text, (email, message) => {
							this.#conversation.leave = {client_msg_id: newId(), text: message, email};
							this.#leaveNow();
						}),
					);
				else {
					const instead = h('button', {type: 'button', class: 'quiet'}, text.leaveInstead);
					instead.onclick = () => {
						this.#showLeave = true;
						this.#render();
						this.#root.querySelector<HTMLElement>('input[name=leave-email]')?.focus();
					};
					actions.append(instead);
				}
			}
			panel.append(actions);
		}
		this.#parts = {log, status, composer, rendered: []};
	}

	/** Appends what is new to the live region (so a screen reader hears only new messages), or redraws it. */
	#updateLog(): void {
		const {log, status} = this.#parts;
		if (!log || !status) return;
		this.#parts.rendered = drawLog(log, this.#parts.rendered, this.#conversation, this.#text, this.#language);
		status.textContent = statusLine(this.#conversation, this.#text, this.#wireState, this.#agentTyping);
	}

	#start(choice: PrechatChoice): void {
		this.#ui.language = choice.language;
		this.#ui.peekOff = !choice.peek;
		this.#problem = null;
		const join: Record<string, unknown> = {locale: choice.language, page: location.href.slice(0, 2000)};
		// Issue 12, E7: follow-up times are told in the visitor's own zone (protocol 1.2; an older server ignores it).
		const zone = browserTimeZone();
		if (zone) join.time_zone = zone;
		if (choice.name) join.name = choice.name;
		if (choice.email) join.email = choice.email;
		if (choice.department) join.department_id = choice.department;
		this.#conversation = {...emptyConversation(), token: 'pending', status: 'queued'};
		if (choice.leave && choice.email)
			this.#conversation.leave = {client_msg_id: newId(), text: choice.leave, email: choice.email};
		this.#connect(join);
		this.#save();
		this.#setOpen(true);
	}

	#connect(join?: Record<string, unknown>): void {
		const conversation = this.#conversation;
		const start =
			join !== undefined ? {join} : {resume: {resume_token: conversation.token!, last_seq: conversation.lastSeq}};
		this.#wire = new CustomerWire(this.config.server, start, {
			joined: result => {
				conversation.token = result.resume_token;
				applyView(conversation, result.chat);
				this.#save();
				this.#flush();
				this.#leaveNow();
				this.#render();
			},
			event: (name, payload, seq) => this.#event(name, payload, seq),
			state: (state, detail) => {
				this.#wireState = state;
				this.#inFlight.clear();
				if (state === 'lost' && conversation.chatId === null) {
					// The join itself was refused: back to the form, saying so.
					this.#conversation = emptyConversation();
					this.#problem = `${this.#text.joinFailed}${detail ? ` (${detail})` : ''}`;
					this.#save();
					return this.#render();
				}
				if (state === 'lost' || state === 'replaced') this.#render();
				else this.#updateLog();
			},
		});
	}

	#event(name: string, payload: Record<string, unknown>, seq: number | undefined): void {
		const conversation = this.#conversation;
		if (seq !== undefined) conversation.lastSeq = seq;
		const before = conversation.status;
		if (name === 'message.created') addMessage(conversation, payload.message);
		else if (name === 'chat.updated' || name === 'chat.ended') applyView(conversation, payload.chat);
		else if (name === 'rating.requested') conversation.ratingRequested = true;
		else if (name === 'typing') this.#agentTyping = payload.typing === true;
		else if (name === 'queue.position' && typeof payload.position === 'number') {
			conversation.position = payload.position;
			this.#tellWait(payload.wait_minutes);
		}
		if (name === 'message.created' && (payload.message as {author?: {type?: string}})?.author?.type === 'agent')
			this.#agentTyping = false;
		this.#save();
		const redraw =
			name === 'rating.requested' ||
			(conversation.status !== before && (before === 'ended' || conversation.status === 'ended'));
		if (redraw || name === 'chat.updated') this.#render();
		else this.#updateLog();
	}

	/** A rough wait (protocol 1.2), shown until that long has passed; then the line is drawn again without it. */
	#tellWait(minutes: unknown): void {
		const valid = typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60;
		this.#conversation.wait = valid ? {minutes, toldAt: Date.now()} : null;
		clearTimeout(this.#waitTimer);
		if (valid) this.#waitTimer = setTimeout(() => this.#updateLog(), minutes * 60_000 + 1_000);
	}

	/** The message left instead of waiting, once joined; if an agent took the chat meanwhile it is simply sent. */
	#leaveNow(): void {
		const leave = this.#conversation.leave;
		if (!leave || !this.#wire?.ready) return;
		this.#save();
		this.#wire.request('message.leave', {...leave}).then(
			result => {
				addMessage(this.#conversation, result.message);
				this.#conversation.left = leave.email;
				this.#conversation.leave = null;
				this.#save();
				this.#render();
			},
			(error: {code?: string}) => {
				if (error.code !== 'conflict') return;
				this.#conversation.leave = null;
				this.#conversation.unsent.push({client_msg_id: leave.client_msg_id, text: leave.text});
				this.#flush();
			},
		);
	}

	#send(raw: string): void {
		const text = raw.trim();
		if (!text || this.#conversation.status === 'ended') return;
		this.#conversation.unsent.push({client_msg_id: newId(), text: text.slice(0, 4000)});
		this.#typing.stop();
		this.#save();
		this.#updateLog();
		this.#flush();
	}

	/** Every unsent message, in order, once per link; the server deduplicates by client_msg_id, so a resend is safe. */
	#flush(): void {
		const wire = this.#wire;
		if (!wire?.ready) return;
		for (const entry of this.#conversation.unsent) {
			if (this.#inFlight.has(entry.client_msg_id)) continue;
			this.#inFlight.add(entry.client_msg_id);
			wire.request('message.send', {...entry}).then(
				result => {
					this.#inFlight.delete(entry.client_msg_id);
					addMessage(this.#conversation, result.message);
					this.#save();
					this.#updateLog();
				},
				() => this.#inFlight.delete(entry.client_msg_id),
			);
		}
	}

	#rate(score: number, comment: string): void {
		const payload: Record<string, unknown> = {score};
		if (comment) payload.comment = comment.slice(0, 2000);
		this.#wire?.request('rating.submit', payload).then(
			() => {
				this.#conversation.rated = true;
				this.#save();
				this.#render();
				this.#root.querySelector<HTMLElement>('.rate [role=status]')?.setAttribute('tabindex', '-1');
				this.#root.querySelector<HTMLElement>('.rate [role=status]')?.focus();
			},
			() => {},
		);
	}

	#download(): void {
		const text = this.#text;
		const time = (ts: number) => new Date(ts).toLocaleString(this.#language);
		const body = transcript(this.#conversation, {title: text.transcriptTitle, you: text.you, agent: text.agent}, time);
		const link = h('a', {
			href: URL.createObjectURL(new Blob([body], {type: 'text/plain;charset=utf-8'})),
			download: 'chat.txt',
		});
		this.#root.append(link);
		link.click();
		link.remove();
	}
}

/** The browser's IANA zone ("Europe/Oslo"), or null where the browser does not say. */
function browserTimeZone(): string | null {
	try {
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		return typeof zone === 'string' && zone.length > 0 && zone.length <= 64 ? zone : null;
	} catch {
		return null;
	}
}

/** A client_msg_id: unique enough per chat, and the same on every resend so the server keeps one copy. */
function newId(): string {
	return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
