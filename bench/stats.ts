// Small statistics for benchmark figures: percentiles and the `name value unit` output line.

export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[index]!;
}

export function figure(name: string, value: number, unit: string): void {
	// Ratios sit near their targets (0.5, 2): three decimals so a reader can tell 0.497 from 0.5.
	const shown = Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(2);
	process.stdout.write(`${name} ${shown} ${unit}\n`);
}

export type Spread = {median: number; min: number; max: number; runs: number};

/** The median of a set of runs, with its range: every figure says how many runs it stands on and how far they spread. */
export function spread(values: number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		median: percentile(sorted, 50),
		min: sorted[0] ?? Number.NaN,
		max: sorted.at(-1) ?? Number.NaN,
		runs: sorted.length,
	};
}

const short = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "median of 5, 12.0-15.3": for the unit text of a figure. */
export function spreadText({min, max, runs}: Spread): string {
	return `median of ${runs}, ${short(min)}-${short(max)}`;
}
