// E8: the agent reads a returning customer's earlier chats: customer.chats pages them, chat.history opens each.
import {afterEach, describe, expect, it} from 'vitest';
import {closeAll, connectAgent, joinCustomer, startTestServer} from './helpers.js';
import type {RunningServer} from '../../source/server/server.js';
import type {TestClient} from './helpers.js';

afterEach(closeAll);

/** A chat of sarah@example.com served and ended by `agent`, with one message from her. */
async function servedChat(server: RunningServer, agent: TestClient, text: string): Promise<string> {
	const {client, chatId} = await joinCustomer(server, {email: 'sarah@example.com'});
	await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	await agent.call('offer.accept', {chat_id: chatId});
	await client.call('message.send', {client_msg_id: `m-${chatId}`, text});
	await agent.call('chat.end', {chat_id: chatId});
	await client.close();
	return chatId;
}

describe('earlier chats of a customer', () => {
	it('are paged newest first and readable by the agent who has her chat now, by nobody else', async () => {
		const server = await startTestServer();
		const {client: bob} = await connectAgent(server, 'bob-token');
		const first = await servedChat(server, bob, 'first visit');
		const second = await servedChat(server, bob, 'second visit');
		const third = await servedChat(server, bob, 'third visit');
		await bob.call('presence.set', {presence: 'away'});

		const {client: alice} = await connectAgent(server, 'alice-token');
		// Not hers yet: her earlier chats are Bob's, not Alice's.
		expect(await alice.refused('chat.history', {chat_id: first, limit: 10})).toBe('forbidden');
		const {chatId: now} = await joinCustomer(server, {email: 'SARAH@example.com'});
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === now);
		await alice.call('offer.accept', {chat_id: now});

		const page = await alice.call('customer.chats', {chat_id: now, limit: 2});
		expect(page.chats.map((chat: {id: string}) => chat.id)).toEqual([third, second]);
		expect(page.has_more).toBe(true);
		expect(page.chats[0]).toMatchObject({status: 'ended', agent_id: 'bob', customer: {email: 'sarah@example.com'}});
		const rest = await alice.call('customer.chats', {chat_id: now, before: second, limit: 2});
		expect(rest).toEqual({chats: [expect.objectContaining({id: first})], has_more: false});

		const history = await alice.call('chat.history', {chat_id: first, limit: 10});
		expect(history.messages.map((message: {text: string}) => message.text)).toEqual(['first visit']);
		// Bob served her before, but her chat now is Alice's: it is closed to him.
		expect(await bob.refused('customer.chats', {chat_id: now, limit: 5})).toBe('forbidden');
		expect(alice.problems).toEqual([]);
	});

	it('answer unsupported on a server without earlier_chats', async () => {
		const server = await startTestServer({capabilities: ['hold']});
		const {client: alice} = await connectAgent(server, 'alice-token');
		expect(await alice.refused('customer.chats', {chat_id: 'x', limit: 5})).toBe('unsupported');
	});
});
