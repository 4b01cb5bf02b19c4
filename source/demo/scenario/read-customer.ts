// Reads one simulated customer: who they are, when they arrive, and their script.
import {isMap, isSeq, type Node} from 'yaml';
import {fieldReader} from './field-reader.js';
import {SCENARIO_LIMITS} from './limits.js';
import {join, report, type Reader} from './node-reader.js';
import {readSteps} from './read-script.js';
import type {ScenarioCustomer} from './scenario.js';

export const CUSTOMER_FIELDS = ['key', 'name', 'email', 'locale', 'department', 'page', 'arrive', 'script'] as const;
/** A customer who does not say: the protocol needs a language, and English is the widest fallback. */
export const DEFAULT_LOCALE = 'en';
// As loose as the desk's /email: one @, a dot in the domain, no blanks.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

export function readCustomer(reader: Reader, node: Node, path: string): ScenarioCustomer | null {
	if (!isMap(node)) {
		report(reader, node, path, 'expected a customer: a mapping with key, arrive and script (and name, locale, ...)');
		return null;
	}
	const fields = fieldReader(reader, node, path, CUSTOMER_FIELDS, 'a customer');
	const key = fields.id('key', {
		required: 'every customer needs a key (e.g. key: ola), used by autopilot: and in messages',
	});
	const name = fields.text('name', {max: SCENARIO_LIMITS.maxNameChars});
	const email = fields.text('email', {max: SCENARIO_LIMITS.maxEmailChars});
	if (email !== null && !EMAIL.test(email)) fields.report('email', `"${email}" is not an e-mail address`);
	const locale = fields.locale('locale') ?? DEFAULT_LOCALE;
	const department = fields.id('department', {});
	const page = fields.text('page', {max: SCENARIO_LIMITS.maxPageChars});
	const arriveAtMs = fields.duration('arrive', {
		required: 'when the customer arrives, after the demo starts (e.g. arrive: 0:40 or 40s)',
	});
	const scriptField = fields.fields.get('script');
	const script = readSteps({reader, depth: 0, counted: {steps: 0, reported: false}}, scriptField, join(path, 'script'));
	if (!fields.has('script'))
		report(
			reader,
			scriptField?.key ?? node,
			join(path, 'script'),
			'missing: what the customer does, a list of steps (e.g. "- say: Hello")',
		);
	else if (isSeq(scriptField!.value) && scriptField!.value.items.length === 0)
		report(
			reader,
			scriptField!.value,
			join(path, 'script'),
			'empty: give the customer at least one step (e.g. "- say: Hello")',
		);
	// Returned whenever it has a key, problems or not: the checks across the scenario (unique keys, departments,
	// autopilot keys) still run on it, so one reading reports everything. A scenario with problems is never played.
	if (key === null) return null;
	return {
		line: reader.lines.ofNode(node),
		key,
		name,
		email,
		locale,
		department,
		page,
		arriveAtMs: arriveAtMs ?? 0,
		script,
	};
}
