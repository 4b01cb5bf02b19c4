// Canned texts' stricter rules on the shared placeholder syntax (courtesy's tokenizer): which names, problems with offsets, fill with markers.
import {
	parseTemplate as tokenize,
	splitPlaceholder,
	type Placeholder,
	type TemplateSyntax,
} from '../courtesy/notices/template.js';

/** Values the client fills from the chat (E3, E12): a canned text may use these and nothing else unasked. */
export const CANNED_PLACEHOLDERS = ['customer.name', 'agent.name', 'company', 'department', 'chat.id'] as const;
export type CannedPlaceholder = (typeof CANNED_PLACEHOLDERS)[number];

/** A filled value, by placeholder name; null, undefined or blank counts as unknown. */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

export type TemplatePart =
	| {kind: 'text'; text: string}
	/** A value filled from the context; `fallback` stands in when it is unknown (null: none given). */
	| {kind: 'value'; name: string; fallback: string | null; raw: string; offset: number}
	/** A value only the agent can give (`{{order_number?}}`): it stays marked in the text for them to edit. */
	| {kind: 'ask'; name: string; raw: string; offset: number};

/** What is wrong with one placeholder; `offset` is where its `{{` starts in the text. */
export type PlaceholderProblem = {raw: string; offset: number; message: string};

export type ParsedTemplate = {parts: TemplatePart[]; problems: PlaceholderProblem[]};

/** A marker left in filled text: an asked value, or a known one with no value and no fallback. */
export type MarkedValue = {
	name: string;
	/** `ask`: the agent was always meant to supply it; `missing`: the chat did not know it. */
	reason: 'ask' | 'missing';
	/** What the text shows, e.g. "[order number]". */
	marker: string;
	/** Where the marker is in the filled text (UTF-16 offsets, end exclusive), so a UI can jump to it. */
	start: number;
	end: number;
};

export type FilledText = {text: string; marks: MarkedValue[]};

const CONTEXT_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
// Asked names carry no dots: dotted names are reserved for values the client fills itself.
const ASK_NAME = /^[a-z][a-z0-9_]*$/;

/** "order_number" -> "order number": the words a marker shows. */
export function markerLabel(name: string): string {
	return name.replaceAll(/[._]+/g, ' ').trim();
}

/** "[order number]": square brackets because they read as "fill me in" in every language and never come from a template. */
export function markerFor(name: string): string {
	return `[${markerLabel(name)}]`;
}

// Canned files report problems as file:line, so a placeholder never spans lines, and everything from `{{` to
// its `}}` is one piece reported whole (`{{ a {{b}}` is one unknown placeholder, not a stray and a fill).
const CANNED_SYNTAX: TemplateSyntax = {multiline: false, reopen: 'inside'};

const UNCLOSED = 'unclosed {{ (a placeholder ends with }} on the same line)';

/** A whole `{{...}}` judged by the canned rules: a part to fill, or what is wrong with it. */
function judge(
	{name, fallback, ask, raw}: Placeholder,
	offset: number,
	known: ReadonlySet<string>,
): TemplatePart | PlaceholderProblem {
	if (name === '' && !ask) return {raw, offset, message: `empty placeholder ${raw}`};
	if (ask) {
		if (known.has(name))
			return {
				raw,
				offset,
				message: `${raw}: ${name} is filled from the chat; write {{${name}}} or {{${name}|fallback}}`,
			};
		if (!ASK_NAME.test(name))
			return {
				raw,
				offset,
				message: `${raw}: a value the agent is asked for is named in lower case, digits and _, like {{order_number?}}`,
			};
		if (fallback !== null) return {raw, offset, message: `${raw}: a value the agent is asked for has no fallback`};
		return {kind: 'ask', name, raw, offset};
	}
	if (!CONTEXT_NAME.test(name) || !known.has(name)) {
		const hint = [...known].map(each => `{{${each}}}`).join(', ');
		return {raw, offset, message: `unknown placeholder ${raw} (known: ${hint}; ask the agent with {{name?}})`};
	}
	return {kind: 'value', name, fallback, raw, offset};
}

