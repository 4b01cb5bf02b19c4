// The seq tracker alone: duplicates skipped, cumulative acks on a timer and every 100 events.
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {EventSequence} from '../../source/client/event-sequence.js';

describe('EventSequence', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	function make() {
		const acks: number[] = [];
		const sequence = new EventSequence({sendAck: seq => acks.push(seq), ackIntervalMs: 1_000});
		return {sequence, acks};
	}

	it('skips a seq it has processed', () => {
		const {sequence} = make();
		expect(sequence.advance(1)).toBe(true);
		expect(sequence.advance(2)).toBe(true);
		expect(sequence.advance(2)).toBe(false);
		expect(sequence.advance(1)).toBe(false);
		expect(sequence.lastSeq).toBe(2);
	});

	it('acks cumulatively once the interval has passed, not per event', () => {
		const {sequence, acks} = make();
		sequence.advance(1);
		sequence.advance(2);
		sequence.advance(3);
		vi.advanceTimersByTime(999);
		expect(acks).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(acks).toEqual([3]);
		vi.advanceTimersByTime(5_000);
		expect(acks).toEqual([3]);
	});

	it('acks at once after 100 unacked events', () => {
		const {sequence, acks} = make();
		for (let seq = 1; seq <= 250; seq++) sequence.advance(seq);
		expect(acks).toEqual([100, 200]);
		vi.advanceTimersByTime(1_000);
		expect(acks).toEqual([100, 200, 250]);
	});

	it('starts from a known seq after a login, without acking it again', () => {
		const {sequence, acks} = make();
		sequence.reset(40);
		expect(sequence.advance(40)).toBe(false);
		expect(sequence.advance(41)).toBe(true);
		sequence.flush();
		expect(acks).toEqual([41]);
		expect(sequence.lastAcked).toBe(41);
	});

	it('stops acking while paused (link down)', () => {
		const {sequence, acks} = make();
		sequence.advance(1);
		sequence.pause();
		vi.advanceTimersByTime(10_000);
		expect(acks).toEqual([]);
	});
});
