// The guard's configuration: its shape, the defaults, and a validator that explains every bad value.
import {checkIds, type CheckId} from './finding.js';

/** A jargon term of the team's own: the term alone, or with the plain words to say instead (offered on Tab). */
export type JargonTermConfig = string | {term: string; plain?: string};

export type EmojiMirror = 'same' | 'any' | 'off';

export type GuardConfig = {
	/** Master switch; `--no-guard` sets it to false. */
	enabled: boolean;
	checks: {
		/** E6: negative phrases, each with a positive rewrite. */
		negativePhrase: {enabled: boolean};
		/** E6: a message that opens with a refusal and offers no alternative. */
		bareNo: {enabled: boolean};
		/** E3: a near-miss spelling of the customer's known name. */
		nameSpelling: {enabled: boolean};
		/** E5: ALL CAPS. */
		shouting: {
			enabled: boolean;
			/** This many consecutive all-caps words is shouting. */
			minRun: number;
			/** ... and so is a message of at least minLetters letters of which capsRatio or more are capitals. */
			minLetters: number;
			capsRatio: number;
			/** Extra acronyms and codes that are never shouting (the bundled list has PDF, VAT, USB-C, ...). */
			acronyms: string[];
		};
		/** E5: "!!", "???", "?!?!". */
		repeatedPunctuation: {enabled: boolean};
		/** E5: one point at a time. */
		longMessage: {enabled: boolean; maxLength: number};
		/** E5: jargon the customer should not have to decode. */
		jargon: {
			enabled: boolean;
			/** Use the bundled list (SLA, ticket ID, escalate to L2, ... per language). */
			bundled: boolean;
			terms: JargonTermConfig[];
		};
		/** E4: emoji in moderation, and mainly when the customer uses them. */
		emoji: {
			enabled: boolean;
			/** More than this many emoji in one message is overuse. */
			max: number;
			/** 'same': only emoji the customer has used; 'any': any emoji once the customer has used one; 'off': no mirroring rule. */
			mirror: EmojiMirror;
		};
		/** E7: blaming others (the courier, a colleague, "the system") and excuses. */
		blame: {enabled: boolean};
		/** E5: a draft written in another of the six languages than the customer's. */
		language: {enabled: boolean};
		/** E29: a whole reply of maxWords words or fewer with nothing courteous in it ("Done.", "已发。"). */
		curtFragment: {enabled: boolean; maxWords: number};
	};
};

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}

/** The defaults, frozen: validateGuardConfig hands out copies. */
export const defaultGuardConfig: GuardConfig = deepFreeze<GuardConfig>({
	enabled: true,
	checks: {
		negativePhrase: {enabled: true},
		bareNo: {enabled: true},
		nameSpelling: {enabled: true},
		shouting: {enabled: true, minRun: 3, minLetters: 12, capsRatio: 0.6, acronyms: []},
		repeatedPunctuation: {enabled: true},
		longMessage: {enabled: true, maxLength: 500},
		jargon: {enabled: true, bundled: true, terms: []},
		// E4 amended: any emoji is fine once the customer has used emoji, not only the same one.
		emoji: {enabled: true, max: 2, mirror: 'any'},
		blame: {enabled: true},
		language: {enabled: true},
		curtFragment: {enabled: true, maxWords: 2},
	},
});

export type GuardConfigResult = {ok: true; config: GuardConfig} | {ok: false; errors: string[]};

export class GuardConfigError extends Error {
	readonly errors: readonly string[];
	constructor(errors: string[]) {
		super(`invalid guard configuration:\n  ${errors.join('\n  ')}`);
		this.name = 'GuardConfigError';
		this.errors = errors;
	}
}

type Field =
	| {kind: 'boolean'}
	| {kind: 'integer'; min: number; max: number}
	| {kind: 'ratio'}
	| {kind: 'choice'; choices: readonly string[]}
	| {kind: 'strings'}
	| {kind: 'jargon'};

