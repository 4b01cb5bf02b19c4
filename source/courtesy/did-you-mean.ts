// "did you mean ...?": the known word closest to a misspelt one, when it is close enough to be what was meant.
// The one closest-match rule for every "unknown ..." message: scenario fields and steps, notice kinds, placeholders.
import {damerauLevenshtein} from './guard/text/damerau-levenshtein.js';

/** The closest of `choices`; "-" and "_" count as the same, since YAML keys are written both ways. */
export function closestWord(word: string, choices: readonly string[]): string | null {
	const plain = (text: string) => text.toLowerCase().replaceAll('-', '_');
	// Short words get less slack: "say" is one edit from "sag" and two from "saw", both plausible typos.
	let best: string | null = null;
	let distance = Math.min(3, Math.max(2, Math.floor(word.length / 2)));
	for (const choice of choices) {
		const d = damerauLevenshtein(plain(word), plain(choice));
		if (d < distance) [best, distance] = [choice, d];
	}
	return best;
}

/** " (did you mean say?)" or nothing: for the end of an "unknown ..." message. */
export function didYouMean(word: string, choices: readonly string[]): string {
	const guess = closestWord(word, choices);
	return guess ? ` (did you mean ${guess}?)` : '';
}
