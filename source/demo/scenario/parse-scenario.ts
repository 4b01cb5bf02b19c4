// Parses the text of a scenario file (docs/scenarios.md) into a Scenario, or a ScenarioError listing every problem with its line.
import {isMap, isSeq, parseDocument, type Node} from 'yaml';
import {yamlLines} from '../../canned/yaml-lines.js';
import {checkReferences} from './check-references.js';
import {SCENARIO_LIMITS} from './limits.js';
import {
	at,
	isEmpty,
	keyText,
	listItems,
	readFields,
	report,
	scalarText,
	type Field,
	type Reader,
} from './node-reader.js';
import {readAgent, readColleague, readDepartment} from './read-cast.js';
import {readAutopilotSteps} from './read-autopilot.js';
import {readCustomer} from './read-customer.js';
import {ScenarioError} from './scenario-error.js';
import type {AutopilotStep, Scenario} from './scenario.js';

export const SCENARIO_VERSION = 1;
export const SCENARIO_FIELDS = [
	'version',
	'title',
	'agent',
	'departments',
	'colleagues',
	'customers',
	'autopilot',
] as const;

/** Reads a list field item by item, reporting items past `limit` once. */
function readList<T>(
	reader: Reader,
	field: Field | undefined,
	path: string,
	expected: string,
	limit: number,
	read: (node: Node, path: string) => T | null,
): T[] {
	const items = listItems(reader, field, path, expected) ?? [];
	if (items.length > limit)
		report(
			reader,
			items[limit],
			at(path, limit),
			`more than ${limit} ${path}: keep a demo to what one agent can follow`,
		);
	return items.flatMap((node, index) => {
		const value = read(node, at(path, index));
		return value === null ? [] : [value];
	});
}

function readTitle(reader: Reader, field: Field | undefined, root: Node): string | null {
	const text = scalarText(field?.value);
	if (text === undefined) report(reader, field!.value, 'title', 'expected text, e.g. title: A morning at Acme');
	else if (text === null || text.trim() === '')
		report(reader, field?.key ?? root, 'title', 'missing: a title for the demo, e.g. title: A morning at Acme');
	else if (text.length > SCENARIO_LIMITS.maxNameChars)
		report(reader, field!.value, 'title', `${text.length} characters, at most ${SCENARIO_LIMITS.maxNameChars}`);
	else return text;
	return null;
}

function readAutopilot(
	reader: Reader,
	field: Field | undefined,
	targets: readonly {id: string; name: string}[],
): {steps: Record<string, AutopilotStep[]>; keys: Map<string, Node>} {
	const steps: Record<string, AutopilotStep[]> = {};
	const keys = new Map<string, Node>();
	if (!field || isEmpty(field.value)) return {steps, keys};
	if (!isMap(field.value)) {
		report(
			reader,
			field.value,
			'autopilot',
			'expected steps per customer key, e.g. autopilot: {ola: [accept, {type: "/c hi"}]}',
			field.key,
		);
		return {steps, keys};
	}
	for (const pair of field.value.items) {
		const key = keyText(pair.key) ?? '?';
		keys.set(key, pair.key as Node);
		steps[key] = readAutopilotSteps(
			reader,
			{key: pair.key as Node, value: (pair.value as Node | null) ?? null},
			`autopilot.${key}`,
			targets,
		);
	}
	return {steps, keys};
}

/** Every problem, or the scenario; `source` names the file in messages and in `Scenario.source`. */
export function parseScenarioText(text: string, source: string): {scenario: Scenario | null; issues: Reader['issues']} {
	const lines = yamlLines(text);
	const reader: Reader = {file: source, lines, issues: []};
	const document = parseDocument(text, {lineCounter: lines.counter, prettyErrors: true, uniqueKeys: true});
	for (const error of document.errors) {
		// yaml's message repeats the position and quotes the source; the line number says it already.
		const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
		reader.issues.push({file: source, line: error.linePos?.[0].line ?? 0, path: '', message});
	}
	if (reader.issues.length > 0) return {scenario: null, issues: reader.issues};

	const root = document.contents as Node | null;
	if (!isMap(root)) {
		const what = isEmpty(root) ? 'the file is empty' : 'expected a scenario';
		report(
			reader,
			root,
			'',
			`${what}: a scenario is a mapping with title, agent and customers (see docs/scenarios.md)`,
		);
		return {scenario: null, issues: reader.issues};
	}
	const fields = readFields(reader, root, '', SCENARIO_FIELDS, 'a scenario');
	const need = (name: string, what: string) => {
		if (!fields.has(name) || isEmpty(fields.get(name)!.value))
			report(reader, fields.get(name)?.key ?? root, name, `missing: ${what}`);
	};
	const version = fields.get('version');
	if (version && scalarText(version.value) !== String(SCENARIO_VERSION))
		report(reader, version.value, 'version', `this switchboard reads version ${SCENARIO_VERSION}`, version.key);

	const title = readTitle(reader, fields.get('title'), root);
	need('agent', 'the demo agent, e.g. agent: {name: Alex, company: Acme}');
	const agentField = fields.get('agent');
	const agent = agentField && !isEmpty(agentField.value) ? readAgent(reader, agentField.value, agentField.key) : null;
	const departments = readList(
		reader,
		fields.get('departments'),
		'departments',
		'a list of departments',
		SCENARIO_LIMITS.departments,
		(node, path) => readDepartment(reader, node, path),
	);
	const colleagues = readList(
		reader,
		fields.get('colleagues'),
		'colleagues',
		'a list of colleagues',
		SCENARIO_LIMITS.colleagues,
		(node, path) => readColleague(reader, node, path),
	);
	need('customers', 'the simulated customers, a list (each item starts with "- key: ...")');
	const customers = readList(
		reader,
		fields.get('customers'),
		'customers',
		'a list of customers',
		SCENARIO_LIMITS.customers,
		(node, path) => readCustomer(reader, node, path),
	);
	const customersField = fields.get('customers');
	if (isSeq(customersField?.value) && customersField.value.items.length === 0)
		report(reader, customersField.value, 'customers', 'empty: a demo needs at least one customer');
	const targets = [...departments, ...colleagues];
	const autopilot = readAutopilot(reader, fields.get('autopilot'), targets);

	checkReferences(reader, {
		agent,
		agentLine: lines.ofNode(agentField?.value),
		departments,
		colleagues,
		customers,
		autopilotKeys: autopilot.keys,
	});
	reader.issues.sort((a, b) => a.line - b.line);
	if (reader.issues.length > 0 || agent === null || title === null) return {scenario: null, issues: reader.issues};
	return {scenario: {source, title, agent, departments, colleagues, customers, autopilot: autopilot.steps}, issues: []};
}

/** The scenario in `text`, or a ScenarioError with every problem ("file:line: what is wrong, what is expected"). */
export function parseScenario(text: string, source: string): Scenario {
	const {scenario, issues} = parseScenarioText(text, source);
	if (scenario === null || issues.length > 0) throw new ScenarioError(issues);
	return scenario;
}
