// Reading the delays a scenario is written in: "40s", "2m", "1m30s", "1:30", "500ms".

const UNIT_MS: Readonly<Record<string, number>> = {ms: 1, s: 1_000, sec: 1_000, m: 60_000, min: 60_000, h: 3_600_000};
const EXAMPLES = 'e.g. 40s, 2m, 1m30s, 1:30 or 500ms';

export type DurationResult = {ms: number} | {error: string};

/** m:ss or h:mm:ss, the way a clock or a video player shows time. */
function clockMs(text: string): number | null {
	const match = /^(?:(\d+):)?(\d+):([0-5]\d)$/u.exec(text);
	if (!match) return null;
	const [, hours, minutes, seconds] = match;
	// With hours given, minutes are a clock's two digits; without, "90:00" is a fine way to say 90 minutes.
	if (hours !== undefined && Number(minutes) > 59) return null;
	return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1_000;
}

/** "1m30s", "2.5m", "1h 5m": numbers with units, each unit once, largest first. */
function unitsMs(text: string): number | null {
	const part = /(\d+(?:\.\d+)?)\s*(ms|sec|min|s|m|h)\s*/guy;
	let total = 0;
	let end = 0;
	let previous = Infinity;
	for (let match = part.exec(text); match; match = part.exec(text)) {
		const unit = UNIT_MS[match[2]!]!;
		if (unit >= previous) return null;
		previous = unit;
		total += Number(match[1]) * unit;
		end = part.lastIndex;
	}
	return end === text.length && end > 0 ? Math.round(total) : null;
}

/**
 * A duration in milliseconds. A bare number is refused (except 0): "40" could mean seconds or minutes,
 * and a demo that waits forty minutes instead of forty seconds is a silent, confusing mistake.
 */
export function parseDuration(raw: string): DurationResult {
	const text = raw.trim().toLowerCase();
	if (/^\d+(?:\.\d+)?$/u.test(text)) {
		if (Number(text) === 0) return {ms: 0};
		return {
			error: `"${raw}" has no unit: write ${text}s for seconds or ${text}m for minutes (a bare number could be either)`,
		};
	}
	const ms = clockMs(text) ?? unitsMs(text);
	return ms === null ? {error: `"${raw}" is not a duration (${EXAMPLES})`} : {ms};
}
