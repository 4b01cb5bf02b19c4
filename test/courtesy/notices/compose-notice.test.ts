// composeNotice: every kind in every language, with and without a known name (E2-E4, E7, E9-E11, E18-E20).
import {describe, expect, it} from 'vitest';
import {composeNotice, isSkipped, type NoticeResult} from '../../../source/courtesy/notices/compose-notice.js';
import type {NoticeContext} from '../../../source/courtesy/notices/notice-context.js';
import {NOTICE_KINDS, type NoticeKind} from '../../../source/courtesy/notices/notice-kinds.js';
import {NOTICE_LOCALES, type NoticeLocale} from '../../../source/courtesy/notices/notice-locale.js';

const DUE = Date.UTC(2025, 2, 4, 13, 0);
const CUSTOMER = 'Kari Nordmann';
/** E28: how each language addresses Kari Nordmann in a notice (the brief, for a colleague, keeps the whole name). */
const ADDRESSED = {en: 'Kari', nb: 'Kari', sv: 'Kari', fi: 'Kari', hu: 'Nordmann', zh: 'Kari Nordmann'} as const;
const AGENT = 'Alex Berg';

/** Every value a notice could use; distinctive strings so a test can see where they went. */
function context(locale: NoticeLocale, name: string | null, extra: Partial<NoticeContext> = {}): NoticeContext {
	return {
		customerLocale: locale,
		agentLocale: locale,
		customerName: name,
		agentName: AGENT,
		company: 'Acme',
		minutes: 3,
		reason: 'REASON-X',
		target: {type: 'agent', name: 'Mikko Virtanen'},
		due: {at: DUE, timeZone: 'Europe/Oslo'},
		contact: 'kari@example.com',
		note: 'NOTE-X',
		waitMs: 372_000,
		customerMessages: ['MSG-1', 'MSG-2'],
		rating: 3,
		// The offer to close is off by default; these tests want to see it.
		config: {enabled: {'idle-close-offer': true}},
		...extra,
	};
}

function composed(result: NoticeResult) {
	if (isSkipped(result)) throw new Error(`skipped: ${result.skipped}`);
	return result;
}

const WAIT_TEXT: Record<NoticeLocale, string> = {
	en: '6 min',
	nb: '6 min',
	sv: '6 min',
	fi: '6 min',
	hu: '6 perc',
	zh: '6 分钟',
};
const THREE_MINUTES: Record<NoticeLocale, string> = {
	en: '3 minutes',
	nb: '3 minutter',
	sv: '3 minuter',
	fi: '3 minuuttia',
	hu: '3 perc',
	zh: '3分钟',
};
const digit = (n: number) => new RegExp(`(^|\\D)${n}(\\D|$)`);

