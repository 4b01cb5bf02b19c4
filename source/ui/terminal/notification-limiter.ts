// Rate limit for notifications, so a flood of offers rings the bell once, not fifty times.
//
// A token bucket: `burst` notifications may go out back to back, then one per `minIntervalMs`.
// Time comes in as a value (no timers, no clock), which makes it testable and replayable.

export interface NotificationLimiterOptions {
	/** Least time between notifications once the burst is spent. */
	readonly minIntervalMs: number;
	/** Notifications allowed back to back after a quiet period; 1 = at most one per interval. */
	readonly burst?: number;
}

export interface NotificationLimiter {
	/** Whether a notification may go out at `now` (ms); an allowed one uses up a token. */
	allow(now: number): boolean;
	/** Notifications refused since the last one allowed ("and 4 more" in the next one). */
	readonly suppressed: number;
}

export function createNotificationLimiter(options: NotificationLimiterOptions): NotificationLimiter {
	const interval = Math.max(0, options.minIntervalMs);
	const burst = Math.max(1, Math.floor(options.burst ?? 1));
	let tokens = burst;
	let last: number | undefined;
	let suppressed = 0;

	return {
		allow(now) {
			if (last !== undefined && now > last) {
				// A clock that steps back refills nothing rather than granting a new burst.
				tokens = interval === 0 ? burst : Math.min(burst, tokens + (now - last) / interval);
			}
			if (last === undefined || now > last) last = now;
			if (interval === 0 || tokens >= 1) {
				tokens -= 1;
				suppressed = 0;
				return true;
			}
			suppressed += 1;
			return false;
		},
		get suppressed() {
			return suppressed;
		},
	};
}
