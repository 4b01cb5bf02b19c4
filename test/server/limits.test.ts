// The per-connection limiters with a fake clock: token bucket (rate limit) and strike window (bad frames).
import {describe, expect, it} from 'vitest';
import {StrikeWindow} from '../../source/server/strike-window.js';
import {TokenBucket} from '../../source/server/token-bucket.js';

describe('TokenBucket', () => {
	it('allows a burst, then refills at the steady rate', () => {
		let now = 0;
		const bucket = new TokenBucket({perSecond: 10, burst: 3}, () => now);
		expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
		now += 100;
		expect([bucket.take(), bucket.take()]).toEqual([true, false]);
		now += 10_000;
		expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
	});
});

describe('StrikeWindow', () => {
	it('reports too many strikes within the window only', () => {
		let now = 0;
		const window = new StrikeWindow(2, 1_000, () => now);
		expect([window.strike(), window.strike()]).toEqual([false, false]);
		expect(window.strike()).toBe(true);
		now += 1_000;
		expect(window.strike()).toBe(false);
	});
});