describe.each(NOTICE_LOCALES)('every notice kind in %s', locale => {
	describe.each([
		['with a known name', CUSTOMER],
		['without a name', null],
	] as const)('%s', (_, name) => {
		it.each(NOTICE_KINDS)('%s: composed, filled, marked automatic', kind => {
			for (let variant = 0; variant < 6; variant++) {
				const notice = composed(composeNotice(kind, context(locale, name, {variant})));
				expect(notice.text.trim().length).toBeGreaterThan(10);
				expect(notice.text).not.toContain('{{');
				expect(notice.text).not.toContain('}}');
				expect(notice.auto).toBe(true);
				expect(notice.kind).toBe(kind);
				expect(notice.locale).toBe(locale);
				expect(notice.visibility).toBe(kind === 'transfer-brief' ? 'internal' : 'public');
				if (name === null) expect(notice.text).not.toContain('Kari');
			}
		});

		it('E2/E3 greeting: agent, company, and the name, or a request for it', () => {
			for (let variant = 0; variant < 6; variant++) {
				const notice = composed(composeNotice('greeting', context(locale, name, {variant})));
				expect(notice.text).toContain(AGENT);
				expect(notice.text).toContain('Acme');
				if (name) {
					expect(notice.text).toContain(ADDRESSED[locale]);
					expect(notice.template).toBe('greeting');
				} else {
					expect(notice.template).toBe('greeting-ask-name');
				}
			}
		});

		it('E2/E11 transfer greeting: the new agent by name, the customer by name when known', () => {
			for (let variant = 0; variant < 6; variant++) {
				const notice = composed(composeNotice('transfer-greeting', context(locale, name, {variant})));
				expect(notice.text).toContain(AGENT);
				if (name) expect(notice.text).toContain(ADDRESSED[locale]);
			}
		});

		it("E11 transfer brief: the note, the customer, the wait and the last messages, in the agent's language", () => {
			const notice = composed(composeNotice('transfer-brief', context(locale, name)));
			expect(notice.visibility).toBe('internal');
			for (const piece of ['NOTE-X', AGENT, WAIT_TEXT[locale], '> MSG-1', '> MSG-2'])
				expect(notice.text).toContain(piece);
			if (name) expect(notice.text).toContain(CUSTOMER);
			expect(notice.text.split('\n').length).toBeGreaterThanOrEqual(6);
		});
	});

	it('E7/E10 hold: the estimate and the reason, in every wording', () => {
		for (let variant = 0; variant < 6; variant++) {
			for (const name of [CUSTOMER, null]) {
				const notice = composed(composeNotice('hold', context(locale, name, {variant})));
				expect(notice.text).toContain(THREE_MINUTES[locale]);
				expect(notice.text).toContain('REASON-X');
			}
		}
	});

	it('E7 hold without a reason still states the time', () => {
		const notice = composed(composeNotice('hold', context(locale, null, {reason: null})));
		expect(notice.text).toContain(THREE_MINUTES[locale]);
	});

	it('E11 transfer: to a colleague or to a team, with the reason', () => {
		for (let variant = 0; variant < 4; variant++) {
			const toAgent = composed(composeNotice('transfer', context(locale, CUSTOMER, {variant})));
			expect(toAgent.template).toBe('transfer-to-agent');
			expect(toAgent.text).toContain('Mikko Virtanen');
			expect(toAgent.text).toContain('REASON-X');
			const toTeam = composed(
				composeNotice(
					'transfer',
					context(locale, null, {variant, reason: null, target: {type: 'department', name: 'Billing'}}),
				),
			);
			expect(toTeam.template).toBe('transfer-to-department');
			expect(toTeam.text).toContain('Billing');
		}
	});

	it('E11 e-mail request: a follow-up within 24 hours, with or without the target', () => {
		for (let variant = 0; variant < 4; variant++) {
			expect(composed(composeNotice('email-request', context(locale, null, {variant}))).text).toContain('24');
			expect(composed(composeNotice('email-request', context(locale, null, {variant, target: null}))).text).toContain(
				'24',
			);
		}
	});

	it('E7/E20 follow-up: states the due time (in the given zone) and the contact', () => {
		for (let variant = 0; variant < 4; variant++) {
			const notice = composed(composeNotice('followup', context(locale, CUSTOMER, {variant})));
			// 13:00 UTC is 14:00 in Oslo in March.
			expect(notice.text).toMatch(/14[:.]00/);
			expect(notice.text).toContain('kari@example.com');
			expect(composed(composeNotice('followup', context(locale, null, {variant, contact: null}))).text).toMatch(
				/14[:.]00/,
			);
		}
	});

	it('E18/E19 closing: the rating scale 1 to 3, explained', () => {
		for (let variant = 0; variant < 4; variant++) {
			for (const name of [CUSTOMER, null]) {
				const text = composed(composeNotice('closing', context(locale, name, {variant, rating: null}))).text;
				expect(text).toMatch(digit(1));
				expect(text).toMatch(digit(3));
			}
		}
	});

	it('E13, E19 (amended): a chat rated 1 is closed with an apology and no second request; one rated or asked already, without a request', () => {
		for (let variant = 0; variant < 3; variant++) {
			for (const name of [CUSTOMER, null]) {
				const low = composed(composeNotice('closing', context(locale, name, {variant, rating: 1})));
				expect(low.template).toBe('closing-low-rating');
				expect(low.text).not.toMatch(digit(3));
			}
		}
		expect(composed(composeNotice('closing', context(locale, null, {rating: 2}))).template).toBe('closing-no-rating');
		expect(
			composed(composeNotice('closing', context(locale, null, {rating: null, ratingRequested: true}))).template,
		).toBe('closing-no-rating');
	});

	it('E19/E13 a rating of 1 is thanked with an apology list, 2 and 3 with plain thanks', () => {
		expect(composed(composeNotice('rating-thanks', context(locale, null, {rating: 1}))).template).toBe(
			'rating-thanks-low',
		);
		expect(composed(composeNotice('rating-thanks', context(locale, null, {rating: 2}))).template).toBe('rating-thanks');
		expect(composed(composeNotice('rating-thanks', context(locale, null, {rating: null}))).template).toBe(
			'rating-thanks',
		);
	});

	it("E3 the customer's name appears in some wording of every personal notice", () => {
		// Transfer notices and the e-mail request are about the colleague and the follow-up; no name needed there.
		const personal: NoticeKind[] = [
			'greeting',
			'transfer-greeting',
			'hold',
			'hold-update',
			'hold-end',
			'anything-else',
			'closing',
			'rating-thanks',
			'idle-check-in',
			'idle-close-offer',
		];
		for (const kind of personal) {
			const texts = Array.from(
				{length: 8},
				(_, variant) => composed(composeNotice(kind, context(locale, CUSTOMER, {variant, rating: 1}))).text,
			);
			expect(
				texts.some(text => text.includes(ADDRESSED[locale])),
				`${kind} never names the customer`,
			).toBe(true);
		}
	});

	it('E4 consecutive counters give different wordings, with and without a name', () => {
		for (const kind of NOTICE_KINDS.filter(kind => kind !== 'transfer-brief')) {
			for (const name of [CUSTOMER, null]) {
				for (let variant = 0; variant < 5; variant++) {
					const a = composed(composeNotice(kind, context(locale, name, {variant}))).text;
					const b = composed(composeNotice(kind, context(locale, name, {variant: variant + 1}))).text;
					expect(a, `${kind} ${name ?? 'anonymous'} #${variant}`).not.toBe(b);
				}
			}
		}
	});

	it('E9 hold updates: five updates in a row never repeat the one before', () => {
		const texts = Array.from(
			{length: 10},
			(_, n) => composed(composeNotice('hold-update', context(locale, null, {variant: n}))).text,
		);
		for (let n = 1; n < texts.length; n++) expect(texts[n]).not.toBe(texts[n - 1]);
		expect(new Set(texts).size).toBeGreaterThanOrEqual(3);
	});
});

