// Reads a customer's script: say, wait, quiet, expect, rate and leave, each step one item of a list.
import {isMap, type Node} from 'yaml';
import {didYouMean} from '../../courtesy/did-you-mean.js';
import {fieldReader} from './field-reader.js';
import {SCENARIO_LIMITS} from './limits.js';
import {at, isEmpty, join, keyText, listItems, report, scalarText, type Field} from './node-reader.js';
import {readExpect} from './read-expect.js';
import type {RatingRule, ScriptStep} from './scenario.js';
import type {ScriptContext} from './script-context.js';

export const STEP_KINDS = ['say', 'wait', 'quiet', 'expect', 'rate', 'leave'] as const;
type StepKind = (typeof STEP_KINDS)[number];
const STEP_LIST = STEP_KINDS.join(', ');
/** Keys that may sit beside a step's own key, per step. */
const STEP_OPTIONS: Readonly<Partial<Record<StepKind, readonly string[]>>> = {say: ['chars_per_second']};
const RATE_FIELDS = ['score', 'comment', 'unless'] as const;
const RULE_FIELDS = ['heard', 'not_heard', 'score', 'comment'] as const;

const isStepKind = (name: string): name is StepKind => (STEP_KINDS as readonly string[]).includes(name);

function readRate(context: ScriptContext, field: Field, path: string, line: number): ScriptStep | null {
	const {reader} = context;
	const value = field.value;
	// "rate: 3" is the everyday form; the mapping adds a comment.
	if (!isMap(value)) {
		const score = (value as {value?: unknown} | null)?.value;
		if (score === 1 || score === 2 || score === 3) return {line, do: 'rate', score, comment: null};
		report(
			reader,
			value,
			path,
			'expected a score from 1 to 3 (1 worst, 3 best), or {score: 3, comment: "..."}',
			field.key,
		);
		return null;
	}
	const fields = fieldReader(reader, value, path, RATE_FIELDS, 'rate');
	const score = fields.integer('score', {min: 1, max: 3});
	if (!fields.has('score')) fields.report('score', 'missing: a score from 1 to 3 (1 worst, 3 best)');
	const comment = fields.text('comment', {max: 2_000});
	const unless = fields.has('unless')
		? readRatingRules(context, fields.fields.get('unless')!, join(path, 'unless'))
		: [];
	if (score === null) return null;
	return {line, do: 'rate', score: score as 1 | 2 | 3, comment, ...(unless.length > 0 ? {unless} : {})};
}

/** `unless: [{heard: "don't know", score: 1, comment: "..."}, {not_heard: "anything else", score: 2}]`. */
function readRatingRules(context: ScriptContext, field: Field, path: string): RatingRule[] {
	const {reader} = context;
	const items = listItems(reader, field, path, 'a list of rules, e.g. [{heard: "don\'t know", score: 1}]');
	const rules: RatingRule[] = [];
	items?.forEach((item: Node, index) => {
		const where = `${path}[${index}]`;
		if (!isMap(item)) {
			report(reader, item, where, 'expected a rule such as {heard: "don\'t know", score: 1, comment: "..."}');
			return;
		}
		const fields = fieldReader(reader, item, where, RULE_FIELDS, 'rating rule');
		const heard = fields.pattern('heard');
		const notHeard = fields.pattern('not_heard');
		if (!fields.has('heard') && !fields.has('not_heard'))
			fields.report('heard', "missing: heard or not_heard, a pattern the agent's messages are searched for");
		if (!fields.has('score')) fields.report('score', 'missing: a score from 1 to 3 (1 worst, 3 best)');
		const score = fields.integer('score', {min: 1, max: 3});
		const comment = fields.text('comment', {max: 2_000});
		if (score !== null && (heard !== null || notHeard !== null))
			rules.push({heard, notHeard, score: score as 1 | 2 | 3, comment});
	});
	return rules;
}

