// Counts a connection's bad frames in a sliding window, so a client that keeps sending garbage is cut off (4400).

export class StrikeWindow {
	private readonly times: number[] = [];

	constructor(
		/** More strikes than this within the window is too many. */
		private readonly allowed: number,
		private readonly windowMs: number,
		private readonly clock: () => number = () => performance.now(),
	) {}

	/** Records one strike; true when that makes too many. */
	strike(): boolean {
		const now = this.clock();
		this.times.push(now);
		while (this.times.length > 0 && now - this.times[0]! >= this.windowMs) this.times.shift();
		// Only the last allowed+1 strikes can matter.
		if (this.times.length > this.allowed + 1) this.times.shift();
		return this.times.length > this.allowed;
	}
}
