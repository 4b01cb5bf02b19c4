// The guard's labelled drafts (test/courtesy/guard/drafts/): loading them and scoring the guard against them.
import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import {checkMessage, defaultGuardConfig, type Finding, type GuardLocale} from '../../source/courtesy/guard/index.js';
import {LANGUAGES} from '../../source/courtesy/languages.js';

/** What a draft is labelled: the ETIQUETTE rule the guard must flag it under, or clean. */
export type Expectation = 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E29' | 'clean';
const EXPECTATIONS: readonly Expectation[] = ['E3', 'E4', 'E5', 'E6', 'E7', 'E29', 'clean'];

/**
 * tuning: the guard was tuned on these; held-out: every 4th draft of the first set, never tuned on; unseen: the
 * last batch, written after all tuning and scored on the guard as it stands.
 */
export type Part = 'tuning' | 'held-out' | 'unseen';

/** The files a draft came from: the first set, then each batch written after it (see drafts/README.md). */
export const BATCHES = ['first', 'fresh-1', 'fresh-2', 'fresh-3', 'final', 'batch-a', 'batch-b', 'batch-c'] as const;
export type Batch = (typeof BATCHES)[number];
const FOLDER_OF: Record<Batch, string> = {
	first: '',
	'fresh-1': 'fresh/',
	'fresh-2': 'fresh-2/',
	'fresh-3': 'fresh-3/',
	final: 'final/',
	'batch-a': 'batch-a/',
	'batch-b': 'batch-b/',
	'batch-c': 'batch-c/',
};
/**
 * The fresh batches were each scored once on the guard as it stood (docs/guard.md keeps those first scores), then
 * the guard was tuned on their misses: from then on they are tuning drafts.
 */
const PART_OF: Record<Exclude<Batch, 'first'>, Part> = {
	'fresh-1': 'tuning',
	'fresh-2': 'tuning',
	'fresh-3': 'tuning',
	// Written after all tuning, scored once; its misses are never printed and nothing is tuned on it.
	final: 'unseen',
	// Session 4: written by an independent author who never saw the guard (drafts/README.md); first scored, then tuned on.
	'batch-a': 'tuning',
	'batch-b': 'tuning',
	// Batch C: by the same independent author, scored once after all tuning on A and B; never tuned on, misses never printed.
	'batch-c': 'unseen',
};

export type LabelledDraft = {
	locale: GuardLocale;
	part: Part;
	batch: Batch;
	/** Its place in its file, from 0; in the first set every 4th (index % 4 === 3) is held out from tuning. */
	index: number;
	text: string;
	expect: Expectation;
	customerName: string | null;
	agentName: string | null;
	emoji: readonly string[];
	why?: string;
};

// bench/guard/ and dist/bench/ are both two levels below the repository, where test/ is.
const DRAFTS = new URL('../../test/courtesy/guard/drafts/', import.meta.url);

function fail(file: string, detail: string): never {
	throw new Error(`test/courtesy/guard/drafts/${file}: ${detail}`);
}

function loadLanguage(locale: GuardLocale, batch: Batch): LabelledDraft[] {
	const file = `${FOLDER_OF[batch]}${locale}.yaml`;
	const data = parse(readFileSync(new URL(file, DRAFTS), 'utf8')) as Record<string, unknown>;
	if (data['locale'] !== locale) fail(file, `locale is ${String(data['locale'])}, expected ${locale}`);
	const customer = typeof data['customer'] === 'string' ? data['customer'] : null;
	const agent = typeof data['agent'] === 'string' ? data['agent'] : null;
	const drafts = data['drafts'];
	if (!Array.isArray(drafts)) fail(file, 'drafts is not a list');
	return drafts.map((entry: Record<string, unknown>, index): LabelledDraft => {
		const {text, expect, name, emoji, why} = entry;
		if (typeof text !== 'string' || text.trim() === '') fail(file, `draft ${index + 1} has no text`);
		if (!EXPECTATIONS.includes(expect as Expectation))
			fail(file, `draft ${index + 1} expects ${String(expect)}, not one of ${EXPECTATIONS.join(', ')}`);
		return {
			locale,
			part: batch === 'first' ? (index % 4 === 3 ? 'held-out' : 'tuning') : PART_OF[batch],
			batch,
			index,
			text,
			expect: expect as Expectation,
			customerName: typeof name === 'string' ? name : customer,
			agentName: agent,
			emoji: Array.isArray(emoji) ? emoji.map(String) : [],
			...(typeof why === 'string' ? {why} : {}),
		};
	});
}

export function loadLabelledDrafts(): LabelledDraft[] {
	return LANGUAGES.flatMap(locale => BATCHES.flatMap(batch => loadLanguage(locale, batch)));
}

export function findingsFor(draft: LabelledDraft): Finding[] {
	return checkMessage(draft.text, {
		locale: draft.locale,
		customerName: draft.customerName,
		agentName: draft.agentName,
		customerEmojiSeen: new Set(draft.emoji),
		config: defaultGuardConfig,
	});
}

/**
 * A flagged draft is caught when the guard has a finding under its rule. Anything the guard says about a clean
 * draft, or a finding under the wrong rule only, is a false alarm: precision is caught / drafts with findings.
 */
export type Outcome = {draft: LabelledDraft; findings: Finding[]; caught: boolean; falseAlarm: boolean};

export function outcomeOf(draft: LabelledDraft): Outcome {
	const findings = findingsFor(draft);
	const caught = draft.expect !== 'clean' && findings.some(finding => finding.rule === draft.expect);
	return {draft, findings, caught, falseAlarm: findings.length > 0 && !caught};
}

export type Score = {
	drafts: number;
	flagged: number;
	caught: number;
	raised: number;
	precision: number;
	recall: number;
};

export function score(outcomes: readonly Outcome[]): Score {
	const flagged = outcomes.filter(outcome => outcome.draft.expect !== 'clean').length;
	const caught = outcomes.filter(outcome => outcome.caught).length;
	const raised = outcomes.filter(outcome => outcome.findings.length > 0).length;
	return {
		drafts: outcomes.length,
		flagged,
		caught,
		raised,
		// Nothing raised is no false alarm: precision 1.
		precision: raised === 0 ? 1 : caught / raised,
		recall: flagged === 0 ? 1 : caught / flagged,
	};
}

export function inPart(outcomes: readonly Outcome[], part: Part | 'all'): Outcome[] {
	return part === 'all' ? [...outcomes] : outcomes.filter(outcome => outcome.draft.part === part);
}

/** What went wrong with a draft, in one line, for tuning: only ever printed for the tuning part. */
export function describeMiss(outcome: Outcome): string {
	const {draft, findings} = outcome;
	const said = findings.map(finding => `${finding.rule} ${finding.check} "${finding.excerpt}"`).join('; ');
	return `${draft.locale}/${draft.batch}#${draft.index + 1} expected ${draft.expect}, got ${said || 'nothing'}: ${draft.text}`;
}
