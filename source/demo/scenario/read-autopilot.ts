// Reads the autopilot section: per customer, the agent's side as the lines and keys an agent would type.
import {isMap, type Node} from 'yaml';
import {checkAutopilotLine, type TransferTargets} from './autopilot-line.js';
import {didYouMean} from '../../courtesy/did-you-mean.js';
import {fieldReader, type FieldReader} from './field-reader.js';
import {DEFAULT_AWAIT_TIMEOUT_MS, SCENARIO_LIMITS} from './limits.js';
import {at, isEmpty, keyText, listItems, report, scalarText, type Field, type Reader} from './node-reader.js';
import {compilePattern} from './pattern.js';
import type {AutopilotStep} from './scenario.js';

export const AUTOPILOT_STEPS = ['accept', 'type', 'send', 'wait', 'await_customer'] as const;
type AutopilotKind = (typeof AUTOPILOT_STEPS)[number];
const STEP_LIST = AUTOPILOT_STEPS.join(', ');
const AWAIT_FIELDS = ['pattern', 'timeout'] as const;
// Placeholder names as canned texts write them: reset_link, order_number, customer.name.
const PLACEHOLDER = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/u;

const isKind = (name: string): name is AutopilotKind => (AUTOPILOT_STEPS as readonly string[]).includes(name);

function readFill(reader: Reader, field: Field, path: string): Record<string, string> {
	const fill: Record<string, string> = {};
	if (!isMap(field.value)) {
		report(
			reader,
			field.value,
			path,
			'expected values per placeholder, e.g. fill: {reset_link: "https://acme.example/reset"}',
			field.key,
		);
		return fill;
	}
	for (const pair of field.value.items) {
		const name = keyText(pair.key) ?? '?';
		const text = scalarText(pair.value as Node | null);
		if (!PLACEHOLDER.test(name))
			report(
				reader,
				pair.key as Node,
				`${path}.${name}`,
				`"${name}" is not a placeholder name such as reset_link or order_number`,
			);
		else if (typeof text !== 'string' || text.trim() === '')
			report(
				reader,
				pair.value as Node | null,
				`${path}.${name}`,
				'expected the text to put in its place',
				pair.key as Node,
			);
		else fill[name] = text;
	}
	return fill;
}

function readType(fields: FieldReader, line: number, targets: TransferTargets): AutopilotStep | null {
	const text = fields.text('type', {
		required: 'the composer line: a message, or a command such as "/c pw"',
		max: SCENARIO_LIMITS.maxTextChars,
	});
	const fillField = fields.fields.get('fill');
	if (text === null) return null;
	const checked = checkAutopilotLine(text, targets);
	if (checked.problem) fields.report('type', checked.problem);
	if (fillField && !checked.canned) {
		report(
			fields.reader,
			fillField.key,
			`${fields.path}.fill`,
			'fill: only applies to a /c (canned) line, whose [markers] it fills in',
		);
		return null;
	}
	if (checked.problem) return null;
	return fillField
		? {line, do: 'type', text, fill: readFill(fields.reader, fillField, `${fields.path}.fill`)}
		: {line, do: 'type', text};
}

/** "await_customer", "await_customer: pattern" or "await_customer: {pattern, timeout}". */
function readAwait(reader: Reader, field: Field, path: string, line: number): AutopilotStep | null {
	if (!isMap(field.value)) {
		const text = scalarText(field.value);
		const compiled =
			typeof text === 'string'
				? compilePattern(text)
				: text === null
					? {pattern: null}
					: {error: 'expected a pattern, or {pattern: "...", timeout: 60s}'};
		if ('error' in compiled) report(reader, field.value, path, compiled.error, field.key);
		return 'error' in compiled
			? null
			: {line, do: 'await-customer', pattern: compiled.pattern, timeoutMs: DEFAULT_AWAIT_TIMEOUT_MS};
	}
	const fields = fieldReader(reader, field.value, path, AWAIT_FIELDS, 'await_customer');
	const pattern = fields.pattern('pattern');
	const timeoutMs = fields.duration('timeout', {min: 1}) ?? DEFAULT_AWAIT_TIMEOUT_MS;
	return {line, do: 'await-customer', pattern, timeoutMs};
}

