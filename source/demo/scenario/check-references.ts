// Checks across the whole scenario: ids and keys unique, every department named exists, every autopilot key is a customer.
import type {Node} from 'yaml';
import {didYouMean} from '../../courtesy/did-you-mean.js';
import {report, type Reader} from './node-reader.js';
import type {Scenario, ScenarioColleague, ScenarioCustomer, ScenarioDepartment} from './scenario.js';

export type ScenarioParts = {
	agent: Scenario['agent'] | null;
	/** Where the agent was written (the agent has no line of its own in Scenario). */
	agentLine: number;
	departments: readonly ScenarioDepartment[];
	colleagues: readonly ScenarioColleague[];
	customers: readonly ScenarioCustomer[];
	/** Each autopilot key with its node, for the line of a key that names no customer. */
	autopilotKeys: ReadonlyMap<string, Node>;
};

function push(reader: Reader, line: number, path: string, message: string): void {
	reader.issues.push({file: reader.file, line, path, message});
}

/** Reports the second (and later) use of the same id, pointing back at the first. */
function checkUnique<T extends {line: number}>(
	reader: Reader,
	items: readonly T[],
	idOf: (item: T) => string,
	path: string,
	what: string,
): void {
	const first = new Map<string, number>();
	items.forEach(item => {
		const id = idOf(item);
		const earlier = first.get(id.toLowerCase());
		if (earlier !== undefined)
			push(reader, item.line, path, `duplicate ${what} "${id}" (first on line ${earlier}): each needs its own`);
		else first.set(id.toLowerCase(), item.line);
	});
}

export function checkReferences(reader: Reader, parts: ScenarioParts): void {
	const {agent, agentLine, departments, colleagues, customers, autopilotKeys} = parts;
	checkUnique(reader, departments, department => department.id, 'departments', 'department id');
	checkUnique(reader, colleagues, colleague => colleague.id, 'colleagues', 'colleague id');
	checkUnique(reader, customers, customer => customer.key, 'customers', 'customer key');

	const departmentIds = [...new Set(departments.map(department => department.id))];
	const known = new Set(departmentIds);
	const unknown = (id: string) =>
		`no department "${id}"${didYouMean(id, departmentIds)}; departments are ${departmentIds.join(', ') || '(none: add a departments: list)'}`;
	for (const colleague of colleagues) {
		// The desk's /transfer looks ids up among colleagues and departments together: a shared id is ambiguous.
		if (known.has(colleague.id))
			push(
				reader,
				colleague.line,
				'colleagues',
				`colleague id "${colleague.id}" is also a department id, so "/transfer ${colleague.id}" would be ambiguous`,
			);
		for (const id of colleague.departments)
			if (!known.has(id)) push(reader, colleague.line, `colleagues.${colleague.id}.departments`, unknown(id));
	}
	const agentDepartments = agent?.departments ?? [];
	for (const id of agentDepartments) if (!known.has(id)) push(reader, agentLine, 'agent.departments', unknown(id));

	for (const customer of customers) {
		if (customer.department === null) continue;
		if (!known.has(customer.department))
			push(reader, customer.line, `customers.${customer.key}.department`, unknown(customer.department));
		// An agent with departments serves only those (as on the reference server): this chat would never reach the desk.
		else if (agentDepartments.length > 0 && !agentDepartments.includes(customer.department)) {
			push(
				reader,
				customer.line,
				`customers.${customer.key}.department`,
				`"${customer.department}" is not one of the agent's departments (${agentDepartments.join(', ')}), so the chat would never reach the desk`,
			);
		}
	}

	const keys = [...new Set(customers.map(customer => customer.key))];
	for (const [key, node] of autopilotKeys) {
		if (!keys.includes(key))
			report(
				reader,
				node,
				`autopilot.${key}`,
				`no customer has the key "${key}"${didYouMean(key, keys)}; keys are ${keys.join(', ')}`,
			);
	}
}
