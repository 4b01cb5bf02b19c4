// Reads an `expect` step: what the customer waits for from the agent, what they do then, and what if it never comes.
import {isMap, type Node} from 'yaml';
import {didYouMean} from '../../courtesy/did-you-mean.js';
import {fieldReader} from './field-reader.js';
import {at, isEmpty, join, listItems, report, scalarText, type Field} from './node-reader.js';
import {compilePattern} from './pattern.js';
import type {AgentMove, ExpectCase, ScriptStep} from './scenario.js';
import type {ScriptContext} from './script-context.js';

/** The moves as the YAML spells them (snake_case like every other key), and the kind each becomes. */
export const MOVES = {
	reply: 'reply',
	hold: 'hold',
	unhold: 'unhold',
	transfer: 'transfer',
	rating_request: 'rating-request',
	end: 'end',
} as const satisfies Record<string, AgentMove['kind']>;
type MoveName = keyof typeof MOVES;
const MOVE_NAMES = Object.keys(MOVES) as MoveName[];
const MOVE_LIST = MOVE_NAMES.join(', ');
const EXPECT_OPTIONS = ['on', 'then', 'timeout', 'on_timeout'] as const;

export type StepsReader = (context: ScriptContext, field: Field | undefined, path: string) => ScriptStep[];

const isMove = (name: string): name is MoveName => (MOVE_NAMES as string[]).includes(name);

/** A move's value: reply's pattern (empty: any reply); the other moves take none. */
function readMove(context: ScriptContext, name: MoveName, field: Field, path: string): AgentMove | null {
	if (name === 'reply') {
		const text = scalarText(field.value);
		if (text === undefined) {
			report(
				context.reader,
				field.value,
				join(path, 'reply'),
				'expected a pattern such as "name|navn", or nothing for any reply',
				field.key,
			);
			return null;
		}
		const compiled = compilePattern(text ?? '');
		if ('error' in compiled) report(context.reader, field.value, join(path, 'reply'), compiled.error);
		return 'error' in compiled ? null : {kind: 'reply', pattern: compiled.pattern};
	}
	if (!isEmpty(field.value)) {
		report(
			context.reader,
			field.value,
			join(path, name),
			`${name} takes no value (only reply has a pattern); write "- ${name}:" or "- ${name}"`,
			field.key,
		);
		return null;
	}
	return {kind: MOVES[name]} as AgentMove;
}

/** One outcome: "reply: pattern" (+ then:), "transfer:" (+ then:), or just the move's name. */
function readCase(context: ScriptContext, node: Node, path: string, readSteps: StepsReader): ExpectCase | null {
	const line = context.reader.lines.ofNode(node);
	const bare = scalarText(node);
	if (typeof bare === 'string') {
		if (isMove(bare))
			return {
				line,
				move: (bare === 'reply' ? {kind: 'reply', pattern: null} : {kind: MOVES[bare]}) as AgentMove,
				then: [],
			};
		report(
			context.reader,
			node,
			path,
			`unknown move "${bare}"${didYouMean(bare, MOVE_NAMES)}; a customer can wait for ${MOVE_LIST}`,
		);
		return null;
	}
	if (!isMap(node)) {
		report(
			context.reader,
			node,
			path,
			`expected a case such as {reply: "name|navn", then: [...]}; moves are ${MOVE_LIST}`,
		);
		return null;
	}
	const fields = fieldReader(context.reader, node, path, [...MOVE_NAMES, 'then'], 'a case');
	return caseFrom(context, fields.fields, node, path, readSteps);
}

/** The move named among `fields` (exactly one) and its `then` steps. */
function caseFrom(
	context: ScriptContext,
	fields: ReadonlyMap<string, Field>,
	node: Node,
	path: string,
	readSteps: StepsReader,
): ExpectCase | null {
	const moves = [...fields.keys()].filter(isMove);
	if (moves.length === 0) {
		report(context.reader, node, path, `nothing to wait for: give one of ${MOVE_LIST} (or on: with several cases)`);
		return null;
	}
	if (moves.length > 1) {
		report(
			context.reader,
			fields.get(moves[1]!)!.key,
			path,
			`one move per case, found ${moves.join(' and ')}: give each its own case under on:`,
		);
		return null;
	}
	const move = readMove(context, moves[0]!, fields.get(moves[0]!)!, path);
	const then = readSteps(context, fields.get('then'), join(path, 'then'));
	return move === null ? null : {line: context.reader.lines.ofNode(node), move, then};
}

export function readExpect(
	context: ScriptContext,
	field: Field,
	path: string,
	readSteps: StepsReader,
): ScriptStep | null {
	const {reader} = context;
	const line = reader.lines.ofNode(field.key);
	const node = field.value;
	const bare = scalarText(node);
	if (typeof bare === 'string' || bare === null) {
		if (bare !== null && isMove(bare))
			return {line, do: 'expect', cases: [readCase(context, node!, path, readSteps)!], timeoutMs: null, onTimeout: []};
		report(
			reader,
			node,
			path,
			bare === null
				? `expect needs something to wait for: ${MOVE_LIST}`
				: `unknown move "${bare}"${didYouMean(bare, MOVE_NAMES)}; a customer can wait for ${MOVE_LIST}`,
			field.key,
		);
		return null;
	}
	if (!isMap(node)) {
		report(
			reader,
			node,
			path,
			`expected a move (expect: reply) or a mapping (expect: {reply: "pattern", timeout: 90s})`,
		);
		return null;
	}
	const fields = fieldReader(reader, node, path, [...MOVE_NAMES, ...EXPECT_OPTIONS], 'expect');
	const timeoutMs = fields.duration('timeout', {min: 1});
	const onTimeoutField = fields.fields.get('on_timeout');
	if (onTimeoutField && !fields.has('timeout'))
		report(
			reader,
			onTimeoutField.key,
			join(path, 'on_timeout'),
			'on_timeout needs a timeout: (how long the customer waits), e.g. timeout: 90s',
		);
	const onTimeout = readSteps(context, onTimeoutField, join(path, 'on_timeout'));

	let cases: ExpectCase[] = [];
	const onField = fields.fields.get('on');
	const moveKeys = [...fields.fields.keys()].filter(key => isMove(key) || key === 'then');
	if (onField) {
		if (moveKeys.length > 0)
			report(
				reader,
				fields.fields.get(moveKeys[0]!)!.key,
				join(path, moveKeys[0]!),
				'either list the cases under on:, or give one move here, not both',
			);
		const items = listItems(
			reader,
			onField,
			join(path, 'on'),
			'a list of cases, each "- reply: pattern" or "- transfer:" with an optional then:',
		);
		items?.forEach((item, index) => {
			const read = readCase(context, item, at(join(path, 'on'), index), readSteps);
			if (read) cases.push(read);
		});
		if (items && items.length === 0)
			report(reader, onField.value, join(path, 'on'), `no cases: give at least one of ${MOVE_LIST}`, onField.key);
	} else {
		const single = caseFrom(context, fields.fields, node, path, readSteps);
		cases = single ? [single] : [];
	}
	return {line, do: 'expect', cases, timeoutMs, onTimeout};
}
