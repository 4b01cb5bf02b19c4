// Close codes that end the client for good (bad token, replaced) and the user's own stop().
import {createServer, type Socket} from 'node:net';
import type {AddressInfo} from 'node:net';
import {describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {staysTrue, useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

describe('stopping for good', () => {
	it('stops with a clear message when the server refuses the token, and never reconnects', async () => {
		const server = await startServer();
		const {client, log} = startClient(server, {token: 'wrong'});
		const connection = await server.nextConnection();
		const auth = await connection.request('auth');
		connection.fail(auth, 'bad_token', 'unknown token');
		connection.close(4001, 'bad token');
		await log.next('connection.changed', action => action.status.state === 'stopped');
		expect(client.status).toEqual({state: 'stopped', reason: 'the server refused the token', code: 4001});
		// The backoff here is 20 ms: a retry would have come many times over.
		expect(await staysTrue(() => server.connections.length === 1, 300)).toBe(true);
		expect(log.states()).toEqual(['connecting', 'stopped']);
	});

	it('stops on close 4001 alone as well', async () => {
		const server = await startServer();
		const {client, log} = startClient(server);
		const connection = await server.nextConnection();
		await connection.request('auth');
		connection.close(4001);
		await log.next('connection.changed', action => action.status.state === 'stopped');
		expect(client.status).toMatchObject({reason: 'the server refused the token', code: 4001});
		expect(await staysTrue(() => server.connections.length === 1, 300)).toBe(true);
	});

	it('stops when signed in elsewhere (4003)', async () => {
		const {server, client, log, connection} = await connected();
		connection.close(4003, 'replaced');
		await log.next('connection.changed', action => action.status.state === 'stopped');
		expect(client.status).toEqual({state: 'stopped', reason: 'signed in elsewhere', code: 4003});
		expect(await staysTrue(() => server.connections.length === 1, 300)).toBe(true);
		await expect(client.request('chats.list', {})).rejects.toMatchObject({code: 'offline'});
	});

	it('stop() closes the socket normally, acks what it processed, and stays down', async () => {
		const {server, client, log, connection} = await connected({}, {ackIntervalMs: 60_000});
		connection.event('offer.revoked', {chat_id: 'chat_1', reason: 'timeout'}, 1);
		await log.next('server.event');
		await client.stop();
		expect(await connection.closed).toMatchObject({code: 1000});
		expect(connection.acks()).toEqual([1]);
		expect(client.status).toEqual({state: 'stopped', reason: 'stopped', code: null});
		expect(log.states().at(-1)).toBe('stopped');
		expect(await staysTrue(() => server.connections.length === 1, 200)).toBe(true);
	});

	it('stop() while waiting to reconnect cancels the retry', async () => {
		const server = await startServer();
		const url = server.url;
		await server.close();
		const {client, log} = startClient(url, {backoff: {initialMs: 5_000, jitter: 0}});
		await log.next('connection.changed', action => action.status.state === 'reconnecting');
		await client.stop();
		expect(client.status.state).toBe('stopped');
		expect(log.states()).toEqual(['connecting', 'reconnecting', 'stopped']);
	});

	it('stop() is safe to call twice and before start', async () => {
		const server = await startServer();
		const {client, log} = startClient(server);
		await server.nextConnection();
		await client.stop();
		await client.stop();
		expect(log.states().filter(state => state === 'stopped')).toHaveLength(1);
	});

	it('stop() during a connect that hangs in the upgrade ends at once', async () => {
		// A TCP server that accepts and never answers the HTTP upgrade.
		const sockets: Socket[] = [];
		const tarpit = createServer(socket => sockets.push(socket));
		await new Promise<void>(resolve => tarpit.listen(0, '127.0.0.1', resolve));
		try {
			const {client, log} = startClient(`ws://127.0.0.1:${(tarpit.address() as AddressInfo).port}`);
			await waitFor(() => sockets.length === 1, {message: 'the client to dial'});
			await client.stop();
			expect(log.states()).toEqual(['connecting', 'stopped']);
		} finally {
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => tarpit.close(resolve));
		}
	});
});
