// Reconnect pacing: grows by the factor, stops at the ceiling, jitter only shortens.
import {describe, expect, it} from 'vitest';
import {backoffDelay, backoffOptions, DEFAULT_BACKOFF} from '../../source/client/backoff.js';

describe('backoffDelay', () => {
	const noJitter = backoffOptions({jitter: 0});

	it('starts at initialMs and doubles per attempt', () => {
		expect([0, 1, 2, 3].map(attempt => backoffDelay(attempt, noJitter))).toEqual([500, 1_000, 2_000, 4_000]);
	});

	it('never exceeds maxMs, even for huge attempt numbers', () => {
		expect(backoffDelay(10, noJitter)).toBe(30_000);
		expect(backoffDelay(10_000, noJitter)).toBe(30_000);
		expect(backoffDelay(10_000, backoffOptions({initialMs: 0}))).toBe(0);
	});

	it('takes jitter off the delay, within [base × (1 − jitter), base]', () => {
		expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0)).toBe(2_000);
		expect(backoffDelay(2, DEFAULT_BACKOFF, () => 1)).toBe(1_000);
		expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(1_500);
		expect(backoffDelay(20, DEFAULT_BACKOFF, () => 0.999)).toBeGreaterThanOrEqual(15_000);
	});

	it('fills in defaults and clamps nonsense options', () => {
		expect(backoffOptions({})).toEqual(DEFAULT_BACKOFF);
		expect(backoffOptions({maxMs: undefined, jitter: 7, factor: 0.5})).toEqual({
			...DEFAULT_BACKOFF,
			jitter: 1,
			factor: 1,
		});
	});

	it('treats negative or fractional attempts as the nearest sane one', () => {
		expect(backoffDelay(-3, noJitter)).toBe(500);
		expect(backoffDelay(1.7, noJitter)).toBe(1_000);
	});
});
