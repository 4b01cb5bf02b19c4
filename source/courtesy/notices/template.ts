// The placeholder language shared by notices and canned responses: `{{name}}`, `{{name|fallback}}`, `{{name?}}`.

/**
 * One `{{...}}` in a template. `ask` marks a value the agent is asked for (`{{order_number?}}`, E12): it
 * is never "unknown", because canned authors invent such names freely.
 */
export type Placeholder = {
	name: string;
	/** Text used when the value is missing; null when none was given (`{{x|}}` is an empty fallback). */
	fallback: string | null;
	ask: boolean;
	/** The placeholder as written, braces included. */
	raw: string;
};

export type TemplatePart = {type: 'text'; text: string} | {type: 'placeholder'; placeholder: Placeholder} | {type: 'malformed'; text: string};

export type TemplateValue = string | number | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export type TemplateFillOptions = {
	/** Names the caller knows how to fill; others are reported in `unknown`. Omit to accept any name. */
	known?: Iterable<string>;
};

export type TemplateFill = {
	/** The filled text: never contains `{{`, whatever the template or the values held. */
	text: string;
	/** Names filled from a value, in order of first use. */
	used: string[];
	/** Names with no value and no fallback: they came out empty. */
	missing: string[];
	/** Names outside `known` (ask placeholders excepted). */
	unknown: string[];
	/** Names marked with `?`, whether filled or not: what a canned picker asks the agent for. */
	asked: string[];
	/** Pieces that look like a placeholder but are not one (`{{` without `}}`, `{{two words}}`): kept as text, defused. */
	malformed: string[];
};

const NAME = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;

/** Splits a template into text, placeholders and malformed pieces, left to right. */
export function parseTemplate(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let text = '';
	let at = 0;
	while (at < template.length) {
		const open = template.indexOf('{{', at);
		if (open === -1) {
			text += template.slice(at);
			break;
		}
		text += template.slice(at, open);
		const close = template.indexOf('}}', open + 2);
		const reopen = template.indexOf('{{', open + 2);
		if (close === -1 || (reopen !== -1 && reopen < close)) {
			// A stray `{{`: the next `{{` (if any) may still start a real placeholder.
			const end = reopen === -1 ? template.length : reopen;
			if (text) parts.push({type: 'text', text});
			text = '';
			parts.push({type: 'malformed', text: template.slice(open, end)});
			at = end;
			continue;
		}
		const raw = template.slice(open, close + 2);
		const placeholder = readPlaceholder(raw);
		if (text) parts.push({type: 'text', text});
		text = '';
		parts.push(placeholder ? {type: 'placeholder', placeholder} : {type: 'malformed', text: raw});
		at = close + 2;
	}
	if (text) parts.push({type: 'text', text});
	return parts;
}

function readPlaceholder(raw: string): Placeholder | null {
	const inner = raw.slice(2, -2);
	const bar = inner.indexOf('|');
	let name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
	const fallback = bar === -1 ? null : inner.slice(bar + 1).trim();
	const ask = name.endsWith('?');
	if (ask) name = name.slice(0, -1).trimEnd();
	if (!NAME.test(name)) return null;
	return {name, fallback, ask, raw};
}

/** The placeholders of a template, in order, repeats included. */
export function placeholdersOf(template: string): Placeholder[] {
	return parseTemplate(template).flatMap(part => (part.type === 'placeholder' ? [part.placeholder] : []));
}

/** A value counts only when it has something to say: null, undefined and blank strings are missing. */
export function hasValue(value: TemplateValue): value is string | number {
	if (value === null || value === undefined) return false;
	return typeof value === 'number' ? Number.isFinite(value) : value.trim() !== '';
}

/**
 * Fills a template in one pass. Values are inserted as they are and never expanded again, so a customer
 * who calls themselves "{{agent.name}}" cannot make the text say anything else; any `{{` that survives
 * (from a value or a malformed piece) is defused to `{ {`, so no later pass can mistake it for a placeholder.
 */
export function fillTemplate(template: string, values: TemplateValues, options: TemplateFillOptions = {}): TemplateFill {
	const known = options.known ? new Set(options.known) : null;
	const used = new Set<string>();
	const missing = new Set<string>();
	const unknown = new Set<string>();
	const asked = new Set<string>();
	const malformed: string[] = [];
	let text = '';
	for (const part of parseTemplate(template)) {
		if (part.type === 'text') {
			text += part.text;
			continue;
		}
		if (part.type === 'malformed') {
			malformed.push(part.text.length > 30 ? `${part.text.slice(0, 29)}…` : part.text);
			text += part.text;
			continue;
		}
		const {name, fallback, ask} = part.placeholder;
		if (ask) asked.add(name);
		else if (known && !known.has(name)) unknown.add(name);
		const value = Object.hasOwn(values, name) ? values[name] : undefined;
		if (hasValue(value)) {
			used.add(name);
			text += String(value);
		} else if (fallback !== null) {
			text += fallback;
		} else {
			missing.add(name);
		}
	}
	return {text: defuseBraces(text), used: [...used], missing: [...missing], unknown: [...unknown], asked: [...asked], malformed};
}

/** `{{` → `{ {` (and `{{{` → `{ { {`): what is left can never read as a placeholder. */
export function defuseBraces(text: string): string {
	return text.replace(/\{(?=\{)/g, '{ ');
}
