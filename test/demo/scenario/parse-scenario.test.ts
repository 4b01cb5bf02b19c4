// The scenario format: a hand-written file read in full, defaults filled in, and every short form meaning what the docs say.
import {describe, expect, it} from 'vitest';
import {
	DEFAULT_ANSWER_AFTER_MS,
	DEFAULT_AWAIT_TIMEOUT_MS,
	DEFAULT_CAPACITY,
	parseScenario,
	type ScriptStep,
} from '../../../source/demo/scenario/index.js';

const morning = `# The example from docs/scenarios.md
title: A morning at Acme
agent: {name: Alex, company: Acme, departments: [general], capacity: 4}
departments: [{id: general, name: General}, {id: technical, name: Technical}]
colleagues:
  - {id: kim, name: Kim, departments: [technical], on_transfer: accept, answer_after: 4s, greeting: {nb: "Hei, Kim her!"}}
customers:
  - key: ola
    name: Ola Nordmann
    email: ola@example.no
    locale: nb
    department: general
    page: /support/router
    arrive: 0:40
    script:
      - say: "Hei! Ruteren min faller ut"
        chars_per_second: 8
      - expect:
          timeout: 90s
          on:
            - reply: "navn|name"
              then: [{say: "Ola heter jeg"}]
            - transfer:
              then:
                - wait: 5s
          on_timeout: [{say: "Hallo?"}]
      - wait: 5s
      - quiet: 4m
      - rate: {score: 3, comment: "Bra hjelp"}
      - leave
autopilot:
  ola:
    - accept
    - type: /c greeting
    - await_customer: {pattern: "ruter", timeout: 60s}
    - type: /transfer technical Router keeps dropping
`;

