// `demo --web`: which customer the browser plays, the page for them, and the line that tells the trainer.
import {describe, expect, it} from 'vitest';
import {webCustomerLine, webCustomerOf, webCustomerUrl} from '../../source/cli/demo-web.js';
import {bundledScenario} from '../../source/demo/scenario/index.js';

describe('demo --web', () => {
	it('leaves the first customer to arrive to the browser, and simulates everyone else', () => {
		const scenario = bundledScenario();
		const first = [...scenario.customers].sort((a, b) => a.arriveAtMs - b.arriveAtMs)[0]!;
		const web = webCustomerOf(scenario)!;
		expect(web.customer).toBe(first);
		expect(web.simulated.customers).toHaveLength(scenario.customers.length - 1);
		expect(web.simulated.customers).not.toContain(first);
		expect(webCustomerOf({...scenario, customers: []})).toBeNull();
	});

	it('opens the shop page in the customer language where the widget has it', () => {
		const customer = {...bundledScenario().customers[0]!, name: 'Kari Nordmann', locale: 'nb-NO', department: 'tech'};
		expect(webCustomerUrl(customer, 4711)).toBe('http://127.0.0.1:4711/?lang=nb');
		expect(webCustomerUrl({...customer, locale: 'de'}, 4711)).toBe('http://127.0.0.1:4711/');
		expect(webCustomerLine(customer, 'http://127.0.0.1:4711/?lang=nb')).toBe(
			'Play Kari Nordmann (nb-NO, tech) in a browser: open http://127.0.0.1:4711/?lang=nb',
		);
	});
});