/** Every option of every check, beside `enabled`, with what it accepts. */
const fields: Readonly<Record<CheckId, Readonly<Record<string, Field>>>> = {
	negativePhrase: {},
	bareNo: {},
	nameSpelling: {},
	shouting: {
		minRun: {kind: 'integer', min: 2, max: 50},
		minLetters: {kind: 'integer', min: 1, max: 10_000},
		capsRatio: {kind: 'ratio'},
		acronyms: {kind: 'strings'},
	},
	repeatedPunctuation: {},
	longMessage: {maxLength: {kind: 'integer', min: 1, max: 100_000}},
	jargon: {bundled: {kind: 'boolean'}, terms: {kind: 'jargon'}},
	emoji: {max: {kind: 'integer', min: 0, max: 100}, mirror: {kind: 'choice', choices: ['same', 'any', 'off']}},
	blame: {},
	language: {},
	curtFragment: {maxWords: {kind: 'integer', min: 1, max: 10}},
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => {
	if (typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	return String(value);
};

const unknownKey = (path: string, key: string, known: readonly string[]): string =>
	`${path}.${key}: unknown option (known: ${known.join(', ')})`;

function checkField(path: string, field: Field, value: unknown, errors: string[]): unknown {
	switch (field.kind) {
		case 'boolean':
			if (typeof value === 'boolean') return value;
			errors.push(`${path}: expected true or false, got ${show(value)}`);
			return undefined;
		case 'integer':
			if (typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max)
				return value;
			errors.push(`${path}: expected a whole number from ${field.min} to ${field.max}, got ${show(value)}`);
			return undefined;
		case 'ratio':
			if (typeof value === 'number' && value > 0 && value <= 1) return value;
			errors.push(`${path}: expected a fraction above 0 and at most 1 (0.6 = 60%), got ${show(value)}`);
			return undefined;
		case 'choice':
			if (typeof value === 'string' && field.choices.includes(value)) return value;
			errors.push(
				`${path}: expected one of ${field.choices.map(choice => `"${choice}"`).join(', ')}, got ${show(value)}`,
			);
			return undefined;
		case 'strings': {
			if (!Array.isArray(value)) {
				errors.push(`${path}: expected a list of words, got ${show(value)}`);
				return undefined;
			}
			const bad = value.findIndex(item => typeof item !== 'string' || item.trim() === '');
			if (bad >= 0) {
				errors.push(`${path}[${bad}]: expected a non-empty word, got ${show(value[bad])}`);
				return undefined;
			}
			return value.map(item => (item as string).trim());
		}
		case 'jargon': {
			if (!Array.isArray(value)) {
				errors.push(
					`${path}: expected a list of terms ("SLA" or {term: "SLA", plain: "agreed response time"}), got ${show(value)}`,
				);
				return undefined;
			}
			const terms: JargonTermConfig[] = [];
			value.forEach((item: unknown, index) => {
				const at = `${path}[${index}]`;
				if (typeof item === 'string' && item.trim() !== '') {
					terms.push(item.trim());
				} else if (isRecord(item)) {
					for (const key of Object.keys(item))
						if (key !== 'term' && key !== 'plain') errors.push(unknownKey(at, key, ['term', 'plain']));
					const {term, plain} = item;
					if (typeof term !== 'string' || term.trim() === '')
						errors.push(`${at}.term: expected a non-empty term, got ${show(term)}`);
					else if (plain !== undefined && (typeof plain !== 'string' || plain.trim() === ''))
						errors.push(`${at}.plain: expected the plain words to say instead, got ${show(plain)}`);
					else terms.push(plain === undefined ? {term: term.trim()} : {term: term.trim(), plain: plain.trim()});
				} else {
					errors.push(`${at}: expected a term ("SLA") or {term, plain}, got ${show(item)}`);
				}
			});
			return terms;
		}
	}
}

function checkSection(id: CheckId, value: unknown, errors: string[], path: string): Record<string, unknown> {
	const defaults = defaultGuardConfig.checks[id] as Record<string, unknown>;
	const section: Record<string, unknown> = {...defaults};
	if (Array.isArray(defaults['acronyms'])) section['acronyms'] = [...(defaults['acronyms'] as string[])];
	if (Array.isArray(defaults['terms'])) section['terms'] = [...(defaults['terms'] as JargonTermConfig[])];
	// `checks.emoji: false` is the short way to switch a check off.
	if (typeof value === 'boolean') return {...section, enabled: value};
	if (!isRecord(value)) {
		errors.push(`${path}: expected true, false or an object of options, got ${show(value)}`);
		return section;
	}
	const own = fields[id];
	const known = ['enabled', ...Object.keys(own)];
	for (const [key, raw] of Object.entries(value)) {
		const field: Field | undefined = key === 'enabled' ? {kind: 'boolean'} : own[key];
		if (field === undefined) {
			errors.push(unknownKey(path, key, known));
			continue;
		}
		const checked = checkField(`${path}.${key}`, field, raw, errors);
		if (checked !== undefined) section[key] = checked;
	}
	return section;
}

/**
 * Validates guard options (any subset; what is left out keeps its default) and returns the full configuration,
 * or every problem found, each as `path: what was expected, got what`. `true`/`false` stand for
 * {enabled: true/false}, for the whole guard and for each check.
 */
export function validateGuardConfig(input: unknown, path = 'guard'): GuardConfigResult {
	const errors: string[] = [];
	if (input === undefined || input === null) return {ok: true, config: cloneDefaults()};
	if (typeof input === 'boolean') return {ok: true, config: {...cloneDefaults(), enabled: input}};
	if (!isRecord(input))
		return {ok: false, errors: [`${path}: expected true, false or an object of options, got ${show(input)}`]};
	let enabled = defaultGuardConfig.enabled;
	const checks = cloneDefaults().checks as Record<CheckId, Record<string, unknown>>;
	for (const [key, value] of Object.entries(input)) {
		if (key === 'enabled') {
			const checked = checkField(`${path}.enabled`, {kind: 'boolean'}, value, errors);
			if (typeof checked === 'boolean') enabled = checked;
		} else if (key === 'checks') {
			if (!isRecord(value)) {
				errors.push(`${path}.checks: expected an object with one entry per check, got ${show(value)}`);
				continue;
			}
			for (const [id, section] of Object.entries(value)) {
				if (!(checkIds as readonly string[]).includes(id)) {
					errors.push(unknownKey(`${path}.checks`, id, checkIds));
					continue;
				}
				checks[id as CheckId] = checkSection(id as CheckId, section, errors, `${path}.checks.${id}`);
			}
		} else {
			errors.push(unknownKey(path, key, ['enabled', 'checks']));
		}
	}
	if (errors.length > 0) return {ok: false, errors};
	return {ok: true, config: {enabled, checks: checks as unknown as GuardConfig['checks']}};
}

function cloneDefaults(): GuardConfig {
	const c = defaultGuardConfig.checks;
	return {
		enabled: defaultGuardConfig.enabled,
		checks: {
			negativePhrase: {...c.negativePhrase},
			bareNo: {...c.bareNo},
			nameSpelling: {...c.nameSpelling},
			shouting: {...c.shouting, acronyms: [...c.shouting.acronyms]},
			repeatedPunctuation: {...c.repeatedPunctuation},
			longMessage: {...c.longMessage},
			jargon: {...c.jargon, terms: [...c.jargon.terms]},
			emoji: {...c.emoji},
			blame: {...c.blame},
			language: {...c.language},
			curtFragment: {...c.curtFragment},
		},
	};
}
