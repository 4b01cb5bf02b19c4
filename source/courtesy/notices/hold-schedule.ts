// E7, E9: when a hold's next progress update is due, and when the agent is warned that the estimate runs out.

/** E9: an update every minute unless config says otherwise. */
export const HOLD_UPDATE_INTERVAL_MS = 60_000;
/**
 * E7, E9: at most this many updates in one hold without the agent doing anything. Each says only that the agent
 * is still on it; past three, the same reassurance reads like a machine, and the agent is asked to act instead.
 */
export const HOLD_UPDATE_LIMIT = 3;
/** E7: the agent hears 30 s before the promised time is up, while there is still time to say so. */
export const ESTIMATE_WARNING_MS = 30_000;

export type HoldProgress = {
	since: number;
	/** When the last update went out; null or absent: none yet, the hold notice itself counts. */
	lastUpdateAt?: number | null;
	/** 0 or less switches updates off. */
	intervalMs?: number;
};

/** When the next update falls due, or null when updates are off. */
export function nextHoldUpdateAt(hold: HoldProgress): number | null {
	const interval = hold.intervalMs ?? HOLD_UPDATE_INTERVAL_MS;
	if (!Number.isFinite(interval) || interval <= 0) return null;
	return (hold.lastUpdateAt ?? hold.since) + interval;
}

/** E9: true once an interval has passed since the hold notice or the last update. */
export function holdUpdateDue(hold: HoldProgress, now: number): boolean {
	const next = nextHoldUpdateAt(hold);
	return next !== null && now >= next;
}

export type HoldEstimate = {since: number; minutes: number | null | undefined};

export type EstimateWarning = {
	/** ok: time left; warn: within the warning time; over: the promised time has passed. */
	level: 'ok' | 'warn' | 'over';
	endsAt: number;
	/** Negative once over. */
	remainingMs: number;
};

/**
 * E7: where the hold stands against its estimate; null when no estimate was given. Counted from the exact
 * minutes the agent typed, not the rounded-up ones the customer read, so the warning never comes late.
 */
export function estimateWarning(
	hold: HoldEstimate,
	now: number,
	warnBeforeMs: number = ESTIMATE_WARNING_MS,
): EstimateWarning | null {
	const minutes = hold.minutes;
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return null;
	const endsAt = hold.since + Math.round(minutes * 60_000);
	const remainingMs = endsAt - now;
	const level = remainingMs <= 0 ? 'over' : remainingMs <= warnBeforeMs ? 'warn' : 'ok';
	return {level, endsAt, remainingMs};
}

/** E7, E10: true once a hold has run past the time the customer was promised. */
export function holdOverrun(hold: HoldEstimate, now: number): boolean {
	return estimateWarning(hold, now, 0)?.level === 'over';
}
