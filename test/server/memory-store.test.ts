// MemoryStore: message numbering and paging, client_msg_id lookups, agent and open-chat indexes, customers, markers.
import {describe, expect, it} from 'vitest';
import {MemoryStore} from '../../source/server/memory-store.js';
import {dedupScope, type ChatRecord} from '../../source/server/store.js';

function chat(id: string, extra: Partial<ChatRecord> = {}): ChatRecord {
	return {
		id,
		status: 'queued',
		customer_id: 'cu1',
		previous_chats: 0,
		department_id: null,
		agent_id: null,
		created_at: 1,
		ended_at: null,
		hold: null,
		transfer: null,
		rating: null,
		rating_comment: null,
		rated_at: null,
		...extra,
	};
}

function storeWithMessages(count: number): MemoryStore {
	const store = new MemoryStore();
	store.addChat(chat('c1'));
	for (let i = 1; i <= count; i++) {
		store.addMessage(
			{
				id: `m${i}`,
				chat_id: 'c1',
				client_msg_id: `k${i}`,
				author: {type: 'customer', id: 'cu1', name: null},
				text: `t${i}`,
				visibility: 'public',
				auto: false,
				ts: i,
			},
			dedupScope.chat('c1'),
		);
	}
	return store;
}

const ns = (page: {messages: Array<{n: number}>}) => page.messages.map(message => message.n);

describe('MemoryStore messages', () => {
	it('numbers messages per chat from 1 and finds them by client_msg_id in their scope', () => {
		const store = storeWithMessages(3);
		expect(store.findMessage(dedupScope.chat('c1'), 'k2')?.n).toBe(2);
		expect(store.findMessage(dedupScope.chat('other'), 'k2')).toBeUndefined();
		expect(store.findMessage(dedupScope.agent('c1'), 'k2')).toBeUndefined();
	});

	it('pages history: latest, before, after, and between', () => {
		const store = storeWithMessages(10);
		expect(store.listMessages('c1', {limit: 3})).toMatchObject({has_more: true});
		expect(ns(store.listMessages('c1', {limit: 3}))).toEqual([8, 9, 10]);
		expect(ns(store.listMessages('c1', {before: 4, limit: 5}))).toEqual([1, 2, 3]);
		expect(store.listMessages('c1', {before: 4, limit: 5}).has_more).toBe(false);
		expect(ns(store.listMessages('c1', {after: 7, limit: 5}))).toEqual([8, 9, 10]);
		expect(ns(store.listMessages('c1', {after: 2, limit: 3}))).toEqual([3, 4, 5]);
		expect(store.listMessages('c1', {after: 2, limit: 3}).has_more).toBe(true);
		expect(ns(store.listMessages('c1', {after: 2, before: 6, limit: 10}))).toEqual([3, 4, 5]);
		expect(ns(store.listMessages('c1', {after: 20, limit: 10}))).toEqual([]);
		expect(ns(store.listMessages('nope', {limit: 10}))).toEqual([]);
	});
});

describe('MemoryStore chats', () => {
	it('indexes chats by agent and open status, and keeps recently ended ones', () => {
		const store = new MemoryStore();
		store.addChat(chat('a', {created_at: 2}));
		store.addChat(chat('b', {created_at: 1}));
		expect(store.listOpenChats().map(c => c.id)).toEqual(['b', 'a']);
		store.updateChat('a', {status: 'active', agent_id: 'alice'});
		store.updateChat('b', {status: 'ended', agent_id: 'alice', ended_at: 100});
		expect(store.listChatsOfAgent('alice', 50).map(c => c.id)).toEqual(['b', 'a']);
		expect(store.listChatsOfAgent('alice', 101).map(c => c.id)).toEqual(['a']);
		store.updateChat('a', {agent_id: 'bob'});
		expect(store.listChatsOfAgent('alice', 0).map(c => c.id)).toEqual(['b']);
		expect(store.listChatsOfAgent('bob', 0).map(c => c.id)).toEqual(['a']);
		expect(store.listOpenChats().map(c => c.id)).toEqual(['a']);
		expect(() => store.updateChat('zz', {})).toThrow(/zz/);
	});

	it('finds customers by e-mail regardless of case and counts their chats', () => {
		const store = new MemoryStore();
		store.addCustomer({id: 'cu1', name: 'Ola', email: 'Ola@Example.com', locale: 'nb', page: null, created_at: 1});
		expect(store.findCustomerByEmail('ola@example.com')?.id).toBe('cu1');
		store.updateCustomer('cu1', {email: 'new@example.com'});
		expect(store.findCustomerByEmail('ola@example.com')).toBeUndefined();
		expect(store.findCustomerByEmail('NEW@example.com')?.id).toBe('cu1');
		store.addChat(chat('c1'));
		store.addChat(chat('c2'));
		expect(store.countChatsOfCustomer('cu1')).toBe(2);
	});

	it('keeps the highest read marker and lists follow-ups soonest first', () => {
		const store = new MemoryStore();
		store.markRead('alice', 'c1', 5);
		store.markRead('alice', 'c1', 3);
		expect(store.readMarker('alice', 'c1')).toBe(5);
		expect(store.readMarker('bob', 'c1')).toBe(0);
		const followup = (id: string, due_at: number) => ({
			id,
			chat_id: 'c1',
			contact: 'x@y.z',
			due_at,
			note: '',
			created_at: 0,
			agent_id: 'alice',
		});
		store.addFollowup(followup('late', 20));
		store.addFollowup(followup('soon', 10));
		expect(store.listOpenFollowups('alice').map(f => f.id)).toEqual(['soon', 'late']);
		expect(store.listOpenFollowups('bob')).toEqual([]);
	});
});
