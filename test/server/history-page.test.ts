// fitHistoryPage: which messages a page keeps when they do not all fit in one frame.
import {describe, expect, it} from 'vitest';
import type {Message} from '../../source/protocol/index.js';
import {fitHistoryPage} from '../../source/server/history-page.js';

const message = (n: number, text = 'x'.repeat(100)): Message => ({
	id: `m${n}`,
	chat_id: 'c',
	n,
	client_msg_id: null,
	author: {type: 'system', id: null, name: null},
	text,
	visibility: 'public',
	auto: false,
	ts: 0,
});

const ns = (messages: Message[]) => messages.map(item => item.n);

describe('fitHistoryPage', () => {
	const page = {messages: [1, 2, 3, 4, 5].map(n => message(n)), has_more: false};
	const size = Buffer.byteLength(JSON.stringify(message(1))) + 1;

	it('returns a page that fits unchanged', () => {
		expect(fitHistoryPage(page, false, 10 * size)).toBe(page);
	});

	it('keeps the newest messages when paging back, the oldest when paging forward', () => {
		expect(fitHistoryPage(page, false, 2 * size)).toEqual({messages: [message(4), message(5)], has_more: true});
		expect(ns(fitHistoryPage(page, true, 2 * size).messages)).toEqual([1, 2]);
	});

	it('always keeps at least one message so paging makes progress', () => {
		expect(ns(fitHistoryPage(page, true, 1).messages)).toEqual([1]);
	});
});