describe('minutes in the form each language needs (E7)', () => {
	const forms: Record<NoticeLocale, [RegExp, RegExp]> = {
		en: [/\b1 minute\b/, /\b5 minutes\b/],
		nb: [/\b1 minutt\b/, /\b5 minutter\b/],
		sv: [/\b1 minut\b/, /\b5 minuter\b/],
		fi: [/\b1 minuutti\b/, /\b5 minuuttia\b/],
		hu: [/\b1 perc\b/, /\b5 perc\b/],
		zh: [/1分钟/, /5分钟/],
	};
	it.each(NOTICE_LOCALES)('%s: 1 and 5 minutes, in every hold wording', locale => {
		const [one, five] = forms[locale];
		for (let variant = 0; variant < 6; variant++) {
			for (const reason of ['REASON-X', null]) {
				expect(composed(composeNotice('hold', context(locale, CUSTOMER, {variant, reason, minutes: 1}))).text).toMatch(
					one,
				);
				expect(composed(composeNotice('hold', context(locale, CUSTOMER, {variant, reason, minutes: 5}))).text).toMatch(
					five,
				);
			}
		}
	});

	it('Hungarian keeps the noun singular after a number', () => {
		expect(composed(composeNotice('hold', context('hu', null, {minutes: 5}))).text).not.toMatch(/perce[kt]/);
	});

	it('rounds a part minute up: the customer is promised no less than the agent meant', () => {
		expect(composed(composeNotice('hold', context('en', null, {minutes: 1.5}))).text).toContain('2 minutes');
		expect(composed(composeNotice('hold', context('fi', null, {minutes: 0.5}))).text).toContain('1 minuutti');
	});
});

