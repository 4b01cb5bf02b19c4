// The clock the scenario player reads and sets its timers on: the system clock in a demo, a hand-driven one in tests.

export type PlayerClock = {
	/** Milliseconds; only differences are used. */
	now(): number;
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
};

export const systemPlayerClock: PlayerClock = {
	now: () => Date.now(),
	setTimeout: (callback, ms) => {
		const handle = setTimeout(callback, ms);
		// A scenario waiting for its next step must not keep a finished demo process alive.
		handle.unref();
		return handle;
	},
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
};