/** One step: a mapping with one step key (plus that step's options), or the bare word "leave". */
function readStep(context: ScriptContext, node: Node, path: string): ScriptStep | null {
	const {reader} = context;
	const line = reader.lines.ofNode(node);
	const bare = scalarText(node);
	if (typeof bare === 'string') {
		if (bare === 'leave') return {line, do: 'leave'};
		const hint = isStepKind(bare)
			? `${bare} needs a value, e.g. "- ${bare}: ..."`
			: `unknown step "${bare}"${didYouMean(bare, STEP_KINDS)}; steps are ${STEP_LIST}`;
		report(reader, node, path, hint);
		return null;
	}
	if (!isMap(node)) {
		report(reader, node, path, `expected a step such as "- say: Hello" or "- wait: 5s"; steps are ${STEP_LIST}`);
		return null;
	}
	const keys = node.items.map(pair => keyText(pair.key) ?? '?');
	const kinds = keys.filter(isStepKind);
	if (kinds.length === 0) {
		report(reader, node, path, `unknown step "${keys[0]}"${didYouMean(keys[0]!, STEP_KINDS)}; steps are ${STEP_LIST}`);
		return null;
	}
	if (kinds.length > 1) {
		report(reader, node, path, `one step per item, found ${kinds.join(' and ')}: start each step with its own "-"`);
		return null;
	}
	const kind = kinds[0]!;
	const where = join(path, kind);
	const fields = fieldReader(reader, node, path, [kind, ...(STEP_OPTIONS[kind] ?? [])], `a ${kind} step`);
	const field = fields.fields.get(kind)!;
	switch (kind) {
		case 'say': {
			const text = fields.text('say', {
				required: 'what the customer says, e.g. say: "Hi, my order has not arrived"',
				max: SCENARIO_LIMITS.maxTextChars,
			});
			const {min, max} = SCENARIO_LIMITS.charsPerSecond;
			const speed = fields.integer('chars_per_second', {min, max});
			return text === null ? null : {line, do: 'say', text, charsPerSecond: speed};
		}
		case 'wait':
		case 'quiet': {
			const ms = fields.duration(kind, {required: `how long, e.g. ${kind}: 30s`, min: 1});
			return ms === null ? null : {line, do: kind, ms};
		}
		case 'expect':
			return readExpect({...context, depth: context.depth + 1}, field, where, readSteps);
		case 'rate':
			return readRate(context, field, where, line);
		case 'leave':
			if (!isEmpty(field.value)) report(reader, field.value, where, 'leave takes no value: write "- leave"');
			return {line, do: 'leave'};
	}
}

/** A list of steps (a script, a case's then:, an on_timeout:); an absent field is an empty list. */
export function readSteps(context: ScriptContext, field: Field | undefined, path: string): ScriptStep[] {
	const {reader, counted} = context;
	const items = listItems(reader, field, path, 'a list of steps, each starting with "-" (e.g. "- say: Hello")');
	if (!items) return [];
	if (items.length > 0 && context.depth > SCENARIO_LIMITS.expectDepth) {
		report(
			reader,
			items[0],
			path,
			`expects nested more than ${SCENARIO_LIMITS.expectDepth} deep: split the conversation into plainer steps`,
		);
		return [];
	}
	const steps: ScriptStep[] = [];
	let leftAt: ScriptStep | null = null;
	let unreachable = false;
	items.forEach((item, index) => {
		counted.steps++;
		if (counted.steps > SCENARIO_LIMITS.scriptSteps && !counted.reported) {
			counted.reported = true;
			report(
				reader,
				item,
				at(path, index),
				`more than ${SCENARIO_LIMITS.scriptSteps} steps in one script: a demo customer needs far fewer`,
			);
		}
		const step = readStep(context, item, at(path, index));
		if (leftAt && !unreachable) {
			unreachable = true;
			report(
				reader,
				item,
				at(path, index),
				`never runs: the customer left on line ${leftAt.line} (leave ends the script)`,
			);
		}
		if (step) steps.push(step);
		if (step?.do === 'leave') leftAt ??= step;
	});
	return steps;
}
