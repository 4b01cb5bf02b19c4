// The rough wait told beside the place in line: from recent real waits, scaled by the place, none without enough data.
import {describe, expect, it} from 'vitest';
import {QueueWaits} from '../../source/server/queue-waits.js';

const MINUTE = 60_000;

function answered(waits: QueueWaits, chatId: string, place: number, waitedMs: number, now: number) {
	waits.joined(chatId, place);
	waits.answered(chatId, waitedMs, now);
}

describe('QueueWaits', () => {
	it('says nothing until three chats were answered', () => {
		const waits = new QueueWaits();
		answered(waits, 'a', 1, 2 * MINUTE, 0);
		answered(waits, 'b', 1, 2 * MINUTE, 0);
		expect(waits.estimateMinutes(1, 0)).toBeUndefined();
		answered(waits, 'c', 1, 2 * MINUTE, 0);
		expect(waits.estimateMinutes(1, 0)).toBe(2);
	});

	it('takes the median wait per place, times the place, rounded up to whole minutes', () => {
		const waits = new QueueWaits();
		// 1.5 min per place, 1 min per place, and one outlier of 20 min per place: the median ignores the outlier.
		answered(waits, 'a', 2, 3 * MINUTE, 0);
		answered(waits, 'b', 1, 1 * MINUTE, 0);
		answered(waits, 'c', 1, 20 * MINUTE, 0);
		expect(waits.estimateMinutes(1, 0)).toBe(2);
		expect(waits.estimateMinutes(3, 0)).toBe(5);
		// A chat answered at once still promises at least "about a minute".
		const quick = new QueueWaits();
		for (const id of ['a', 'b', 'c']) answered(quick, id, 1, 1_000, 0);
		expect(quick.estimateMinutes(1, 0)).toBe(1);
	});

	it('forgets waits older than an hour, and chats that ended without an agent', () => {
		const waits = new QueueWaits();
		for (const id of ['a', 'b', 'c']) answered(waits, id, 1, MINUTE, 0);
		expect(waits.estimateMinutes(1, 59 * MINUTE)).toBe(1);
		expect(waits.estimateMinutes(1, 61 * MINUTE)).toBeUndefined();
		waits.joined('left', 1);
		waits.forget('left');
		waits.answered('left', MINUTE, 0);
		expect(waits.estimateMinutes(1, 61 * MINUTE)).toBeUndefined();
	});
});
