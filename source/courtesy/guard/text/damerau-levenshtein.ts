// Edit distance with transpositions (Damerau-Levenshtein, unrestricted), for spotting near-miss spellings of a name.
// (the one edit distance in the project: name spelling, config keys and scenario fields all use it)

/**
 * The fewest insertions, deletions, substitutions and swaps of two adjacent letters that turn a into b,
 * counted in code points: "Jon"/"John" 1, "Sara"/"Sarah" 1, "Mikael"/"Mikeal" 1.
 */
export function damerauLevenshtein(a: string, b: string): number {
	const s = [...a];
	const t = [...b];
	const m = s.length;
	const n = t.length;
	if (m === 0) return n;
	if (n === 0) return m;
	const infinity = m + n;
	// The Lowrance-Wagner table, with a border row and column holding "infinity".
	const width = n + 2;
	const d = new Array<number>((m + 2) * width).fill(0);
	const at = (i: number, j: number): number => i * width + j;
	d[at(0, 0)] = infinity;
	for (let i = 0; i <= m; i++) {
		d[at(i + 1, 0)] = infinity;
		d[at(i + 1, 1)] = i;
	}
	for (let j = 0; j <= n; j++) {
		d[at(0, j + 1)] = infinity;
		d[at(1, j + 1)] = j;
	}
	const lastRowOf = new Map<string, number>();
	for (let i = 1; i <= m; i++) {
		let lastMatchColumn = 0;
		for (let j = 1; j <= n; j++) {
			const i1 = lastRowOf.get(t[j - 1]!) ?? 0;
			const j1 = lastMatchColumn;
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			if (cost === 0) lastMatchColumn = j;
			d[at(i + 1, j + 1)] = Math.min(
				d[at(i, j)]! + cost,
				d[at(i + 1, j)]! + 1,
				d[at(i, j + 1)]! + 1,
				d[at(i1, j1)]! + (i - i1 - 1) + 1 + (j - j1 - 1),
			);
		}
		lastRowOf.set(s[i - 1]!, i);
	}
	return d[at(m + 1, n + 1)]!;
}
