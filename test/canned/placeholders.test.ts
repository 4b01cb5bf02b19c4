// E12: canned-text placeholders: known values, fallbacks, asked values marked for the agent, and every kind of mistake.
import {describe, expect, it} from 'vitest';
import {checkTemplate, fillTemplate, markerFor, parseTemplate} from '../../source/canned/placeholders.js';

const values = {
	'customer.name': 'Kari',
	'agent.name': 'Alex',
	company: 'Acme',
	department: 'Billing',
	'chat.id': 'c42',
};

describe('canned placeholders (E12)', () => {
	it('fills every known value from the chat', () => {
		const filled = fillTemplate(
			'Hi {{customer.name}}, {{agent.name}} from {{company}} ({{department}}), chat {{chat.id}}.',
			values,
		);
		expect(filled).toEqual({text: 'Hi Kari, Alex from Acme (Billing), chat c42.', marks: []});
	});

	it('uses the fallback when the value is unknown or blank (E3)', () => {
		expect(fillTemplate('Hello {{customer.name|there}}!', {'customer.name': null}).text).toBe('Hello there!');
		expect(fillTemplate('Hello {{customer.name|there}}!', {'customer.name': '  '}).text).toBe('Hello there!');
		expect(fillTemplate('Hello {{customer.name|there}}!', {'customer.name': 'Kari'}).text).toBe('Hello Kari!');
		expect(fillTemplate('Hello {{ customer.name | there }}!', {}).text).toBe('Hello there!');
	});

	it('an empty fallback leaves no gap and no dangling comma', () => {
		expect(fillTemplate('Hei {{customer.name|}}, og velkommen!', {}).text).toBe('Hei, og velkommen!');
		expect(fillTemplate('Hej {{customer.name|}} och välkommen!', {}).text).toBe('Hej och välkommen!');
		expect(fillTemplate('Thank you, {{customer.name|}}!', {}).text).toBe('Thank you!');
		expect(fillTemplate('{{customer.name|}}您好，欢迎！', {}).text).toBe('您好，欢迎！');
		expect(fillTemplate('Thank you, {{customer.name|}}!', values).text).toBe('Thank you, Kari!');
		// Before a letter nothing is removed: two words must never run together.
		expect(fillTemplate('a {{company|}}b', {}).text).toBe('a b');
	});

	it('marks asked values visibly and says where they are, never filling them (E12: not sent blind)', () => {
		const filled = fillTemplate('Order {{order_number?}} is {{order_status?}}.', values);
		expect(filled.text).toBe('Order [order number] is [order status].');
		expect(filled.marks).toEqual([
			{name: 'order_number', reason: 'ask', marker: '[order number]', start: 6, end: 20},
			{name: 'order_status', reason: 'ask', marker: '[order status]', start: 24, end: 38},
		]);
		for (const mark of filled.marks) expect(filled.text.slice(mark.start, mark.end)).toBe(mark.marker);
	});

	it('marks a known value the chat lacks when there is no fallback', () => {
		const filled = fillTemplate('Hello {{customer.name}}!', {'customer.name': null});
		expect(filled.text).toBe('Hello [customer name]!');
		expect(filled.marks).toEqual([
			{name: 'customer.name', reason: 'missing', marker: '[customer name]', start: 6, end: 21},
		]);
	});

	it('inserts values as they are, never reading placeholders inside them', () => {
		expect(fillTemplate('Hi {{customer.name}}', {'customer.name': '{{agent.name}}'}).text).toBe('Hi {{agent.name}}');
	});

	it('marks an asked name for the composer', () => {
		expect(markerFor('reset_link')).toBe('[reset link]');
	});

	it.each([
		['{{customer.nmae}}', 'unknown placeholder {{customer.nmae}}'],
		['{{price}}', 'unknown placeholder {{price}}'],
		['{{}}', 'empty placeholder'],
		['{{customer.name?}}', 'is filled from the chat'],
		['{{Order-Number?}}', 'lower case, digits and _'],
		['{{order_number?|1234}}', 'has no fallback'],
		['Hi {{customer.name', 'unclosed {{'],
		['Hi {{customer.name\n}}', 'unclosed {{'],
	])('reports %j', (text, message) => {
		const problems = checkTemplate(text);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain(message);
	});

	it('keeps a broken placeholder as written when filling, and reports its offset', () => {
		expect(parseTemplate('ab {{nope}} cd').problems[0]).toMatchObject({raw: '{{nope}}', offset: 3});
		expect(fillTemplate('ab {{nope}} {{company}}', values).text).toBe('ab {{nope}} Acme');
		expect(fillTemplate('x {{ y', values).text).toBe('x {{ y');
	});

	it('accepts other known names, so notice templates can share the syntax', () => {
		expect(checkTemplate('{{hold.minutes}}', ['hold.minutes'])).toEqual([]);
		expect(fillTemplate('back in {{hold.minutes}} min', {'hold.minutes': '3'}, ['hold.minutes']).text).toBe(
			'back in 3 min',
		);
	});
});
