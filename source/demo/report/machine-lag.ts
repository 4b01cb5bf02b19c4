// The machine's own stalls during a demo: when a timer fires late, the time it was late was nobody's to act in.
import type {Timers} from '../../core/timers.js';

/**
 * At --speed 20 every clock millisecond is 20 of scenario. A loaded machine fires the scenario's, the autopilot's
 * and the desk's timers late, and draws the screen slowly: multiplied by the speed, a 300 ms stall became 6 s of
 * "reply time" the agent never took. So each timer remembers when it was due; when it fires late, the span from its
 * due time to its firing is recorded as a stall (Date.now() ms), and the card keeps stalls unscaled, like the link.
 */
export type Stall = {from: number; to: number};

/** Lateness below this is the timer's own granularity, not a stall. */
const NOISE_MS = 2;

/** Timers that record every late firing in `stalls`, merged as they come (overlapping stalls are one). */
export function stallRecordingTimers(base: Timers, stalls: Stall[]): Timers {
	const record = (due: number) => {
		const now = base.now();
		if (now - due <= NOISE_MS) return;
		const last = stalls.at(-1);
		if (last !== undefined && due <= last.to) last.to = Math.max(last.to, now);
		else stalls.push({from: due, to: now});
	};
	return {
		...base,
		setTimeout(callback, ms) {
			const due = base.now() + Math.max(0, ms);
			return base.setTimeout(() => {
				record(due);
				callback();
			}, ms);
		},
		setInterval(callback, ms) {
			let due = base.now() + Math.max(0, ms);
			return base.setInterval(() => {
				record(due);
				due = base.now() + Math.max(0, ms);
				callback();
			}, ms);
		},
	};
}

/**
 * Machine work that no timer waits on (a long redraw between two timers that both fire on time) is a stall too, but
 * no demo timer sees it. A light probe does: an interval on the recording timers fires late by as long as the event
 * loop was blocked, and that lateness is recorded like any other. Returns the function that stops the probe.
 */
export function probeEventLoop(recording: Timers, everyMs = PROBE_MS): () => void {
	const handle = recording.setInterval(() => {}, everyMs);
	return () => recording.clearInterval(handle);
}

/** Often enough that a blocked loop is seen within a frame or two; rare enough to cost nothing a demo notices. */
const PROBE_MS = 25;

/** How much of [from, to] the stalls cover (all on one clock): their overlaps counted once. */
export function stalledWithin(stalls: readonly Stall[], from: number, to: number): number {
	let covered = 0;
	let reached = from;
	for (const stall of [...stalls].sort((a, b) => a.from - b.from)) {
		const start = Math.max(stall.from, reached);
		const end = Math.min(stall.to, to);
		if (end > start) {
			covered += end - start;
			reached = end;
		}
	}
	return covered;
}
