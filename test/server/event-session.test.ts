// The sequenced event stream on its own: seq numbering, acks, replay, overflow, the resume window.
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {FrameConnection} from '../../source/server/connection.js';
import {EventSession} from '../../source/server/event-session.js';

function fakeConnection(): FrameConnection & {sent: Array<Record<string, unknown>>} {
	const sent: Array<Record<string, unknown>> = [];
	return {
		sent,
		sendText: (text: string) => sent.push(JSON.parse(text) as Record<string, unknown>),
	} as unknown as FrameConnection & {
		sent: typeof sent;
	};
}

function session(options: Partial<ConstructorParameters<typeof EventSession>[0]> = {}) {
	return new EventSession({id: 's', resumeWindowMs: 1_000, now: () => 42, onExpire: () => {}, ...options});
}

afterEach(() => {
	vi.useRealTimers();
});

describe('EventSession', () => {
	it('numbers events from 1 and sends them when connected; transient ones carry no seq', () => {
		const stream = session();
		const link = fakeConnection();
		stream.attach(link);
		stream.emit('chat.updated', {a: 1});
		stream.emitTransient('typing', {typing: true});
		stream.emit('chat.updated', {a: 2});
		expect(link.sent).toEqual([
			{type: 'evt', seq: 1, event: 'chat.updated', ts: 42, payload: {a: 1}},
			{type: 'evt', event: 'typing', ts: 42, payload: {typing: true}},
			{type: 'evt', seq: 2, event: 'chat.updated', ts: 42, payload: {a: 2}},
		]);
	});

	it('buffers while disconnected and replays after the given seq', () => {
		const stream = session();
		const first = fakeConnection();
		stream.attach(first);
		for (let i = 1; i <= 3; i++) stream.emit('e', {i});
		stream.detach(first);
		stream.emit('e', {i: 4});
		stream.emitTransient('typing', {typing: true});
		expect(stream.canResume(2)).toBe(true);
		const second = fakeConnection();
		stream.attach(second, 2);
		expect(second.sent.map(frame => frame.seq)).toEqual([3, 4]);
	});

	it('drops acked events: resuming from before the ack is refused, above the last seq is rejected', () => {
		const stream = session();
		for (let i = 1; i <= 5; i++) stream.emit('e', {i});
		expect(stream.ack(3)).toBe(true);
		expect(stream.canResume(2)).toBe(false);
		expect(stream.canResume(3)).toBe(true);
		expect(stream.canResume(6)).toBe(false);
		expect(stream.ack(6)).toBe(false);
	});

	it('keeps working across buffer compaction', () => {
		const stream = session();
		for (let i = 1; i <= 5_000; i++) stream.emit('e', {i});
		expect(stream.ack(3_000)).toBe(true);
		const link = fakeConnection();
		stream.attach(link, 4_990);
		expect(link.sent.map(frame => frame.seq)).toEqual([
			4_991, 4_992, 4_993, 4_994, 4_995, 4_996, 4_997, 4_998, 4_999, 5_000,
		]);
		expect(stream.canResume(2_999)).toBe(false);
	});

	it('is no longer resumable once more events than the cap are unacked', () => {
		const stream = session({maxBuffered: 10});
		for (let i = 1; i <= 10; i++) stream.emit('e', {i});
		expect(stream.canResume(0)).toBe(true);
		stream.emit('e', {i: 11});
		expect(stream.canResume(0)).toBe(false);
		expect(stream.canResume(11)).toBe(false);
	});

	it('ends when the resume window runs out, unless a socket comes back in time', () => {
		vi.useFakeTimers();
		const onExpire = vi.fn();
		const stream = session({onExpire});
		const link = fakeConnection();
		stream.attach(link);
		stream.detach(link);
		vi.advanceTimersByTime(999);
		stream.attach(fakeConnection(), 0);
		vi.advanceTimersByTime(5_000);
		expect(onExpire).not.toHaveBeenCalled();
		stream.detach(stream.connection!);
		vi.advanceTimersByTime(1_000);
		expect(onExpire).toHaveBeenCalledTimes(1);
		expect(stream.isEnded).toBe(true);
		expect(stream.canResume(0)).toBe(false);
	});

	it('ignores the close of a socket that is no longer its own', () => {
		vi.useFakeTimers();
		const onExpire = vi.fn();
		const stream = session({onExpire});
		const old = fakeConnection();
		stream.attach(old);
		stream.attach(fakeConnection(), 0);
		stream.detach(old);
		vi.advanceTimersByTime(5_000);
		expect(onExpire).not.toHaveBeenCalled();
	});
});
