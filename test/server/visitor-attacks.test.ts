// "No visitor can take it down": each attack from issue 13, done against the real server on 127.0.0.1, bounded.
import {WebSocket} from 'ws';
import {afterEach, describe, expect, it} from 'vitest';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, joinCustomer, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

/** Opens a socket and resolves with how the server answered: 'open', or the HTTP status it turned us away with. */
function tryOpen(url: string, protocol: string): Promise<{socket: WebSocket; outcome: string}> {
	return new Promise(resolve => {
		const socket = new WebSocket(url, protocol);
		socket.once('open', () => resolve({socket, outcome: 'open'}));
		socket.once('unexpected-response', (_request, response) => resolve({socket, outcome: String(response.statusCode)}));
		socket.once('error', () => resolve({socket, outcome: 'error'}));
	});
}

describe('no visitor can take the server down', () => {
	it('the rate limit holds across reconnects: a customer resuming on fresh links gets no fresh budget', async () => {
		const server = await startTestServer({rateLimit: {perSecond: 20, burst: 40}, resumeWindowMs: 30_000});
		const {customer} = await activeChat(server);
		const token = customer.frames.find(frame => frame.type === 'res' && frame.payload?.resume_token)!.payload
			.resume_token as string;
		const started = performance.now();
		let accepted = 0;
		let link = customer;
		for (let round = 0; round < 6; round++) {
			let last = '';
			for (let i = 0; i < 45; i++) last = link.post('message.send', {client_msg_id: `r${round}-${i}`, text: 'spam'});
			await link.waitFor(frame => frame.type === 'res' && frame.id === last, 'the last answer');
			accepted += link.frames.filter(
				frame => frame.type === 'res' && frame.ok && frame.payload?.message?.client_msg_id?.startsWith(`r${round}-`),
			).length;
			link.drop();
			link = await TestClient.open(server.customerUrl);
			await link.call('resume', {resume_token: token, last_seq: 0});
		}
		const seconds = (performance.now() - started) / 1_000;
		// One budget for the chat: the burst plus what refills while the attack runs, however many links it uses.
		expect(accepted).toBeLessThanOrEqual(40 + Math.ceil(20 * seconds) + 5);
		expect(accepted).toBeGreaterThanOrEqual(40);
	});

	it('acks never spend the budget nor draw an error, however many come', async () => {
		const server = await startTestServer({rateLimit: {perSecond: 10, burst: 20}});
		const {agent, customer} = await activeChat(server);
		await customer.call('message.send', {client_msg_id: 'k1', text: 'hello'});
		await agent.waitForEvent('message.created');
		for (let i = 0; i < 2_000; i++) agent.ack();
		const after = await agent.call('chats.list');
		expect(after.chats).toHaveLength(1);
		expect(agent.frames.filter(frame => frame.type === 'res' && !frame.ok)).toEqual([]);
		expect(agent.closed).toBeNull();
	});

	it('caps connections per address, turns the rest away with 503, and lets in the next once one goes', async () => {
		const server = await startTestServer({limits: {maxConnectionsPerAddress: 5}});
		const idle = [];
		for (let i = 0; i < 5; i++) idle.push(await tryOpen(server.customerUrl, 'switchboard.customer.v1'));
		expect(idle.map(attempt => attempt.outcome)).toEqual(['open', 'open', 'open', 'open', 'open']);
		const turnedAway = await tryOpen(server.customerUrl, 'switchboard.customer.v1');
		expect(turnedAway.outcome).toBe('503');
		idle[0]!.socket.terminate();
		const next = await waitFor(
			async () => {
				const attempt = await tryOpen(server.agentUrl, 'switchboard.v1');
				if (attempt.outcome === 'open') return attempt;
				attempt.socket.terminate();
				return null;
			},
			{message: 'a place after one socket went'},
		);
		for (const attempt of [...idle, next]) attempt.socket.terminate();
	});

	it('closes a link that never joins or signs in', async () => {
		const server = await startTestServer({signInTimeoutMs: 300});
		const silent = await TestClient.open(server.customerUrl);
		expect((await silent.waitForClose()).code).toBe(4008);
	});

	it('caps open chats per address, and frees a place when one ends', async () => {
		const server = await startTestServer({limits: {maxOpenChatsPerAddress: 3}});
		const joins = [];
		for (let i = 0; i < 3; i++) joins.push(await joinCustomer(server));
		const fourth = await TestClient.open(server.customerUrl);
		expect(await fourth.refused('join', {name: 'Bot', locale: 'en'})).toBe('rate_limited');
		await joins[0]!.client.call('leave');
		await fourth.call('join', {name: 'Bot', locale: 'en'});
	});

	it('caps open chats per known customer', async () => {
		const server = await startTestServer({limits: {maxOpenChatsPerCustomer: 2}});
		await joinCustomer(server, {email: 'sarah@example.com'});
		await joinCustomer(server, {email: 'sarah@example.com'});
		const third = await TestClient.open(server.customerUrl);
		expect(await third.refused('join', {name: 'S', email: 'SARAH@example.com', locale: 'en'})).toBe('rate_limited');
	});

	it('a join with someone else’s e-mail never changes that customer’s record', async () => {
		const server = await startTestServer();
		const {agent, chatId} = await activeChat(server, 'alice-token', {
			name: 'Sarah Jones',
			email: 'sarah@example.com',
			page: 'https://shop.example/blender',
		});
		const impostor = await TestClient.open(server.customerUrl);
		await impostor.call('join', {name: 'Mallory', email: 'sarah@example.com', locale: 'hu', page: 'https://evil'});
		const {chats} = await agent.call('chats.list');
		expect(chats.find((chat: any) => chat.id === chatId).customer).toMatchObject({
			name: 'Sarah Jones',
			locale: 'en',
			page: 'https://shop.example/blender',
		});
		expect(agent.events('customer.updated')).toEqual([]);
	});

	it('a customer who never acks cannot make a resume replay more than the bounded buffer', async () => {
		const server = await startTestServer({resumeWindowMs: 30_000});
		const {agent, customer, chatId} = await activeChat(server);
		const joined = customer.frames.find(frame => frame.type === 'res' && frame.payload?.resume_token)!;
		// About 1.2 MB of messages the customer never acks: past the customer's replay bound (1 MiB).
		const text = 'x'.repeat(4_000);
		for (let i = 0; i < 300; i++)
			agent.post('message.send', {chat_id: chatId, client_msg_id: `big-${i}`, text, visibility: 'public'});
		await agent.waitFor(frame => frame.type === 'res' && frame.payload?.message?.client_msg_id === 'big-299');
		customer.drop();
		const again = await TestClient.open(server.customerUrl);
		expect(await again.refused('resume', {resume_token: joined.payload.resume_token, last_seq: 0})).toBe(
			'resume_expired',
		);
	});

	it('cuts off a client that does not read, instead of queueing its events without bound', async () => {
		const server = await startTestServer({
			maxSendBufferBytes: 4 * 1024 * 1024,
			// Long enough that the silent customer is cut off for not reading, not for not answering pings.
			heartbeatMs: 30_000,
			rateLimit: {perSecond: 100_000, burst: 100_000},
		});
		const {agent, customer, chatId} = await activeChat(server);
		// The customer's socket stops reading: the kernel's buffers fill, then the server's.
		const tcp = (customer.socket as unknown as {_socket: {pause(): void; resume(): void}})._socket;
		tcp.pause();
		const text = 'y'.repeat(4_000);
		// Until the server cuts the customer off: then its resume window runs out and the chat ends.
		for (let round = 0; round < 40 && agent.events('chat.ended').length === 0; round++) {
			let last = '';
			for (let i = 0; i < 100; i++)
				last = agent.post('message.send', {
					chat_id: chatId,
					client_msg_id: `s${round}-${i}`,
					text,
					visibility: 'public',
				});
			await agent.waitFor(frame => frame.type === 'res' && frame.id === last, 'the last answer');
		}
		await agent.waitForEvent('chat.ended', payload => payload.chat_id === chatId && payload.by === 'system');
		// Reading again, the customer finds its link cut: with 4413 when the close frame got through, else abruptly.
		tcp.resume();
		expect([4413, 1006]).toContain((await customer.waitForClose()).code);
		// The agent's link, which reads, is untouched.
		expect(agent.closed).toBeNull();
		await agent.call('chats.list');
	}, 60_000);
});
