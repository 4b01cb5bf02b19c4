// Notices a server that went silent: any inbound frame is a sign of life; too long without one ends the link.
import {performance} from 'node:perf_hooks';

export type HeartbeatWatchdogOptions = {
	/** The server has been quiet for a while: ask it for a sign of life (a ping). */
	onQuiet?: () => void;
	/** The server has been silent past the deadline: the link is dead even if the socket looks open. */
	onSilence: () => void;
};

/**
 * One timer per link, not one per frame: touch() only records the time, and the timer re-arms itself
 * for the remainder when it fires early. A burst of thousands of events costs no timer churn.
 */
export class HeartbeatWatchdog {
	readonly #onQuiet: (() => void) | undefined;
	readonly #onSilence: () => void;
	#lastSeen = 0;
	#deadlineMs = 0;
	#quietMs: number | null = null;
	#quietReported = false;
	#timer: NodeJS.Timeout | undefined;

	constructor(options: HeartbeatWatchdogOptions) {
		this.#onQuiet = options.onQuiet;
		this.#onSilence = options.onSilence;
	}

	/**
	 * Watches for silence longer than deadlineMs; after quietMs of silence (if given) onQuiet fires once.
	 * Re-arming (e.g. when hello brings the real heartbeat) counts from now.
	 */
	arm(deadlineMs: number, quietMs: number | null = null): void {
		this.#deadlineMs = deadlineMs;
		this.#quietMs = quietMs;
		this.touch();
		this.#schedule(quietMs ?? deadlineMs);
	}

	touch(): void {
		this.#lastSeen = performance.now();
		this.#quietReported = false;
	}

	stop(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#schedule(delayMs: number): void {
		this.stop();
		this.#timer = setTimeout(() => this.#check(), Math.max(1, Math.ceil(delayMs)));
	}

	#check(): void {
		this.#timer = undefined;
		const silentFor = performance.now() - this.#lastSeen;
		if (silentFor >= this.#deadlineMs) {
			this.#onSilence();
			return;
		}
		if (this.#quietMs !== null && !this.#quietReported && silentFor >= this.#quietMs) {
			this.#quietReported = true;
			this.#onQuiet?.();
		}
		const untilQuiet = this.#quietMs !== null && !this.#quietReported ? this.#quietMs - silentFor : Infinity;
		this.#schedule(Math.min(untilQuiet, this.#deadlineMs - silentFor));
	}
}
