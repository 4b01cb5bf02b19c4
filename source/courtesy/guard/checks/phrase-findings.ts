// Finding a language's listed phrases in a message: shared by the negative wording (E6) and blame (E7) checks.
import type {Finding} from '../finding.js';
import {compiledPack, type CompiledPack, type CompiledPhrase} from '../languages/compiled.js';
import type {LanguagePack, PhraseRule} from '../languages/language-pack.js';
import {fitCase, isClauseEnd, isClauseStart} from '../text/clause.js';
import {isQuoted, quotedSpans} from '../text/quoted.js';
import {offersAlternative} from './alternatives.js';

type Candidate = {start: number; end: number; rule: PhraseRule; pack: LanguagePack; order: number; clauseEnd: boolean};

const ENDS_QUESTION = /[?？]$/u;

function candidates(
	text: string,
	packs: readonly LanguagePack[],
	pick: (compiled: CompiledPack) => readonly CompiledPhrase[],
): Candidate[] {
	const found: Candidate[] = [];
	// Words in quotation marks are someone else's (the customer's, a product's name): not the agent's wording.
	const quoted = quotedSpans(text);
	packs.forEach((pack, packIndex) => {
		for (const {rule, regexes, order} of pick(compiledPack(pack))) {
			for (const regex of regexes) {
				for (const match of text.matchAll(regex)) {
					const start = match.index;
					const end = start + match[0].length;
					if (end === start || isQuoted(quoted, start, end)) continue;
					if (rule.start === 'clause' && !isClauseStart(text, start)) continue;
					const clauseEnd =
						ENDS_QUESTION.test(match[0]) ||
						(isClauseEnd(text, end) && !(pack.continuation?.test(text.slice(end)) ?? false));
					if (rule.end === 'clause' && !clauseEnd) continue;
					if (rule.unless?.test(text.slice(end))) continue;
					if (rule.unlessBefore?.test(text.slice(0, start))) continue;
					if (rule.when !== undefined && !rule.when.test(text.slice(end))) continue;
					found.push({start, end, rule, pack, order: packIndex * 1000 + order, clauseEnd});
				}
			}
		}
	});
	return found;
}

/** Where phrases overlap, the one that starts first wins, then the longest ("we never do that" over "never"). */
function withoutOverlaps(found: Candidate[]): Candidate[] {
	const sorted = [...found].sort(
		(a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order,
	);
	const kept: Candidate[] = [];
	for (const candidate of sorted) {
		const last = kept.at(-1);
		if (last !== undefined && candidate.start < last.end) continue;
		kept.push(candidate);
	}
	return kept;
}

export type PhraseMatch = {
	start: number;
	end: number;
	rule: PhraseRule;
	/** The rule's rewrite fitted to where it goes (clause end or not, capitals), or undefined when none fits. */
	replacement: string | undefined;
};

/** The listed phrases found in the text, without overlaps, leaving out soft ones the message offers an alternative to. */
export function phraseMatches(
	text: string,
	packs: readonly LanguagePack[],
	pick: (compiled: CompiledPack) => readonly CompiledPhrase[],
): PhraseMatch[] {
	const matches: PhraseMatch[] = [];
	for (const {start, end, rule, pack, clauseEnd} of withoutOverlaps(candidates(text, packs, pick))) {
		// A blunt no is fine when the message offers an alternative (E6: "a no is followed at once by an alternative").
		if (rule.soft && offersAlternative(text, packs, {start, end})) continue;
		let replacement = clauseEnd ? rule.rewrite : rule.lead;
		if (replacement !== undefined) {
			if (ENDS_QUESTION.test(text.slice(start, end))) replacement += pack.fullStop;
			replacement = fitCase(replacement, text, start, pack.keepCapital);
		}
		matches.push({start, end, rule, replacement});
	}
	return matches;
}

export type PhraseFinding = Pick<Finding, 'check' | 'rule'> & {
	label: string;
	defaultHint: (rule: PhraseRule) => string;
};

/** Each match as a finding of the given check: with the rewrite as a suggestion, or a hint when none fits. */
export function phraseFindings(
	text: string,
	packs: readonly LanguagePack[],
	pick: (compiled: CompiledPack) => readonly CompiledPhrase[],
	kind: PhraseFinding,
	quote: (excerpt: string) => string,
): Finding[] {
	return phraseMatches(text, packs, pick).map(({start, end, rule, replacement}) => {
		const excerpt = text.slice(start, end);
		return {
			check: kind.check,
			rule: kind.rule,
			severity: 'warn',
			span: {start, end},
			excerpt,
			message:
				replacement === undefined
					? `${kind.label} (${kind.rule}): ${quote(excerpt)} — ${kind.defaultHint(rule)}`
					: `${kind.label} (${kind.rule}): ${quote(excerpt)} → try ${quote(replacement)}`,
			...(replacement === undefined ? {} : {suggestion: {replacement, scope: 'span' as const}}),
		};
	});
}
