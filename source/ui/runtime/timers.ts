// The timer functions the runtime uses, passed in so tests drive time by hand.

export type Timers = {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	setInterval(callback: () => void, ms: number): unknown;
	clearInterval(handle: unknown): void;
	now(): number;
};

export const systemTimers: Timers = {
	setTimeout: (callback, ms) => {
		const handle = setTimeout(callback, ms);
		// Timers of the desk must never keep a finished process alive.
		handle.unref();
		return handle;
	},
	clearTimeout: handle => clearTimeout(handle as NodeJS.Timeout),
	setInterval: (callback, ms) => {
		const handle = setInterval(callback, ms);
		handle.unref();
		return handle;
	},
	clearInterval: handle => clearInterval(handle as NodeJS.Timeout),
	now: () => Date.now(),
};
