// The notification rate limit: a flood rings once per interval; time is a value, not a clock.
import {describe, expect, it} from 'vitest';
import {createNotificationLimiter} from '../../../source/ui/terminal/notification-limiter.js';

describe('createNotificationLimiter', () => {
	it('lets a flood of offers ring once per interval', () => {
		const limiter = createNotificationLimiter({minIntervalMs: 1_000});
		const allowedAt: number[] = [];
		// 50 offers a second for 3 seconds.
		for (let now = 0; now < 3_000; now += 20) if (limiter.allow(now)) allowedAt.push(now);
		expect(allowedAt).toEqual([0, 1_000, 2_000]);
	});

	it('allows a burst after a quiet period, then one per interval', () => {
		const limiter = createNotificationLimiter({minIntervalMs: 1_000, burst: 3});
		expect([limiter.allow(0), limiter.allow(1), limiter.allow(2), limiter.allow(3)]).toEqual([true, true, true, false]);
		expect(limiter.allow(999)).toBe(false);
		expect(limiter.allow(1_003)).toBe(true);
		expect(limiter.allow(1_004)).toBe(false);
		// Quiet for long enough refills the whole burst, but not more.
		expect([limiter.allow(60_000), limiter.allow(60_000), limiter.allow(60_000), limiter.allow(60_000)]).toEqual([
			true,
			true,
			true,
			false,
		]);
	});

	it('counts what it suppressed since the last notification', () => {
		const limiter = createNotificationLimiter({minIntervalMs: 500});
		limiter.allow(0);
		limiter.allow(10);
		limiter.allow(20);
		expect(limiter.suppressed).toBe(2);
		expect(limiter.allow(600)).toBe(true);
		expect(limiter.suppressed).toBe(0);
	});

	it('grants nothing extra when the clock steps back', () => {
		const limiter = createNotificationLimiter({minIntervalMs: 1_000});
		expect(limiter.allow(10_000)).toBe(true);
		expect(limiter.allow(5_000)).toBe(false);
		expect(limiter.allow(10_500)).toBe(false);
		expect(limiter.allow(11_000)).toBe(true);
	});

	it('allows everything with a zero interval', () => {
		const limiter = createNotificationLimiter({minIntervalMs: 0});
		expect([limiter.allow(0), limiter.allow(0), limiter.allow(0)]).toEqual([true, true, true]);
	});
});