/**
 * Splits a text into literal parts and placeholders. Everything between `{{` and the next `}}` on the
 * same line is one placeholder; a `{{` with no `}}` is a problem, not text, so a typo never reaches a customer.
 * A placeholder with a problem stays in the literal text as written.
 */
export function parseTemplate(text: string, known: Iterable<string> = CANNED_PLACEHOLDERS): ParsedTemplate {
	const knownSet = new Set(known);
	const parts: TemplatePart[] = [];
	const problems: PlaceholderProblem[] = [];
	let textStart = 0;
	for (const token of tokenize(text, CANNED_SYNTAX)) {
		if (token.type === 'text') continue;
		if (token.type === 'malformed' && !token.closed) {
			problems.push({raw: '{{', offset: token.offset, message: UNCLOSED});
			continue;
		}
		// The tokenizer's own name rule is looser than ours, so a piece it calls malformed is still judged here, for the message.
		const placeholder = token.type === 'placeholder' ? token.placeholder : splitPlaceholder(token.text);
		const part = judge(placeholder, token.offset, knownSet);
		if (!('kind' in part)) {
			problems.push(part);
			continue;
		}
		if (token.offset > textStart) parts.push({kind: 'text', text: text.slice(textStart, token.offset)});
		parts.push(part);
		textStart = token.offset + placeholder.raw.length;
	}
	if (textStart < text.length) parts.push({kind: 'text', text: text.slice(textStart)});
	return {parts, problems};
}

/** The problems of a text's placeholders (empty when it is fine). */
export function checkTemplate(text: string, known: Iterable<string> = CANNED_PLACEHOLDERS): PlaceholderProblem[] {
	return parseTemplate(text, known).problems;
}

const LETTER_AFTER = /^[\p{L}\p{N}]/u;
const PUNCTUATION_AFTER = /^([.!?;:)\]。！？；：）]|$)/u;

/**
 * An empty value leaves no gap: "Hei {{customer.name|}}, og velkommen" -> "Hei, og velkommen", and
 * "Thank you, {{customer.name|}}!" -> "Thank you!". Only done before a space or punctuation, so words never join.
 */
function closeGap(before: string, after: string): string {
	if (LETTER_AFTER.test(after)) return before;
	const trimmed = before.replace(/[ \t]+$/, '');
	return PUNCTUATION_AFTER.test(after) ? trimmed.replace(/[,，、]$/, '') : trimmed;
}

/**
 * Fills a text: known values from `values`, their fallback when unknown, and a visible marker such as
 * "[order number]" for every asked value and every unknown value without a fallback (E12: the agent edits
 * the text before it is sent, never sends it blind). Values are inserted as they are, never parsed again.
 * Problems are not thrown (check files with checkTemplate when loading them): a broken placeholder stays as written.
 */
export function fillTemplate(
	text: string,
	values: PlaceholderValues,
	known: Iterable<string> = CANNED_PLACEHOLDERS,
): FilledText {
	let out = '';
	const marks: MarkedValue[] = [];
	const mark = (name: string, reason: MarkedValue['reason']) => {
		const marker = markerFor(name);
		marks.push({name, reason, marker, start: out.length, end: out.length + marker.length});
		out += marker;
	};
	for (const part of parseTemplate(text, known).parts) {
		if (part.kind === 'text') {
			out += part.text;
		} else if (part.kind === 'ask') {
			mark(part.name, 'ask');
		} else {
			const value = values[part.name]?.trim();
			if (value) out += value;
			else if (part.fallback === null) mark(part.name, 'missing');
			else if (part.fallback !== '') out += part.fallback;
			else out = closeGap(out, text.slice(part.offset + part.raw.length));
		}
	}
	return {text: out, marks};
}
