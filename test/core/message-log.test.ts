// The message log: order by n, no duplicates by id or n, cheap appends, and older versions that never change.
import {describe, expect, it} from 'vitest';
import {
	EMPTY_LOG,
	addMessage,
	addMessages,
	hasMessageId,
	indexOfN,
	lastMessage,
	logSize,
	logToArray,
	messageAt,
	sliceMessages,
	type MessageLog,
} from '../../source/core/message-log.js';
import {msg} from '../helpers/fixtures.js';

const ns = (log: MessageLog) => logToArray(log).map(message => message.n);

function logOf(...numbers: number[]): MessageLog {
	return addMessages(
		EMPTY_LOG,
		numbers.map(n => msg('c1', n)),
	);
}

describe('message log', () => {
	it('keeps messages in order of n, whatever order they come in', () => {
		const log = addMessages(EMPTY_LOG, [msg('c1', 3), msg('c1', 1), msg('c1', 2)]);
		expect(ns(log)).toEqual([1, 2, 3]);
		expect(ns(addMessage(log, msg('c1', 5)))).toEqual([1, 2, 3, 5]);
		expect(ns(addMessage(addMessage(log, msg('c1', 5)), msg('c1', 4)))).toEqual([1, 2, 3, 4, 5]);
	});

	it('drops a duplicate by id and returns the same log', () => {
		const log = logOf(1, 2);
		expect(addMessage(log, msg('c1', 2))).toBe(log);
		// Same id under another n (a confused server): still the one message.
		expect(addMessage(log, {...msg('c1', 2), n: 7})).toBe(log);
	});

	it('drops a duplicate by n: the message stored first stays', () => {
		const log = logOf(1, 2);
		const impostor = {...msg('c1', 2), id: 'other'};
		expect(addMessage(log, impostor)).toBe(log);
		expect(messageAt(log, 1)?.id).toBe('c1-m2');
	});

	it('merges an overlapping history page once, and returns the same log for a page it holds already', () => {
		const log = logOf(5, 6, 7);
		const merged = addMessages(
			log,
			[3, 4, 5, 6].map(n => msg('c1', n)),
		);
		expect(ns(merged)).toEqual([3, 4, 5, 6, 7]);
		expect(addMessages(merged, [msg('c1', 4), msg('c1', 7)])).toBe(merged);
		expect(addMessages(merged, [])).toBe(merged);
	});

	it('drops duplicates inside one page', () => {
		expect(ns(addMessages(EMPTY_LOG, [msg('c1', 2), msg('c1', 1), msg('c1', 2)]))).toEqual([1, 2]);
	});

	it('appends to the newest version without copying: the buffer stays the same array', () => {
		const log = logOf(1, 2, 3);
		const next = addMessage(log, msg('c1', 4));
		expect(next).not.toBe(log);
		expect(next.buffer).toBe(log.buffer);
		expect(logSize(next)).toBe(4);
	});

	it('puts an older page in front without touching what other versions show', () => {
		const v1 = logOf(5, 6);
		const v2 = addMessages(
			v1,
			[3, 4].map(n => msg('c1', n)),
		);
		// v1 is no longer the newest: paging it back again forks instead of writing v2's slots.
		const v3 = addMessages(
			v1,
			[1, 2].map(n => msg('c1', n)),
		);
		const v4 = addMessage(v2, msg('c1', 7));
		expect(ns(v1)).toEqual([5, 6]);
		expect(ns(v2)).toEqual([3, 4, 5, 6]);
		expect(ns(v3)).toEqual([1, 2, 5, 6]);
		expect(ns(v4)).toEqual([3, 4, 5, 6, 7]);
		expect(v4.buffer).toBe(v1.buffer);
		expect(hasMessageId(v1, 'c1-m3')).toBe(false);
		expect(hasMessageId(v2, 'c1-m3')).toBe(true);
		expect(hasMessageId(v3, 'c1-m3')).toBe(false);
		expect(hasMessageId(v3, 'c1-m1')).toBe(true);
		expect(indexOfN(v4, 4)).toBe(1);
		// A message older than all, one at a time, goes in front too.
		expect(ns(addMessage(v2, msg('c1', 2)))).toEqual([2, 3, 4, 5, 6]);
	});

	it('never changes what an older version shows', () => {
		const v1 = logOf(1, 2);
		const v2 = addMessage(v1, msg('c1', 3));
		expect(ns(v1)).toEqual([1, 2]);
		expect(messageAt(v1, 2)).toBeUndefined();
		expect(lastMessage(v1)?.n).toBe(2);
		expect(hasMessageId(v1, 'c1-m3')).toBe(false);
		expect(hasMessageId(v2, 'c1-m3')).toBe(true);
		// A stale version appended to again forks instead of overwriting v2's slot.
		const fork = addMessage(v1, {...msg('c1', 3), id: 'fork', text: 'other'});
		expect(fork.buffer).not.toBe(v1.buffer);
		expect(messageAt(v2, 2)?.id).toBe('c1-m3');
		expect(messageAt(fork, 2)?.id).toBe('fork');
		expect(hasMessageId(fork, 'c1-m3')).toBe(false);
	});

	it('never grows the shared empty log', () => {
		addMessage(EMPTY_LOG, msg('c1', 1));
		expect(EMPTY_LOG.buffer).toHaveLength(0);
		expect(logSize(addMessage(EMPTY_LOG, msg('c2', 1)))).toBe(1);
	});

	it('finds a message by n, with or without gaps in n', () => {
		const log = logOf(2, 3, 4, 9, 10);
		expect(indexOfN(log, 3)).toBe(1);
		expect(indexOfN(log, 9)).toBe(3);
		expect(indexOfN(log, 5)).toBe(-1);
		expect(indexOfN(EMPTY_LOG, 1)).toBe(-1);
	});

	it('slices within the version only', () => {
		const v1 = logOf(1, 2, 3);
		addMessage(v1, msg('c1', 4));
		expect(sliceMessages(v1, 1, 99).map(message => message.n)).toEqual([2, 3]);
	});
});
