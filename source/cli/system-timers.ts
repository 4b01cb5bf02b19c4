// The system's clock and timers for the desk and the demo, unref'd so none keeps a finished process alive.
import type {Timers} from '../core/timers.js';

export const systemTimers: Timers = {
	setTimeout: (callback, ms) => {
		const handle = setTimeout(callback, ms);
		// A desk timer or a scenario waiting for its next step must never keep a finished process alive.
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
