// The one store contract suite: every store (memory, SQLite, later PostgreSQL) runs it through storeContract().
import {afterEach, describe, expect, it} from 'vitest';
import {
	dedupScope,
	NEW_CHAT_DEFAULTS,
	type ChatRecord,
	type CustomerRecord,
	type Store,
} from '../../../source/server/store/contract.js';
import type {AccountRecord} from '../../../source/server/store/accounts-contract.js';

export function chat(id: string, extra: Partial<ChatRecord> = {}): ChatRecord {
	return {
		id,
		status: 'queued',
		customer_id: 'cu1',
		previous_chats: 0,
		department_id: null,
		agent_id: null,
		created_at: 1,
		...NEW_CHAT_DEFAULTS,
		...extra,
	};
}

export function customer(id: string, extra: Partial<CustomerRecord> = {}): CustomerRecord {
	return {id, name: 'Ola', email: null, locale: 'nb', page: null, created_at: 1, ...extra};
}

async function addMessages(
	store: Store,
	chatId: string,
	count: number,
	scope = dedupScope.chat(chatId),
): Promise<void> {
	for (let i = 1; i <= count; i++) {
		await store.addMessage(
			{
				id: `${chatId}-m${i}`,
				chat_id: chatId,
				client_msg_id: `${chatId}-k${i}`,
				author: {type: 'customer', id: 'cu1', name: null},
				text: `t${i}`,
				visibility: 'public',
				auto: false,
				ts: i,
			},
			scope,
		);
	}
}

function followup(id: string, chat_id: string, due_at: number) {
	return {id, chat_id, contact: 'x@y.z', due_at, note: 'call back', created_at: 0, agent_id: 'alice', time_zone: null};
}

const ns = (page: {messages: Array<{n: number}>}) => page.messages.map(message => message.n);
const ids = (items: ReadonlyArray<{id: string}>) => items.map(item => item.id);

