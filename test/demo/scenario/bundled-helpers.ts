// Reading the bundled scenario the way its tests need: steps flattened, autopilot lines, canned lookups as the desk makes them.
import {
	bundledResponses,
	chooseLanguage,
	responsesForDepartment,
	searchCanned,
	type CannedResponse,
} from '../../../source/canned/index.js';
import type {AutopilotStep, Scenario, ScenarioCustomer, ScriptStep} from '../../../source/demo/scenario/index.js';

export function customerOf(scenario: Scenario, key: string): ScenarioCustomer {
	const found = scenario.customers.find(customer => customer.key === key);
	if (!found) throw new Error(`the bundled scenario has no customer "${key}"`);
	return found;
}

/** Every step of a script, nested ones (case steps, on_timeout) included, in reading order. */
export function allSteps(steps: readonly ScriptStep[]): ScriptStep[] {
	return steps.flatMap(step =>
		step.do === 'expect' ? [step, ...step.cases.flatMap(c => allSteps(c.then)), ...allSteps(step.onTimeout)] : [step],
	);
}

export function saidBy(customer: ScenarioCustomer): string[] {
	return allSteps(customer.script).flatMap(step => (step.do === 'say' ? [step.text] : []));
}

/** Every reply pattern the customer waits for, anywhere in the script. */
export function replyPatterns(customer: ScenarioCustomer): RegExp[] {
	return allSteps(customer.script).flatMap(step =>
		step.do === 'expect'
			? step.cases.flatMap(c => (c.move.kind === 'reply' && c.move.pattern ? [c.move.pattern] : []))
			: [],
	);
}

export function patternWith(customer: ScenarioCustomer, source: string): RegExp {
	const found = replyPatterns(customer).find(pattern => pattern.source === source);
	if (!found) throw new Error(`${customer.key} waits for no reply /${source}/`);
	return found;
}

export function typedLines(scenario: Scenario, key: string): Extract<AutopilotStep, {do: 'type'}>[] {
	return (scenario.autopilot[key] ?? []).flatMap(step => (step.do === 'type' ? [step] : []));
}

/** The canned response "/c QUERY" puts in the composer for this customer, as the desk's /canned picks it. */
export function cannedFor(customer: ScenarioCustomer, line: string): CannedResponse {
	const query = line.replace(/^\/(?:c|canned)\s+/u, '');
	const department = customer.department === null ? null : {id: customer.department, name: null};
	const [best] = searchCanned(responsesForDepartment(bundledResponses(), department), query, {
		locale: customer.locale,
		limit: 1,
	});
	if (!best) throw new Error(`"${line}" finds no canned response`);
	return best.response;
}

/** The text of a canned response in the customer's language, with `fill` put in for its asked values. */
export function cannedText(
	scenario: Scenario,
	customer: ScenarioCustomer,
	response: CannedResponse,
	fill: Readonly<Record<string, string>> = {},
): {text: string; fallback: boolean; unfilled: string[]} {
	const {language, fallback} = chooseLanguage(response.text, customer.locale);
	const values: Record<string, string> = {
		'customer.name': customer.name ?? '',
		'agent.name': scenario.agent.name,
		company: scenario.agent.company ?? '',
		...fill,
	};
	const unfilled: string[] = [];
	const text = response.text[language]!.replace(
		/\{\{([a-z_.]+)(\?|\|[^}]*)?\}\}/gu,
		(_, name: string, rest: string | undefined) => {
			if (values[name]) return values[name]!;
			if (rest === '?') unfilled.push(name);
			return rest?.startsWith('|') ? rest.slice(1) : `[${name}]`;
		},
	);
	return {text, fallback, unfilled};
}