describe('languages', () => {
	it('falls back to English for a language without notices', () => {
		const notice = composed(composeNotice('greeting', context('en', CUSTOMER, {customerLocale: 'de-DE'})));
		expect(notice.locale).toBe('en');
		expect(composed(composeNotice('greeting', context('en', CUSTOMER, {customerLocale: null}))).locale).toBe('en');
	});

	it('maps Norwegian variants and Chinese tags', () => {
		expect(composed(composeNotice('greeting', context('en', CUSTOMER, {customerLocale: 'nn-NO'}))).locale).toBe('nb');
		expect(composed(composeNotice('greeting', context('en', CUSTOMER, {customerLocale: 'no'}))).locale).toBe('nb');
		expect(composed(composeNotice('greeting', context('en', CUSTOMER, {customerLocale: 'zh-Hans-CN'}))).locale).toBe(
			'zh',
		);
	});

	it("writes the brief in the agent's language, English by default, whatever the customer speaks", () => {
		expect(composed(composeNotice('transfer-brief', context('fi', CUSTOMER, {agentLocale: 'sv-SE'}))).locale).toBe(
			'sv',
		);
		expect(composed(composeNotice('transfer-brief', context('fi', CUSTOMER, {agentLocale: undefined}))).locale).toBe(
			'en',
		);
		expect(composed(composeNotice('hold', context('fi', CUSTOMER, {agentLocale: 'sv'}))).locale).toBe('fi');
	});
});

describe('what composeNotice will not send', () => {
	const skipped = (kind: NoticeKind, extra: Partial<NoticeContext>) => {
		const result = composeNotice(kind, context('en', CUSTOMER, extra));
		if (!isSkipped(result)) throw new Error(`sent: ${result.text}`);
		expect(result.kind).toBe(kind);
		return result.skipped;
	};

	it('E7: a hold without an estimate', () => {
		expect(skipped('hold', {minutes: null})).toMatch(/minutes.*E7/);
		expect(skipped('hold', {minutes: 0})).toMatch(/minutes/);
	});

	it('E11: a transfer without a target', () => {
		expect(skipped('transfer', {target: null})).toMatch(/target/);
		expect(skipped('transfer', {target: {type: 'agent', name: '  '}})).toMatch(/target/);
	});

	it("E2: a greeting without the agent's name", () => {
		expect(skipped('greeting', {agentName: null})).toMatch(/agent\.name/);
	});

	it('E7: a follow-up without a due time', () => {
		expect(skipped('followup', {due: null})).toMatch(/due/);
	});

	it('the offer to close an idle chat, unless switched on', () => {
		expect(skipped('idle-close-offer', {config: undefined})).toMatch(/switched off/);
	});

	it('a kind switched off in config', () => {
		expect(skipped('hold-update', {config: {enabled: {'hold-update': false}}})).toMatch(
			/notices\.enabled\.hold-update/,
		);
		expect(isSkipped(composeNotice('hold', context('en', CUSTOMER, {config: {enabled: {'hold-update': false}}})))).toBe(
			false,
		);
	});
});

