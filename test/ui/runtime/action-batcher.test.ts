// Server actions reach the store in batches: one dispatch per ~50 ms burst, the agent's own send at once.
import {describe, expect, it} from 'vitest';
import type {DeskInput} from '../../../source/core/intents.js';
import {createActionBatcher} from '../../../source/ui/runtime/action-batcher.js';
import {ManualTimers} from '../../helpers/manual-timers.js';

const event = (n: number): DeskInput => ({type: 'protocol.error', message: `e${n}`, at: n});

describe('createActionBatcher', () => {
	it('hands a burst to the store once, at the end of the window', () => {
		const timers = new ManualTimers(0);
		const batches: DeskInput[][] = [];
		const batcher = createActionBatcher({dispatchBatch: actions => batches.push([...actions]), timers});
		for (let n = 0; n < 100; n++) batcher.push(event(n));
		timers.advance(49);
		expect(batches).toHaveLength(0);
		timers.advance(1);
		expect(batches).toHaveLength(1);
		expect(batches[0]).toHaveLength(100);
	});

	it('keeps a steady stream to at most one dispatch per window', () => {
		const timers = new ManualTimers(0);
		let dispatches = 0;
		const batcher = createActionBatcher({dispatchBatch: () => dispatches++, timers});
		for (let ms = 0; ms < 1_000; ms += 10) {
			batcher.push(event(ms));
			timers.advance(10);
		}
		expect(dispatches).toBeLessThanOrEqual(20);
		expect(dispatches).toBeGreaterThanOrEqual(19);
	});

	it('flushes at once, in order, for an urgent action', () => {
		const timers = new ManualTimers(0);
		const batches: DeskInput[][] = [];
		const batcher = createActionBatcher({
			dispatchBatch: actions => batches.push([...actions]),
			timers,
			isUrgent: action => action.type === 'outbox.queued',
		});
		batcher.push(event(1));
		batcher.push({
			type: 'outbox.queued',
			message: {chat_id: 'c', client_msg_id: 'm', text: 't', visibility: 'public', auto: false, queued_at: 0},
			at: 0,
		});
		expect(batches).toHaveLength(1);
		expect(batches[0]!.map(action => action.type)).toEqual(['protocol.error', 'outbox.queued']);
		expect(timers.pending).toBe(0);
	});

	it('lets a burst of background actions wait the longer window, and shortens it when another action joins', () => {
		const timers = new ManualTimers(0);
		const batches: DeskInput[][] = [];
		const batcher = createActionBatcher({
			dispatchBatch: actions => batches.push([...actions]),
			timers,
			isBackground: action => action.type === 'protocol.error' && action.message.startsWith('off'),
			backgroundWindowMs: 200,
		});
		batcher.push({type: 'protocol.error', message: 'off 1', at: 0});
		timers.advance(50);
		expect(batches).toHaveLength(0);
		timers.advance(150);
		expect(batches).toHaveLength(1);
		// A background burst, then something on screen 30 ms in: out 50 ms after the burst began, both together.
		batcher.push({type: 'protocol.error', message: 'off 2', at: 0});
		timers.advance(30);
		batcher.push(event(3));
		timers.advance(19);
		expect(batches).toHaveLength(1);
		timers.advance(1);
		expect(batches[1]!.map(action => (action as {message: string}).message)).toEqual(['off 2', 'e3']);
		// Joining after the short window has passed: at once.
		batcher.push({type: 'protocol.error', message: 'off 4', at: 0});
		timers.advance(120);
		batcher.push(event(5));
		timers.advance(0);
		expect(batches).toHaveLength(3);
		expect(timers.pending).toBe(0);
	});

	it('flushes what waits when stopped, and takes nothing after', () => {
		const timers = new ManualTimers(0);
		const batches: DeskInput[][] = [];
		const batcher = createActionBatcher({dispatchBatch: actions => batches.push([...actions]), timers});
		batcher.push(event(1));
		batcher.stop();
		batcher.push(event(2));
		timers.advance(100);
		expect(batches).toEqual([[event(1)]]);
	});
});
