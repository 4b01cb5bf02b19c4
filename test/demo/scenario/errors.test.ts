// Every kind of mistake in a scenario file, reported as file:line: path: what is wrong and what is expected, all at once.
import {describe, expect, it} from 'vitest';
import {
	formatScenarioIssue,
	parseScenario,
	parseScenarioText,
	ScenarioError,
} from '../../../source/demo/scenario/index.js';
import {LIMITS} from '../../../source/protocol/version.js';

/** A valid file; each test breaks one thing in it. Lines: customers start at 6, ola's script at 10. */
const base = `title: Test
agent: {name: Alex}
departments: [general, {id: technical, name: Technical support}]
colleagues: [{id: kim, name: Kim, departments: [technical]}]
customers:
  - key: ola
    locale: nb
    department: general
    arrive: 10s
    script:
      - say: Hei
      - expect: {reply: "navn", timeout: 1m}
      - leave
`;

const issues = (text: string) => parseScenarioText(text, 'demo.yaml').issues.map(formatScenarioIssue);
const replaced = (from: string, to: string) => {
	if (!base.includes(from)) throw new Error(`the base file has no "${from}"`);
	return base.replace(from, to);
};

describe('scenario format: mistakes', () => {
	it('the base file is valid', () => {
		expect(issues(base)).toEqual([]);
	});

	it('reports YAML syntax errors on their line', () => {
		expect(issues(replaced('    department: general', '    department: general: technical'))).toEqual([
			expect.stringMatching(/^demo\.yaml:8: /u),
		]);
		expect(issues('title: a\ntitle: b\n')).toEqual(['demo.yaml:2: Map keys must be unique']);
	});

	it('says what a scenario is when the file is empty or not a mapping', () => {
		expect(issues('')).toEqual([
			'demo.yaml: the file is empty: a scenario is a mapping with title, agent and customers (see docs/scenarios.md)',
		]);
		expect(issues('- a\n')).toEqual([
			'demo.yaml:1: expected a scenario: a scenario is a mapping with title, agent and customers (see docs/scenarios.md)',
		]);
	});

	it('names missing required fields', () => {
		expect(issues('title: Test\n')).toEqual([
			'demo.yaml:1: agent: missing: the demo agent, e.g. agent: {name: Alex, company: Acme}',
			'demo.yaml:1: customers: missing: the simulated customers, a list (each item starts with "- key: ...")',
		]);
		expect(issues(replaced('    arrive: 10s\n', ''))).toEqual([
			'demo.yaml:6: customers[0].arrive: missing: when the customer arrives, after the demo starts (e.g. arrive: 0:40 or 40s)',
		]);
		expect(issues(replaced('  - key: ola\n    locale', '  - locale'))).toEqual([
			'demo.yaml:6: customers[0].key: missing: every customer needs a key (e.g. key: ola), used by autopilot: and in messages',
		]);
		expect(issues(replaced('agent: {name: Alex}', 'agent: {company: Acme}'))).toEqual([
			'demo.yaml:2: agent.name: missing: the agent needs a name (shown to customers)',
		]);
	});

	it('refuses unknown fields, suggesting the one meant', () => {
		expect(issues(replaced('    locale: nb', '    langauge: nb'))).toEqual([
			'demo.yaml:7: customers[0].langauge: unknown field; a customer has key, name, email, locale, department, page, arrive, script',
		]);
		expect(issues(replaced('    locale: nb', '    loacle: nb'))).toEqual([
			'demo.yaml:7: customers[0].loacle: unknown field (did you mean locale?); a customer has key, name, email, locale, department, page, arrive, script',
		]);
		expect(issues(replaced('title: Test', 'titel: Test'))).toEqual([
			'demo.yaml:1: titel: unknown field (did you mean title?); a scenario has version, title, agent, departments, colleagues, customers, autopilot',
			'demo.yaml:1: title: missing: a title for the demo, e.g. title: A morning at Acme',
		]);
		expect(issues(replaced('      - say: Hei', '      - sya: Hei'))).toEqual([
			'demo.yaml:11: customers[0].script[0]: unknown step "sya" (did you mean say?); steps are say, wait, quiet, expect, rate, leave',
		]);
		expect(issues(replaced('{reply: "navn", timeout: 1m}', '{replay: "navn", timeout: 1m}'))).toContain(
			'demo.yaml:12: customers[0].script[1].expect.replay: unknown field (did you mean reply?); expect has reply, hold, unhold, transfer, rating_request, end, on, then, timeout, on_timeout',
		);
	});

	it('refuses bare numbers and nonsense as durations', () => {
		expect(issues(replaced('arrive: 10s', 'arrive: 40'))).toEqual([
			'demo.yaml:9: customers[0].arrive: "40" has no unit: write 40s for seconds or 40m for minutes (a bare number could be either)',
		]);
		expect(issues(replaced('timeout: 1m}', 'timeout: later}'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect.timeout: "later" is not a duration (e.g. 40s, 2m, 1m30s, 1:30 or 500ms)',
		]);
		expect(issues(replaced('      - leave', '      - wait: 0s'))).toEqual([
			'demo.yaml:13: customers[0].script[2].wait: must be longer than 0',
		]);
		expect(issues(replaced('      - leave', '      - quiet: 2h'))).toEqual([
			'demo.yaml:13: customers[0].script[2].quiet: longer than an hour; a demo scenario is minutes long',
		]);
	});

	it('refuses a locale that is not a language tag', () => {
		expect(issues(replaced('locale: nb', 'locale: Norwegian'))).toEqual([
			'demo.yaml:7: customers[0].locale: "Norwegian" is not a language tag: write a BCP 47 tag such as en, nb, sv, fi, hu, zh or pt-BR',
		]);
	});

	it('refuses a pattern that does not compile, with the reason', () => {
		expect(issues(replaced('reply: "navn"', 'reply: "navn("'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect.reply: "navn(" is not a valid pattern: unterminated group (patterns are JavaScript regular expressions, e.g. "name|navn")',
		]);
	});

	it('refuses duplicate keys and ids, pointing at the first', () => {
		const twice = `${base}  - {key: ola, arrive: 20s, script: [leave]}\n`;
		expect(issues(twice)).toEqual([
			'demo.yaml:14: customers: duplicate customer key "ola" (first on line 6): each needs its own',
		]);
		expect(issues(replaced('departments: [general,', 'departments: [general, general,'))).toEqual([
			'demo.yaml:3: departments: duplicate department id "general" (first on line 3): each needs its own',
		]);
		expect(
			issues(
				replaced('[{id: kim, name: Kim, departments: [technical]}]', '[{id: kim, name: Kim}, {id: kim, name: Kim B}]'),
			),
		).toEqual(['demo.yaml:4: colleagues: duplicate colleague id "kim" (first on line 4): each needs its own']);
	});

	it('checks that every department named exists, and that the agent serves the customers', () => {
		expect(issues(replaced('department: general', 'department: genral'))).toEqual([
			'demo.yaml:6: customers.ola.department: no department "genral" (did you mean general?); departments are general, technical',
		]);
		expect(issues(replaced('departments: [technical]}]', 'departments: [tech]}]'))).toEqual([
			'demo.yaml:4: colleagues.kim.departments: no department "tech"; departments are general, technical',
		]);
		expect(issues(replaced('agent: {name: Alex}', 'agent: {name: Alex, departments: [technical]}'))).toEqual([
			`demo.yaml:6: customers.ola.department: "general" is not one of the agent's departments (technical), so the chat would never reach the desk`,
		]);
		expect(issues(replaced('agent: {name: Alex}', 'agent: {name: Alex, departments: [sales]}'))).toContain(
			'demo.yaml:2: agent.departments: no department "sales"; departments are general, technical',
		);
		expect(issues(replaced('{id: kim, name: Kim', '{id: technical, name: Kim'))).toEqual([
			'demo.yaml:4: colleagues: colleague id "technical" is also a department id, so "/transfer technical" would be ambiguous',
		]);
	});

	it('checks rate scores, empty scripts and expects without cases', () => {
		expect(issues(replaced('      - leave', '      - rate: 5'))).toEqual([
			'demo.yaml:13: customers[0].script[2].rate: expected a score from 1 to 3 (1 worst, 3 best), or {score: 3, comment: "..."}',
		]);
		expect(issues(replaced('      - leave', '      - rate: {score: 0}'))).toEqual([
			'demo.yaml:13: customers[0].script[2].rate.score: expected a whole number from 1 to 3',
		]);
		expect(issues(replaced('      - leave', '      - rate: {comment: "great"}'))).toEqual([
			'demo.yaml:13: customers[0].script[2].rate.score: missing: a score from 1 to 3 (1 worst, 3 best)',
		]);
		expect(`${base}  - {key: mia, arrive: 20s, script: []}\n`).toSatisfy(text =>
			issues(text).includes(
				'demo.yaml:14: customers[1].script: empty: give the customer at least one step (e.g. "- say: Hello")',
			),
		);
		expect(issues(replaced('{reply: "navn", timeout: 1m}', '{on: [], timeout: 1m}'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect.on: no cases: give at least one of reply, hold, unhold, transfer, rating_request, end',
		]);
		expect(issues(replaced('{reply: "navn", timeout: 1m}', '{timeout: 1m}'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect: nothing to wait for: give one of reply, hold, unhold, transfer, rating_request, end (or on: with several cases)',
		]);
		expect(issues(replaced('{reply: "navn", timeout: 1m}', '{reply: "navn", on_timeout: [leave]}'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect.on_timeout: on_timeout needs a timeout: (how long the customer waits), e.g. timeout: 90s',
		]);
		expect(issues(replaced('{reply: "navn", timeout: 1m}', '{transfer: now}'))).toEqual([
			'demo.yaml:12: customers[0].script[1].expect.transfer: transfer takes no value (only reply has a pattern); write "- transfer:" or "- transfer"',
		]);
	});

	it('catches two steps run together and steps after leave', () => {
		expect(issues(replaced('      - say: Hei', '      - say: Hei\n        wait: 5s'))).toEqual([
			'demo.yaml:11: customers[0].script[0]: one step per item, found say and wait: start each step with its own "-"',
		]);
		expect(issues(`${base}      - say: Hallo?\n`)).toEqual([
			'demo.yaml:14: customers[0].script[3]: never runs: the customer left on line 13 (leave ends the script)',
		]);
		expect(issues(replaced('      - leave', '      - leave: now'))).toEqual([
			'demo.yaml:13: customers[0].script[2].leave: leave takes no value: write "- leave"',
		]);
		expect(issues(replaced('      - leave', '      - say'))).toEqual([
			'demo.yaml:13: customers[0].script[2]: say needs a value, e.g. "- say: ..."',
		]);
	});

	it('keeps a demo within sane limits', () => {
		const crowd = Array.from(
			{length: 51},
			(_, index) => `  - {key: c${index}, arrive: ${index}s, script: [leave]}`,
		).join('\n');
		expect(issues(`title: Crowd\nagent: {name: Alex}\ncustomers:\n${crowd}\n`)).toEqual([
			'demo.yaml:54: customers[50]: more than 50 customers: keep a demo to what one agent can follow',
		]);
		const long = 'x'.repeat(LIMITS.maxTextChars + 1);
		expect(issues(replaced('say: Hei', `say: ${long}`))).toEqual([
			`demo.yaml:11: customers[0].script[0].say: ${LIMITS.maxTextChars + 1} characters, at most ${LIMITS.maxTextChars}`,
		]);
		expect(issues(replaced('say: Hei', 'say: Hei\n        chars_per_second: 0'))).toEqual([
			'demo.yaml:12: customers[0].script[0].chars_per_second: expected a whole number from 1 to 100',
		]);
	});

	it('reports every problem at once, in line order, and throws them as one ScenarioError', () => {
		const broken = replaced('arrive: 10s', 'arrive: 40')
			.replace('locale: nb', 'locale: xx_YY')
			.replace('      - leave', '      - rate: 9');
		let thrown: unknown;
		try {
			parseScenario(broken, 'demo.yaml');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ScenarioError);
		const error = thrown as ScenarioError;
		expect(error.issues.map(issue => issue.line)).toEqual([7, 9, 13]);
		expect(error.message.split('\n')).toEqual(issues(broken));
		expect(error.message).toMatch(/^demo\.yaml:7: customers\[0\]\.locale: /u);
	});
});
