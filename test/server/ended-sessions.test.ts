// An ended chat's customer session stays resumable for the resume window after the link goes, so a visitor who
// reloads during the closing can still rate (E19); only the newest few are kept, and the window still runs out.
import {afterEach, describe, expect, it} from 'vitest';
import {activeChat, closeAll, startTestServer, TestClient} from './helpers.js';
import type {RunningServer} from '../../source/server/server.js';

afterEach(closeAll);

async function endedAway(server: RunningServer, endFirst: boolean) {
	const {agent, customer, chatId} = await activeChat(server);
	const token = customer.frames.find(frame => frame.type === 'res' && frame.payload?.resume_token)!.payload
		.resume_token as string;
	if (endFirst) {
		await agent.call('chat.end', {chat_id: chatId});
		await customer.waitForEvent('chat.ended');
		await customer.close();
	} else {
		customer.drop();
		await agent.call('chat.end', {chat_id: chatId});
	}
	return {agent, chatId, token};
}

describe('customer sessions of ended chats', () => {
	it('resume after the link closed during the closing, and the rating reaches the agent', async () => {
		const server = await startTestServer({resumeWindowMs: 60_000});
		const {agent, chatId, token} = await endedAway(server, true);
		const back = await TestClient.open(server.customerUrl);
		const resumed = await back.call('resume', {resume_token: token, last_seq: 0});
		expect(resumed.chat).toMatchObject({chat_id: chatId, status: 'ended'});
		await back.call('rating.submit', {score: 2, comment: 'after a reload'});
		const rating = await agent.waitForEvent('rating.received');
		expect(rating.payload).toMatchObject({chat_id: chatId, score: 2, comment: 'after a reload'});
	});

	it('resume when the chat ended while the customer was away', async () => {
		const server = await startTestServer({resumeWindowMs: 60_000});
		const {chatId, token} = await endedAway(server, false);
		const back = await TestClient.open(server.customerUrl);
		expect((await back.call('resume', {resume_token: token, last_seq: 0})).chat).toMatchObject({
			chat_id: chatId,
			status: 'ended',
		});
		// The replay brings the end the customer missed.
		await back.waitForEvent('chat.ended');
	});

	it('are bounded in number: past the limit the oldest is refused at once, well inside the window', async () => {
		const server = await startTestServer({resumeWindowMs: 60_000, limits: {maxEndedSessionsKept: 1}});
		const first = await endedAway(server, true);
		const second = await endedAway(server, true);
		const late = await TestClient.open(server.customerUrl);
		expect(await late.refused('resume', {resume_token: first.token, last_seq: 0})).toBe('resume_expired');
		const kept = await TestClient.open(server.customerUrl);
		expect((await kept.call('resume', {resume_token: second.token, last_seq: 0})).chat.chat_id).toBe(second.chatId);
	});
});
