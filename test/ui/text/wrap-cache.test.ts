// The wrap cache wraps each message once per width, forgets the least recent, and never serves stale lines.
import {describe, expect, it, vi} from 'vitest';
import {createWrapCache} from '../../../source/ui/text/wrap-cache.js';
import {wrapText} from '../../../source/ui/text/wrap.js';

function countingCache(options: {maxMessagesPerWidth?: number; maxWidths?: number} = {}) {
	const wrap = vi.fn(wrapText);
	return {wrap, cache: createWrapCache({...options, wrap})};
}

describe('createWrapCache', () => {
	it('wraps a message once per width', () => {
		const {wrap, cache} = countingCache();
		const text = 'my blender does not spin at all';
		expect(cache.lines('m1', text, 10)).toEqual(['my blender', 'does not', 'spin at', 'all']);
		expect(cache.height('m1', text, 10)).toBe(4);
		cache.lines('m1', text, 10);
		expect(wrap).toHaveBeenCalledTimes(1);
		expect(cache.height('m1', text, 40)).toBe(1);
		expect(wrap).toHaveBeenCalledTimes(2);
		cache.lines('m1', text, 10);
		expect(wrap).toHaveBeenCalledTimes(2);
	});

	it('re-wraps when the text for an id changes', () => {
		const {wrap, cache} = countingCache();
		cache.lines('m1', 'sending…', 20);
		expect(cache.lines('m1', 'a different text now', 10)).toEqual(['a', 'different', 'text now']);
		expect(wrap).toHaveBeenCalledTimes(2);
	});

	it('keeps a bounded number of messages per width, dropping the least recently used', () => {
		const {wrap, cache} = countingCache({maxMessagesPerWidth: 3});
		for (const id of ['a', 'b', 'c']) cache.lines(id, id, 10);
		cache.lines('a', 'a', 10); // a is now the most recent
		cache.lines('d', 'd', 10); // evicts b
		expect(cache.size).toBe(3);
		wrap.mockClear();
		cache.lines('a', 'a', 10);
		cache.lines('c', 'c', 10);
		expect(wrap).not.toHaveBeenCalled();
		cache.lines('b', 'b', 10);
		expect(wrap).toHaveBeenCalledTimes(1);
	});

	it('keeps a few widths (split panes) and drops the least recently used width on a resize drag', () => {
		const {wrap, cache} = countingCache({maxWidths: 2});
		cache.lines('m', 'text', 40); // left pane
		cache.lines('m', 'text', 60); // right pane
		cache.lines('m', 'text', 40);
		expect(wrap).toHaveBeenCalledTimes(2);
		cache.lines('m', 'text', 61); // resize: 60 goes, 40 stays
		cache.lines('m', 'text', 40);
		expect(wrap).toHaveBeenCalledTimes(3);
		cache.lines('m', 'text', 60);
		expect(wrap).toHaveBeenCalledTimes(4);
	});

	it('forgets a message at every width, and clears', () => {
		const {wrap, cache} = countingCache();
		cache.lines('m', 'text', 10);
		cache.lines('m', 'text', 20);
		cache.forget('m');
		expect(cache.size).toBe(0);
		cache.lines('m', 'text', 10);
		expect(wrap).toHaveBeenCalledTimes(3);
		cache.clear();
		expect(cache.size).toBe(0);
		cache.lines('m', 'text', 10);
		expect(wrap).toHaveBeenCalledTimes(4);
	});

	it('returns lines callers cannot mutate into the cache', () => {
		const {cache} = countingCache();
		const lines = cache.lines('m', 'a b c', 1);
		expect(Object.isFrozen(lines)).toBe(true);
	});

	it('wraps only the messages asked for in a 10,000-message conversation', () => {
		const {wrap, cache} = countingCache();
		const messages = Array.from({length: 10_000}, (_, index) => ({
			id: `m${index}`,
			text: `message number ${index} with some words`,
		}));
		// A render asks for the newest screenful.
		for (const message of messages.slice(-30)) cache.height(message.id, message.text, 50);
		for (const message of messages.slice(-30)) cache.lines(message.id, message.text, 50);
		expect(wrap).toHaveBeenCalledTimes(30);
	});
});
