// The widget's pure parts: the language pick, the options from the script tag, and the conversation's bookkeeping.
import {describe, expect, it} from 'vitest';
import {readConfig} from '../../source/widget/config.js';
import {addMessage, applyView, emptyConversation, readConversation} from '../../source/widget/conversation.js';
import {statusLine} from '../../source/widget/status-line.js';
import {LANGUAGES, pickLanguage, STRINGS} from '../../source/widget/strings.js';

const message = (id: string, n: number, extra: object = {}) => ({
	id,
	chat_id: 'c1',
	n,
	client_msg_id: null,
	author: {type: 'agent', id: null, name: 'Alice'},
	text: `message ${n}`,
	visibility: 'public',
	auto: false,
	ts: 1,
	...extra,
});

describe('pickLanguage', () => {
	it.each([
		[['nb-NO', 'en'], 'nb'],
		[['nn'], 'nb'],
		[['de-DE', 'sv'], 'sv'],
		[['zh-Hans-CN'], 'zh'],
		[['de', 'fr'], 'en'],
		[[], 'en'],
	])('%j -> %s', (preferred, expected) => expect(pickLanguage(preferred)).toBe(expected));

	it('has every sentence in every language, none empty or left in English by mistake', () => {
		for (const language of LANGUAGES) {
			for (const [key, value] of Object.entries(STRINGS[language])) {
				const text = typeof value === 'function' ? value(3 as never) : Array.isArray(value) ? value.join() : value;
				expect(text, `${language}.${key}`).not.toBe('');
				if (language !== 'en' && key !== 'send')
					expect(text, `${language}.${key}`).not.toBe(
						typeof STRINGS.en[key as 'title'] === 'string' ? STRINGS.en[key as 'title'] : '\0',
					);
			}
		}
	});
});

describe('readConfig', () => {
	it('connects to the server the script came from, on its customer endpoint', () => {
		expect(readConfig({}, 'https://chat.example.com/widget.js').server).toBe('wss://chat.example.com/customer');
		expect(readConfig({}, 'http://127.0.0.1:7420/widget.js').server).toBe('ws://127.0.0.1:7420/customer');
		expect(readConfig({server: 'https://other.example'}, 'https://chat.example.com/widget.js').server).toBe(
			'wss://other.example/customer',
		);
	});

	it('reads the options and ignores bad values', () => {
		const config = readConfig(
			{lang: 'fi', departments: 'sales=Sales; tech = Tech support;broken', inviteAfter: '30', position: 'left'},
			'https://chat.example.com/widget.js',
		);
		expect(config).toMatchObject({
			language: 'fi',
			departments: [
				{id: 'sales', name: 'Sales'},
				{id: 'tech', name: 'Tech support'},
			],
			inviteAfterSeconds: 30,
			position: 'left',
		});
		expect(readConfig({lang: 'de', inviteAfter: 'soon'}, 'https://x.example/widget.js')).toMatchObject({
			language: null,
			inviteAfterSeconds: null,
			position: 'right',
		});
	});
});

describe('the conversation', () => {
	it('keeps each message once, in order, and drops the unsent entry its send confirmed', () => {
		const conversation = emptyConversation();
		conversation.unsent.push({client_msg_id: 'm1', text: 'hello'});
		expect(addMessage(conversation, message('b', 3))).toBe(true);
		expect(addMessage(conversation, message('a', 1, {client_msg_id: 'm1', author: {type: 'customer'}}))).toBe(true);
		expect(addMessage(conversation, message('a', 1, {client_msg_id: 'm1'}))).toBe(false);
		expect(conversation.messages.map(shown => shown.id)).toEqual(['a', 'b']);
		expect(conversation.unsent).toEqual([]);
		// An internal note never shows, even if a server sent one by mistake (protocol §17.6).
		expect(addMessage(conversation, message('c', 2, {visibility: 'internal'}))).toBe(false);
	});

	it('notes each new agent once (a transfer reads as the new agent joining), and survives a bad stored copy', () => {
		const conversation = emptyConversation();
		applyView(conversation, {chat_id: 'c1', status: 'offered', agent_name: null, department_id: null});
		expect(conversation.status).toBe('queued');
		applyView(conversation, {chat_id: 'c1', status: 'active', agent_name: 'Alice', department_id: null});
		applyView(conversation, {chat_id: 'c1', status: 'on_hold', agent_name: 'Alice', department_id: null});
		applyView(conversation, {chat_id: 'c1', status: 'active', agent_name: 'Bob', department_id: null});
		expect(conversation.notices.map(notice => notice.name)).toEqual(['Alice', 'Bob']);
		expect(readConversation(JSON.stringify(conversation))).toEqual(conversation);
		expect(readConversation('{"messages": 3}')).toBe(null);
		expect(readConversation('not json')).toBe(null);
	});
});

describe('the status line while waiting', () => {
	const waiting = (wait: {minutes: number; toldAt: number} | null) => ({
		...emptyConversation(),
		status: 'queued',
		position: 3,
		wait,
	});

	it('gives the place, then the rough wait while it still holds, then no number (E7)', () => {
		const told = {minutes: 2, toldAt: 1_000};
		expect(statusLine(waiting(told), STRINGS.en, 'ready', false, 1_000 + 60_000)).toBe(
			'You are number 3 in line. The wait is about 2 minutes. Thanks for waiting: the next free agent will be with you shortly.',
		);
		expect(statusLine(waiting(told), STRINGS.en, 'ready', false, 1_000 + 121_000)).toBe(
			'You are number 3 in line. Thanks for waiting: the next free agent will be with you shortly.',
		);
		expect(statusLine(waiting(null), STRINGS.en, 'ready', false, 0)).not.toMatch(/about/);
	});

	it('says the wait natively in all six languages, one minute in words', () => {
		const said = LANGUAGES.map(language => [STRINGS[language].waitAbout(1), STRINGS[language].waitAbout(4)]);
		expect(said).toEqual([
			['The wait is about a minute.', 'The wait is about 4 minutes.'],
			['Ventetiden er omtrent ett minutt.', 'Ventetiden er omtrent 4 minutter.'],
			['Väntetiden är ungefär en minut.', 'Väntetiden är ungefär 4 minuter.'],
			['Arvioitu odotusaika on noin minuutti.', 'Arvioitu odotusaika on noin 4 minuuttia.'],
			['A várakozási idő körülbelül egy perc.', 'A várakozási idő körülbelül 4 perc.'],
			['预计还需等待约 1 分钟。', '预计还需等待约 4 分钟。'],
		]);
	});
});
