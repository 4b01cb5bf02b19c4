// Rate limits (per connection, per address, per identity): a token bucket refilled continuously, with the clock passed in so tests need no waiting.

export type RateLimit = {perSecond: number; burst: number};

export class TokenBucket {
	private tokens: number;
	private refilledAt: number;

	constructor(
		private readonly limit: RateLimit,
		private readonly clock: () => number = () => performance.now(),
	) {
		this.tokens = limit.burst;
		this.refilledAt = clock();
	}

	/** Whether the bucket has refilled to its burst: its owner has been quiet long enough to be forgotten. */
	isFull(now = this.clock()): boolean {
		return this.tokens + ((now - this.refilledAt) * this.limit.perSecond) / 1_000 >= this.limit.burst;
	}

	/** Takes one token; false when the frame is over budget. `now` saves a clock read when the caller has one. */
	take(now = this.clock()): boolean {
		const elapsed = now - this.refilledAt;
		this.refilledAt = now;
		if (elapsed > 0) this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.perSecond) / 1_000);
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
