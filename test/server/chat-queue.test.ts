// The chat queue keeps chats oldest first as they come and go, so routing reads its head without sorting.
import {describe, expect, it} from 'vitest';
import {ChatQueue} from '../../source/server/chat-queue.js';

const ids = (queue: ChatQueue) => [...queue.oldestFirst()];

describe('ChatQueue', () => {
	it('keeps chats by age when one comes back to the queue, and forgets those that leave', () => {
		const queue = new ChatQueue();
		queue.add('b', 2);
		queue.add('c', 3);
		queue.add('a', 1);
		queue.add('c', 3);
		expect(ids(queue)).toEqual(['a', 'b', 'c']);
		queue.delete('b');
		expect(ids(queue)).toEqual(['a', 'c']);
		queue.add('b', 2);
		expect(ids(queue)).toEqual(['a', 'b', 'c']);
		expect(queue.size).toBe(3);
		expect(queue.has('b')).toBe(true);
		queue.delete('zz');
		expect(queue.size).toBe(3);
	});

	it('a chat taken out while routing walks the queue is not offered, and the walk goes on', () => {
		const queue = new ChatQueue();
		for (const [id, at] of [
			['a', 1],
			['b', 2],
			['c', 3],
		] as const)
			queue.add(id, at);
		const seen: string[] = [];
		for (const id of queue.oldestFirst()) {
			seen.push(id);
			queue.delete(id);
			if (id === 'a') queue.delete('b');
		}
		expect(seen).toEqual(['a', 'c']);
	});

	it('adds and removes 30,000 chats without any step that grows with the queue', () => {
		const queue = new ChatQueue();
		const started = performance.now();
		for (let i = 0; i < 30_000; i++) queue.add(`c${i}`, i);
		// Ending each chat from the head, as routing and endings do, stays cheap per chat.
		for (let i = 0; i < 30_000; i++) queue.delete(`c${i}`);
		expect(queue.size).toBe(0);
		expect([...queue.oldestFirst()]).toEqual([]);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
