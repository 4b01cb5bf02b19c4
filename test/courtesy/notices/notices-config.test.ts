// The `notices` config section: switches and overrides, and errors that say exactly what is wrong and where.
import {describe, expect, it} from 'vitest';
import {
	checkTemplate,
	isNoticeEnabled,
	validateNoticesConfig,
} from '../../../source/courtesy/notices/notices-config.js';
import {NOTICE_KINDS} from '../../../source/courtesy/notices/notice-kinds.js';

function errorsOf(value: unknown): string[] {
	const result = validateNoticesConfig(value);
	if (result.ok) throw new Error('expected errors');
	return result.errors;
}

describe('validateNoticesConfig', () => {
	it('accepts no config at all', () => {
		expect(validateNoticesConfig(undefined)).toEqual({ok: true, config: {}});
		expect(validateNoticesConfig(null)).toEqual({ok: true, config: {}});
	});

	it('accepts switches and overrides, and a single wording without a list', () => {
		const result = validateNoticesConfig({
			enabled: {'idle-close-offer': true, 'hold-update': false},
			templates: {
				hold: {
					en: ['Back in {{minutes}}, {{customer.name|friend}}: {{reason}}.'],
					fi: 'Palaan noin {{minutes}} kuluttua.',
				},
				'greeting-ask-name': {nb: ['Hei! Jeg heter {{agent.name}}. Hva heter du?']},
			},
		});
		expect(result).toEqual({
			ok: true,
			config: {
				enabled: {'idle-close-offer': true, 'hold-update': false},
				templates: {
					hold: {
						en: ['Back in {{minutes}}, {{customer.name|friend}}: {{reason}}.'],
						fi: ['Palaan noin {{minutes}} kuluttua.'],
					},
					'greeting-ask-name': {nb: ['Hei! Jeg heter {{agent.name}}. Hva heter du?']},
				},
			},
		});
	});

	it('names an unknown placeholder, where it is, and a likely fix', () => {
		expect(errorsOf({templates: {hold: {en: ['Back in {{minuts}}.', 'Back in {{minutes}}.']}}})).toEqual([
			'notices.templates.hold.en[0]: unknown placeholder {{minuts}} (did you mean {{minutes}}?); hold accepts {{customer.name}}, {{agent.name}}, {{minutes}}, {{reason}}',
			"notices.templates.hold.en[0]: must contain {{minutes}} (E7: a hold notice always says when you'll be back)",
		]);
	});

	it('E7: a hold wording without the estimate is refused', () => {
		expect(errorsOf({templates: {hold: {en: ['One moment please.']}}})).toEqual([
			"notices.templates.hold.en[0]: must contain {{minutes}} (E7: a hold notice always says when you'll be back)",
		]);
	});

	it('E3: a greeting for a known name must use it; the ask-name greeting cannot', () => {
		expect(errorsOf({templates: {greeting: {en: ['Hi, I am {{agent.name}}.']}}})[0]).toMatch(
			/must contain \{\{customer\.name\}\}/,
		);
		expect(
			errorsOf({templates: {'greeting-ask-name': {en: ['Hi {{customer.name}}, I am {{agent.name}}.']}}})[0],
		).toMatch(/\{\{customer\.name\}\} is not available in greeting-ask-name/);
	});

	it('refuses asked-for values: a notice has nobody to ask', () => {
		expect(errorsOf({templates: {closing: {en: ['Order {{order_number?}} is closed.']}}})[0]).toMatch(
			/asks the agent for a value/,
		);
	});

	it('refuses malformed placeholders and empty wordings', () => {
		expect(errorsOf({templates: {closing: {en: ['Thanks {{customer name}}!']}}})[0]).toMatch(
			/"\{\{customer name\}\}" is not a placeholder/,
		);
		expect(errorsOf({templates: {closing: {en: ['  ']}}})).toEqual(['notices.templates.closing.en[0]: is empty']);
		expect(errorsOf({templates: {closing: {en: []}}})).toEqual([
			'notices.templates.closing.en: expected a list of one or more texts',
		]);
		expect(errorsOf({templates: {closing: {en: [42]}}})).toEqual([
			'notices.templates.closing.en[0]: expected a text, got 42',
		]);
	});

	it('refuses unknown kinds, lists, languages and settings, with the valid choices', () => {
		expect(errorsOf({enabled: {gretting: false}})[0]).toMatch(
			/^notices\.enabled\.gretting: unknown notice kind \(did you mean greeting\?\); kinds are greeting, /,
		);
		expect(errorsOf({enabled: {greeting: 'no'}})).toEqual([
			'notices.enabled.greeting: expected true or false, got "no"',
		]);
		expect(errorsOf({templates: {transfer: {en: ['x']}}})).toEqual([
			'notices.templates.transfer: unknown list (transfer has the lists transfer-to-agent, transfer-to-department, transfer-ask-to-agent, transfer-ask-to-department)',
		]);
		expect(errorsOf({templates: {closing: {de: ['Danke!']}}})).toEqual([
			'notices.templates.closing.de: unknown language; notices are written in en, nb, sv, fi, hu, zh',
		]);
		expect(errorsOf({colours: {}})).toEqual(['notices.colours: unknown setting; expected "enabled" or "templates"']);
		expect(errorsOf('on')).toEqual(['notices: expected an object with "enabled" and/or "templates"']);
		expect(errorsOf({enabled: []})[0]).toMatch(/^notices\.enabled: expected an object/);
		expect(errorsOf({templates: {closing: ['x']}})[0]).toMatch(
			/^notices\.templates\.closing: expected an object of languages/,
		);
	});

	it('reports every problem at once, not just the first', () => {
		// The unknown kind; {{x}} and its missing estimate; the Swedish wording's missing estimate.
		expect(errorsOf({enabled: {nope: true}, templates: {hold: {en: ['{{x}}'], sv: ['ok']}}})).toHaveLength(4);
	});

	it('prefixes errors with the path it is given', () => {
		const result = validateNoticesConfig({enabled: {nope: true}}, 'config.notices');
		expect(!result.ok && result.errors[0]).toMatch(/^config\.notices\.enabled\.nope:/);
	});
});

describe('isNoticeEnabled', () => {
	it('everything on by default but the offer to close an idle chat', () => {
		for (const kind of NOTICE_KINDS) expect(isNoticeEnabled(kind)).toBe(kind !== 'idle-close-offer');
	});

	it('config switches a kind either way', () => {
		expect(isNoticeEnabled('greeting', {enabled: {greeting: false}})).toBe(false);
		expect(isNoticeEnabled('idle-close-offer', {enabled: {'idle-close-offer': true}})).toBe(true);
		expect(isNoticeEnabled('idle-check-in', {enabled: {'idle-check-in': false}})).toBe(false);
	});
});

describe('checkTemplate', () => {
	it('accepts fallbacks for any allowed placeholder', () => {
		expect(checkTemplate('closing', 'Thanks {{customer.name|friend}}! Rate us from 1 to 3.')).toEqual([]);
	});
});
