// The shape of one language's guard data: phrases to avoid with their rewrites, refusals, alternatives, names, jargon.
import type {GuardLocale} from '../guard-locale.js';

/** A negative phrase to avoid (E6). Patterns use the notation of text/phrase-pattern.ts. */
export type PhraseRule = {
	/** Stable id, the same across languages for the same idea ("dont-know"), so tests and docs can name it. */
	id: string;
	patterns: readonly string[];
	/** What to write instead when the phrase ends its clause ("I don't know." → "Let me find that out for you."). */
	rewrite?: string;
	/** What to write instead when the clause goes on ("I don't know when ..." → "Let me find out when ..."); without it a continued phrase gets the hint only. */
	lead?: string;
	/** Advice for the agent (English) when no drop-in rewrite fits; shown instead of a suggestion. */
	hint?: string;
	/** A blunt negative that is fine when the message goes on to offer an alternative ("That's impossible, but I can ..."). */
	soft?: boolean;
	/** Only where a clause starts ("You have to ..." but not "if you have to"). */
	start?: 'clause';
	/** Only where a clause ends. */
	end?: 'clause';
	/** Tested against the text right after a match; when it matches, the match does not count ("never have happened"). */
	unless?: RegExp;
	/** Tested against the text before a match (anchor it with $); when it matches, the match does not count. */
	unlessBefore?: RegExp;
	/** Tested against the text right after a match; the match counts only when it matches ("you'll have to ... yourself"). */
	when?: RegExp;
};

/** A jargon term (E5) with the plain words to use instead; `swap` when those words fit in the term's place. */
export type JargonRule = {pattern: string; plain: string; swap: boolean};

export type LanguagePack = {
	locale: GuardLocale;
	/** false for Chinese: phrases match as substrings, there being no spaces between words. */
	wordBoundaries: boolean;
	/** The full stop that closes a rewrite which replaces a question ('.' or '。'). */
	fullStop: string;
	phrases: readonly PhraseRule[];
	bareNo: {
		/** A message that opens with one of these, then punctuation or its end, is a refusal. */
		refusals: readonly string[];
		/** Words that may come before the refusal: "Sorry, no." is still a bare no. */
		softeners: readonly string[];
		/** Openings that look like "no" but reassure: "No problem", "Nei da", "没问题". */
		reassurances: readonly string[];
	};
	/** Signs that a message offers an alternative: "but", "instead", "what I can do", "men", "mutta", "但是"... */
	alternatives: readonly string[];
	/**
	 * Text after a phrase that continues its sentence even after a comma: Finnish and Hungarian put one before
	 * a subordinate clause ("En tiedä, milloin ..."), which then needs the lead form of the rewrite.
	 */
	continuation?: RegExp;
	/** An alternative right after one of these is negated and does not count (zh 不可以 is not 可以). */
	alternativeVetoBefore?: RegExp;
	/** ... or right before one of these ("I can not", "jeg kan ikke"). */
	alternativeVetoAfter?: RegExp;
	/**
	 * Tested against the text from an alternative to the end of the message: when it matches, the "alternative" only
	 * sends the customer off to do it themselves ("you can call billing yourself") and is no alternative (E6).
	 */
	redirect?: RegExp;
	/** Endings that inflect a name without misspelling it (Saras, Sarán, Sándornak). */
	nameSuffixes: readonly string[];
	/** Common words that must never be taken for a misspelt name ("And" at the start of a sentence is not "Ann"). */
	stopwords: readonly string[];
	/** Jargon in this language, beyond the shared list. */
	jargon: readonly JargonRule[];
	/** Plain words for each shared jargon term (languages/jargon.ts), by its id. */
	plainJargon: Readonly<Record<string, string>>;
	/** Acronyms of this language that are never shouting (MVA, ALV, ÁFA). */
	acronyms: readonly string[];
	/** Words whose capital stays inside a sentence (Hungarian polite Ön). */
	keepCapital: readonly string[];
};
