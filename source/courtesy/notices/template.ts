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

/** Where each part starts in the template (UTF-16 offset), so a stricter reader can point at it. */
export type TemplatePart =
	| {type: 'text'; text: string; offset: number}
	| {type: 'placeholder'; placeholder: Placeholder; offset: number}
	/**
	 * Not a placeholder, kept as text. `closed`: a whole `{{...}}` whose inside does not read as one (its
	 * `text` is the raw piece); otherwise a `{{` with no `}}` for it (its `text` runs to the next `{{`).
	 */
	| {type: 'malformed'; text: string; offset: number; closed: boolean};

/**
 * How a `{{` pairs with its `}}`. The defaults are the notices' lenient reading; canned texts pass their
 * own (canned/placeholders.ts) because their files are checked line by line and report whole pieces.
 */
export type TemplateSyntax = {
	/** Whether a `}}` on a later line still closes a `{{`. */
	multiline: boolean;
	/**
	 * A second `{{` before the `}}`: 'restart' makes the first one stray, so the second can still start a
	 * real placeholder; 'inside' keeps it inside one piece, `{{ a {{b}}`, which then fails as a whole.
	 */
	reopen: 'restart' | 'inside';
};

const LENIENT: TemplateSyntax = {multiline: true, reopen: 'restart'};

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

/** Splits a template into text, placeholders and malformed pieces, left to right: the one tokenizer of the syntax. */
export function parseTemplate(template: string, syntax: TemplateSyntax = LENIENT): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let textStart = 0;
	const endText = (end: number) => {
		if (end > textStart) parts.push({type: 'text', text: template.slice(textStart, end), offset: textStart});
	};
	for (let open = template.indexOf('{{'); open !== -1; open = template.indexOf('{{', textStart)) {
		const close = template.indexOf('}}', open + 2);
		const reopen = template.indexOf('{{', open + 2);
		const newline = syntax.multiline ? -1 : template.indexOf('\n', open + 2);
		const before = (at: number) => at !== -1 && at < close;
		endText(open);
		if (close === -1 || before(newline) || (syntax.reopen === 'restart' && before(reopen))) {
			// A stray `{{`: the next `{{` (if any) may still start a real placeholder.
			textStart = reopen === -1 ? template.length : reopen;
			parts.push({type: 'malformed', text: template.slice(open, textStart), offset: open, closed: false});
			continue;
		}
		const placeholder = splitPlaceholder(template.slice(open, close + 2));
		parts.push(
			NAME.test(placeholder.name)
				? {type: 'placeholder', placeholder, offset: open}
				: {type: 'malformed', text: placeholder.raw, offset: open, closed: true},
		);
		textStart = close + 2;
	}
	endText(template.length);
	return parts;
}

/**
 * How a whole `{{...}}` splits into name, fallback and `?`, before its name is judged: parseTemplate
 * judges it loosely, canned texts by their own rules, both from this one split.
 */
export function splitPlaceholder(raw: string): Placeholder {
	const inner = raw.slice(2, -2);
	const bar = inner.indexOf('|');
	let name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
	const fallback = bar === -1 ? null : inner.slice(bar + 1).trim();
	const ask = name.endsWith('?');
	if (ask) name = name.slice(0, -1).trimEnd();
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
export function fillTemplate(
	template: string,
	values: TemplateValues,
	options: TemplateFillOptions = {},
): TemplateFill {
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
	return {
		text: defuseBraces(text),
		used: [...used],
		missing: [...missing],
		unknown: [...unknown],
		asked: [...asked],
		malformed,
	};
}

/** `{{` → `{ {` (and `{{{` → `{ { {`): what is left can never read as a placeholder. */
export function defuseBraces(text: string): string {
	return text.replace(/\{(?=\{)/g, '{ ');
}
