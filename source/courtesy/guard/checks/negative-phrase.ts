// E6: negative phrases, in the message's language and in English, each with a positive rewrite where one fits.
import type {Finding} from '../finding.js';
import {compiledPack} from '../languages/compiled.js';
import type {LanguagePack, PhraseRule} from '../languages/language-pack.js';
import {fitCase, isClauseEnd, isClauseStart} from '../text/clause.js';
import {offersAlternative} from './alternatives.js';
import {quote} from './quote.js';

type Candidate = {start: number; end: number; rule: PhraseRule; pack: LanguagePack; order: number; clauseEnd: boolean};

const ENDS_QUESTION = /[?？]$/u;

function candidates(text: string, packs: readonly LanguagePack[]): Candidate[] {
	const found: Candidate[] = [];
	packs.forEach((pack, packIndex) => {
		for (const {rule, regexes, order} of compiledPack(pack).phrases) {
			for (const regex of regexes) {
				for (const match of text.matchAll(regex)) {
					const start = match.index;
					const end = start + match[0].length;
					if (end === start) continue;
					if (rule.start === 'clause' && !isClauseStart(text, start)) continue;
					const clauseEnd =
						ENDS_QUESTION.test(match[0]) ||
						(isClauseEnd(text, end) && !(pack.continuation?.test(text.slice(end)) ?? false));
					if (rule.end === 'clause' && !clauseEnd) continue;
					if (rule.unless?.test(text.slice(end))) continue;
					if (rule.unlessBefore?.test(text.slice(0, start))) continue;
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

function defaultHint(rule: PhraseRule): string {
	return rule.hint ?? (rule.soft ? 'follow it at once with what you can do instead' : 'say what you will do instead');
}

export function negativePhraseFindings(text: string, packs: readonly LanguagePack[]): Finding[] {
	const findings: Finding[] = [];
	for (const candidate of withoutOverlaps(candidates(text, packs))) {
		const {start, end, rule, pack, clauseEnd} = candidate;
		// A blunt no is fine when the message offers an alternative (E6: "a no is followed at once by an alternative").
		if (rule.soft && offersAlternative(text, packs, {start, end})) continue;
		const excerpt = text.slice(start, end);
		let replacement = clauseEnd ? rule.rewrite : rule.lead;
		if (replacement !== undefined) {
			if (ENDS_QUESTION.test(excerpt)) replacement += pack.fullStop;
			replacement = fitCase(replacement, text, start, pack.keepCapital);
		}
		findings.push({
			check: 'negativePhrase',
			rule: 'E6',
			severity: 'warn',
			span: {start, end},
			excerpt,
			message:
				replacement === undefined
					? `Negative wording (E6): ${quote(excerpt)} — ${defaultHint(rule)}`
					: `Negative wording (E6): ${quote(excerpt)} → try ${quote(replacement)}`,
			...(replacement === undefined ? {} : {suggestion: {replacement, scope: 'span' as const}}),
		});
	}
	return findings;
}
