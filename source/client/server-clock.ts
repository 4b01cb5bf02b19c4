// The server's clock as seen from here: offers, holds and timers are server times, so the desk counts on this clock.

/**
 * Estimates how far the server's clock is from this machine's. The best sample is hello.now (protocol v1.1);
 * without it, the timestamps of what the server just made (a live transient event, a stored message in a
 * res) are lower bounds of its clock at arrival, so the highest recent one wins.
 */
export class ServerClock {
	#offset = 0;
	#fromHello = false;
	#sampled = false;
	readonly #local: () => number;
	readonly #sampling: boolean;

	/** sampling: false takes hello.now only, never the timestamps of events and results. */
	constructor(local: () => number = Date.now, sampling = true) {
		this.#local = local;
		this.#sampling = sampling;
	}

	/** Server time minus local time, in ms. */
	get offsetMs(): number {
		return this.#offset;
	}

	/** Now, on the server's clock. */
	now(): number {
		return this.#local() + this.#offset;
	}

	/** A new connection: its hello's `now`, if the server sends one, replaces the estimate. */
	hello(serverNow: number | undefined): void {
		this.#fromHello = serverNow !== undefined;
		this.#sampled = false;
		if (serverNow !== undefined) this.#offset = serverNow - this.#local();
	}

	/** A server time stamped just before this arrived; refines an estimate that has no hello.now to go by. */
	sample(serverTs: number): void {
		if (this.#fromHello || !this.#sampling) return;
		const offset = serverTs - this.#local();
		// The first sample sets it; later ones only move it up (each sample is the server's time minus the trip).
		if (!this.#sampled || offset > this.#offset) this.#offset = offset;
		this.#sampled = true;
	}

	/**
	 * Any event's ts is a lower bound of the server's clock at arrival, and so is hello.now, so the highest wins. But a
	 * sequenced event may be a replay minutes old: it may raise an estimate, never set the first one. Why it matters:
	 * a hello that arrived while the desk was busy loading its screen is read late and sets the estimate low by that
	 * much; the next live offer corrects it.
	 */
	refine(serverTs: number): void {
		if (!this.#sampling || !(this.#fromHello || this.#sampled)) return;
		this.#offset = Math.max(this.#offset, serverTs - this.#local());
	}
}
