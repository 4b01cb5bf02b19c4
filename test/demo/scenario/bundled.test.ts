// The bundled demo: valid, about five minutes, every case the issue asks for, and customers who wait for what the desk really says.
import {describe, expect, it} from 'vitest';
import {
	BUNDLED_TEXTS,
	IDLE_CHECK_IN_AFTER_MS,
	type NoticeLocale,
	type TemplateKey,
} from '../../../source/courtesy/notices/index.js';
import {BUNDLED_SCENARIO_SOURCE, bundledScenario, type ScenarioCustomer} from '../../../source/demo/scenario/index.js';
import {allSteps, cannedFor, cannedText, customerOf, patternWith, saidBy, typedLines} from './bundled-helpers.js';

const scenario = bundledScenario();
const customer = (key: string) => customerOf(scenario, key);
const MINUTE = 60_000;

/** Every wording of an automatic notice, placeholders replaced by a stand-in, as the customer may get any of them. */
const notices = (key: TemplateKey, locale: NoticeLocale) =>
	BUNDLED_TEXTS[locale].templates[key].map(text => text.replaceAll(/\{\{[^}]*\}\}/gu, 'X'));
const typed = (key: string, start: string) => typedLines(scenario, key).find(step => step.text.startsWith(start));

describe('the bundled scenario', () => {
	it('parses, once', () => {
		expect(scenario.source).toBe(BUNDLED_SCENARIO_SOURCE);
		expect(bundledScenario()).toBe(scenario);
	});

	it('has at least six customers in several languages, arriving over time', () => {
		expect(scenario.customers.length).toBeGreaterThanOrEqual(6);
		expect(new Set(scenario.customers.map(c => c.locale))).toEqual(new Set(['en', 'sv', 'hu', 'nb', 'zh', 'fi']));
		const arrivals = scenario.customers.map(c => c.arriveAtMs).sort((a, b) => a - b);
		expect(arrivals[0]).toBeLessThanOrEqual(15_000);
		expect(arrivals.at(-1)).toBeGreaterThanOrEqual(3 * MINUTE);
		expect(arrivals.at(-1)).toBeLessThanOrEqual(4 * MINUTE);
		// Spread out, not in a burst: an agent can take each one in turn.
		arrivals.slice(1).forEach((at, index) => expect(at - arrivals[index]!).toBeGreaterThanOrEqual(15_000));
	});

	it('lasts about five minutes at speed 1', () => {
		// The customer's own time (typing at ~6 characters a second, 3 for Chinese, waits, silence) plus the
		// agent's pauses: a turn-taking conversation takes about their sum.
		const span = (c: ScenarioCustomer) => {
			const mainPath = c.script.flatMap(step =>
				step.do === 'expect' ? [step, ...(step.cases[0]?.then ?? [])] : [step],
			);
			const own = mainPath.reduce(
				(sum, step) =>
					sum +
					(step.do === 'say'
						? (step.text.length / (step.charsPerSecond ?? 6)) * 1_000
						: step.do === 'wait' || step.do === 'quiet'
							? step.ms
							: 0),
				0,
			);
			const agent = (scenario.autopilot[c.key] ?? []).reduce(
				(sum, step) => sum + (step.do === 'wait' ? step.ms : 0),
				0,
			);
			return c.arriveAtMs + own + agent;
		};
		const end = Math.max(...scenario.customers.map(span));
		expect(end).toBeGreaterThanOrEqual(4.5 * MINUTE);
		expect(end).toBeLessThanOrEqual(6 * MINUTE);
	});

	it('has an autopilot for every customer, accepting first', () => {
		expect(Object.keys(scenario.autopilot).sort()).toEqual(scenario.customers.map(c => c.key).sort());
		for (const steps of Object.values(scenario.autopilot)) expect(steps[0]?.do).toBe('accept');
	});

	it('puts real canned responses in the composer, in the customer language, with every asked value filled', () => {
		const expected: Record<string, string> = {
			pw: 'password-reset',
			links: 'further-help',
			name: 'ask-name',
			ordno: 'order-number',
			order: 'order-status',
			check: 'confirm-understanding',
			sorry: 'apology-remedy',
			wrong: 'wrong-company',
		};
		const used = new Set<string>();
		for (const c of scenario.customers) {
			for (const step of typedLines(scenario, c.key).filter(s => s.text.startsWith('/c '))) {
				const response = cannedFor(c, step.text);
				expect(response.id, `${c.key}: ${step.text}`).toBe(expected[step.text.slice(3)]);
				const {fallback, unfilled} = cannedText(scenario, c, response, step.fill);
				expect({line: step.text, fallback, unfilled}).toEqual({line: step.text, fallback: false, unfilled: []});
				used.add(response.id);
			}
		}
		expect([...used].sort()).toEqual(Object.values(expected).sort());
	});

	it('waits in the autopilot only for what the customer will say', () => {
		for (const c of scenario.customers) {
			for (const step of scenario.autopilot[c.key]!) {
				if (step.do === 'await-customer' && step.pattern)
					expect(
						saidBy(c).some(text => step.pattern!.test(text)),
						`${c.key}: ${step.pattern}`,
					).toBe(true);
			}
		}
	});

	it('uses every kind of line the desk offers the autopilot', () => {
		const lines = Object.keys(scenario.autopilot).flatMap(key => typedLines(scenario, key).map(step => step.text));
		for (const command of [
			'/c ',
			'/hold ',
			'/unhold',
			'/transfer ',
			'/email ',
			'/followup ',
			'/name ',
			'/end',
			'/end now',
		]) {
			expect(
				lines.some(text => text.startsWith(command)),
				command,
			).toBe(true);
		}
		expect(lines.some(text => !text.startsWith('/'))).toBe(true);
		expect(
			Object.values(scenario.autopilot)
				.flat()
				.some(step => step.do === 'send'),
		).toBe(true);
	});
});

