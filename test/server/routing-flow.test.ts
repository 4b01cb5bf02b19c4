// Routing through real sockets: declines, timeouts, capacity, departments and transfers.
import {afterEach, describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {account, activeChat, closeAll, connectAgent, joinCustomer, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

describe('routing', () => {
	it('re-routes a declined offer to another agent', async () => {
		const server = await startTestServer();
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {client: bob} = await connectAgent(server, 'bob-token');
		const {chatId} = await joinCustomer(server);
		const first = await waitFor(() => [alice, bob].find(agent => agent.events('chat.offered').length > 0));
		const second = first === alice ? bob : alice;
		await first.call('offer.decline', {chat_id: chatId, reason: 'busy'});
		expect((await first.waitForEvent('offer.revoked')).payload).toEqual({chat_id: chatId, reason: 'declined'});
		await second.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		expect(await first.refused('offer.accept', {chat_id: chatId})).toBe('conflict');
		expect((await second.call('offer.accept', {chat_id: chatId})).chat.agent_id).toBe(
			second === alice ? 'alice' : 'bob',
		);
	});

	it('revokes an offer that times out and offers the chat to the next agent', async () => {
		const server = await startTestServer({offerTimeoutMs: 150});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {chatId} = await joinCustomer(server);
		await alice.waitForEvent('chat.offered');
		const {client: bob} = await connectAgent(server, 'bob-token');
		expect((await alice.waitForEvent('offer.revoked')).payload).toEqual({chat_id: chatId, reason: 'timeout'});
		await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	});

	it('keeps a chat queued while nobody can take it and offers it when someone signs in', async () => {
		const server = await startTestServer();
		const {client: customer, chatId} = await joinCustomer(server);
		const {client: alice} = await connectAgent(server, 'alice-token');
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		// The customer keeps waiting: an offer is routing, which the customer never sees (protocol §17.3, v1.1).
		await alice.call('offer.accept', {chat_id: chatId});
		await customer.waitForEvent('chat.updated', payload => payload.chat.status === 'active');
		expect(customer.events('chat.updated').map(event => event.payload.chat.status)).toEqual(['active']);
	});

	it('never offers more chats than an agent has seats, and routes the queue when a seat frees up', async () => {
		const server = await startTestServer({agents: [account('alice', {capacity: 2})]});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const chats: string[] = [];
		for (let i = 0; i < 3; i++) chats.push((await joinCustomer(server, {name: `C${i}`})).chatId);
		await waitFor(() => alice.events('chat.offered').length === 2);
		await alice.call('offer.accept', {chat_id: chats[0]});
		await alice.call('offer.accept', {chat_id: chats[1]});
		expect(alice.events('chat.offered')).toHaveLength(2);
		await alice.call('chat.end', {chat_id: chats[0]});
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === chats[2]);
	});

	it('offers a department chat only to agents of that department (or of every department)', async () => {
		const server = await startTestServer({
			agents: [account('bea', {departments: ['billing']}), account('tom', {departments: ['tech']})],
		});
		const {client: bea} = await connectAgent(server, 'bea-token');
		const {client: tom} = await connectAgent(server, 'tom-token');
		const tech = await joinCustomer(server, {department_id: 'tech'});
		await tom.waitForEvent(
			'chat.offered',
			payload => payload.chat.id === tech.chatId && payload.chat.department_id === 'tech',
		);
		await tom.call('offer.decline', {chat_id: tech.chatId});
		// Bea does not serve tech: the chat waits rather than going to her.
		const billing = await joinCustomer(server, {department_id: 'billing'});
		await bea.waitForEvent('chat.offered', payload => payload.chat.id === billing.chatId);
		expect(bea.events('chat.offered').map(event => event.payload.chat.id)).toEqual([billing.chatId]);
		// Nor does it bounce back to Tom because somebody else joined.
		expect(tom.events('chat.offered')).toHaveLength(1);
		expect(await tech.client.refused('join', {locale: 'en'})).toBe('conflict');
	});

	it('refuses to join an unknown department', async () => {
		const server = await startTestServer();
		const customer = await TestClient.open(server.customerUrl);
		expect(await customer.refused('join', {locale: 'en', department_id: 'nowhere'})).toBe('not_found');
	});

	it('offers nothing to an away agent; a chat declined by everyone waits and returns when the agent is back', async () => {
		const server = await startTestServer({agents: [account('alice')]});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {chatId} = await joinCustomer(server);
		await alice.waitForEvent('chat.offered');
		await alice.call('offer.decline', {chat_id: chatId});
		await alice.call('presence.set', {presence: 'away'});
		const second = await joinCustomer(server);
		await alice.call('chats.list'); // anything routed would have arrived by now
		expect(alice.events('chat.offered')).toHaveLength(1);
		await alice.call('presence.set', {presence: 'online'});
		// Back online: both waiting chats are offered again, oldest first.
		await waitFor(() => alice.events('chat.offered').length === 3);
		expect(alice.events('chat.offered').map(event => event.payload.chat.id)).toEqual([chatId, chatId, second.chatId]);
	});

	it('offers chats to an agent whose socket dropped but whose session is inside the window', async () => {
		const server = await startTestServer({agents: [account('alice')]});
		const {client: alice, auth} = await connectAgent(server, 'alice-token');
		alice.drop();
		const {chatId} = await joinCustomer(server);
		const {client: back} = await connectAgent(server, 'alice-token', {
			resume: {session_id: auth.session_id, last_seq: 0},
		});
		const offered = await back.waitForEvent('chat.offered');
		expect(offered).toMatchObject({seq: 1, payload: {chat: {id: chatId}}});
	});

	it('lets an agent read the history of a chat offered to them before accepting', async () => {
		const server = await startTestServer({agents: [account('alice')]});
		const {client: customer, chatId} = await joinCustomer(server);
		for (let i = 1; i <= 5; i++) await customer.call('message.send', {client_msg_id: `c${i}`, text: `line ${i}`});
		const {client: alice} = await connectAgent(server, 'alice-token');
		await alice.waitForEvent('chat.offered');
		const latest = await alice.call('chat.history', {chat_id: chatId, limit: 2});
		expect(latest.messages.map((message: {text: string}) => message.text)).toEqual(['line 4', 'line 5']);
		expect(latest.has_more).toBe(true);
		const earlier = await alice.call('chat.history', {chat_id: chatId, before: 4, limit: 10});
		expect(earlier).toMatchObject({has_more: false, messages: [{n: 1}, {n: 2}, {n: 3}]});
		await customer.call('message.send', {client_msg_id: 'c6', text: 'hello?'});
		await alice.waitForEvent('message.created', payload => payload.message.text === 'hello?');
		expect(
			await alice.refused('message.send', {chat_id: chatId, client_msg_id: 'a1', text: 'x', visibility: 'public'}),
		).toBe('forbidden');
	});

	it('ends a queued chat quietly when its customer leaves', async () => {
		const server = await startTestServer({agents: [account('alice')]});
		const {client: customer} = await joinCustomer(server);
		await customer.call('leave');
		expect((await customer.waitForEvent('chat.ended')).payload.chat.status).toBe('ended');
		expect(await customer.call('leave')).toEqual({});
		const {auth} = await connectAgent(server, 'alice-token');
		expect(auth.snapshot).toMatchObject({chats: [], offers: []});
	});

	it('revokes the offer when the customer leaves before it is accepted', async () => {
		const server = await startTestServer();
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {client: customer, chatId} = await joinCustomer(server);
		await alice.waitForEvent('chat.offered');
		await customer.call('leave');
		expect((await alice.waitForEvent('offer.revoked')).payload).toEqual({chat_id: chatId, reason: 'customer_left'});
		expect(alice.events('chat.ended')).toHaveLength(0);
	});
});

describe('transfers', () => {
	it('hands the chat over when the colleague accepts', async () => {
		const server = await startTestServer();
		const {agent: alice, customer, chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		const res = await alice.call('chat.transfer', {
			chat_id: chatId,
			target: {type: 'agent', id: 'bob'},
			note: 'wants a refund',
		});
		expect(res.chat).toMatchObject({status: 'transferring', transfer: {type: 'agent', id: 'bob'}, agent_id: 'alice'});
		const offer = await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		expect(offer.payload.transfer).toEqual({from: {id: 'alice', name: 'Alice'}, note: 'wants a refund'});
		// The colleague sees messages of a chat offered to them.
		await customer.call('message.send', {client_msg_id: 'm1', text: 'hello?'});
		await bob.waitForEvent('message.created', payload => payload.message.text === 'hello?');
		await bob.call('offer.accept', {chat_id: chatId});
		expect((await alice.waitForEvent('chat.transferred')).payload).toEqual({
			chat_id: chatId,
			to: {type: 'agent', id: 'bob', name: 'Bob'},
		});
		expect((await bob.waitForEvent('chat.assigned')).payload.chat).toMatchObject({
			status: 'active',
			agent_id: 'bob',
			transfer: null,
		});
		await customer.waitForEvent('chat.updated', payload => payload.chat.agent_name === 'Bob');
		expect(
			await alice.refused('message.send', {chat_id: chatId, client_msg_id: 'a9', text: 'x', visibility: 'public'}),
		).toBe('forbidden');
	});

	it('gives the chat back with transfer.failed when the colleague declines', async () => {
		const server = await startTestServer();
		const {agent: alice, chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		await alice.call('chat.hold', {chat_id: chatId});
		await alice.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bob'}, note: ''});
		await bob.waitForEvent('chat.offered');
		await bob.call('offer.decline', {chat_id: chatId});
		expect((await bob.waitForEvent('offer.revoked')).payload.reason).toBe('declined');
		const failed = await alice.waitForEvent('transfer.failed');
		expect(failed.payload).toMatchObject({
			chat_id: chatId,
			target: {type: 'agent', id: 'bob'},
			reason: 'declined',
			chat: {status: 'active', agent_id: 'alice'},
		});
	});

	it('fails a transfer on timeout', async () => {
		const server = await startTestServer({offerTimeoutMs: 150});
		const {agent: alice, chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		await alice.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bob'}, note: ''});
		await bob.waitForEvent('offer.revoked', payload => payload.reason === 'timeout');
		expect((await alice.waitForEvent('transfer.failed')).payload.reason).toBe('timeout');
	});

	it('transfers to a department: offered to an agent there, transfer.failed when nobody is able', async () => {
		const server = await startTestServer({
			agents: [account('alice'), account('bea', {departments: ['billing']})],
		});
		const {agent: alice, chatId} = await activeChat(server);
		const res = await alice.request('chat.transfer', {
			chat_id: chatId,
			target: {type: 'department', id: 'billing'},
			note: 'invoice',
		});
		expect(res.ok).toBe(true);
		const failed = await alice.waitForEvent('transfer.failed');
		expect(failed.payload).toMatchObject({
			chat_id: chatId,
			target: {type: 'department', id: 'billing'},
			reason: 'no_agent_available',
			chat: {status: 'active'},
		});
		// The failure follows the res.
		expect(alice.frames.indexOf(alice.frames.find(frame => frame.type === 'res' && frame.id === res.id)!)).toBeLessThan(
			alice.frames.indexOf(alice.frames.find(frame => frame.event === 'transfer.failed')!),
		);
		const {client: bea} = await connectAgent(server, 'bea-token');
		await alice.call('chat.transfer', {chat_id: chatId, target: {type: 'department', id: 'billing'}, note: 'invoice'});
		await bea.waitForEvent('chat.offered', payload => payload.transfer?.note === 'invoice');
	});

	it('refuses transfers to yourself, to unknown targets, and of chats not active', async () => {
		const server = await startTestServer();
		const {agent: alice, chatId} = await activeChat(server);
		expect(
			await alice.refused('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'alice'}, note: ''}),
		).toBe('bad_request');
		expect(await alice.refused('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'zed'}, note: ''})).toBe(
			'not_found',
		);
		expect(
			await alice.refused('chat.transfer', {chat_id: chatId, target: {type: 'department', id: 'zed'}, note: ''}),
		).toBe('not_found');
		await alice.call('chat.end', {chat_id: chatId});
		expect(await alice.refused('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bob'}, note: ''})).toBe(
			'conflict',
		);
	});
});
