// Each language pack's phrases compiled once into regular expressions, on first use.
import {compilePhrase, compilePhrases} from '../text/phrase-pattern.js';
import {blamePhrases} from './blame.js';
import type {JargonRule, LanguagePack, PhraseRule} from './language-pack.js';

/** One regular expression per pattern: where several match at one place, the longest match wins. */
export type CompiledPhrase = {rule: PhraseRule; regexes: RegExp[]; order: number};
export type CompiledJargon = {rule: JargonRule; regex: RegExp};

export type CompiledPack = {
	pack: LanguagePack;
	phrases: CompiledPhrase[];
	/** E7: blame and excuses (languages/blame.ts). */
	blame: CompiledPhrase[];
	/** Sticky: test at lastIndex. */
	refusal: RegExp;
	softener: RegExp;
	reassurance: RegExp;
	/** Global. */
	alternative: RegExp;
	jargon: CompiledJargon[];
};

const cache = new WeakMap<LanguagePack, CompiledPack>();

function compileRules(rules: readonly PhraseRule[], options: {wordBoundaries: boolean}): CompiledPhrase[] {
	return rules.map((rule, order) => ({
		rule,
		regexes: rule.patterns.map(pattern => compilePhrase(pattern, options)),
		order,
	}));
}

export function compiledPack(pack: LanguagePack): CompiledPack {
	let compiled = cache.get(pack);
	if (compiled === undefined) {
		const options = {wordBoundaries: pack.wordBoundaries};
		const sticky = {...options, mode: 'y' as const};
		compiled = {
			pack,
			phrases: compileRules(pack.phrases, options),
			blame: compileRules(blamePhrases[pack.locale], options),
			refusal: compilePhrases(pack.bareNo.refusals, sticky),
			softener: compilePhrases(pack.bareNo.softeners, sticky),
			reassurance: compilePhrases(pack.bareNo.reassurances, sticky),
			alternative: compilePhrases(pack.alternatives, options),
			jargon: pack.jargon.map(rule => ({rule, regex: compilePhrase(rule.pattern, options)})),
		};
		cache.set(pack, compiled);
	}
	return compiled;
}
