// Protocol 1.2 for waiting customers: `info` before the join, `queue.position`, and `message.leave` (E11, E20).
import {afterEach, describe, expect, it} from 'vitest';
import {
	account,
	activeChat,
	busyAfterAnswering,
	closeAll,
	connectAgent,
	joinCustomer,
	startTestServer,
	TestClient,
} from './helpers.js';

afterEach(closeAll);

describe('info before the join', () => {
	it('says whether anyone is there and which departments there are, never who or how many', async () => {
		const server = await startTestServer();
		const customer = await TestClient.open(server.customerUrl);
		const alone = await customer.call('info');
		expect(alone).toEqual({
			online: false,
			accepting: false,
			departments: [
				{id: 'billing', name: 'Billing', accepting: false},
				{id: 'tech', name: 'Technical', names: {nb: 'Teknisk støtte', zh: '技术支持'}, accepting: false},
			],
		});
		await connectAgent(server, 'alice-token');
		const staffed = await customer.call('info');
		expect(staffed).toMatchObject({online: true, accepting: true});
		expect(JSON.stringify(staffed)).not.toMatch(/alice|agents_online/i);
		// info does not sign the link in: other ops still need a join first.
		expect(await customer.refused('message.send', {client_msg_id: 'm1', text: 'hi'})).toBe('unauthenticated');
		expect(customer.problems).toEqual([]);
	});
});

describe('queue.position', () => {
	it('tells each waiting customer their place, and the new one when someone ahead leaves', async () => {
		const server = await startTestServer();
		const first = await joinCustomer(server);
		const second = await joinCustomer(server);
		const third = await joinCustomer(server);
		const place = (client: TestClient) =>
			client.frames.filter(frame => frame.event === 'queue.position').map(frame => frame.payload.position);
		await third.client.waitForEvent('queue.position');
		expect([place(first.client), place(second.client), place(third.client)]).toEqual([[1], [2], [3]]);
		await first.client.call('leave');
		await third.client.waitForEvent('queue.position', payload => payload.position === 2);
		expect(place(second.client)).toEqual([2, 1]);
		expect(place(third.client)).toEqual([3, 2]);
		for (const {client} of [first, second, third]) expect(client.problems).toEqual([]);
		// Nobody has been answered yet: no rough wait, rather than a made-up one (E7).
		expect(third.client.events('queue.position').every(frame => frame.payload.wait_minutes === undefined)).toBe(true);
	});

	it('adds a rough wait once recent customers were answered, from how long they waited', async () => {
		const server = await startTestServer({agents: [account('alice', {capacity: 1})]});
		const {client: alice} = await connectAgent(server, 'alice-token');
		await busyAfterAnswering(server, alice);
		const waiting = await joinCustomer(server);
		const told = await waiting.client.waitForEvent('queue.position');
		// Answered within seconds each: "about a minute" for the first place, in whole minutes.
		expect(told.payload).toEqual({position: 1, wait_minutes: 1});
		expect(waiting.client.problems).toEqual([]);
	});
});

describe('message.leave', () => {
	it('keeps the message for the team as a follow-up to the e-mail, ends the chat, and is idempotent', async () => {
		const server = await startTestServer();
		const {client, chatId} = await joinCustomer(server, {department_id: 'tech'});
		const leave = {client_msg_id: 'left1', text: 'My blender stopped. Please write back.', email: 'sarah@example.com'};
		const {message} = await client.call('message.leave', leave);
		expect(message).toMatchObject({chat_id: chatId, text: leave.text, author: {type: 'customer'}});
		await client.waitForEvent('chat.ended');
		expect((await client.call('message.leave', leave)).message.id).toBe(message.id);

		// The follow-up waits for the department's agent, due within 24 hours (E11).
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {followups} = await alice.call('followups.list');
		expect(followups).toEqual([
			expect.objectContaining({chat_id: chatId, contact: 'sarah@example.com', agent_id: 'alice'}),
		]);
		expect(followups[0].note).toContain(leave.text);
		const due = followups[0].due_at - followups[0].created_at;
		expect(due).toBe(24 * 60 * 60 * 1000);
		expect(client.problems).toEqual([]);
	});

	it('is refused once an agent has the chat: the message is sent instead', async () => {
		const server = await startTestServer();
		const {customer} = await activeChat(server);
		expect(await customer.refused('message.leave', {client_msg_id: 'l1', text: 'hello', email: 'a@b.example'})).toBe(
			'conflict',
		);
	});
});

describe('transcript.email', () => {
	it('records the request as a follow-up for the chat agent, and sends nothing itself', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		await agent.call('chat.end', {chat_id: chatId});
		expect(await customer.call('transcript.email', {email: 'sarah@example.com'})).toEqual({});
		const {followups} = await agent.call('followups.list');
		expect(followups).toEqual([
			expect.objectContaining({chat_id: chatId, contact: 'sarah@example.com', agent_id: 'alice'}),
		]);
		expect(followups[0].note).toContain('transcript');
	});
});
