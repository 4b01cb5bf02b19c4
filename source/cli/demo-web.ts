// `switchboard demo --web`: one customer of the scenario is played in a browser (by a trainer) instead of simulated.
import type {Scenario, ScenarioCustomer} from '../demo/scenario/index.js';

/** The languages the widget speaks; another locale starts the page in the browser's own choice. */
const WIDGET_LANGUAGES = new Set(['en', 'nb', 'sv', 'fi', 'hu', 'zh']);

export type WebCustomer = {
	/** The scenario's customer the browser stands in for: the first to arrive. */
	customer: ScenarioCustomer;
	/** The scenario the player plays: everyone else. */
	simulated: Scenario;
};

/** The first customer to arrive goes to the browser; null when the scenario has no customer at all. */
export function webCustomerOf(scenario: Scenario): WebCustomer | null {
	const customer = [...scenario.customers].sort((a, b) => a.arriveAtMs - b.arriveAtMs)[0];
	if (!customer) return null;
	return {customer, simulated: {...scenario, customers: scenario.customers.filter(other => other !== customer)}};
}

/** The demo server's shop page, in the customer's language where the widget has it (`?lang=nb`). */
export function webCustomerUrl(customer: ScenarioCustomer, port: number): string {
	const language = customer.locale.toLowerCase().split('-')[0]!;
	const query = WIDGET_LANGUAGES.has(language) ? `?lang=${language}` : '';
	return `http://127.0.0.1:${port}/${query}`;
}

/** One line for the trainer: whom to play, and where. The browser is never opened for them. */
export function webCustomerLine(customer: ScenarioCustomer, url: string): string {
	const who = customer.name ?? customer.key;
	const about = [customer.locale, customer.department].filter(Boolean).join(', ');
	return `Play ${who} (${about}) in a browser: open ${url}`;
}
