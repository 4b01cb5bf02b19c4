// E5: jargon the customer should not have to decode, from the bundled lists and the team's own, with plain words.
import type {Finding} from '../finding.js';
import type {GuardConfig} from '../guard-config.js';
import {compiledPack} from '../languages/compiled.js';
import {en} from '../languages/en.js';
import {sharedJargon} from '../languages/jargon.js';
import type {LanguagePack} from '../languages/language-pack.js';
import {fitCase} from '../text/clause.js';
import {compilePhrase, hasHan, literalPhrase} from '../text/phrase-pattern.js';
import {quote} from './quote.js';

type Term = {regex: RegExp; plain: string | undefined; swap: boolean};

const sharedCache = new WeakMap<LanguagePack, Term[]>();
const configCache = new WeakMap<readonly unknown[], Term[]>();

function bundledTerms(pack: LanguagePack): Term[] {
	let terms = sharedCache.get(pack);
	if (terms === undefined) {
		terms = [
			...sharedJargon.map(term => ({
				regex: compilePhrase(term.pattern, {wordBoundaries: true}),
				plain: pack.plainJargon[term.id] ?? en.plainJargon[term.id],
				swap: term.swap,
			})),
			...compiledPack(pack).jargon.map(({rule, regex}) => ({regex, plain: rule.plain, swap: rule.swap})),
		];
		sharedCache.set(pack, terms);
	}
	return terms;
}

function configuredTerms(terms: GuardConfig['checks']['jargon']['terms']): Term[] {
	let compiled = configCache.get(terms);
	if (compiled === undefined) {
		compiled = terms.map(term => {
			const {term: words, plain} = typeof term === 'string' ? {term, plain: undefined} : term;
			return {
				regex: compilePhrase(literalPhrase(words), {wordBoundaries: !hasHan(words)}),
				plain,
				swap: plain !== undefined,
			};
		});
		configCache.set(terms, compiled);
	}
	return compiled;
}

export function jargonFindings(text: string, settings: GuardConfig['checks']['jargon'], pack: LanguagePack): Finding[] {
	const terms = [...(settings.bundled ? bundledTerms(pack) : []), ...configuredTerms(settings.terms)];
	const matches: {start: number; end: number; term: Term}[] = [];
	for (const term of terms) {
		for (const match of text.matchAll(term.regex)) {
			if (match[0].length > 0) matches.push({start: match.index, end: match.index + match[0].length, term});
		}
	}
	matches.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
	const findings: Finding[] = [];
	let covered = 0;
	for (const {start, end, term} of matches) {
		if (start < covered) continue;
		covered = end;
		const excerpt = text.slice(start, end);
		// "SLA-t", "SLA:n": an ending is glued on, so swapping in other words would break the word.
		const glued = /^[-:'’]\p{L}/u.test(text.slice(end));
		const replacement =
			term.swap && term.plain !== undefined && !glued ? fitCase(term.plain, text, start, pack.keepCapital) : undefined;
		findings.push({
			check: 'jargon',
			rule: 'E5',
			severity: 'warn',
			span: {start, end},
			excerpt,
			message:
				term.plain === undefined
					? `Jargon (E5): ${quote(excerpt)}, say it in words the customer uses`
					: `Jargon (E5): ${quote(excerpt)}, say it plainly, e.g. ${quote(term.plain)}`,
			...(replacement === undefined ? {} : {suggestion: {replacement, scope: 'span' as const}}),
		});
	}
	return findings;
}
