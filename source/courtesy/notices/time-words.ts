// Shared arithmetic behind each language's minutes, waits and due times: rounding, splitting, Intl with a safe zone.

/** E7: the customer is told whole minutes, rounded up, so "about 2 minutes" for 1.5 is a promise kept. */
export function wholeMinutes(count: number): number {
	if (!Number.isFinite(count) || count <= 0) return 1;
	return Math.max(1, Math.ceil(count - 1e-9));
}

export type WaitParts = {hours: number; minutes: number; seconds: number};

/** Under a minute in seconds, then whole minutes, then hours and minutes: a brief needs no more. */
export function waitParts(ms: number): WaitParts {
	const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000));
	if (total < 60) return {hours: 0, minutes: 0, seconds: total};
	const minutes = Math.floor(total / 60);
	return {hours: Math.floor(minutes / 60), minutes: minutes % 60, seconds: 0};
}

/** "1 h 5 min", "6 min", "45 s" with the language's unit words. */
export function formatWait(ms: number, units: {h: string; min: string; s: string}, join = ' '): string {
	const {hours, minutes, seconds} = waitParts(ms);
	if (hours > 0)
		return minutes > 0 ? `${hours}${join}${units.h} ${minutes}${join}${units.min}` : `${hours}${join}${units.h}`;
	if (minutes > 0) return `${minutes}${join}${units.min}`;
	return `${seconds}${join}${units.s}`;
}

/**
 * A time zone Intl accepts: the caller's, or UTC. A wrong zone in config must not cost the customer the
 * follow-up notice, and UTC with its name printed is still a true statement of the time.
 */
export function safeTimeZone(timeZone: string): string {
	try {
		new Intl.DateTimeFormat('en', {timeZone});
		return timeZone;
	} catch {
		return 'UTC';
	}
}

/**
 * How a due time names its zone, said plainly for a customer who may live elsewhere (E7): the zone's everyday
 * name ("Central European Time", "Itä-Euroopan aika", "中国标准时间") rather than an offset such as "UTC+2" or
 * "GMT+8", which the short names give for many zones; UTC itself is plainest as "UTC".
 */
export function plainZoneName(timeZone: string): 'short' | 'longGeneric' {
	return /^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/iu.test(safeTimeZone(timeZone)) ? 'short' : 'longGeneric';
}

/** Intl formatting of a due time; the zone's name is always shown, because the customer may live in another. */
export function formatDueTime(
	at: number,
	timeZone: string,
	intlLocale: string,
	options: Intl.DateTimeFormatOptions,
): string {
	return new Intl.DateTimeFormat(intlLocale, {
		...options,
		timeZone: safeTimeZone(timeZone),
		timeZoneName: plainZoneName(timeZone),
	}).format(at);
}
