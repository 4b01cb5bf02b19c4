// Reconnect and retry pacing: exponential backoff with jitter, as a pure function of the attempt number.

export type BackoffOptions = {
	/** Delay before the first retry. */
	initialMs: number;
	/** Ceiling: a server that stays down is tried at least this often. */
	maxMs: number;
	/** Growth per attempt. */
	factor: number;
	/** Share of the delay (0..1) that is randomised, so a crowd of agents does not reconnect in lockstep. */
	jitter: number;
};

export const DEFAULT_BACKOFF: BackoffOptions = {initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.5};

export function backoffOptions(overrides: Partial<BackoffOptions> = {}): BackoffOptions {
	const merged = {...DEFAULT_BACKOFF, ...withoutUndefined(overrides)};
	return {
		initialMs: Math.max(0, merged.initialMs),
		maxMs: Math.max(0, merged.maxMs),
		factor: Math.max(1, merged.factor),
		jitter: Math.min(1, Math.max(0, merged.jitter)),
	};
}

/**
 * Delay before retry number `attempt` (0 = the first retry). The jitter only ever shortens the delay,
 * in [base × (1 − jitter), base], so maxMs stays a true ceiling.
 */
export function backoffDelay(
	attempt: number,
	options: BackoffOptions = DEFAULT_BACKOFF,
	random: () => number = Math.random,
): number {
	const exponent = Math.max(0, Math.floor(attempt));
	// Guard 0 × Infinity (= NaN) when a huge attempt number overflows the power.
	const base = options.initialMs === 0 ? 0 : Math.min(options.maxMs, options.initialMs * options.factor ** exponent);
	const roll = Math.min(1, Math.max(0, random()));
	return Math.round(base * (1 - options.jitter * roll));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
