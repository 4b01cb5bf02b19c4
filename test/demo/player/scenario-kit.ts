// Scenario values for player tests, built in code: customers, script steps and colleagues with sensible defaults.
import type {
	AgentMove,
	ExpectCase,
	Scenario,
	ScenarioColleague,
	ScenarioCustomer,
	ScriptStep,
} from '../../../source/demo/scenario/scenario.js';

let nextLine = 1;
const line = () => nextLine++;

export const step = {
	say: (text: string, charsPerSecond: number | null = null): ScriptStep => ({
		do: 'say',
		text,
		charsPerSecond,
		line: line(),
	}),
	wait: (ms: number): ScriptStep => ({do: 'wait', ms, line: line()}),
	quiet: (ms: number): ScriptStep => ({do: 'quiet', ms, line: line()}),
	rate: (score: 1 | 2 | 3, comment: string | null = null): ScriptStep => ({do: 'rate', score, comment, line: line()}),
	leave: (): ScriptStep => ({do: 'leave', line: line()}),
	expect: (cases: ExpectCase[], timeoutMs: number | null = null, onTimeout: ScriptStep[] = []): ScriptStep => ({
		do: 'expect',
		cases,
		timeoutMs,
		onTimeout,
		line: line(),
	}),
};

/** One `expect` case: on `move`, run `then`. */
export const on = (move: AgentMove, then: ScriptStep[]): ExpectCase => ({move, then, line: line()});

export function customer(key: string, script: ScriptStep[], extra: Partial<ScenarioCustomer> = {}): ScenarioCustomer {
	return {
		key,
		name: key[0]!.toUpperCase() + key.slice(1),
		email: null,
		locale: 'en',
		department: null,
		page: null,
		arriveAtMs: 0,
		script,
		line: line(),
		...extra,
	};
}

export function colleague(id: string, extra: Partial<ScenarioColleague> = {}): ScenarioColleague {
	const name = id[0]!.toUpperCase() + id.slice(1);
	return {
		id,
		name,
		departments: [],
		onTransfer: 'accept',
		answerAfterMs: 2_000,
		greeting: null,
		presence: 'online',
		line: line(),
		...extra,
	};
}

export function scenario(parts: {customers?: ScenarioCustomer[]; colleagues?: ScenarioColleague[]} = {}): Scenario {
	return {
		source: 'test.yaml',
		title: 'Player test',
		agent: {name: 'Alex', company: 'Acme', departments: [], capacity: 4},
		departments: [
			{id: 'tech', name: 'Technical', line: line()},
			{id: 'billing', name: 'Billing', line: line()},
		],
		colleagues: parts.colleagues ?? [],
		customers: parts.customers ?? [],
		autopilot: {},
	};
}
