// Every timer the player sets, on its clock, so stop() can clear them all; sleeps that end early when their signal is aborted.
import type {Timers} from '../../core/timers.js';

export class PlayerTimers {
	readonly #clock: Timers;
	readonly #pending = new Set<unknown>();
	#closed = false;

	constructor(clock: Timers) {
		this.#clock = clock;
	}

	now(): number {
		return this.#clock.now();
	}

	/** Runs `callback` after `ms` of clock time; returns a cancel function. Nothing runs once clear() was called. */
	after(ms: number, callback: () => void): () => void {
		if (this.#closed) return () => {};
		const handle = this.#clock.setTimeout(
			() => {
				this.#pending.delete(handle);
				if (!this.#closed) callback();
			},
			Math.max(0, ms),
		);
		this.#pending.add(handle);
		return () => {
			if (!this.#pending.delete(handle)) return;
			this.#clock.clearTimeout(handle);
		};
	}

	/**
	 * Resolves after `ms` of clock time; rejects with the signal's reason as soon as it is aborted. A wait of 0 or
	 * less resolves at once, without a timer: an arrival at 0 ms needs no clock tick.
	 */
	sleep(ms: number, signal: AbortSignal): Promise<void> {
		return new Promise((resolve, reject) => {
			if (signal.aborted) return reject(signal.reason);
			if (ms <= 0) return resolve();
			const onAbort = () => {
				cancel();
				reject(signal.reason);
			};
			const cancel = this.after(ms, () => {
				signal.removeEventListener('abort', onAbort);
				resolve();
			});
			signal.addEventListener('abort', onAbort, {once: true});
		});
	}

	/** Clears every timer still pending; later calls to after() set none. */
	clear(): void {
		this.#closed = true;
		for (const handle of this.#pending) this.#clock.clearTimeout(handle);
		this.#pending.clear();
	}
}