function readStep(reader: Reader, node: Node, path: string, targets: TransferTargets): AutopilotStep | null {
	const line = reader.lines.ofNode(node);
	const bare = scalarText(node);
	if (typeof bare === 'string') {
		if (bare === 'accept' || bare === 'send') return {line, do: bare};
		if (bare === 'await_customer')
			return {line, do: 'await-customer', pattern: null, timeoutMs: DEFAULT_AWAIT_TIMEOUT_MS};
		const hint = isKind(bare)
			? `${bare} needs a value, e.g. "- ${bare}: ..."`
			: `unknown autopilot step "${bare}"${didYouMean(bare, AUTOPILOT_STEPS)}; steps are ${STEP_LIST}`;
		report(reader, node, path, hint);
		return null;
	}
	if (!isMap(node)) {
		report(
			reader,
			node,
			path,
			`expected an autopilot step such as "- accept" or "- type: /c pw"; steps are ${STEP_LIST}`,
		);
		return null;
	}
	const keys = node.items.map(pair => keyText(pair.key) ?? '?');
	const kinds = keys.filter(isKind);
	if (kinds.length !== 1) {
		const message =
			kinds.length === 0
				? `unknown autopilot step "${keys[0]}"${didYouMean(keys[0]!, AUTOPILOT_STEPS)}; steps are ${STEP_LIST}`
				: `one step per item, found ${kinds.join(' and ')}: start each step with its own "-"`;
		report(reader, node, path, message);
		return null;
	}
	const kind = kinds[0]!;
	const fields = fieldReader(reader, node, path, kind === 'type' ? ['type', 'fill'] : [kind], `a ${kind} step`);
	const field = fields.fields.get(kind)!;
	switch (kind) {
		case 'accept':
		case 'send':
			if (!isEmpty(field.value)) fields.report(kind, `${kind} takes no value: write "- ${kind}"`);
			return {line, do: kind};
		case 'type':
			return readType(fields, line, targets);
		case 'wait': {
			const ms = fields.duration('wait', {required: 'how long, e.g. wait: 5s', min: 1});
			return ms === null ? null : {line, do: 'wait', ms};
		}
		case 'await_customer':
			return readAwait(reader, field, `${path}.await_customer`, line);
	}
}

/** One customer's list; the chat must be accepted once, before anything is typed into it. */
export function readAutopilotSteps(
	reader: Reader,
	field: Field,
	path: string,
	targets: TransferTargets,
): AutopilotStep[] {
	const items = listItems(reader, field, path, 'a list of autopilot steps, each starting with "-" (e.g. "- accept")');
	if (!items) return [];
	if (items.length === 0)
		report(
			reader,
			field.value,
			path,
			'empty: start with "- accept", or leave the customer out for the built-in autopilot',
			field.key,
		);
	if (items.length > SCENARIO_LIMITS.autopilotSteps)
		report(reader, items[SCENARIO_LIMITS.autopilotSteps], path, `more than ${SCENARIO_LIMITS.autopilotSteps} steps`);
	const steps: AutopilotStep[] = [];
	let accepted: AutopilotStep | null = null;
	let typedEarly = false;
	items.forEach((item, index) => {
		const step = readStep(reader, item, at(path, index), targets);
		if (!step) return;
		if (step.do === 'accept') {
			if (accepted) report(reader, item, at(path, index), `the chat is already accepted on line ${accepted.line}`);
			accepted ??= step;
		} else if ((step.do === 'type' || step.do === 'send') && !accepted && !typedEarly) {
			typedEarly = true;
			report(
				reader,
				item,
				at(path, index),
				'the chat is not accepted yet: put "- accept" before the first line typed into it',
			);
		}
		steps.push(step);
	});
	if (items.length > 0 && !accepted && !typedEarly)
		report(reader, field.key, path, 'never accepts the chat: start with "- accept"');
	return steps;
}
