// E8: the earlier chats overlay's pure state: pages in order, late answers dropped, the transcript paged back.
import {describe, expect, it} from 'vitest';
import {
	EMPTY_EARLIER,
	nextChatsPage,
	olderTranscriptPage,
	reduceEarlier,
	type EarlierChatsState,
	type EarlierEdit,
} from '../../../../source/ui/components/earlier-chats/earlier-state.js';
import {chat, customerAuthor, message} from '../../helpers/fixtures.js';

const earlier = (id: string) => chat(id, {status: 'ended', agent_id: 'kim'});
const run = (edits: EarlierEdit[], from: EarlierChatsState = EMPTY_EARLIER) => edits.reduce(reduceEarlier, from);
const opened = run([
	{type: 'open', chatId: 'now', customer: 'Sarah Jones'},
	{type: 'chats.loading', chatId: 'now'},
]);

describe('the earlier chats list', () => {
	it('takes the first page, then each next page only after the last chat it has, never a chat twice', () => {
		expect(opened).toMatchObject({chatId: 'now', customer: 'Sarah Jones', loading: true, chats: []});
		let state = run(
			[{type: 'chats.loaded', chatId: 'now', before: null, chats: [earlier('e3'), earlier('e2')], hasMore: true}],
			opened,
		);
		expect(state.chats.map(item => item.id)).toEqual(['e3', 'e2']);
		expect(state).toMatchObject({loading: false, hasMore: true});
		// A late repeat of the first page, and a page that continues another one, change nothing.
		state = run(
			[
				{type: 'chats.loaded', chatId: 'now', before: null, chats: [earlier('e3')], hasMore: true},
				{type: 'chats.loaded', chatId: 'now', before: 'e3', chats: [earlier('e1')], hasMore: false},
				{type: 'chats.loaded', chatId: 'other', before: 'e2', chats: [earlier('x')], hasMore: false},
			],
			state,
		);
		expect(state.chats.map(item => item.id)).toEqual(['e3', 'e2']);
		state = run(
			[{type: 'chats.loaded', chatId: 'now', before: 'e2', chats: [earlier('e2'), earlier('e1')], hasMore: false}],
			state,
		);
		expect(state.chats.map(item => item.id)).toEqual(['e3', 'e2', 'e1']);
		expect(state.hasMore).toBe(false);
	});

	it('asks for the next page only when the choice reaches the last chat loaded and the server has more', () => {
		let state = run(
			[{type: 'chats.loaded', chatId: 'now', before: null, chats: [earlier('e3'), earlier('e2')], hasMore: true}],
			opened,
		);
		expect(nextChatsPage(state)).toBeNull();
		state = run([{type: 'move', by: 5}], state);
		expect(state.selected).toBe(1);
		expect(nextChatsPage(state)).toEqual({chatId: 'now', before: 'e2'});
		expect(nextChatsPage(run([{type: 'chats.loading', chatId: 'now'}], state))).toBeNull();
		expect(
			nextChatsPage(run([{type: 'chats.failed', chatId: 'now', reason: 'the server refused it'}], state)),
		).toBeNull();
		expect(run([{type: 'move', by: -9}], state).selected).toBe(0);
	});

	it('keeps a failure in plain words, for its own chat only', () => {
		const state = run([{type: 'chats.failed', chatId: 'now', reason: 'the server does not support it'}], opened);
		expect(state).toMatchObject({loading: false, failed: 'the server does not support it'});
		expect(run([{type: 'chats.failed', chatId: 'else', reason: 'x'}], opened)).toBe(opened);
	});
});

describe('an earlier chat read', () => {
	const listed = run(
		[{type: 'chats.loaded', chatId: 'now', before: null, chats: [earlier('e2'), earlier('e1')], hasMore: false}],
		opened,
	);
	const says = (n: number) => message('e1', n, customerAuthor(), `line ${n}`);

	it('opens the chosen chat, takes its newest page, then older pages in front, and Esc goes back to the list', () => {
		let state = run([{type: 'move', by: 1}, {type: 'read'}, {type: 'transcript.loading', earlierId: 'e1'}], listed);
		expect(state.reading).toMatchObject({chat: {id: 'e1'}, loading: true, messages: []});
		state = run(
			[{type: 'transcript.loaded', earlierId: 'e1', before: null, messages: [says(3), says(4)], hasOlder: true}],
			state,
		);
		expect(state.reading!.messages.map(item => item.n)).toEqual([3, 4]);
		// An answer for another chat, or one that does not continue the lowest message, is dropped.
		const same = run(
			[
				{type: 'transcript.loaded', earlierId: 'e2', before: null, messages: [says(9)], hasOlder: false},
				{type: 'transcript.loaded', earlierId: 'e1', before: 2, messages: [says(1)], hasOlder: false},
				{type: 'transcript.loaded', earlierId: 'e1', before: null, messages: [says(4)], hasOlder: false},
			],
			state,
		);
		expect(same.reading!.messages.map(item => item.n)).toEqual([3, 4]);
		state = run(
			[{type: 'transcript.loaded', earlierId: 'e1', before: 3, messages: [says(1), says(2)], hasOlder: false}],
			state,
		);
		expect(state.reading!.messages.map(item => item.n)).toEqual([1, 2, 3, 4]);
		expect(state.reading!.hasOlder).toBe(false);
		state = run([{type: 'back'}], state);
		expect(state.reading).toBeNull();
		expect(state.selected).toBe(1);
	});

	it('asks for the older page only at the top of what is loaded, once, while the server has more', () => {
		let state = run(
			[
				{type: 'read'},
				{type: 'transcript.loaded', earlierId: 'e2', before: null, messages: [says(5), says(6)], hasOlder: true},
				{type: 'transcript.size', page: 10, max: 30},
			],
			listed,
		);
		expect(olderTranscriptPage(state)).toBeNull();
		state = run([{type: 'transcript.scroll', move: 'oldest'}], state);
		expect(state.reading!.view.scroll).toBe(30);
		expect(olderTranscriptPage(state)).toEqual({earlierId: 'e2', before: 5});
		expect(olderTranscriptPage(run([{type: 'transcript.loading', earlierId: 'e2'}], state))).toBeNull();
		// The scroll counts rows back from the newest: older rows in front keep the same rows in view.
		state = run([{type: 'transcript.scroll', move: 'page-down'}], state);
		expect(state.reading!.view.scroll).toBe(20);
	});
});
