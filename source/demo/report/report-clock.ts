// Turns the journals' two clocks into one: the player's (ms since its start) and the desk's (Date.now()), both into scenario time.
import {stalledWithin, type Stall} from './machine-lag.js';

/**
 * The player records clock ms since it started; the desk records Date.now(). Both are put on the player's
 * scale to be compared, and only turned into scenario time (× speed) for the card: at --speed 2, 10 s on the
 * clock is 20 s of scenario, what the agent would have lived through at speed 1.
 */
export type ReportClock = {
	/** A desk `at` (Date.now()) on the player's scale. */
	fromDesk(at: number): number;
	/** A player-scale instant or duration in scenario time. */
	scenario(ms: number): number;
	/**
	 * A wait in scenario time: `linkMs` of it was the machine's link, which --speed does not scale (link-time.ts), and
	 * the machine's stalls within [from, from + ms] (machine-lag.ts) are not scaled either.
	 */
	wait(ms: number, linkMs: number, from?: number): number;
	/** When the demo ended, on the player's scale. */
	demoEnd: number;
	speed: number;
};

export function reportClock(
	startedAt: number | null,
	endedAt: number,
	speed: number,
	stalls: readonly Stall[] = [],
): ReportClock {
	// A player that never started has no events of its own; the desk's are then measured from the end.
	const origin = startedAt ?? endedAt;
	const scale = Number.isFinite(speed) && speed > 0 ? speed : 1;
	return {
		fromDesk: at => at - origin,
		scenario: ms => Math.round(ms * scale),
		wait: (ms, linkMs, from) => {
			const stalled = from === undefined ? 0 : stalledWithin(stalls, from + origin, from + origin + ms);
			// The link and a stall can be the same milliseconds (a late batch): never more than the wait itself.
			const unscaled = Math.min(Math.max(0, linkMs) + stalled, Math.max(0, ms));
			return Math.round((ms - unscaled) * scale + unscaled);
		},
		demoEnd: Math.max(0, endedAt - origin),
		speed: scale,
	};
}
