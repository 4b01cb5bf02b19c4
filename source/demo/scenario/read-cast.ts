// Reads the scenario's people other than customers: the demo agent, the departments and the simulated colleagues.
import {isMap, type Node} from 'yaml';
import {locale as localeSchema} from '../../protocol/model.js';
import {fieldReader, idProblem} from './field-reader.js';
import {DEFAULT_ANSWER_AFTER_MS, DEFAULT_CAPACITY, SCENARIO_LIMITS} from './limits.js';
import {keyText, report, scalarText, type Reader} from './node-reader.js';
import type {ColleagueBehaviour, Scenario, ScenarioColleague, ScenarioDepartment} from './scenario.js';

export const AGENT_FIELDS = ['name', 'company', 'departments', 'capacity'] as const;
export const DEPARTMENT_FIELDS = ['id', 'name'] as const;
export const COLLEAGUE_FIELDS = [
	'id',
	'name',
	'departments',
	'on_transfer',
	'answer_after',
	'greeting',
	'presence',
] as const;
const BEHAVIOURS: readonly ColleagueBehaviour[] = ['accept', 'decline', 'ignore'];

/** The agent the desk plays; null (reported) when the mapping is missing or wrong. */
export function readAgent(reader: Reader, node: Node | null, keyNode: Node): Scenario['agent'] | null {
	if (!isMap(node)) {
		report(reader, node, 'agent', 'expected the demo agent, e.g. agent: {name: Alex, company: Acme}', keyNode);
		return null;
	}
	const fields = fieldReader(reader, node, 'agent', AGENT_FIELDS, 'the agent');
	const name = fields.text('name', {
		required: 'the agent needs a name (shown to customers)',
		max: SCENARIO_LIMITS.maxNameChars,
	});
	const company = fields.text('company', {max: SCENARIO_LIMITS.maxNameChars});
	const departments = fields.idList('departments');
	const capacity = fields.integer('capacity', {min: 1, max: SCENARIO_LIMITS.capacity}) ?? DEFAULT_CAPACITY;
	return name === null ? null : {name, company, departments, capacity};
}

/** "technical" reads as {id: technical, name: Technical}: most departments need nothing more. */
function titleCase(id: string): string {
	return id.charAt(0).toUpperCase() + id.slice(1).replaceAll(/[-_]/gu, ' ');
}

export function readDepartment(reader: Reader, node: Node, path: string): ScenarioDepartment | null {
	const line = reader.lines.ofNode(node);
	const bare = scalarText(node);
	if (typeof bare === 'string') {
		const problem = idProblem(bare);
		if (problem) report(reader, node, path, problem);
		return problem ? null : {line, id: bare, name: titleCase(bare)};
	}
	if (!isMap(node)) {
		report(reader, node, path, 'expected a department: an id, or {id: technical, name: Technical support}');
		return null;
	}
	const fields = fieldReader(reader, node, path, DEPARTMENT_FIELDS, 'a department');
	const id = fields.id('id', {required: 'every department needs an id (used in /transfer and by customers)'});
	const name = fields.text('name', {max: SCENARIO_LIMITS.maxNameChars});
	return id === null ? null : {line, id, name: name ?? titleCase(id)};
}

/** What a colleague says on taking a chat, per customer language. */
function readGreeting(reader: Reader, node: Node | null, path: string, keyNode: Node): Record<string, string> | null {
	if (!isMap(node)) {
		report(
			reader,
			node,
			path,
			'expected text per language, e.g. greeting: {en: "Hi, Kim here", nb: "Hei, Kim her"}',
			keyNode,
		);
		return null;
	}
	const greeting: Record<string, string> = {};
	for (const pair of node.items) {
		const language = keyText(pair.key) ?? '?';
		const where = `${path}.${language}`;
		const text = scalarText(pair.value as Node | null);
		if (!localeSchema.safeParse(language).success)
			report(reader, pair.key as Node, where, `"${language}" is not a language tag such as en, nb or zh`);
		else if (typeof text !== 'string' || text.trim() === '')
			report(reader, pair.value as Node | null, where, 'expected the greeting text', pair.key as Node);
		else if (text.length > SCENARIO_LIMITS.maxTextChars)
			report(reader, pair.value as Node, where, `${text.length} characters, at most ${SCENARIO_LIMITS.maxTextChars}`);
		else greeting[language] = text;
	}
	return greeting;
}

export function readColleague(reader: Reader, node: Node, path: string): ScenarioColleague | null {
	if (!isMap(node)) {
		report(reader, node, path, 'expected a colleague, e.g. {id: kim, name: Kim, departments: [technical]}');
		return null;
	}
	const fields = fieldReader(reader, node, path, COLLEAGUE_FIELDS, 'a colleague');
	const id = fields.id('id', {required: 'every colleague needs an id (used in /transfer)'});
	const name = fields.text('name', {required: 'every colleague needs a name', max: SCENARIO_LIMITS.maxNameChars});
	const departments = fields.idList('departments');
	const onTransfer = fields.choice('on_transfer', BEHAVIOURS) ?? 'accept';
	const answerAfterMs = fields.duration('answer_after', {}) ?? DEFAULT_ANSWER_AFTER_MS;
	const greetingField = fields.fields.get('greeting');
	const greeting = fields.has('greeting')
		? readGreeting(reader, greetingField!.value, `${path}.greeting`, greetingField!.key)
		: null;
	const presence = fields.choice('presence', ['online', 'away'] as const) ?? 'online';
	// Kept with other problems, as customers are, so the checks across the scenario still see it.
	if (id === null) return null;
	return {
		line: reader.lines.ofNode(node),
		id,
		name: name ?? id,
		departments,
		onTransfer,
		answerAfterMs,
		greeting,
		presence,
	};
}
