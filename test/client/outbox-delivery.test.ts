// Sending through a live (and a dropping) link: queued offline, order kept, resent with the same id, confirmed once.
import {describe, expect, it} from 'vitest';
import {message} from '../protocol/fixtures.js';
import type {FakeConnection, ReqFrame} from './fake-server.js';
import {useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

function storedFor(req: ReqFrame, n = 1) {
	const {chat_id, client_msg_id, text, visibility, auto} = req.payload as Record<string, never>;
	return {message: {...message, id: `m-${client_msg_id}`, n, chat_id, client_msg_id, text, visibility, auto}};
}

async function confirmNext(connection: FakeConnection, n = 1): Promise<ReqFrame> {
	const req = await connection.request('message.send');
	connection.reply(req, storedFor(req, n));
	return req;
}

describe('outbox delivery', () => {
	it('queues sends while offline and sends them in order after login', async () => {
		const server = await startServer({hello: null});
		const {client, log} = startClient(server);
		const connection = await server.nextConnection();
		const first = client.send('chat_1', 'Hello Sarah');
		const second = client.send('chat_1', 'One moment, please', {visibility: 'internal', auto: true});
		expect(client.pendingCount).toBe(2);
		expect(log.of('outbox.queued').map(action => action.message.client_msg_id)).toEqual([first, second]);
		expect(log.of('outbox.queued')[1]?.message).toMatchObject({
			chat_id: 'chat_1',
			text: 'One moment, please',
			visibility: 'internal',
			auto: true,
		});

		connection.hello();
		await connection.login();
		const req1 = await confirmNext(connection, 1);
		expect(req1.payload).toEqual({
			chat_id: 'chat_1',
			client_msg_id: first,
			text: 'Hello Sarah',
			visibility: 'public',
			auto: false,
		});
		const req2 = await confirmNext(connection, 2);
		expect(req2.payload['client_msg_id']).toBe(second);
		await log.next('outbox.sent', action => action.client_msg_id === second);
		expect(log.of('outbox.sent').map(action => action.client_msg_id)).toEqual([first, second]);
		expect(log.of('outbox.sent')[0]?.message.id).toBe(`m-${first}`);
		expect(client.pendingCount).toBe(0);
	});

	it('resends what was on the wire when the link dropped, with the same client_msg_id, and confirms it once', async () => {
		const {server, client, log, connection} = await connected();
		const id = client.send('chat_1', 'Let me check that for you');
		const lost = await connection.request('message.send');
		expect(lost.payload['client_msg_id']).toBe(id);
		connection.terminate();
		const queuedMeanwhile = client.send('chat_1', 'Still there?');

		const second = await server.nextConnection();
		await second.login({resumed: true});
		const resent = await confirmNext(second, 1);
		expect(resent.payload['client_msg_id']).toBe(id);
		const next = await confirmNext(second, 2);
		expect(next.payload['client_msg_id']).toBe(queuedMeanwhile);
		await log.next('outbox.sent', action => action.client_msg_id === queuedMeanwhile);
		expect(log.of('outbox.sent').map(action => action.client_msg_id)).toEqual([id, queuedMeanwhile]);
		expect(client.pendingCount).toBe(0);
	});

	it('reports a send the server refuses for good, and drops it from the queue', async () => {
		const {client, log, connection} = await connected();
		const id = client.send('chat_1', 'Thanks for contacting us');
		const req = await connection.request('message.send');
		connection.fail(req, 'conflict', 'the chat has ended');
		const failed = await log.next('outbox.failed');
		expect(failed).toMatchObject({
			client_msg_id: id,
			error: {code: 'conflict', message: 'the chat has ended', retryable: false},
		});
		expect(client.pendingCount).toBe(0);
		expect(log.of('outbox.sent')).toEqual([]);
	});

	it('keeps a send refused with a retryable error and retries it with the same id', async () => {
		const {client, log, connection} = await connected();
		const id = client.send('chat_1', 'Hello');
		const behind = client.send('chat_1', 'How can I help?');
		const first = await connection.request('message.send');
		connection.fail(first, 'rate_limited', 'slow down', true);
		const retry = await connection.request('message.send');
		expect(retry.payload['client_msg_id']).toBe(id);
		connection.reply(retry, storedFor(retry));
		const after = await confirmNext(connection, 2);
		expect(after.payload['client_msg_id']).toBe(behind);
		await log.next('outbox.sent', action => action.client_msg_id === behind);
		expect(log.of('outbox.failed')).toEqual([]);
	});

	it('sends to different chats without one waiting for the other', async () => {
		const {client, connection} = await connected();
		client.send('chat_a', 'Hi A');
		client.send('chat_b', 'Hi B');
		const a = await connection.request('message.send');
		const b = await connection.request('message.send');
		expect([a.payload['chat_id'], b.payload['chat_id']]).toEqual(['chat_a', 'chat_b']);
	});

	it('refuses an empty message at once, even offline, without sending anything', async () => {
		const server = await startServer({hello: null});
		const {client, log} = startClient(server);
		const id = client.send('chat_1', '');
		expect(log.of('outbox.failed')).toEqual([
			expect.objectContaining({client_msg_id: id, error: expect.objectContaining({code: 'bad_request'})}),
		]);
		expect(client.pendingCount).toBe(0);
	});

	it('retries a send whose answer it could not read (the server deduplicates the id)', async () => {
		const {client, log, connection} = await connected();
		const id = client.send('chat_1', 'Hello');
		const first = await connection.request('message.send');
		connection.reply(first, {message: {nonsense: true}});
		await log.next('protocol.error');
		const again = await confirmNext(connection);
		expect(again.payload['client_msg_id']).toBe(id);
		await log.next('outbox.sent');
		expect(log.of('outbox.sent')).toHaveLength(1);
	});
});

describe('outbox delivery with a frozen desk clock', () => {
	it('still retries: retry pauses run on their own clock', async () => {
		const {client, log, connection} = await connected({}, {now: () => 1_000_000});
		client.send('chat_1', 'Hello');
		connection.fail(await connection.request('message.send'), 'internal', 'try again', true);
		const retry = await connection.request('message.send');
		connection.reply(retry, storedFor(retry));
		expect((await log.next('outbox.sent')).at).toBe(1_000_000);
	});
});
