// Issue 13: the total connection cap (--max-connections) against the real server on 127.0.0.1, filled from several
// loopback addresses (127.0.0.2, .3, ...: all of 127/8 is loopback on Linux) so the per-address cap is not what bites.
import type {IncomingMessage} from 'node:http';
import {WebSocket} from 'ws';
import {afterEach, describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, startTestServer} from './helpers.js';

const sockets: WebSocket[] = [];
afterEach(async () => {
	for (const socket of sockets.splice(0)) socket.terminate();
	await closeAll();
});

type Attempt = {socket: WebSocket; outcome: string; retryAfter?: string};

/** A customer socket from `from` (a loopback address): 'open', or the HTTP status and Retry-After it was turned away with. */
function openFrom(url: string, from: string): Promise<Attempt> {
	return new Promise(resolve => {
		const socket = new WebSocket(url, 'switchboard.customer.v1', {localAddress: from});
		sockets.push(socket);
		socket.once('open', () => resolve({socket, outcome: 'open'}));
		socket.once('unexpected-response', (_request, response: IncomingMessage) =>
			resolve({socket, outcome: String(response.statusCode), retryAfter: response.headers['retry-after']}),
		);
		socket.once('error', error => resolve({socket, outcome: `error ${error.message}`}));
	});
}

describe('the total connection cap', () => {
	it('turns away every address past it with 503 and Retry-After, while the agent and customer inside keep talking', async () => {
		const server = await startTestServer({limits: {maxConnections: 8, maxConnectionsPerAddress: 3}});
		// Two places: an agent and a customer in a chat, from 127.0.0.1.
		const {agent, customer, chatId} = await activeChat(server);
		// Six idle sockets from three other addresses, none over its own cap of 3: the server is full at 8.
		const idle: Attempt[] = [];
		for (const from of ['127.0.0.2', '127.0.0.2', '127.0.0.3', '127.0.0.3', '127.0.0.4', '127.0.0.4'])
			idle.push(await openFrom(server.customerUrl, from));
		expect(idle.map(attempt => attempt.outcome)).toEqual(Array(6).fill('open'));

		// Full: a fresh address is turned away, and so is a new agent link, before any upgrade.
		const fresh = await openFrom(server.customerUrl, '127.0.0.5');
		expect(fresh).toMatchObject({outcome: '503', retryAfter: '5'});
		expect((await openFrom(server.agentUrl, '127.0.0.6')).outcome).toBe('503');

		// Those inside are served as before, both ways.
		await customer.call('message.send', {client_msg_id: 'cap-1', text: 'are you still there?'});
		await agent.waitForEvent('message.created', payload => payload.message.text === 'are you still there?');
		await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'cap-2',
			text: 'Yes, I am here.',
			visibility: 'public',
		});
		await customer.waitForEvent('message.created', payload => payload.message.text === 'Yes, I am here.');
		expect(agent.closed).toBeNull();
		expect(customer.closed).toBeNull();

		// One idle socket goes: its place is free for the next comer, and then the server is full again.
		idle[0]!.socket.terminate();
		const next = await waitFor(
			async () => {
				const attempt = await openFrom(server.customerUrl, '127.0.0.5');
				if (attempt.outcome === 'open') return attempt;
				attempt.socket.terminate();
				return null;
			},
			{message: 'a place after one socket went'},
		);
		expect(next.outcome).toBe('open');
		expect((await openFrom(server.customerUrl, '127.0.0.7')).outcome).toBe('503');
	});
});
