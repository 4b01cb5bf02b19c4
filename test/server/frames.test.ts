// Misbehaving clients: malformed frames, oversize frames, floods, and handler failures never take the server down.
import {afterEach, describe, expect, it} from 'vitest';
import {CloseCode} from '../../source/protocol/index.js';
import {MemoryStore} from '../../source/server/store/memory.js';
import type {NewMessage} from '../../source/server/store/contract.js';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, connectAgent, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

const failures = (client: TestClient) => client.frames.filter(frame => frame.type === 'res' && frame.ok === false);

describe('bad frames', () => {
	it('answers each kind of bad frame and keeps the connection open', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		agent.send('not json');
		agent.send({type: 'req', op: 'chats.list', payload: {}});
		agent.send({type: 'req', id: 'u1', op: 'chat.explode', payload: {}});
		agent.send({
			type: 'req',
			id: 'b1',
			op: 'message.send',
			payload: {chat_id: 'c', client_msg_id: 'm', text: 5, visibility: 'public'},
		});
		agent.socket.send(Buffer.from([1, 2, 3]), {binary: true});
		agent.send(JSON.stringify({type: 'req', id: 'big', op: 'chats.list', payload: {pad: 'x'.repeat(70_000)}}));
		await waitFor(() => failures(agent).length === 6);
		expect(failures(agent).map(frame => [frame.id, frame.error.code])).toEqual([
			[null, 'bad_frame'],
			[null, 'bad_frame'],
			['u1', 'unknown_op'],
			['b1', 'bad_request'],
			[null, 'bad_frame'],
			[null, 'too_large'],
		]);
		expect(failures(agent)[3]!.error.message).toContain('payload.text');
		expect(await agent.call('chats.list')).toEqual({chats: []});
		expect(agent.closed).toBeNull();
		expect(agent.problems).toEqual([]);
	});

	it('closes with 4400 after more than ten bad frames within a minute', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		for (let i = 0; i < 10; i++) agent.send('{');
		await waitFor(() => failures(agent).length === 10);
		expect(agent.closed).toBeNull();
		agent.send('{');
		expect((await agent.waitForClose()).code).toBe(CloseCode.badFrame);
	});

	it('closes the link with 1009 for a frame over the 1 MiB hard cap', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		agent.send('x'.repeat(1_100_000));
		expect((await agent.waitForClose()).code).toBe(1009);
	});
});

describe('rate limiting', () => {
	it('answers rate_limited over budget, then closes 4429 after 50 in a row', async () => {
		const server = await startTestServer({rateLimit: {perSecond: 0.001, burst: 5}});
		const {client: agent} = await connectAgent(server, 'alice-token'); // the auth took one token
		for (let i = 0; i < 4; i++) agent.send({type: 'req', id: `ok${i}`, op: 'chats.list', payload: {}});
		agent.send({type: 'req', id: 'over', op: 'chats.list', payload: {}});
		const limited = await agent.waitFor(frame => frame.type === 'res' && frame.id === 'over');
		expect(limited).toMatchObject({ok: false, error: {code: 'rate_limited', retryable: true}});
		expect(
			agent.frames.filter(frame => frame.type === 'res' && frame.ok && String(frame.id).startsWith('ok')),
		).toHaveLength(4);
		for (let i = 0; i < 60; i++) agent.send({type: 'req', id: `f${i}`, op: 'chats.list', payload: {}});
		expect((await agent.waitForClose()).code).toBe(CloseCode.rateLimited);
	});
});

describe('failures inside the server', () => {
	it('answers internal when a handler throws and keeps serving', async () => {
		class FlakyStore extends MemoryStore {
			override addMessage(message: NewMessage, scope: string | null) {
				if (message.text === 'boom') throw new Error('disk on fire');
				return super.addMessage(message, scope);
			}
		}
		const errors: unknown[] = [];
		const server = await startTestServer({store: new FlakyStore(), onError: error => errors.push(error)});
		const {agent, chatId} = await activeChat(server);
		const res = await agent.request('message.send', {
			chat_id: chatId,
			client_msg_id: 'b',
			text: 'boom',
			visibility: 'public',
		});
		expect(res.error).toMatchObject({code: 'internal', retryable: true});
		expect(errors).toHaveLength(1);
		const ok = await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'fine',
			text: 'fine',
			visibility: 'public',
		});
		expect(ok.message.n).toBe(1);
	});
});