describe('values', () => {
	it('is deterministic: the same context gives the same text', () => {
		const a = composeNotice('hold-update', context('nb', CUSTOMER, {variant: 7}));
		expect(composeNotice('hold-update', context('nb', CUSTOMER, {variant: 7}))).toEqual(a);
	});

	it('takes any integer counter, negative and huge included', () => {
		for (const variant of [-1, -7, 2 ** 40, 2.7, Number.NaN]) {
			expect(isSkipped(composeNotice('hold-update', context('en', null, {variant})))).toBe(false);
		}
	});

	it('a blank name counts as unknown (E3)', () => {
		expect(composed(composeNotice('greeting', context('en', '   '))).template).toBe('greeting-ask-name');
	});

	it('keeps remote values on one line and does not let them expand', () => {
		// Chinese keeps the whole name (E28), so the whole remote value is in the text.
		const notice = composed(composeNotice('greeting', context('zh', 'Kari\n{{agent.name}}')));
		expect(notice.text).not.toContain('\n');
		expect(notice.text).not.toContain('{{');
		expect(notice.text).toContain('Kari { {agent.name}}');
	});

	it('drops the full stop an agent typed after the reason, since the sentence brings its own', () => {
		for (let variant = 0; variant < 3; variant++) {
			expect(
				composed(composeNotice('hold', context('en', CUSTOMER, {variant, reason: 'checking the warranty.'}))).text,
			).not.toMatch(/warranty\.\./);
		}
	});

	it('quotes only the last five customer messages, one line each', () => {
		const messages = Array.from({length: 8}, (_, n) => `line ${n}\nmore`);
		const brief = composed(composeNotice('transfer-brief', context('en', CUSTOMER, {customerMessages: messages}))).text;
		expect(brief).not.toContain('line 2');
		expect(brief).toContain('> line 3 more');
		expect(brief).toContain('> line 7 more');
	});

	it('the brief says what it does not know instead of leaving gaps', () => {
		const brief = composed(composeNotice('transfer-brief', {customerLocale: 'en', agentName: AGENT})).text;
		expect(brief).toContain('name not given');
		expect(brief).toContain('no note');
		expect(brief).toContain('no messages yet');
	});

	it('a greeting without a company uses the wordings that do without one', () => {
		for (let variant = 0; variant < 4; variant++) {
			const text = composed(composeNotice('greeting', context('hu', CUSTOMER, {variant, company: null}))).text;
			expect(text).toContain(AGENT);
			expect(text).not.toContain('ügyfélszolgálat');
		}
	});

	it('an unknown time zone falls back to UTC, named', () => {
		expect(
			composed(composeNotice('followup', context('en', CUSTOMER, {due: {at: DUE, timeZone: 'Mars/Olympus'}}))).text,
		).toMatch(/13:00 UTC/);
	});
});

describe('overrides from config', () => {
	it('replace the wording of one key and language; others keep theirs', () => {
		const config = {templates: {greeting: {en: ['Welcome, {{customer.name}}! {{agent.name}} at your service.']}}};
		expect(composed(composeNotice('greeting', context('en', CUSTOMER, {config}))).text).toBe(
			`Welcome, ${ADDRESSED.en}! ${AGENT} at your service.`,
		);
		expect(composed(composeNotice('greeting', context('nb', CUSTOMER, {config}))).text).toContain('Hei');
		// The ask-name list is its own key: untouched.
		expect(composed(composeNotice('greeting', context('en', null, {config}))).template).toBe('greeting-ask-name');
	});

	it('say so when no overriding wording fits what is known', () => {
		const config = {templates: {hold: {en: ['Back in {{minutes}}: {{reason}}.']}}};
		const result = composeNotice('hold', context('en', CUSTOMER, {reason: null, config}));
		expect(isSkipped(result) && result.skipped).toMatch(/notices\.templates\.hold\.en/);
	});
});
