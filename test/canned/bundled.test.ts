// The bundled library (E12-E19, E2, E3, E11): valid, every response in all six languages, every rule it serves named.
import {describe, expect, it} from 'vitest';
import {isMap, isSeq, parseDocument} from 'yaml';
import {bundledLibraryText, bundledResponses} from '../../source/canned/bundled.js';
import {checkTemplate, fillTemplate, parseTemplate} from '../../source/canned/placeholders.js';

const LANGUAGES = ['en', 'nb', 'sv', 'fi', 'hu', 'zh'];
const values = {'customer.name': 'Kari', 'agent.name': 'Alex', company: 'Acme', department: 'Support', 'chat.id': 'c1'};

/** The rule ids each bundled response's comment names, by id. */
function rulesById(): Map<string, string[]> {
	const document = parseDocument(bundledLibraryText());
	const responses = isMap(document.contents) ? document.contents.get('responses') : null;
	if (!isSeq(responses)) throw new Error('no responses list');
	const rules = new Map<string, string[]>();
	responses.items.forEach((item, index) => {
		if (!isMap(item)) return;
		// yaml hangs the comment above the first item on the list itself.
		const comment = index === 0 ? responses.commentBefore : item.commentBefore;
		rules.set(String(item.get('id')), comment?.match(/\bE\d+\b/g) ?? []);
	});
	return rules;
}

describe('bundled canned responses', () => {
	const responses = bundledResponses();

	it('parses, from the bundled source', () => {
		expect(responses.length).toBeGreaterThanOrEqual(11);
		expect(new Set(responses.map(response => response.origin.kind))).toEqual(new Set(['bundled']));
	});

	it('has every response in en, nb, sv, fi, hu and zh', () => {
		for (const response of responses)
			expect(Object.keys(response.text).sort(), response.id).toEqual([...LANGUAGES].sort());
	});

	it('uses only known placeholders, and each language asks the agent for the same values', () => {
		for (const response of responses) {
			const asked = (language: string) =>
				parseTemplate(response.text[language]!)
					.parts.flatMap(part => (part.kind === 'ask' ? [part.name] : []))
					.sort();
			for (const language of LANGUAGES) {
				expect(checkTemplate(response.text[language]!), `${response.id}.${language}`).toEqual([]);
				expect(asked(language), `${response.id}.${language}`).toEqual(asked('en'));
			}
		}
	});

	it('leaves no placeholder syntax behind once filled, with and without a known name', () => {
		for (const response of responses)
			for (const language of LANGUAGES)
				for (const name of ['Kari', null]) {
					const {text} = fillTemplate(response.text[language]!, {...values, 'customer.name': name});
					expect(text, `${response.id}.${language}`).not.toMatch(/\{\{|\}\}/);
					expect(text, `${response.id}.${language}`).not.toMatch(/ [,.!?]|,[!?.]|^\s|\s$| {2}/);
				}
	});

	it('names the etiquette rules each response serves, and covers the ones canned responses are for', () => {
		const rules = rulesById();
		for (const response of responses) expect(rules.get(response.id), response.id).not.toEqual([]);
		const covered = new Set([...rules.values()].flat());
		for (const rule of ['E2', 'E3', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E18', 'E19'])
			expect(covered, rule).toContain(rule);
	});

	it('has the responses the issue lists, each with a unique shortcut', () => {
		const ids = responses.map(response => response.id);
		for (const id of [
			'greeting',
			'ask-name',
			'password-reset',
			'order-status',
			'apology-remedy',
			'confirm-understanding',
			'further-help',
			'investigating',
			'wrong-company',
			'closing',
			'email-followup',
		])
			expect(ids).toContain(id);
		const shortcuts = responses.map(response => response.shortcut);
		expect(shortcuts).not.toContain(null);
		expect(new Set(shortcuts).size).toBe(shortcuts.length);
	});

	it('greets with the agent, the company and the customer (E2, E3), or without a name when it is unknown', () => {
		const greeting = responses.find(response => response.id === 'greeting')!;
		for (const language of LANGUAGES) {
			const {text} = fillTemplate(greeting.text[language]!, values);
			for (const part of ['Alex', 'Acme', 'Kari']) expect(text, language).toContain(part);
		}
		expect(fillTemplate(greeting.text.en!, {...values, 'customer.name': null}).text).toMatch(
			/^Hello there, and welcome to Acme!/,
		);
		expect(fillTemplate(greeting.text.nb!, {...values, 'customer.name': null}).text).toMatch(
			/^Hei, og velkommen til Acme!/,
		);
		expect(fillTemplate(greeting.text.sv!, {...values, 'customer.name': null}).text).toMatch(
			/^Hej och välkommen till Acme!/,
		);
		expect(fillTemplate(greeting.text.zh!, {...values, 'customer.name': null}).text).toMatch(/^您好，/);
	});

	it('offers both remedies and lets the customer choose (E13)', () => {
		const apology = responses.find(response => response.id === 'apology-remedy')!;
		expect(apology.text.en).toMatch(/replacement.*refund.*choice is yours/s);
		expect(apology.text.zh).toMatch(/换.*退款.*由您来选择/s);
	});

	it('asks the agent for the links instead of shipping a made-up one (E12, E15)', () => {
		for (const id of ['password-reset', 'further-help']) {
			const response = responses.find(entry => entry.id === id)!;
			for (const language of LANGUAGES) expect(response.text[language]).toMatch(/\{\{\w+_link\?\}\}/);
		}
	});
});