describe('the bundled scenario: each case the demo must show', () => {
	it('a login problem answered with the password-reset link (E12, E15)', () => {
		const sarah = customer('sarah');
		expect(saidBy(sarah)[0]).toMatch(/log in/u);
		const pw = typed('sarah', '/c pw')!;
		expect(
			patternWith(sarah, 'password|reset|link').test(
				cannedText(scenario, sarah, cannedFor(sarah, pw.text), pw.fill).text,
			),
		).toBe(true);
		for (const text of notices('anything-else', 'en'))
			expect(patternWith(sarah, 'anything else|something else').test(text)).toBe(true);
		expect(
			patternWith(sarah, 'anything else|something else').test(
				cannedText(scenario, sarah, cannedFor(sarah, '/c links')).text,
			),
		).toBe(false);
	});

	it('a customer with no name, who gives it only when asked (E3)', () => {
		const linnea = customer('linnea');
		expect(linnea.name).toBeNull();
		const [first] = saidBy(linnea);
		expect(first).not.toMatch(/linnea/iu);
		expect(
			patternWith(linnea, 'vad heter du|ditt namn|kalla dig|vem pratar').test(
				cannedText(scenario, linnea, cannedFor(linnea, '/c name')).text,
			),
		).toBe(true);
		expect(typed('linnea', '/name')?.text).toBe('/name Linnea Berg');
		expect(saidBy(linnea).some(text => text.includes('Linnea Berg'))).toBe(true);
		const orderNumber = cannedText(scenario, linnea, cannedFor(linnea, '/c ordno')).text;
		expect(
			patternWith(linnea, 'ordernum|beställning').test(orderNumber) &&
				patternWith(linnea, 'ordernum').test(orderNumber),
		).toBe(true);
		const status = typed('linnea', '/c order')!;
		expect(
			patternWith(linnea, 'AC-20417|postnord|på väg').test(
				cannedText(scenario, linnea, cannedFor(linnea, status.text), status.fill).text,
			),
		).toBe(true);
	});

	it('an upset customer with a damaged order, offered an apology and the choice of remedy (E13, E14)', () => {
		const daniel = customer('daniel');
		expect(saidBy(daniel)[0]).toMatch(/CRACKED/u);
		const apology = cannedFor(daniel, '/c sorry');
		expect(apology.id).toBe('apology-remedy');
		expect(patternWith(daniel, 'replacement|refund').test(cannedText(scenario, daniel, apology).text)).toBe(true);
		expect(saidBy(daniel).some(text => /a replacement please/u.test(text))).toBe(true);
		expect(typed('daniel', '/followup')).toBeDefined();
	});

	it('a Chinese-speaking customer, written in Chinese (E10, E15)', () => {
		const wang = customer('wang');
		expect(wang.locale).toBe('zh');
		for (const text of saidBy(wang)) expect(text).toMatch(/^[\p{Script=Han}\p{P}]+$/u);
		const answer = typed('wang', '查到了')!.text;
		const waitsFor = patternWith(wang, '两年|免费|保修范围');
		expect(waitsFor.test(answer)).toBe(true);
		// Neither the hold notice nor the thanks for waiting may pass for the answer.
		const reason = typed('wang', '/hold')!.text.split(' ').slice(2).join(' ');
		for (const text of [...notices('hold', 'zh').map(t => t.replaceAll('X', reason)), ...notices('hold-end', 'zh')])
			expect(waitsFor.test(text)).toBe(false);
		for (const text of notices('anything-else', 'zh'))
			expect(patternWith(wang, '还有其他|其他问题|还有什么').test(text)).toBe(true);
	});

	it('a Norwegian customer transferred to the technical department, where a colleague accepts (E11, E14, E24)', () => {
		const ola = customer('ola');
		expect(ola.locale).toBe('nb');
		expect(typed('ola', '/transfer')?.text).toMatch(/^\/transfer technical /u);
		const online = scenario.colleagues.filter(c => c.departments.includes('technical') && c.presence === 'online');
		expect(online.map(c => c.onTransfer)).toEqual(['accept']);
		expect(online[0]!.greeting?.['nb']).toBeDefined();
		expect(
			allSteps(ola.script).some(step => step.do === 'expect' && step.cases.some(c => c.move.kind === 'transfer')),
		).toBe(true);
		expect(
			patternWith(ola, 'stemmer det|forstått').test(
				cannedText(scenario, ola, cannedFor(ola, '/c check'), typed('ola', '/c check')!.fill).text,
			),
		).toBe(true);
	});

	it('a transfer that fails, so the agent takes an e-mail address and promises a follow-up (E11, E20)', () => {
		const mikko = customer('mikko');
		expect(mikko.email).toBeNull();
		const transfer = typed('mikko', '/transfer')!.text;
		const department = transfer.split(' ')[1]!;
		const online = scenario.colleagues.filter(c => c.departments.includes(department) && c.presence === 'online');
		expect(online.every(c => c.onTransfer !== 'accept')).toBe(true);
		const order = scenario.autopilot['mikko']!.map(step => (step.do === 'type' ? step.text.split(' ')[0] : step.do));
		expect(order.indexOf('send')).toBeGreaterThan(order.indexOf('/transfer'));
		expect(order.indexOf('/email')).toBeGreaterThan(order.indexOf('send'));
		expect(order.indexOf('/followup')).toBeGreaterThan(order.indexOf('/email'));
		const address = typed('mikko', '/email')!.text.split(' ')[1]!;
		expect(saidBy(mikko).some(text => text.includes(address))).toBe(true);
		for (const text of notices('transfer-to-department', 'fi'))
			expect(patternWith(mikko, 'siirrän|tiimi').test(text)).toBe(true);
		for (const text of notices('email-request', 'fi')) expect(patternWith(mikko, 'sähköpost').test(text)).toBe(true);
		for (const text of notices('transfer-to-department', 'fi'))
			expect(patternWith(mikko, 'sähköpost').test(text)).toBe(false);
		for (const text of [...notices('anything-else', 'fi')])
			expect(patternWith(mikko, 'muuta|muussa').test(text)).toBe(true);
		for (const text of notices('followup', 'fi')) expect(patternWith(mikko, 'muuta|muussa').test(text)).toBe(false);
	});

	it('a customer who goes quiet long enough for the idle check-in at speed 1 (E4, E9)', () => {
		const zsofia = customer('zsofia');
		const quiet = allSteps(zsofia.script).find(step => step.do === 'quiet');
		expect(quiet?.do === 'quiet' && quiet.ms).toBeGreaterThanOrEqual(IDLE_CHECK_IN_AFTER_MS + 15_000);
		// The autopilot keeps waiting through the silence instead of moving on without her.
		const awaits = scenario.autopilot['zsofia']!.filter(step => step.do === 'await-customer');
		expect(Math.max(...awaits.map(step => (step.do === 'await-customer' ? step.timeoutMs : 0)))).toBeGreaterThan(
			(quiet as {ms: number}).ms + 30_000,
		);
		expect(
			patternWith(zsofia, 'rendelésszám').test(cannedText(scenario, zsofia, cannedFor(zsofia, '/c ordno')).text),
		).toBe(true);
		for (const text of notices('greeting', 'hu')) expect(patternWith(zsofia, 'rendelésszám').test(text)).toBe(false);
		for (const text of notices('anything-else', 'hu'))
			expect(patternWith(zsofia, 'még valami|van még|kérdése|segíthetek még').test(text)).toBe(true);
	});

	it('a chat meant for another company, met with the same friendliness (E17, E4)', () => {
		const chris = customer('chris');
		expect(
			patternWith(chris, 'another company|other company|wrong').test(
				cannedText(scenario, chris, cannedFor(chris, '/c wrong')).text,
			),
		).toBe(true);
		// The agent's emoji comes only after the customer used one.
		expect(saidBy(chris).some(text => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
	});
});
