// Protocol 1.2: the customer's time zone from the join reaches the agent, and the follow-ups made in the chat keep it.
import {afterEach, describe, expect, it} from 'vitest';
import {activeChat, closeAll, startTestServer} from './helpers.js';

afterEach(closeAll);

describe('the customer time zone', () => {
	it('is in the chat the agent is offered, and in each follow-up of that chat', async () => {
		const server = await startTestServer();
		const {agent, chatId} = await activeChat(server, 'alice-token', {time_zone: 'Asia/Shanghai'});
		const offered = agent.events('chat.offered').find(frame => frame.payload.chat.id === chatId)!;
		expect(offered.payload.chat.customer.time_zone).toBe('Asia/Shanghai');
		const {followup} = await agent.call('followup.create', {
			chat_id: chatId,
			contact: 'wang@example.com',
			due_at: Date.now() + 3_600_000,
			note: 'replacement',
		});
		expect(followup.time_zone).toBe('Asia/Shanghai');
		expect((await agent.call('followups.list')).followups).toEqual([followup]);
		expect(agent.problems).toEqual([]);
	});

	it('is unknown (null) when the join gave none, or one no time zone database knows', async () => {
		const server = await startTestServer();
		for (const join of [{}, {time_zone: 'Mars/Olympus_Mons'}]) {
			const {agent, chatId} = await activeChat(server, 'alice-token', join);
			const offered = agent.events('chat.offered').find(frame => frame.payload.chat.id === chatId)!;
			expect(offered.payload.chat.customer.time_zone).toBeNull();
			await agent.close();
		}
	});
});
