// The autopilot section: lines checked against the desk's commands and the scenario's targets before anything runs.
import {describe, expect, it} from 'vitest';
import {checkAutopilotLine} from '../../../source/demo/scenario/autopilot-line.js';
import {colleagueGreeting, formatScenarioIssue, parseScenarioText} from '../../../source/demo/scenario/index.js';

/** Lines: the autopilot for ola starts on line 10. */
const withAutopilot = (steps: string) => `title: Test
agent: {name: Alex}
departments: [general, {id: technical, name: Technical support}]
colleagues: [{id: kim, name: Kim Berg, departments: [technical]}]
customers:
  - {key: ola, department: general, arrive: 10s, script: [{say: Hei}]}
  - {key: mia, arrive: 20s, script: [{say: Hi}]}
autopilot:
  ola:
${steps}`;

const issues = (steps: string) => parseScenarioText(withAutopilot(steps), 'demo.yaml').issues.map(formatScenarioIssue);

describe('scenario format: the autopilot', () => {
	it('accepts commands, messages and transfers to departments or colleagues by id or name', () => {
		expect(
			issues(`    - accept
    - type: /c pw
      fill: {reset_link: "https://acme.example/reset", customer.name: Ola}
    - type: /canned order status
    - type: /hold 2 checking the order
    - type: /unhold
    - type: /transfer technical Router keeps dropping
    - type: /transfer Kim Berg please take over
    - type: /t kim
    - type: /email ola@example.no
    - type: /followup tomorrow 10:00 call back
    - type: /name Ola Nordmann
    - type: /end now
    - type: "//slash at the start of a message"
    - type: "Hei Ola!"
    - send
`),
		).toEqual([]);
	});

	it('refuses a command the desk does not have, suggesting the one meant', () => {
		expect(issues('    - accept\n    - type: /trasnfer kim\n')).toEqual([
			'demo.yaml:11: autopilot.ola[1].type: there is no command /trasnfer (did you mean transfer?); a message that starts with "/" is written "//..."',
		]);
	});

	it('refuses commands that would open a picker the autopilot cannot use', () => {
		expect(issues('    - accept\n    - type: /c\n    - type: /transfer\n')).toEqual([
			'demo.yaml:11: autopilot.ola[1].type: /c needs a query here (e.g. "/c pw"): alone it opens the picker, which the autopilot cannot use',
			'demo.yaml:12: autopilot.ola[2].type: /transfer needs a target here (e.g. "/transfer technical ..."): alone it opens the picker, which the autopilot cannot use',
		]);
	});

	it('refuses a transfer to nobody in the scenario', () => {
		expect(issues('    - accept\n    - type: /transfer tecnical the router\n')).toEqual([
			'demo.yaml:11: autopilot.ola[1].type: "tecnical" is no department or colleague of this scenario (did you mean technical?); targets are general, technical, kim',
		]);
	});

	it('allows fill only on a canned line, and checks its names and values', () => {
		expect(issues('    - accept\n    - type: Hei\n      fill: {name: Ola}\n')).toEqual([
			'demo.yaml:12: autopilot.ola[1].fill: fill: only applies to a /c (canned) line, whose [markers] it fills in',
		]);
		expect(issues('    - accept\n    - type: /c pw\n      fill: {Reset Link: x, order_number: ""}\n')).toEqual([
			'demo.yaml:12: autopilot.ola[1].fill.Reset Link: "Reset Link" is not a placeholder name such as reset_link or order_number',
			'demo.yaml:12: autopilot.ola[1].fill.order_number: expected the text to put in its place',
		]);
	});

	it('wants the chat accepted once, before anything is typed into it', () => {
		expect(issues('    - type: Hei\n    - accept\n')).toEqual([
			'demo.yaml:10: autopilot.ola[0]: the chat is not accepted yet: put "- accept" before the first line typed into it',
		]);
		expect(issues('    - accept\n    - accept\n')).toEqual([
			'demo.yaml:11: autopilot.ola[1]: the chat is already accepted on line 10',
		]);
		expect(issues('    - wait: 5s\n')).toEqual([
			'demo.yaml:9: autopilot.ola: never accepts the chat: start with "- accept"',
		]);
		expect(issues('    []\n')).toEqual([
			'demo.yaml:10: autopilot.ola: empty: start with "- accept", or leave the customer out for the built-in autopilot',
		]);
	});

	it('checks step names, durations and patterns', () => {
		expect(issues('    - acept\n')).toEqual(
			[
				'demo.yaml:10: autopilot.ola[0]: unknown autopilot step "acept" (did you mean accept?); steps are accept, type, send, wait, await_customer',
				'demo.yaml:9: autopilot.ola: never accepts the chat: start with "- accept"',
			].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])),
		);
		expect(
			issues(
				'    - accept\n    - wait: 5\n    - await_customer: {pattern: "(", timeout: 1m}\n    - await_customer: "["\n',
			),
		).toEqual([
			'demo.yaml:11: autopilot.ola[1].wait: "5" has no unit: write 5s for seconds or 5m for minutes (a bare number could be either)',
			'demo.yaml:12: autopilot.ola[2].await_customer.pattern: "(" is not a valid pattern: unterminated group (patterns are JavaScript regular expressions, e.g. "name|navn")',
			'demo.yaml:13: autopilot.ola[3].await_customer: "[" is not a valid pattern: unterminated character class (patterns are JavaScript regular expressions, e.g. "name|navn")',
		]);
		expect(issues('    - accept\n    - send: now\n')).toEqual([
			'demo.yaml:11: autopilot.ola[1].send: send takes no value: write "- send"',
		]);
	});

	it('names only customers of the scenario', () => {
		const text = withAutopilot('    - accept\n').replace('autopilot:\n  ola:', 'autopilot:\n  olla:');
		expect(parseScenarioText(text, 'demo.yaml').issues.map(formatScenarioIssue)).toEqual([
			'demo.yaml:9: autopilot.olla: no customer has the key "olla" (did you mean ola?); keys are ola, mia',
		]);
	});

	it('tells the player which lines are canned, to fill and send', () => {
		const isCanned = (line: string) => checkAutopilotLine(line, []).canned;
		expect(['/c pw', '/canned order', '/C pw'].map(isCanned)).toEqual([true, true, true]);
		expect(['/cancel', '//c pw', 'c pw', '/hold 2', '/c'].map(isCanned)).toEqual([false, false, false, false, true]);
	});

	it("picks a colleague's greeting in the customer's language, else the nearest", () => {
		const kim = {greeting: {nb: 'Hei, Kim her!', en: 'Hi, Kim here!'}};
		expect(['nb', 'nb-NO', 'no', 'en-GB', 'fi'].map(locale => colleagueGreeting(kim, locale))).toEqual([
			'Hei, Kim her!',
			'Hei, Kim her!',
			'Hei, Kim her!',
			'Hi, Kim here!',
			'Hi, Kim here!',
		]);
		expect(colleagueGreeting({greeting: {sv: 'Hej!'}}, 'zh')).toBe('Hej!');
		expect(colleagueGreeting({greeting: null}, 'en')).toBeNull();
	});
});
