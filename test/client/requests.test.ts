// Requests: validated results, server errors with their code, timeouts, and refusal while offline.
import {describe, expect, it} from 'vitest';
import {agent, chat} from '../protocol/fixtures.js';
import {RequestError} from '../../source/client/request-error.js';
import {useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

describe('requests', () => {
	it('resolves with the validated result', async () => {
		const {client, connection} = await connected();
		const accepting = client.request('offer.accept', {chat_id: 'chat_1'});
		const req = await connection.request('offer.accept');
		expect(req.payload).toEqual({chat_id: 'chat_1'});
		connection.reply(req, {chat, unknown_extra: 1});
		await expect(accepting).resolves.toEqual({chat});
	});

	it('rejects with the server error code and message', async () => {
		const {client, connection} = await connected();
		const accepting = client.request('offer.accept', {chat_id: 'chat_1'});
		connection.fail(await connection.request('offer.accept'), 'conflict', 'the offer is no longer pending');
		const error = await accepting.catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(RequestError);
		expect(error).toMatchObject({code: 'conflict', message: 'the offer is no longer pending', retryable: false});
	});

	it('times out when the server does not answer, and ignores the late answer', async () => {
		const {client, log, connection} = await connected({}, {requestTimeoutMs: 150});
		const listing = client.request('agents.list', {});
		const req = await connection.request('agents.list');
		await expect(listing).rejects.toMatchObject({code: 'timeout'});
		connection.reply(req, {agents: [agent]});
		// The late answer is dropped without fuss; the link carries on.
		const next = client.request('agents.list', {});
		connection.reply(await connection.request('agents.list'), {agents: [agent]});
		await expect(next).resolves.toEqual({agents: [agent]});
		expect(log.of('protocol.error')).toEqual([]);
	});

	it('rejects at once with code offline while not connected', async () => {
		const server = await startServer({hello: null});
		const {client} = startClient(server);
		const connection = await server.nextConnection();
		await expect(client.request('chats.list', {})).rejects.toMatchObject({code: 'offline'});
		expect(connection.received).toEqual([]);
	});

	it('rejects requests in flight with code offline when the link drops', async () => {
		const {client, connection} = await connected();
		const listing = client.request('chats.list', {});
		await connection.request('chats.list');
		connection.terminate();
		await expect(listing).rejects.toMatchObject({code: 'offline'});
	});

	it('refuses an invalid payload without sending it', async () => {
		const {client, connection} = await connected();
		await expect(client.request('chat.history', {chat_id: 'chat_1', limit: 0})).rejects.toMatchObject({
			code: 'bad_request',
			message: expect.stringMatching(/payload\.limit/),
		});
		await expect(client.request('auth', {token: 'x', client: {name: 'a', version: '1'}})).rejects.toMatchObject({
			code: 'bad_request',
		});
		expect(connection.received.filter(f => f.type === 'req')).toHaveLength(1); // the auth of the login only
	});
});
