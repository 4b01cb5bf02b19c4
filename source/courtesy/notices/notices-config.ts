// The `notices` section of config: switching kinds off and replacing wordings, checked with errors a person can act on.
import {closestWord, didYouMean} from '../did-you-mean.js';
import {
	DEFAULT_ENABLED,
	NOTICE_KINDS,
	NOTICE_PLACEHOLDERS,
	TEMPLATE_KEYS,
	TEMPLATE_SPECS,
	isNoticeKind,
	isTemplateKey,
	type NoticeKind,
	type TemplateKey,
} from './notice-kinds.js';
import {NOTICE_LOCALES, isNoticeLocale, type NoticeLocale} from './notice-locale.js';
import {parseTemplate} from './template.js';

/** Replacement wordings: they replace the bundled list of that key and locale; other locales keep theirs. */
export type NoticeTemplateOverrides = Partial<Record<TemplateKey, Partial<Record<NoticeLocale, readonly string[]>>>>;

/**
 * `{notices: {enabled: {greeting: true, "idle-close-offer": true}, templates: {greeting: {en: ["Hi {{customer.name}}, ..."]}}}}`
 */
export type NoticesConfig = {
	enabled?: Partial<Record<NoticeKind, boolean>>;
	templates?: NoticeTemplateOverrides;
};

export type NoticesConfigResult = {ok: true; config: NoticesConfig} | {ok: false; errors: string[]};

export function isNoticeEnabled(kind: NoticeKind, config?: NoticesConfig): boolean {
	return config?.enabled?.[kind] ?? DEFAULT_ENABLED[kind];
}

const list = (names: readonly string[]): string => names.join(', ');
const braces = (names: readonly string[]): string => list(names.map(name => `{{${name}}}`));

/**
 * What is wrong with one wording for a template key; empty when nothing is. The bundled wordings pass the
 * same check (tested), so an override is held to exactly the rules the defaults keep.
 */
export function checkTemplate(key: TemplateKey, template: string): string[] {
	const spec = TEMPLATE_SPECS[key];
	if (template.trim() === '') return ['is empty'];
	const problems: string[] = [];
	const used = new Set<string>();
	for (const part of parseTemplate(template)) {
		if (part.type === 'malformed') {
			problems.push(`"${part.text.slice(0, 30)}" is not a placeholder: write {{name}} or {{name|fallback}}`);
			continue;
		}
		if (part.type !== 'placeholder') continue;
		const {name, ask} = part.placeholder;
		used.add(name);
		if (ask) {
			problems.push(`{{${name}?}} asks the agent for a value, and an automatic notice has nobody to ask`);
		} else if (!(spec.allowed as readonly string[]).includes(name)) {
			const guess = closestWord(name, spec.allowed);
			const known = (NOTICE_PLACEHOLDERS as readonly string[]).includes(name);
			const what = known ? `{{${name}}} is not available in ${key}` : `unknown placeholder {{${name}}}`;
			problems.push(`${what}${guess ? ` (did you mean {{${guess}}}?)` : ''}; ${key} accepts ${braces(spec.allowed)}`);
		}
	}
	for (const name of spec.must) {
		if (!used.has(name)) problems.push(`must contain {{${name}}}${spec.why?.[name] ? ` (${spec.why[name]})` : ''}`);
	}
	return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where a kind has several lists, say which, so `templates.transfer` leads somewhere. */
function templateKeyHint(name: string): string {
	const lists = TEMPLATE_KEYS.filter(key => TEMPLATE_SPECS[key].kind === name);
	if (lists.length > 0) return `${name} has the lists ${list(lists)}`;
	const guess = closestWord(name, TEMPLATE_KEYS);
	return guess ? `did you mean ${guess}?` : `lists are ${list(TEMPLATE_KEYS)}`;
}

function validateEnabled(value: unknown, path: string, errors: string[]): NoticesConfig['enabled'] {
	if (!isRecord(value)) {
		errors.push(`${path}: expected an object of notice kinds to true or false, such as {"idle-close-offer": true}`);
		return undefined;
	}
	const enabled: Partial<Record<NoticeKind, boolean>> = {};
	for (const [name, on] of Object.entries(value)) {
		if (!isNoticeKind(name)) {
			errors.push(
				`${path}.${name}: unknown notice kind${didYouMean(name, NOTICE_KINDS)}; kinds are ${list(NOTICE_KINDS)}`,
			);
		} else if (typeof on !== 'boolean') {
			errors.push(`${path}.${name}: expected true or false, got ${JSON.stringify(on)}`);
		} else {
			enabled[name] = on;
		}
	}
	return enabled;
}

function validateWordings(key: TemplateKey, value: unknown, path: string, errors: string[]): string[] | null {
	// One wording may be written without the list around it.
	const wordings = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(wordings) || wordings.length === 0) {
		errors.push(`${path}: expected a list of one or more texts`);
		return null;
	}
	const accepted: string[] = [];
	wordings.forEach((wording: unknown, index) => {
		const at = typeof value === 'string' ? path : `${path}[${index}]`;
		if (typeof wording !== 'string') {
			errors.push(`${at}: expected a text, got ${JSON.stringify(wording)}`);
			return;
		}
		const problems = checkTemplate(key, wording);
		for (const problem of problems) errors.push(`${at}: ${problem}`);
		if (problems.length === 0) accepted.push(wording);
	});
	return accepted.length === wordings.length ? accepted : null;
}

function validateTemplates(value: unknown, path: string, errors: string[]): NoticeTemplateOverrides | undefined {
	if (!isRecord(value)) {
		errors.push(`${path}: expected an object of lists, such as {"greeting": {"en": ["Hi {{customer.name}}, ..."]}}`);
		return undefined;
	}
	const templates: NoticeTemplateOverrides = {};
	for (const [key, byLocale] of Object.entries(value)) {
		if (!isTemplateKey(key)) {
			errors.push(`${path}.${key}: unknown list (${templateKeyHint(key)})`);
			continue;
		}
		if (!isRecord(byLocale)) {
			errors.push(`${path}.${key}: expected an object of languages to lists, such as {"en": ["..."], "nb": ["..."]}`);
			continue;
		}
		const lists: Partial<Record<NoticeLocale, readonly string[]>> = {};
		for (const [locale, wordings] of Object.entries(byLocale)) {
			if (!isNoticeLocale(locale)) {
				errors.push(`${path}.${key}.${locale}: unknown language; notices are written in ${list(NOTICE_LOCALES)}`);
				continue;
			}
			const accepted = validateWordings(key, wordings, `${path}.${key}.${locale}`, errors);
			if (accepted) lists[locale] = accepted;
		}
		templates[key] = lists;
	}
	return templates;
}

/** Checks the `notices` section of config; `path` prefixes every error so it points into the file. */
export function validateNoticesConfig(value: unknown, path = 'notices'): NoticesConfigResult {
	if (value === undefined || value === null) return {ok: true, config: {}};
	if (!isRecord(value)) return {ok: false, errors: [`${path}: expected an object with "enabled" and/or "templates"`]};
	const errors: string[] = [];
	const config: NoticesConfig = {};
	for (const [name, section] of Object.entries(value)) {
		if (name === 'enabled') config.enabled = validateEnabled(section, `${path}.enabled`, errors);
		else if (name === 'templates') config.templates = validateTemplates(section, `${path}.templates`, errors);
		else errors.push(`${path}.${name}: unknown setting; expected "enabled" or "templates"`);
	}
	return errors.length > 0 ? {ok: false, errors} : {ok: true, config};
}
