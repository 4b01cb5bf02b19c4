// A scenario customer's rating follows how the chat went (E19, E22): `rate` with `unless` rules, read and applied.
import {describe, expect, it} from 'vitest';
import {ratingFor} from '../../../source/demo/player/customer-script.js';
import {parseScenario, parseScenarioText, type ScriptStep} from '../../../source/demo/scenario/index.js';
import {bundledScenario} from '../../../source/demo/scenario/index.js';

const scenario = (rate: string) => `title: Ratings
agent: {name: Alex}
customers:
  - key: mia
    arrive: 0s
    script:
      - say: "my order is late"
      - rate:
${rate}
`;

type Rate = Extract<ScriptStep, {do: 'rate'}>;
const rateStep = (text: string) => parseScenario(scenario(text), 'r.yaml').customers[0]!.script[1] as Rate;

describe('rate: unless', () => {
	const step = rateStep(`          score: 3
          comment: "Great"
          unless:
            - {heard: "don't know|not sure", score: 1, comment: "No answer"}
            - {not_heard: "anything else", score: 2, comment: "Abrupt"}`);

	it('gives the first rule that holds, else the score', () => {
		expect(ratingFor(step, ["Sorry, I don't know.", 'Anything else?'])).toEqual({score: 1, comment: 'No answer'});
		expect(ratingFor(step, ['It ships today.'])).toEqual({score: 2, comment: 'Abrupt'});
		expect(ratingFor(step, ['It ships today.', 'Is there anything else I can help with?'])).toEqual({
			score: 3,
			comment: 'Great',
		});
	});

	it('refuses a rule with no pattern or no score, on its line', () => {
		const {issues} = parseScenarioText(
			scenario(`          score: 3
          unless:
            - {score: 1}
            - {heard: "x"}`),
			'r.yaml',
		);
		const messages = issues.map(issue => issue.message).join('\n');
		expect(messages).toMatch(/heard or not_heard/);
		expect(messages).toMatch(/a score from 1 to 3/);
	});

	it('the bundled scenario: a customer told "I don\'t know" and closed quickly does not rate 3 of 3', () => {
		const sarah = bundledScenario().customers.find(customer => customer.key === 'sarah')!;
		const rate = sarah.script.find((candidate): candidate is Rate => candidate.do === 'rate')!;
		expect(ratingFor(rate, ["I'm not sure, sorry.", 'Thank you for chatting with us!']).score).toBe(1);
		expect(ratingFor(rate, ['Here is the reset link.', 'Thank you for chatting with us!']).score).toBe(2);
		expect(
			ratingFor(rate, ['Here is the reset link.', 'Is there anything else I can help you with today?']).score,
		).toBe(3);
	});
});
