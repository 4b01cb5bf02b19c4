// Preview and composer text (E12): the customer's language where a variant exists, the chat's values filled, asked values marked.
import {describe, expect, it} from 'vitest';
import {chatValues} from '../../source/canned/chat-values.js';
import {chooseLanguage} from '../../source/canned/language.js';
import {previewCanned} from '../../source/canned/preview.js';
import {response} from './fixtures.js';

describe('choosing the language of a canned text', () => {
	const all = {en: 'x', nb: 'x', sv: 'x', fi: 'x', hu: 'x', zh: 'x'};
	it.each([
		['nb', 'nb', false],
		['nb-NO', 'nb', false],
		['no', 'nb', false],
		['nn', 'nb', false],
		['zh-CN', 'zh', false],
		['zh-Hans-CN', 'zh', false],
		['sv_FI', 'sv', false],
		['de', 'en', true],
	])('%s -> %s', (locale, language, fallback) => {
		expect(chooseLanguage(all, locale)).toEqual({language, fallback});
	});

	it('falls back to English, then to the first variant, and says so', () => {
		expect(chooseLanguage({nb: 'x', en: 'x'}, 'fi')).toEqual({language: 'en', fallback: true});
		expect(chooseLanguage({sv: 'x', nb: 'x'}, 'fi')).toEqual({language: 'sv', fallback: true});
		expect(chooseLanguage({sv: 'x', en: 'x'}, null)).toEqual({language: 'en', fallback: false});
	});

	it('prefers an exact regional variant when the file has one', () => {
		expect(chooseLanguage({en: 'x', 'en-GB': 'y'}, 'en-gb').language).toBe('en-GB');
	});
});

describe('previewing a canned response (E12)', () => {
	const chat = {id: 'c9', department_id: 'd1', customer: {name: 'Ola Nordmann'}};
	const agent = {name: 'Alex', company: 'Acme'};
	const departments = [{id: 'd1', name: 'Billing'}];

	it('takes the values from the chat, the agent and the department list', () => {
		expect(chatValues({chat, agent, departments})).toEqual({
			'customer.name': 'Ola Nordmann',
			'agent.name': 'Alex',
			company: 'Acme',
			department: 'Billing',
			'chat.id': 'c9',
		});
		expect(chatValues({chat: {...chat, department_id: null, customer: {name: null}}, agent: null})).toEqual({
			'customer.name': null,
			'agent.name': null,
			company: null,
			department: null,
			'chat.id': 'c9',
		});
	});

	it("fills the customer's language and marks what the agent must supply", () => {
		const order = response('order', {
			text: {
				en: 'Order {{order_number?}} for {{customer.name|you}}',
				nb: 'Ordre {{order_number?}} for {{customer.name|deg}} fra {{department}}',
			},
		});
		const preview = previewCanned(order, {locale: 'nb-NO', values: chatValues({chat, agent, departments})});
		expect(preview).toMatchObject({
			language: 'nb',
			languageFallback: false,
			text: 'Ordre [order number] for Ola Nordmann fra Billing',
		});
		expect(preview.marks).toEqual([{name: 'order_number', reason: 'ask', marker: '[order number]', start: 6, end: 20}]);
	});

	it('uses English for a language the response lacks, and tells the agent', () => {
		const greeting = response('hi', {text: {nb: 'Hei {{customer.name|}}!', en: 'Hello {{customer.name|there}}!'}});
		expect(previewCanned(greeting, {locale: 'hu', values: {}})).toMatchObject({
			language: 'en',
			languageFallback: true,
			text: 'Hello there!',
			marks: [],
		});
	});
});
