// Whatever the server sends, the client reports it as protocol.error and keeps working; a throwing handler is survived too.
import {describe, expect, it} from 'vitest';
import {chat} from '../protocol/fixtures.js';
import type {DeskAction} from '../../source/core/actions.js';
import {waitFor} from '../helpers/wait-for.js';
import {useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

describe('invalid frames from the server', () => {
	it('reports garbage as protocol.error and keeps working', async () => {
		const {client, log, connection} = await connected();
		connection.sendRaw('this is not json');
		connection.send({type: 'shout', volume: 11});
		connection.sendRaw(Buffer.from([1, 2, 3]));
		connection.send({
			type: 'res',
			id: null,
			ok: false,
			error: {code: 'bad_frame', message: 'ack seq above last sent', retryable: false},
		});
		await waitFor(() => log.of('protocol.error').length >= 4, {message: 'four protocol errors'});
		const messages = log.of('protocol.error').map(action => action.message);
		expect(messages[0]).toMatch(/not valid JSON/);
		expect(messages[2]).toMatch(/binary/);
		expect(messages[3]).toMatch(/rejected a frame: bad_frame/);

		const listing = client.request('chats.list', {});
		const req = await connection.request('chats.list');
		connection.reply(req, {chats: [chat]});
		await expect(listing).resolves.toEqual({chats: [chat]});
		expect(client.status.state).toBe('connected');
	});

	it('skips an event whose payload is invalid but counts its seq', async () => {
		const {log, connection} = await connected({}, {ackIntervalMs: 30});
		connection.event('chat.updated', {chat: {id: 42}}, 1);
		connection.event('chat.updated', {chat}, 2);
		await log.next('server.event', action => action.seq === 2);
		expect(log.of('server.event')).toHaveLength(1);
		expect(log.of('protocol.error')[0]?.message).toMatch(/ignored event 1: payload \(chat\.updated\)\.chat/);
		await connection.frame(f => f.type === 'ack' && f['seq'] === 2, 'ack 2');
	});

	it('counts the seq of an event it does not know, silently', async () => {
		const {log, connection} = await connected({}, {ackIntervalMs: 30});
		connection.event('chat.teleported', {chat_id: 'chat_1'}, 1);
		await connection.frame(f => f.type === 'ack' && f['seq'] === 1, 'ack 1');
		expect(log.of('server.event')).toEqual([]);
		expect(log.of('protocol.error')).toEqual([]);
	});

	it('reports a sequenced event that comes without a seq', async () => {
		const {log, connection} = await connected();
		connection.event('chat.updated', {chat});
		const error = await log.next('protocol.error');
		expect(error.message).toMatch(/without a seq/);
		expect(log.of('server.event')).toEqual([]);
	});

	it('rejects a request whose answer fails validation with code bad_frame', async () => {
		const {client, log, connection} = await connected();
		const listing = client.request('chats.list', {});
		const req = await connection.request('chats.list');
		connection.reply(req, {chats: 'none'});
		await expect(listing).rejects.toMatchObject({code: 'bad_frame'});
		expect((await log.next('protocol.error')).message).toMatch(/chats\.list/);
	});

	it('survives an onAction that throws', async () => {
		const server = await startServer();
		const seen: DeskAction[] = [];
		const {client} = startClient(server, {
			onAction: action => {
				seen.push(action);
				throw new Error('a buggy reducer');
			},
		});
		const connection = await server.nextConnection();
		await connection.login();
		connection.event('chat.updated', {chat}, 1);
		client.send('chat_1', 'Hello');
		const req = await connection.request('message.send');
		expect(req.payload['text']).toBe('Hello');
		expect(seen.map(action => action.type)).toEqual(
			expect.arrayContaining(['connection.changed', 'session.started', 'server.event', 'outbox.queued']),
		);
		expect(client.status.state).toBe('connected');
	});
});