/** Registers the contract's tests for one kind of store; `open` makes a fresh, empty one. */
export function storeContract(name: string, open: () => Store | Promise<Store>): void {
	const stores: Store[] = [];
	const fresh = async () => {
		const store = await open();
		stores.push(store);
		return store;
	};
	afterEach(async () => {
		for (const store of stores.splice(0)) await store.close();
	});

	describe(`${name}: messages`, () => {
		it('numbers messages per chat from 1 and finds them by client_msg_id in their scope', async () => {
			const store = await fresh();
			await store.addChat(chat('c1'));
			await store.addChat(chat('c2'));
			await addMessages(store, 'c1', 3);
			await addMessages(store, 'c2', 1);
			expect(await store.findMessage(dedupScope.chat('c1'), 'c1-k2')).toMatchObject({n: 2, id: 'c1-m2', text: 't2'});
			expect((await store.findMessage(dedupScope.chat('c2'), 'c2-k1'))?.n).toBe(1);
			expect(await store.findMessage(dedupScope.chat('other'), 'c1-k2')).toBeUndefined();
			expect(await store.findMessage(dedupScope.agent('c1'), 'c1-k2')).toBeUndefined();
		});

		it('hands back a message exactly as it was stored', async () => {
			const store = await fresh();
			await store.addChat(chat('c1'));
			const stored = await store.addMessage(
				{
					id: 'm1',
					chat_id: 'c1',
					client_msg_id: 'k1',
					author: {type: 'agent', id: 'alice', name: 'Alice'},
					text: 'Hei 👋 «quoted»',
					visibility: 'internal',
					auto: true,
					ts: 1_700_000_000_123,
				},
				dedupScope.agent('alice'),
			);
			expect(await store.findMessage(dedupScope.agent('alice'), 'k1')).toEqual(stored);
			expect((await store.listMessages('c1', {limit: 5})).messages).toEqual([stored]);
		});

		it('refuses a message for a chat it does not have', async () => {
			const store = await fresh();
			await expect(addMessages(store, 'nope', 1)).rejects.toThrow(/nope/);
		});

		it('pages history: latest, before, after, and between', async () => {
			const store = await fresh();
			await store.addChat(chat('c1'));
			await addMessages(store, 'c1', 10);
			expect(await store.listMessages('c1', {limit: 3})).toMatchObject({has_more: true});
			expect(ns(await store.listMessages('c1', {limit: 3}))).toEqual([8, 9, 10]);
			expect(ns(await store.listMessages('c1', {limit: 10}))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
			expect((await store.listMessages('c1', {limit: 10})).has_more).toBe(false);
			expect(ns(await store.listMessages('c1', {before: 4, limit: 5}))).toEqual([1, 2, 3]);
			expect((await store.listMessages('c1', {before: 4, limit: 5})).has_more).toBe(false);
			expect(ns(await store.listMessages('c1', {before: 6, limit: 2}))).toEqual([4, 5]);
			expect((await store.listMessages('c1', {before: 6, limit: 2})).has_more).toBe(true);
			expect(ns(await store.listMessages('c1', {after: 7, limit: 5}))).toEqual([8, 9, 10]);
			expect((await store.listMessages('c1', {after: 7, limit: 5})).has_more).toBe(false);
			expect(ns(await store.listMessages('c1', {after: 2, limit: 3}))).toEqual([3, 4, 5]);
			expect((await store.listMessages('c1', {after: 2, limit: 3})).has_more).toBe(true);
			expect(ns(await store.listMessages('c1', {after: 2, before: 6, limit: 10}))).toEqual([3, 4, 5]);
			expect(ns(await store.listMessages('c1', {after: 20, limit: 10}))).toEqual([]);
			expect(ns(await store.listMessages('nope', {limit: 10}))).toEqual([]);
		});
	});

	describe(`${name}: chats`, () => {
		it('indexes chats by agent and open status, and keeps recently ended ones', async () => {
			const store = await fresh();
			await store.addChat(chat('a', {created_at: 2}));
			await store.addChat(chat('b', {created_at: 1}));
			expect(ids(await store.listOpenChats())).toEqual(['b', 'a']);
			await store.updateChat('a', {status: 'active', agent_id: 'alice'});
			await store.updateChat('b', {status: 'ended', agent_id: 'alice', ended_at: 100});
			expect(ids(await store.listChatsOfAgent('alice', 50))).toEqual(['b', 'a']);
			expect(ids(await store.listChatsOfAgent('alice', 101))).toEqual(['a']);
			await store.updateChat('a', {agent_id: 'bob'});
			expect(ids(await store.listChatsOfAgent('alice', 0))).toEqual(['b']);
			expect(ids(await store.listChatsOfAgent('bob', 0))).toEqual(['a']);
			expect(ids(await store.listOpenChats())).toEqual(['a']);
			await expect(store.updateChat('zz', {})).rejects.toThrow(/zz/);
		});

		it('keeps every field of a chat through an update, hold and transfer included', async () => {
			const store = await fresh();
			await store.addChat(chat('a'));
			const hold = {since: 5, minutes: 3, reason: 'checking'};
			const transfer = {type: 'department' as const, id: 'tech'};
			const updated = await store.updateChat('a', {status: 'on_hold', agent_id: 'alice', hold, rating: 2, transfer});
			expect(await store.getChat('a')).toEqual(updated);
			expect(await store.getChat('a')).toMatchObject({hold, transfer, rating: 2, customer_acked_n: 0});
			await store.updateChat('a', {customer_time_zone: 'Europe/Oslo'});
			expect(await store.getChat('a')).toMatchObject({customer_time_zone: 'Europe/Oslo', rating: 2});
			expect(await store.getChat('zz')).toBeUndefined();
		});

		it('finds an open chat by its resume hash, and not once it has ended', async () => {
			const store = await fresh();
			await store.addChat(chat('a', {resume_hash: 'h1'}));
			expect((await store.findChatByResumeHash('h1'))?.id).toBe('a');
			expect(await store.findChatByResumeHash('h2')).toBeUndefined();
			await store.updateChat('a', {status: 'ended', ended_at: 9});
			expect(await store.findChatByResumeHash('h1')).toBeUndefined();
		});
	});

	describe(`${name}: customers`, () => {
		it('finds customers by e-mail regardless of case and counts their chats', async () => {
			const store = await fresh();
			await store.addCustomer(customer('cu1', {email: 'Ola@Example.com'}));
			expect((await store.findCustomerByEmail('ola@example.com'))?.id).toBe('cu1');
			await store.updateCustomer('cu1', {email: 'new@example.com'});
			expect(await store.findCustomerByEmail('ola@example.com')).toBeUndefined();
			expect((await store.findCustomerByEmail('NEW@example.com'))?.id).toBe('cu1');
			expect(await store.getCustomer('cu1')).toMatchObject({name: 'Ola', email: 'new@example.com', locale: 'nb'});
			await store.addChat(chat('c1'));
			await store.addChat(chat('c2'));
			expect(await store.countChatsOfCustomer('cu1')).toBe(2);
			await expect(store.updateCustomer('zz', {})).rejects.toThrow(/zz/);
		});

		it('pages a customer’s chats newest first', async () => {
			const store = await fresh();
			await store.addCustomer(customer('cu1'));
			for (let i = 1; i <= 5; i++) await store.addChat(chat(`c${i}`, {created_at: i}));
			await store.addChat(chat('other', {customer_id: 'cu2', created_at: 3}));
			const first = await store.listChatsOfCustomer('cu1', {limit: 2});
			expect(ids(first.chats)).toEqual(['c5', 'c4']);
			expect(first.has_more).toBe(true);
			const second = await store.listChatsOfCustomer('cu1', {before: 'c4', limit: 2});
			expect(ids(second.chats)).toEqual(['c3', 'c2']);
			const last = await store.listChatsOfCustomer('cu1', {before: 'c2', limit: 2});
			expect(ids(last.chats)).toEqual(['c1']);
			expect(last.has_more).toBe(false);
			expect((await store.listChatsOfCustomer('cu1', {before: 'other', limit: 2})).chats).toEqual([]);
		});

		it('pages every chat newest first, whoever the customer', async () => {
			const store = await fresh();
			for (let i = 1; i <= 5; i++) await store.addChat(chat(`c${i}`, {created_at: i, customer_id: `cu${i % 2}`}));
			const first = await store.listChats({limit: 3});
			expect(ids(first.chats)).toEqual(['c5', 'c4', 'c3']);
			expect(first.has_more).toBe(true);
			const last = await store.listChats({before: 'c3', limit: 3});
			expect(ids(last.chats)).toEqual(['c2', 'c1']);
			expect(last.has_more).toBe(false);
			expect(await store.listChats({before: 'nope', limit: 3})).toEqual({chats: [], has_more: false});
		});

		it('erases a customer with every chat, message, follow-up and read marker of theirs', async () => {
			const store = await fresh();
			await store.addCustomer(customer('cu1', {email: 'gone@example.com'}));
			await store.addCustomer(customer('cu2', {email: 'stays@example.com'}));
			await store.addChat(chat('c1', {agent_id: 'alice', status: 'ended', ended_at: 5}));
			await store.addChat(chat('c2', {customer_id: 'cu2', agent_id: 'alice', status: 'active'}));
			await addMessages(store, 'c1', 3);
			await addMessages(store, 'c2', 2);
			await store.addFollowup(followup('f1', 'c1', 10));
			await store.addFollowup(followup('f2', 'c2', 20));
			await store.markRead('alice', 'c1', 3);
			expect(await store.eraseCustomer('cu1')).toEqual({customers: 1, chats: 1, messages: 3});
			expect(await store.getCustomer('cu1')).toBeUndefined();
			expect(await store.findCustomerByEmail('gone@example.com')).toBeUndefined();
			expect((await store.findCustomerByEmail('stays@example.com'))?.id).toBe('cu2');
			expect(await store.getChat('c1')).toBeUndefined();
			expect(await store.findMessage(dedupScope.chat('c1'), 'c1-k1')).toBeUndefined();
			expect(ids(await store.listOpenFollowups('alice'))).toEqual(['f2']);
			expect(await store.readMarker('alice', 'c1')).toBe(0);
			expect(ns(await store.listMessages('c2', {limit: 10}))).toEqual([1, 2]);
			expect(await store.eraseCustomer('cu1')).toEqual({customers: 0, chats: 0, messages: 0});
		});
	});

	describe(`${name}: retention, follow-ups and read markers`, () => {
		it('removes chats ended before a time, with their messages, and nothing else', async () => {
			const store = await fresh();
			await store.addChat(chat('old', {status: 'ended', ended_at: 10, created_at: 1}));
			await store.addChat(chat('recent', {status: 'ended', ended_at: 50, created_at: 2}));
			await store.addChat(chat('open', {created_at: 3}));
			await addMessages(store, 'old', 2);
			await addMessages(store, 'recent', 2);
			expect(await store.removeChatsEndedBefore(20)).toBe(1);
			expect(await store.getChat('old')).toBeUndefined();
			expect(await store.findMessage(dedupScope.chat('old'), 'old-k1')).toBeUndefined();
			expect((await store.listMessages('old', {limit: 5})).messages).toEqual([]);
			expect(await store.getChat('recent')).toBeDefined();
			expect(ids((await store.listChatsOfCustomer('cu1', {limit: 10})).chats)).toEqual(['open', 'recent']);
			expect(await store.removeChatsEndedBefore(20)).toBe(0);
		});

		it('keeps the highest read marker and lists follow-ups soonest first', async () => {
			const store = await fresh();
			await store.markRead('alice', 'c1', 5);
			await store.markRead('alice', 'c1', 3);
			expect(await store.readMarker('alice', 'c1')).toBe(5);
			expect(await store.readMarker('bob', 'c1')).toBe(0);
			await store.addFollowup(followup('late', 'c1', 20));
			await store.addFollowup({...followup('soon', 'c1', 10), time_zone: 'Asia/Shanghai'});
			expect(ids(await store.listOpenFollowups('alice'))).toEqual(['soon', 'late']);
			// The zone the customer was told the time in (protocol 1.2) comes back with it.
			expect(await store.listOpenFollowups('alice')).toEqual([
				{...followup('soon', 'c1', 10), time_zone: 'Asia/Shanghai'},
				followup('late', 'c1', 20),
			]);
			expect(await store.listOpenFollowups('bob')).toEqual([]);
		});
	});

	describe(`${name}: agent accounts and departments`, () => {
		const account = (id: string, extra: Partial<AccountRecord> = {}): AccountRecord => ({
			id,
			name: id.toUpperCase(),
			company: null,
			departments: [],
			capacity: 4,
			token_key: 'ab12',
			token_hash: `scrypt$hash-of-${id}`,
			created_at: 7,
			...extra,
		});

		it('adds, lists by id, finds by token key, updates and removes accounts; an id is taken once', async () => {
			const store = await fresh();
			await store.accounts.add(account('kari', {departments: ['tech'], company: 'Acme'}));
			await store.accounts.add(account('alex', {token_key: 'ff00'}));
			await expect(store.accounts.add(account('kari'))).rejects.toThrow(/already exists/);
			expect(ids(await store.accounts.list())).toEqual(['alex', 'kari']);
			expect(await store.accounts.get('kari')).toEqual(account('kari', {departments: ['tech'], company: 'Acme'}));
			expect(ids(await store.accounts.findByTokenKey('ab12'))).toEqual(['kari']);
			expect(await store.accounts.findByTokenKey('0000')).toEqual([]);
			const rotated = await store.accounts.update('kari', {token_key: 'cd34', token_hash: 'scrypt$new'});
			expect(rotated).toMatchObject({id: 'kari', token_key: 'cd34', token_hash: 'scrypt$new', departments: ['tech']});
			expect(await store.accounts.findByTokenKey('ab12')).toEqual([]);
			expect((await store.accounts.get('kari'))?.token_hash).toBe('scrypt$new');
			await expect(store.accounts.update('nobody', {name: 'x'})).rejects.toThrow(/not in the store/);
			expect(await store.accounts.remove('kari')).toBe(true);
			expect(await store.accounts.remove('kari')).toBe(false);
			expect(ids(await store.accounts.list())).toEqual(['alex']);
		});

		it('keeps departments by id, replacing one saved again', async () => {
			const store = await fresh();
			await store.accounts.saveDepartment({id: 'tech', name: 'Technical', names: {nb: 'Teknisk'}});
			await store.accounts.saveDepartment({id: 'billing', name: 'Billing'});
			await store.accounts.saveDepartment({id: 'tech', name: 'Tech support'});
			expect(await store.accounts.listDepartments()).toEqual([
				{id: 'billing', name: 'Billing'},
				{id: 'tech', name: 'Tech support'},
			]);
		});
	});
}
