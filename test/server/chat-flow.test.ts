// One chat from join to rating: offer, accept, messages both ways, notes, dedup, hold, end, rating, follow-ups.
import {afterEach, describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, connectAgent, joinCustomer, startTestServer} from './helpers.js';

afterEach(closeAll);

describe('a chat from offer to rating', () => {
	it('offers a new chat, and after accept carries messages both ways', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		const {client: customer, chatId} = await joinCustomer(server, {
			name: 'Sarah',
			email: 'sarah@example.com',
			page: '/blender',
		});

		const offered = await agent.waitForEvent('chat.offered');
		expect(offered.seq).toBe(1);
		expect(offered.payload).toMatchObject({chat: {id: chatId, status: 'offered', agent_id: null}, transfer: null});
		expect(offered.payload.chat.customer).toEqual({
			id: expect.any(String),
			name: 'Sarah',
			email: 'sarah@example.com',
			locale: 'en',
			page: '/blender',
			previous_chats: 0,
			time_zone: null,
		});
		expect(offered.payload.expires_at).toBeGreaterThan(Date.now());

		const accepted = await agent.call('offer.accept', {chat_id: chatId});
		expect(accepted.chat).toMatchObject({id: chatId, status: 'active', agent_id: 'alice'});
		await agent.waitForEvent('chat.assigned', payload => payload.chat.id === chatId);
		await customer.waitForEvent(
			'chat.updated',
			payload => payload.chat.status === 'active' && payload.chat.agent_name === 'Alice',
		);

		const fromCustomer = await customer.call('message.send', {client_msg_id: 'c1', text: 'My blender does not spin'});
		expect(fromCustomer.message).toMatchObject({
			chat_id: chatId,
			n: 1,
			author: {type: 'customer', name: 'Sarah'},
			visibility: 'public',
		});
		await agent.waitForEvent('message.created', payload => payload.message.text === 'My blender does not spin');
		await customer.waitForEvent('message.created', payload => payload.message.n === 1);

		const fromAgent = await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'a1',
			text: 'Hello Sarah',
			visibility: 'public',
			auto: true,
		});
		expect(fromAgent.message).toMatchObject({n: 2, auto: true, author: {type: 'agent', id: 'alice', name: 'Alice'}});
		const delivered = await customer.waitForEvent('message.created', payload => payload.message.text === 'Hello Sarah');
		// The customer gets the agent's name but never the agent's id.
		expect(delivered.payload.message).toEqual({...fromAgent.message, author: {type: 'agent', id: null, name: 'Alice'}});
		expect(customer.frames.some(frame => JSON.stringify(frame).includes('"alice"'))).toBe(false);

		const history = await agent.call('chat.history', {chat_id: chatId, limit: 10});
		expect(history.messages.map((message: {n: number}) => message.n)).toEqual([1, 2]);
		expect(history.has_more).toBe(false);
		expect(agent.problems).toEqual([]);
		expect(customer.problems).toEqual([]);
	});

	it('cuts a history page short to keep the res within one frame', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		for (let i = 1; i <= 40; i++)
			await customer.call('message.send', {client_msg_id: `long${i}`, text: `${i} ${'é'.repeat(3_990)}`});
		const latest = await agent.request('chat.history', {chat_id: chatId, limit: 500});
		const frame = agent.frames.find(candidate => candidate.type === 'res' && candidate.id === latest.id)!;
		expect(Buffer.byteLength(JSON.stringify(frame))).toBeLessThanOrEqual(65_536);
		const ns = latest.payload.messages.map((message: {n: number}) => message.n);
		expect(ns.length).toBeLessThan(40);
		expect(ns.at(-1)).toBe(40);
		expect(latest.payload.has_more).toBe(true);
		const forward = await agent.call('chat.history', {chat_id: chatId, after: 0, limit: 500});
		expect(forward.messages[0].n).toBe(1);
		expect(forward.has_more).toBe(true);
	});

	it('never shows an internal note to the customer', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'n1',
			text: 'NOTE: refund likely',
			visibility: 'internal',
		});
		await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'p1',
			text: 'Let me check',
			visibility: 'public',
		});
		await customer.waitForEvent('message.created', payload => payload.message.text === 'Let me check');
		expect(agent.events('message.created').map(event => event.payload.message.text)).toEqual([
			'NOTE: refund likely',
			'Let me check',
		]);
		expect(customer.frames.some(frame => JSON.stringify(frame).includes('refund likely'))).toBe(false);
	});

	it('returns the original message for a repeated client_msg_id and emits nothing new', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		const first = await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'same',
			text: 'once',
			visibility: 'public',
		});
		const again = await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'same',
			text: 'twice?',
			visibility: 'public',
		});
		expect(again.message).toEqual(first.message);
		const c1 = await customer.call('message.send', {client_msg_id: 'x', text: 'hi'});
		const c2 = await customer.call('message.send', {client_msg_id: 'x', text: 'hi again'});
		expect(c2.message).toEqual(c1.message);
		// A marker message proves everything before it has been delivered.
		await agent.call('message.send', {chat_id: chatId, client_msg_id: 'marker', text: 'marker', visibility: 'public'});
		await customer.waitForEvent('message.created', payload => payload.message.text === 'marker');
		await agent.waitForEvent('message.created', payload => payload.message.text === 'marker');
		expect(customer.events('message.created').map(event => event.payload.message.text)).toEqual([
			'once',
			'hi',
			'marker',
		]);
		expect(agent.events('message.created').map(event => event.payload.message.text)).toEqual(['once', 'hi', 'marker']);
	});

	it('puts a chat on hold and back, telling agent and customer', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		const held = await agent.call('chat.hold', {chat_id: chatId, minutes: 3, reason: 'checking the warranty'});
		expect(held.chat).toMatchObject({
			status: 'on_hold',
			hold: {since: expect.any(Number), minutes: 3, reason: 'checking the warranty'},
		});
		await agent.waitForEvent('chat.updated', payload => payload.chat.status === 'on_hold');
		await customer.waitForEvent('chat.updated', payload => payload.chat.status === 'on_hold');
		// A message while on hold leaves the status alone.
		await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'h1',
			text: 'Still checking',
			visibility: 'public',
		});
		const extended = await agent.call('chat.hold', {chat_id: chatId, minutes: 5});
		expect(extended.chat.hold).toEqual({since: held.chat.hold.since, minutes: 5, reason: null});
		const resumed = await agent.call('chat.unhold', {chat_id: chatId});
		expect(resumed.chat).toMatchObject({status: 'active', hold: null});
		await waitFor(
			() => customer.events('chat.updated').filter(event => event.payload.chat.status === 'active').length === 2,
			{
				message: 'chat.updated back to active',
			},
		);
		expect(await agent.refused('chat.unhold', {chat_id: chatId})).toBe('conflict');
	});

	it('ends a chat, then refuses messages to it', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		const ended = await agent.call('chat.end', {chat_id: chatId});
		expect(ended.chat.status).toBe('ended');
		const event = await agent.waitForEvent('chat.ended');
		expect(event.payload).toMatchObject({chat_id: chatId, by: 'agent', chat: {status: 'ended'}});
		await customer.waitForEvent('chat.ended', payload => payload.chat.status === 'ended');
		expect(
			await agent.refused('message.send', {chat_id: chatId, client_msg_id: 'late', text: 'x', visibility: 'public'}),
		).toBe('conflict');
		expect(await customer.refused('message.send', {client_msg_id: 'late', text: 'x'})).toBe('conflict');
		expect(await agent.refused('chat.end', {chat_id: chatId})).toBe('conflict');
		// An ended chat stays in the list for a while, so the agent can wrap it up.
		expect((await agent.call('chats.list')).chats).toEqual([expect.objectContaining({id: chatId, status: 'ended'})]);
	});

	it('ends the chat by the customer on leave', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		await customer.call('leave');
		const event = await agent.waitForEvent('chat.ended');
		expect(event.payload).toMatchObject({chat_id: chatId, by: 'customer'});
	});

	it('asks for a rating and passes the answer to the agent', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		await agent.call('chat.end', {chat_id: chatId});
		await agent.call('rating.request', {chat_id: chatId});
		await customer.waitForEvent('rating.requested');
		await customer.call('rating.submit', {score: 3, comment: 'Quick and kind'});
		const received = await agent.waitForEvent('rating.received');
		expect(received.payload).toEqual({chat_id: chatId, score: 3, comment: 'Quick and kind'});
		expect((await agent.call('chats.list')).chats[0].rating).toBe(3);
	});

	it('refuses a rating before any agent served the chat', async () => {
		const server = await startTestServer();
		const {client: customer} = await joinCustomer(server);
		expect(await customer.refused('rating.submit', {score: 2})).toBe('conflict');
	});

	it('creates follow-ups and lists them, also in the next snapshot', async () => {
		const server = await startTestServer();
		const {agent, chatId} = await activeChat(server);
		const due = Date.now() + 86_400_000;
		const {followup} = await agent.call('followup.create', {
			chat_id: chatId,
			contact: 'sarah@example.com',
			due_at: due,
			note: 'send the label',
		});
		expect(followup).toMatchObject({
			chat_id: chatId,
			contact: 'sarah@example.com',
			due_at: due,
			note: 'send the label',
			agent_id: 'alice',
		});
		expect((await agent.call('followups.list')).followups).toEqual([followup]);
		await agent.close();
		const {auth} = await connectAgent(server, 'alice-token');
		expect(auth.snapshot.followups).toEqual([followup]);
		expect(auth.snapshot.chats.map((chat: {id: string}) => chat.id)).toEqual([chatId]);
	});

	it('updates customer details and tells the agent', async () => {
		const server = await startTestServer();
		const {agent, customer: visitor, chatId} = await activeChat(server);
		const {customer} = await agent.call('customer.update', {chat_id: chatId, name: 'Sarah Jones', locale: 'nb'});
		expect(customer).toMatchObject({name: 'Sarah Jones', locale: 'nb'});
		const event = await agent.waitForEvent('customer.updated');
		expect(event.payload).toEqual({chat_id: chatId, customer});
		// The customer's later messages carry the new name (the session keeps it, so a message reads no customer).
		const {message} = await visitor.call('message.send', {client_msg_id: 'after-rename', text: 'thanks'});
		expect(message.author).toEqual({type: 'customer', id: customer.id, name: 'Sarah Jones'});
	});

	it('relays typing both ways and the sneak peek to the agent', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		await customer.call('typing.set', {typing: true, text: 'the blades don’t tu'});
		const typing = await agent.waitForEvent('typing');
		expect(typing.seq).toBeUndefined();
		expect(typing.payload).toEqual({chat_id: chatId, typing: true});
		const peek = await agent.waitForEvent('sneak_peek');
		expect(peek.payload).toEqual({chat_id: chatId, text: 'the blades don’t tu'});
		await customer.call('typing.set', {typing: true, text: 'x'.repeat(4_000)});
		await agent.waitForEvent('sneak_peek', payload => payload.text.length === 500);
		await agent.call('typing.set', {chat_id: chatId, typing: true});
		expect((await customer.waitForEvent('typing')).payload).toEqual({typing: true});
	});

	it('sends no sneak peek without the capability', async () => {
		const server = await startTestServer({capabilities: ['hold', 'transfer']});
		const {agent, customer} = await activeChat(server);
		await customer.call('typing.set', {typing: true, text: 'secret draft'});
		await customer.call('message.send', {client_msg_id: 'm', text: 'sent'});
		await agent.waitForEvent('message.created');
		expect(agent.events('typing')).toHaveLength(1);
		expect(agent.events('sneak_peek')).toHaveLength(0);
	});

	it('recognises a returning customer by e-mail', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		const first = await joinCustomer(server, {email: 'Ola@example.com'});
		await first.client.call('leave');
		await joinCustomer(server, {email: 'ola@example.com'});
		const offers = await waitFor(() => agent.events('chat.offered').length === 2 && agent.events('chat.offered'));
		expect(offers[1]!.payload.chat.customer.previous_chats).toBe(1);
	});

	it('broadcasts presence, stores read markers, lists agents and departments', async () => {
		const server = await startTestServer();
		const {agent, chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		await agent.waitForEvent(
			'presence.changed',
			payload => payload.agent_id === 'bob' && payload.presence === 'online',
		);
		const away = await bob.call('presence.set', {presence: 'away'});
		expect(away.agent).toMatchObject({id: 'bob', presence: 'away'});
		await agent.waitForEvent('presence.changed', payload => payload.agent_id === 'bob' && payload.presence === 'away');
		expect(await agent.call('read.mark', {chat_id: chatId, n: 1})).toEqual({});
		expect(await bob.refused('read.mark', {chat_id: chatId, n: 1})).toBe('forbidden');
		const {agents} = await agent.call('agents.list');
		expect(agents).toEqual([
			expect.objectContaining({id: 'alice', presence: 'online', load: 1}),
			expect.objectContaining({id: 'bob', presence: 'away', load: 0}),
		]);
		const {departments} = await agent.call('departments.list');
		expect(departments).toEqual([
			{id: 'billing', name: 'Billing', agents_online: 1, accepting: true},
			{
				id: 'tech',
				name: 'Technical',
				names: {nb: 'Teknisk støtte', zh: '技术支持'},
				agents_online: 1,
				accepting: true,
			},
		]);
		expect(await agent.call('canned.list')).toEqual({canned: []});
	});

	it('keeps chats private: another agent may not write to, end or read them', async () => {
		const server = await startTestServer();
		const {chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		expect(
			await bob.refused('message.send', {chat_id: chatId, client_msg_id: 'b1', text: 'hi', visibility: 'public'}),
		).toBe('forbidden');
		expect(await bob.refused('chat.end', {chat_id: chatId})).toBe('forbidden');
		expect(await bob.refused('chat.history', {chat_id: chatId, limit: 5})).toBe('forbidden');
		expect(await bob.refused('chat.end', {chat_id: 'no-such-chat'})).toBe('not_found');
	});
});
