// The small pieces of wording the report card's notes and table share: durations, thresholds, counts.
import {formatWaiting} from '../../core/index.js';

/** Shown for a customer who gave no name (and in the JSON, so the two agree). */
export const NO_NAME = '(no name)';

/** A measured time, the way the desk's response timer shows it: 41 s → "0:41", 72 s → "1:12". */
export function duration(ms: number | null): string {
	return ms === null ? '-' : formatWaiting(ms);
}

/** A threshold or interval: 30 000 → "30 s", 60 000 → "60 s", 180 000 → "3 min". */
export function span(ms: number): string {
	if (ms >= 120_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
	const seconds = ms / 1000;
	return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** "1 chat", "2 chats". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : plural}`;
}

/** "2 of 3". */
export function of(met: number, total: number): string {
	return `${met} of ${total}`;
}

export function sum<T>(items: readonly T[], value: (item: T) => number): number {
	return items.reduce((total, item) => total + value(item), 0);
}

export function countWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
	return items.filter(test).length;
}