describe('scenario format: a valid file', () => {
	it('reads every field, with the line each part was written on', () => {
		const scenario = parseScenario(morning, 'morning.yaml');
		expect(scenario.source).toBe('morning.yaml');
		expect(scenario.title).toBe('A morning at Acme');
		expect(scenario.agent).toEqual({name: 'Alex', company: 'Acme', departments: ['general'], capacity: 4});
		expect(scenario.departments).toEqual([
			{line: 4, id: 'general', name: 'General'},
			{line: 4, id: 'technical', name: 'Technical'},
		]);
		expect(scenario.colleagues).toEqual([
			{
				line: 6,
				id: 'kim',
				name: 'Kim',
				departments: ['technical'],
				onTransfer: 'accept',
				answerAfterMs: 4_000,
				greeting: {nb: 'Hei, Kim her!'},
				presence: 'online',
			},
		]);
		const [ola] = scenario.customers;
		expect(ola).toMatchObject({
			line: 8,
			key: 'ola',
			name: 'Ola Nordmann',
			email: 'ola@example.no',
			locale: 'nb',
			department: 'general',
			page: '/support/router',
			arriveAtMs: 40_000,
		});
		expect(ola!.script.map(step => [step.do, step.line])).toEqual([
			['say', 16],
			['expect', 18],
			['wait', 27],
			['quiet', 28],
			['rate', 29],
			['leave', 30],
		]);
		expect(ola!.script[0]).toEqual({line: 16, do: 'say', text: 'Hei! Ruteren min faller ut', charsPerSecond: 8});
		const expectStep = ola!.script[1] as Extract<ScriptStep, {do: 'expect'}>;
		expect(expectStep.timeoutMs).toBe(90_000);
		expect(expectStep.onTimeout).toEqual([{line: 26, do: 'say', text: 'Hallo?', charsPerSecond: null}]);
		expect(expectStep.cases.map(c => [c.move.kind, c.line])).toEqual([
			['reply', 21],
			['transfer', 23],
		]);
		expect(expectStep.cases[0]!.then).toEqual([{line: 22, do: 'say', text: 'Ola heter jeg', charsPerSecond: null}]);
		expect(expectStep.cases[1]!.then).toEqual([{line: 25, do: 'wait', ms: 5_000}]);
		expect(ola!.script[3]).toMatchObject({do: 'quiet', ms: 240_000});
		expect(ola!.script[4]).toMatchObject({do: 'rate', score: 3, comment: 'Bra hjelp'});
		expect(scenario.autopilot['ola']).toEqual([
			{line: 33, do: 'accept'},
			{line: 34, do: 'type', text: '/c greeting'},
			{line: 35, do: 'await-customer', pattern: /ruter/iu, timeoutMs: 60_000},
			{line: 36, do: 'type', text: '/transfer technical Router keeps dropping'},
		]);
	});

	it('compiles reply patterns to match anywhere, in any case, in any script', () => {
		const scenario = parseScenario(morning, 'morning.yaml');
		const expectStep = scenario.customers[0]!.script[1] as Extract<ScriptStep, {do: 'expect'}>;
		const move = expectStep.cases[0]!.move;
		expect(move.kind === 'reply' && move.pattern).toEqual(/navn|name/iu);
		const pattern = move.kind === 'reply' ? move.pattern! : /$^/u;
		expect(['Hva er NAVNET ditt?', 'May I have your name?'].every(text => pattern.test(text))).toBe(true);
		expect(pattern.test('Hei!')).toBe(false);
	});

	it('fills in what a minimal file leaves out', () => {
		const scenario = parseScenario(
			`title: Minimal
agent: {name: Alex}
departments: [technical]
colleagues: [{id: kim, name: Kim, departments: [technical]}]
customers:
  - {key: mia, arrive: 0, script: [leave]}
autopilot:
  mia: [accept, await_customer]
`,
			'minimal.yaml',
		);
		expect(scenario.agent).toEqual({name: 'Alex', company: null, departments: [], capacity: DEFAULT_CAPACITY});
		// A bare department id is a department named after it.
		expect(scenario.departments).toEqual([{line: 3, id: 'technical', name: 'Technical'}]);
		expect(scenario.colleagues[0]).toMatchObject({
			onTransfer: 'accept',
			answerAfterMs: DEFAULT_ANSWER_AFTER_MS,
			greeting: null,
			presence: 'online',
		});
		expect(scenario.customers[0]).toEqual({
			line: 6,
			key: 'mia',
			name: null,
			email: null,
			locale: 'en',
			department: null,
			page: null,
			arriveAtMs: 0,
			script: [{line: 6, do: 'leave'}],
		});
		expect(scenario.autopilot['mia']).toEqual([
			{line: 8, do: 'accept'},
			{line: 8, do: 'await-customer', pattern: null, timeoutMs: DEFAULT_AWAIT_TIMEOUT_MS},
		]);
	});

	it('reads the short forms of expect, rate and the autopilot steps', () => {
		const scenario = parseScenario(
			`title: Short forms
agent: {name: Alex}
customers:
  - key: mia
    arrive: 10s
    script:
      - expect: reply
      - expect: rating_request
      - expect: {reply: "hei|hello", timeout: 1m}
      - expect: {on: [hold, unhold, end], timeout: 2m}
      - expect:
          transfer:
          then: [{say: "Takk"}]
      - say: 0047
      - rate: 2
      - leave:
autopilot:
  mia:
    - accept:
    - wait: 1500ms
    - await_customer: "tusen takk"
    - type: /c pw
      fill: {reset_link: "https://acme.example/reset"}
    - send
    - type: "Ha en fin dag!"
`,
			'short.yaml',
		);
		const steps = scenario.customers[0]!.script;
		const moves = (step: ScriptStep | undefined) => (step?.do === 'expect' ? step.cases.map(c => c.move) : []);
		expect(moves(steps[0])).toEqual([{kind: 'reply', pattern: null}]);
		expect(moves(steps[1])).toEqual([{kind: 'rating-request'}]);
		expect(moves(steps[2])).toEqual([{kind: 'reply', pattern: /hei|hello/iu}]);
		expect(steps[2]).toMatchObject({timeoutMs: 60_000, onTimeout: []});
		expect(moves(steps[3])).toEqual([{kind: 'hold'}, {kind: 'unhold'}, {kind: 'end'}]);
		expect(steps[4]).toMatchObject({
			timeoutMs: null,
			cases: [{move: {kind: 'transfer'}, then: [{do: 'say', text: 'Takk'}]}],
		});
		// What the customer typed, not the number YAML would make of it.
		expect(steps[5]).toMatchObject({do: 'say', text: '0047'});
		expect(steps[6]).toMatchObject({do: 'rate', score: 2, comment: null});
		expect(steps[7]).toMatchObject({do: 'leave'});
		expect(scenario.autopilot['mia']!.map(step => step.do)).toEqual([
			'accept',
			'wait',
			'await-customer',
			'type',
			'send',
			'type',
		]);
		expect(scenario.autopilot['mia']![1]).toMatchObject({ms: 1_500});
		expect(scenario.autopilot['mia']![2]).toMatchObject({pattern: /tusen takk/iu, timeoutMs: DEFAULT_AWAIT_TIMEOUT_MS});
		expect(scenario.autopilot['mia']![3]).toMatchObject({
			text: '/c pw',
			fill: {reset_link: 'https://acme.example/reset'},
		});
	});

	it('accepts an optional version: 1 and several languages in one scenario', () => {
		const scenario = parseScenario(
			`version: 1
title: Languages
agent: {name: Alex}
customers:
  - {key: wang, name: 王芳, locale: zh, arrive: 1m, script: [{say: "你好，我的订单还没到"}]}
  - {key: eva, locale: pt-BR, arrive: 1m30s, script: [{say: "Oi!"}]}
`,
			'languages.yaml',
		);
		expect(scenario.customers.map(customer => [customer.name, customer.locale, customer.arriveAtMs])).toEqual([
			['王芳', 'zh', 60_000],
			[null, 'pt-BR', 90_000],
		]);
	});
});
