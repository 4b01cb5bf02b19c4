// Cue rules (E6, E7): weak cues that together, in one clause of the agent's own voice, make a finding.
import type {Finding} from '../finding.js';
import type {GuardLocale} from '../guard-locale.js';
import {cuePacks} from '../languages/cues/index.js';
import type {Cue, CuePack, CueRule} from '../languages/cues/cue-rule.js';
import type {LanguagePack} from '../languages/language-pack.js';
import {endBoundary, phraseSource, startBoundary} from '../text/phrase-pattern.js';
import {isQuoted, quotedSpans} from '../text/quoted.js';
import {offersAlternative} from './alternatives.js';
import {quote} from './quote.js';

/** What ends a clause and what ends a sentence: cues never reach across them. */
const STOPS = {clause: String.raw`.!?。！？;；\n,，:：、–—()`, sentence: String.raw`.!?。！？;；\n`};

type CompiledRule = {rule: CueRule; regexes: RegExp[]};
const compiledRules = new WeakMap<CuePack, CompiledRule[]>();

function cueSource(cue: Cue, spaced: boolean): string {
	const body = [...cue]
		.sort((a, b) => b.length - a.length)
		.map(pattern => phraseSource(pattern, spaced))
		.join('|');
	// A contraction or a possessive may follow a cue word ("the system's been down", "PostNords fel").
	return spaced ? `${startBoundary}(?:${body})(?:['’](?:s|re|ve|ll|d)|s)?${endBoundary}` : `(?:${body})`;
}

function sequenceRegex(cues: readonly Cue[], rule: CueRule, spaced: boolean): RegExp {
	const stops = STOPS[rule.scope ?? 'clause'];
	const gap = rule.gap ?? (spaced ? 3 : 4);
	// Up to `gap` words (or characters) between two cues, none of them ending the clause.
	const between = spaced ? String.raw`[^\S\n]+(?:[^\s${stops}]+[^\S\n]+){0,${gap}}` : `[^${stops}]{0,${gap}}`;
	return new RegExp(cues.map(cue => cueSource(cue, spaced)).join(between), 'giu');
}

function compile(pack: CuePack, spaced: boolean): CompiledRule[] {
	let compiled = compiledRules.get(pack);
	if (compiled === undefined) {
		compiled = pack.rules.map(rule => ({
			rule,
			regexes: rule.sequences.flatMap(cues => {
				const orders = rule.eitherOrder && cues.length === 2 ? [cues, [...cues].reverse()] : [cues];
				return orders.map(order => sequenceRegex(order, rule, spaced));
			}),
		}));
		compiledRules.set(pack, compiled);
	}
	return compiled;
}

/** Where the clause (or sentence) around index starts. */
function scopeStart(text: string, index: number, scope: 'clause' | 'sentence'): number {
	const stops = new RegExp(`[${STOPS[scope]}]`, 'u');
	let at = index;
	while (at > 0 && !stops.test(text[at - 1]!)) at--;
	return at;
}

function sentenceRest(text: string, end: number): string {
	const stop = /[.!?。！？\n]/u.exec(text.slice(end));
	return text.slice(end, stop === null ? text.length : end + stop.index + 1);
}

export type CueMatch = {start: number; end: number; rule: CueRule};

/** Every cue rule of the packs that holds in the text, each once at its first place, outside quotations. */
export function cueMatches(text: string, packs: readonly LanguagePack[]): CueMatch[] {
	const quoted = quotedSpans(text);
	const found: CueMatch[] = [];
	for (const pack of packs) {
		const cuePack = cuePacks[pack.locale as GuardLocale];
		for (const {rule, regexes} of compile(cuePack, pack.wordBoundaries)) {
			if (found.some(match => match.rule.id === rule.id && match.rule.rule === rule.rule)) continue;
			const match = firstHolding(text, rule, regexes, cuePack, packs, quoted);
			if (match !== undefined) found.push(match);
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

function firstHolding(
	text: string,
	rule: CueRule,
	regexes: readonly RegExp[],
	cuePack: CuePack,
	packs: readonly LanguagePack[],
	quoted: ReturnType<typeof quotedSpans>,
): CueMatch | undefined {
	for (const regex of regexes) {
		for (const match of text.matchAll(regex)) {
			const start = match.index;
			const end = start + match[0].length;
			if (quoted.some(span => span.start < end && start < span.end) || isQuoted(quoted, start, end)) continue;
			const before = text.slice(scopeStart(text, start, 'clause'), start);
			if ((rule.agentVoice ?? true) && cuePack.aboutCustomer.test(before)) continue;
			if (rule.unlessBefore?.test(before)) continue;
			if (rule.unlessMatch?.test(match[0])) continue;
			if (rule.unless?.test(sentenceRest(text, end))) continue;
			// E6: a no is fine when it is followed at once by something the agent can do instead.
			if (rule.soft && offersAlternative(text, packs, {start: 0, end})) continue;
			return {start, end, rule};
		}
	}
	return undefined;
}

const LABEL = {E6: 'Negative wording', E7: 'Blame or excuse'} as const;

/** The cue rules that hold, as findings of the negative wording (E6) or blame (E7) check: advice, no drop-in rewrite. */
export function cueFindings(text: string, packs: readonly LanguagePack[], rules: ReadonlySet<'E6' | 'E7'>): Finding[] {
	return cueMatches(text, packs)
		.filter(match => rules.has(match.rule.rule))
		.map(({start, end, rule}): Finding => {
			const excerpt = text.slice(start, end);
			return {
				check: rule.rule === 'E6' ? 'negativePhrase' : 'blame',
				rule: rule.rule,
				severity: 'warn',
				span: {start, end},
				excerpt,
				message: `${LABEL[rule.rule]} (${rule.rule}, ${rule.id}): ${quote(excerpt)} — ${rule.hint}`,
			};
		});
}
