// The placeholder filler shared with canned responses (E12): fallbacks, unknown and missing names, hostile values.
import {describe, expect, it} from 'vitest';
import {defuseBraces, fillTemplate, parseTemplate, placeholdersOf} from '../../../source/courtesy/notices/template.js';

describe('fillTemplate', () => {
	it('fills names with dots and reports what it used', () => {
		const fill = fillTemplate('Hi {{customer.name}}, I am {{agent.name}} from {{company}}.', {
			'customer.name': 'Kari',
			'agent.name': 'Alex',
			company: 'Acme',
		});
		expect(fill.text).toBe('Hi Kari, I am Alex from Acme.');
		expect(fill.used).toEqual(['customer.name', 'agent.name', 'company']);
		expect(fill).toMatchObject({missing: [], unknown: [], asked: [], malformed: []});
	});

	it('fills numbers, and a repeated placeholder each time', () => {
		expect(fillTemplate('{{n}} and {{n}}', {n: 3}).text).toBe('3 and 3');
	});

	it('uses the fallback when the value is missing, null or blank', () => {
		for (const value of [undefined, null, '', '   ']) {
			const fill = fillTemplate('Hi {{customer.name|there}}!', {'customer.name': value});
			expect(fill.text).toBe('Hi there!');
			expect(fill.missing).toEqual([]);
		}
	});

	it('prefers the value over the fallback', () => {
		expect(fillTemplate('Hi {{customer.name|there}}!', {'customer.name': 'Kari'}).text).toBe('Hi Kari!');
	});

	it('accepts spaces inside the braces and around the fallback', () => {
		expect(fillTemplate('Hi {{ customer.name | there }}!', {}).text).toBe('Hi there!');
	});

	it('an empty fallback is deliberate: empty text, not missing', () => {
		const fill = fillTemplate('A{{x|}}B', {});
		expect(fill.text).toBe('AB');
		expect(fill.missing).toEqual([]);
	});

	it('reports a missing value without a fallback and leaves no braces behind', () => {
		const fill = fillTemplate('Order {{order}} is on its way.', {});
		expect(fill.text).toBe('Order  is on its way.');
		expect(fill.missing).toEqual(['order']);
		expect(fill.text).not.toContain('{{');
	});

	it('reports names outside `known`, but still fills them', () => {
		const fill = fillTemplate(
			'{{customer.name}} {{cusomer.name}}',
			{'customer.name': 'Kari', 'cusomer.name': 'x'},
			{known: ['customer.name']},
		);
		expect(fill.unknown).toEqual(['cusomer.name']);
		expect(fill.text).toBe('Kari x');
	});

	it('without `known`, no name is unknown', () => {
		expect(fillTemplate('{{anything}}', {anything: 'ok'}).unknown).toEqual([]);
	});

	it('lists asked-for values ({{name?}}) and never calls them unknown', () => {
		const fill = fillTemplate(
			'Order {{order_number?}} for {{customer.name}}',
			{'customer.name': 'Kari'},
			{known: ['customer.name']},
		);
		expect(fill.asked).toEqual(['order_number']);
		expect(fill.unknown).toEqual([]);
		expect(fill.missing).toEqual(['order_number']);
		expect(fillTemplate('Order {{order_number?}}', {order_number: 'A-17'}).text).toBe('Order A-17');
	});

	it('inserts values once: a value that looks like a placeholder is not expanded', () => {
		const fill = fillTemplate('Hi {{customer.name}}, I am {{agent.name}}.', {
			'customer.name': '{{agent.name}}',
			'agent.name': 'Alex',
		});
		expect(fill.text).toBe('Hi { {agent.name}}, I am Alex.');
		expect(fill.text).not.toContain('{{');
	});

	it('defuses braces from any source, runs of three included', () => {
		expect(fillTemplate('{{v}}', {v: '{{{x}}}'}).text).not.toContain('{{');
		expect(fillTemplate('{{v}}{', {v: 'a{'}).text).not.toContain('{{');
		expect(defuseBraces('{{{')).toBe('{ { {');
	});

	it('keeps malformed pieces as (defused) text and reports them', () => {
		const stray = fillTemplate('Hi {{customer.name, how are you', {'customer.name': 'Kari'});
		expect(stray.text).toBe('Hi { {customer.name, how are you');
		expect(stray.malformed).toHaveLength(1);

		const words = fillTemplate('Hi {{two words}} and {{}}', {});
		expect(words.malformed).toEqual(['{{two words}}', '{{}}']);
		expect(words.text).not.toContain('{{');
	});

	it('a stray {{ does not swallow the real placeholder after it', () => {
		const fill = fillTemplate('a {{ b {{name}} c', {name: 'N'});
		expect(fill.text).toBe('a { { b N c');
		expect(fill.used).toEqual(['name']);
	});

	it('does not read inherited properties as values', () => {
		expect(fillTemplate('{{constructor}}', {}).missing).toEqual(['constructor']);
	});

	it('single braces and lone closers are plain text', () => {
		expect(fillTemplate('{a} }} {', {}).text).toBe('{a} }} {');
	});
});

describe('parseTemplate / placeholdersOf', () => {
	it('splits text, placeholders and malformed pieces in order', () => {
		expect(parseTemplate('A {{x|y}} B {{?}}').map(part => part.type)).toEqual([
			'text',
			'placeholder',
			'text',
			'malformed',
		]);
		expect(placeholdersOf('{{a}} {{b?}} {{c|d}}')).toEqual([
			{name: 'a', fallback: null, ask: false, raw: '{{a}}'},
			{name: 'b', fallback: null, ask: true, raw: '{{b?}}'},
			{name: 'c', fallback: 'd', ask: false, raw: '{{c|d}}'},
		]);
	});
});
