// "did you mean ...?": the known word closest to a misspelt one, when it is close enough to be what was meant.

/** Edits between two words, a swap of neighbours counting as one ("sya" is one edit from "say"). */
function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({length: a.length + 1}, (_, i) =>
		Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/** The closest of `choices`; "-" and "_" count as the same, since YAML keys are written both ways. */
export function closestWord(word: string, choices: readonly string[]): string | null {
	const plain = (text: string) => text.toLowerCase().replaceAll('-', '_');
	// Short words get less slack: "say" is one edit from "sag" and two from "saw", both plausible typos.
	let best: string | null = null;
	let distance = Math.min(3, Math.max(2, Math.floor(word.length / 2)));
	for (const choice of choices) {
		const d = editDistance(plain(word), plain(choice));
		if (d < distance) [best, distance] = [choice, d];
	}
	return best;
}

/** " (did you mean say?)" or nothing: for the end of an "unknown ..." message. */
export function didYouMean(word: string, choices: readonly string[]): string {
	const guess = closestWord(word, choices);
	return guess ? ` (did you mean ${guess}?)` : '';
}
