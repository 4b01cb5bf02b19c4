// Memory holds only what is live: an ended chat's customer session goes when the customer's link does, not a resume
// window later; an open chat's stays resumable.
import {afterEach, describe, expect, it} from 'vitest';
import {activeChat, closeAll, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

describe('customer sessions of ended chats', () => {
	it('are dropped when the link closes: resuming one is refused at once, well inside the window', async () => {
		const server = await startTestServer({resumeWindowMs: 60_000});
		const {agent, customer, chatId} = await activeChat(server);
		const joined = customer.frames.find(frame => frame.type === 'res' && frame.payload?.resume_token)!;
		const token = joined.payload.resume_token as string;
		// An open chat whose link dropped resumes.
		customer.drop();
		const back = await TestClient.open(server.customerUrl);
		expect((await back.call('resume', {resume_token: token, last_seq: 0})).chat.chat_id).toBe(chatId);
		// Still connected when it ends: the customer can rate it.
		await agent.call('chat.end', {chat_id: chatId});
		await back.waitForEvent('chat.ended');
		await back.call('rating.submit', {score: 3});
		await back.close();
		const late = await TestClient.open(server.customerUrl);
		expect(await late.refused('resume', {resume_token: token, last_seq: 0})).toBe('resume_expired');
	});

	it('are dropped when the chat ends while the customer is away', async () => {
		const server = await startTestServer({resumeWindowMs: 60_000});
		const {agent, customer, chatId} = await activeChat(server);
		const token = customer.frames.find(frame => frame.payload?.resume_token)!.payload.resume_token as string;
		customer.drop();
		await agent.call('chat.end', {chat_id: chatId});
		const back = await TestClient.open(server.customerUrl);
		expect(await back.refused('resume', {resume_token: token, last_seq: 0})).toBe('resume_expired');
	});
});
