// Failed agent sign-ins counted per address and per account: past the allowance, sign-ins from there must wait, so a
// token cannot be guessed by trying (issue 13). Successful sign-ins cost nothing and clear nothing.

export type SignInThrottleSettings = {
	/** Failures allowed within the window; the next sign-in from there waits until the oldest one leaves it. */
	failuresAllowed: number;
	windowMs: number;
};

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleSettings = {failuresAllowed: 10, windowMs: 5 * 60_000};

/** Keys (addresses, accounts) remembered at most; past it the oldest are forgotten, so a flood cannot grow it. */
const MAX_KEYS = 100_000;

export const throttleKey = {
	address: (address: string) => `address:${address}`,
	account: (agentId: string) => `account:${agentId}`,
};

export class SignInThrottle {
	/** Times of recent failures per key, oldest first, at most failuresAllowed of them. */
	private readonly failures = new Map<string, number[]>();

	constructor(
		private readonly settings: SignInThrottleSettings,
		private readonly now: () => number,
	) {}

	/** Milliseconds until `key` may try again; 0 when it may now. */
	waitMs(key: string): number {
		const times = this.recent(key);
		if (times.length < this.settings.failuresAllowed) return 0;
		return Math.max(1, times[0]! + this.settings.windowMs - this.now());
	}

	failed(key: string): void {
		const times = this.recent(key);
		times.push(this.now());
		if (times.length > this.settings.failuresAllowed) times.shift();
		// Re-inserted last, so the map's order is least recently failed first.
		this.failures.delete(key);
		this.failures.set(key, times);
		if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
	}

	private recent(key: string): number[] {
		const times = this.failures.get(key);
		if (!times) return [];
		const since = this.now() - this.settings.windowMs;
		while (times.length > 0 && times[0]! <= since) times.shift();
		if (times.length === 0) this.failures.delete(key);
		return times;
	}
}
