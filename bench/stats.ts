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
