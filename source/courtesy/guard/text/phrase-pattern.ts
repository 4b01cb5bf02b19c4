// Compiles the guard's phrase notation (readable data, not raw regular expressions) into a regular expression.
//
//   {a|b|}   one of the alternatives; an empty one makes the group optional; groups nest
//   '        any apostrophe or none: don't = don’t = dont
//   space    one or more whitespace characters
//   *        any run of letters (inflected endings: mahdoton* = mahdoton, mahdotonta, ...)
//   ~        the rest of the clause, and its question mark if it has one
//   _        one optional word and the space after it ("ei _ voi" = "ei voi", "ei valitettavasti voi"), so a
//            filler or an adverb does not break a phrase; in Chinese up to two characters
//   …        a short gap inside the clause (up to six words; in Chinese up to eight characters), for a phrase
//            whose parts stand apart ("a rendszer … akadoz*": the system, then "kept failing", a few words on)
//   \x       x literally
//
// Everything else is literal and matched case-insensitively. In languages written with spaces the phrase
// must stand as whole words ("know" never matches inside "knowledge"); Chinese matches substrings.

/** A letter or digit of a language written with spaces between words; Han characters are not word characters here. */
export const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}_])`;

const APOSTROPHE = "['’‘ʼ`´]?";
const LETTERS = String.raw`[\p{L}\p{M}]*`;
const REST_OF_CLAUSE = String.raw`[^.!?。！？\n]*[?？]?`;
const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '+', '(', ')', '[', ']', '/', '{', '}', '*']);
/** Punctuation that ends a clause: a gap never runs past it. */
const CLAUSE_STOP = String.raw`.!?。！？,，;；:：\n`;
const GAP = {
	spaced: String.raw`\s+(?:[^\s${CLAUSE_STOP}]+\s+){0,6}`,
	unspaced: String.raw`[^\s${CLAUSE_STOP}]{0,8}`,
};
const OPTIONAL_WORD = {spaced: String.raw`(?:[\p{L}\p{M}\p{N}]+\s+)?`, unspaced: String.raw`\p{Script=Han}{0,2}`};

export const startBoundary = `(?<!${WORD_CHAR})`;
/** Not followed by a letter, nor by an apostrophe and a letter: "I can" is not the start of "I can't". */
export const endBoundary = `(?!${WORD_CHAR}|['’]${WORD_CHAR})`;

export type PhraseOptions = {
	wordBoundaries: boolean;
	/** 'g' (the default) to find every match; 'y' to match only at lastIndex. */
	mode?: 'g' | 'y';
};

export class PhrasePatternError extends Error {
	override name = 'PhrasePatternError';
}

/** The regular-expression source of a phrase, without boundaries. */
export function phraseSource(pattern: string, spaced = true): string {
	const style = spaced ? 'spaced' : 'unspaced';
	let at = 0;
	const skipSpace = () => {
		while (at < pattern.length && /\s/.test(pattern[at]!)) at++;
	};
	const parseSequence = (inGroup: boolean): string => {
		let out = '';
		while (at < pattern.length) {
			const char = pattern[at]!;
			if (inGroup && (char === '|' || char === '}')) return out;
			at++;
			if (char === '\\') {
				const next = pattern[at++] ?? '\\';
				out += SPECIAL.has(next) ? `\\${next}` : next;
			} else if (char === '{') {
				const alternatives: string[] = [parseSequence(true)];
				while (pattern[at] === '|') {
					at++;
					alternatives.push(parseSequence(true));
				}
				if (pattern[at] !== '}') throw new PhrasePatternError(`unclosed { in phrase "${pattern}"`);
				at++;
				out += `(?:${alternatives.join('|')})`;
			} else if (char === '}' || char === '|') {
				throw new PhrasePatternError(`stray ${char} in phrase "${pattern}"`);
			} else if (char === "'" || char === '’') {
				out += APOSTROPHE;
			} else if (/\s/.test(char)) {
				while (at < pattern.length && /\s/.test(pattern[at]!)) at++;
				out += String.raw`\s+`;
			} else if (char === '*') {
				out += LETTERS;
			} else if (char === '~') {
				out += REST_OF_CLAUSE;
			} else if (char === '_') {
				skipSpace();
				out += OPTIONAL_WORD[style];
			} else if (char === '…') {
				// The gap brings its own spaces: drop the one before it and skip the one after.
				out = out.replace(/\\s\+$/u, '');
				skipSpace();
				out += GAP[style];
			} else {
				out += SPECIAL.has(char) ? `\\${char}` : char;
			}
		}
		if (inGroup) throw new PhrasePatternError(`unclosed { in phrase "${pattern}"`);
		return out;
	};
	return parseSequence(false);
}

/** One global, case-insensitive regular expression for a phrase. */
export function compilePhrase(pattern: string, options: PhraseOptions): RegExp {
	const body = phraseSource(pattern, options.wordBoundaries);
	return new RegExp(
		options.wordBoundaries ? `${startBoundary}(?:${body})${endBoundary}` : body,
		`${options.mode ?? 'g'}iu`,
	);
}

/** One regular expression for several phrases of the same kind; longer phrases are tried first ("no can do" before "no"). */
export function compilePhrases(patterns: readonly string[], options: PhraseOptions): RegExp {
	const body = [...patterns]
		.sort((a, b) => b.length - a.length)
		.map(pattern => phraseSource(pattern, options.wordBoundaries))
		.join('|');
	return new RegExp(
		options.wordBoundaries ? `${startBoundary}(?:${body})${endBoundary}` : `(?:${body})`,
		`${options.mode ?? 'g'}iu`,
	);
}

/** A literal term (from configuration) as a phrase: only spaces are flexible. */
export function literalPhrase(term: string): string {
	return term.replace(/[{}|'’*~]/g, char => (char === "'" || char === '’' ? char : `\\${char}`));
}

/** Whether text has Han characters, which are matched without word boundaries. */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
