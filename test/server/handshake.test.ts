// Handshake on both endpoints: hello contents, tokens, the auth gate, subprotocols and paths.
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocket} from 'ws';
import {CAPABILITIES, CloseCode, LIMITS} from '../../source/protocol/index.js';
import {closeAll, connectAgent, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

describe('handshake', () => {
	it('sends hello at once with the protocol, timers, capabilities, limits and server name', async () => {
		let clock = 1_765_000_000_000;
		const server = await startTestServer({name: 'test-server', version: '9.9', now: () => clock});
		clock += 42;
		const client = await TestClient.open(server.agentUrl);
		const hello = await client.waitFor(frame => frame.type === 'hello');
		expect(hello).toEqual({
			type: 'hello',
			protocol: 'switchboard.v1',
			heartbeat_ms: 1_000,
			resume_window_ms: 2_000,
			capabilities: [...CAPABILITIES],
			limits: {max_frame_bytes: LIMITS.maxFrameBytes, max_text_chars: LIMITS.maxTextChars},
			server: {name: 'test-server', version: '9.9'},
			// The server's clock when the hello went out (protocol §6.1), not when the server started.
			now: 1_765_000_000_042,
		});
		expect(client.socket.protocol).toBe('switchboard.v1');
		expect(client.problems).toEqual([]);
	});

	it('answers a fresh auth with a session, the agent and a snapshot', async () => {
		const server = await startTestServer();
		const {client, auth} = await connectAgent(server, 'alice-token');
		expect(auth.resumed).toBe(false);
		expect(auth.session_id).toEqual(expect.any(String));
		expect(auth.agent).toMatchObject({
			id: 'alice',
			name: 'Alice',
			company: 'Acme',
			presence: 'online',
			capacity: 2,
			load: 0,
		});
		expect(auth.snapshot).toEqual({seq: 0, chats: [], offers: [], followups: []});
		expect(client.problems).toEqual([]);
	});

	it('refuses an unknown token with bad_token, then closes 4001', async () => {
		const server = await startTestServer();
		const client = await TestClient.open(server.agentUrl);
		const res = await client.request('auth', {token: 'nope', client: {name: 'test', version: '1'}});
		expect(res.ok).toBe(false);
		expect(res.error).toMatchObject({code: 'bad_token', retryable: false});
		expect((await client.waitForClose()).code).toBe(CloseCode.badToken);
	});

	it('answers ops before auth with unauthenticated and keeps the connection', async () => {
		const server = await startTestServer();
		const client = await TestClient.open(server.agentUrl);
		expect(await client.refused('chats.list')).toBe('unauthenticated');
		expect(
			await client.refused('message.send', {chat_id: 'x', client_msg_id: 'm', text: 'hi', visibility: 'public'}),
		).toBe('unauthenticated');
		await client.call('auth', {token: 'alice-token', client: {name: 'test', version: '1'}});
		expect(await client.call('chats.list')).toEqual({chats: []});
		expect(client.closed).toBeNull();
	});

	it('refuses a second auth on the same connection', async () => {
		const server = await startTestServer();
		const {client} = await connectAgent(server, 'alice-token');
		expect(await client.refused('auth', {token: 'alice-token', client: {name: 'test', version: '1'}})).toBe('conflict');
	});

	it('closes with 4008 when no auth comes within two heartbeats', async () => {
		const server = await startTestServer({heartbeatMs: 150});
		const client = await TestClient.open(server.agentUrl);
		expect((await client.waitForClose()).code).toBe(CloseCode.heartbeatTimeout);
	});

	it('closes with 4400 a connection that does not offer the subprotocol', async () => {
		const server = await startTestServer();
		for (const url of [server.agentUrl, server.customerUrl]) {
			// (A ws client that offers some other subprotocol fails on its own when none is chosen, so offer none.)
			const client = await TestClient.open(url, {protocols: []});
			expect((await client.waitForClose()).code).toBe(CloseCode.badFrame);
		}
	});

	it('refuses the upgrade with 404 on any other path', async () => {
		const server = await startTestServer();
		const status = await new Promise<number>(resolve => {
			const socket = new WebSocket(`${server.url}/elsewhere`, ['switchboard.v1']);
			socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
			socket.on('error', () => {});
		});
		expect(status).toBe(404);
	});

	it('says hello on the customer endpoint too and requires join or resume first', async () => {
		const server = await startTestServer();
		const before = Date.now();
		const client = await TestClient.open(server.customerUrl);
		const hello = await client.waitFor(frame => frame.type === 'hello');
		expect(hello.protocol).toBe('switchboard.v1');
		expect(hello.now).toBeGreaterThanOrEqual(before);
		expect(hello.now).toBeLessThanOrEqual(Date.now());
		expect(client.socket.protocol).toBe('switchboard.customer.v1');
		expect(await client.refused('message.send', {client_msg_id: 'm1', text: 'hi'})).toBe('unauthenticated');
		const joined = await client.call('join', {name: 'Sarah', locale: 'en'});
		expect(joined.chat).toEqual({chat_id: expect.any(String), status: 'queued', agent_name: null, department_id: null});
		expect(joined.resume_token.length).toBeGreaterThanOrEqual(16);
		expect(joined.seq).toBe(0);
		expect(client.problems).toEqual([]);
	});

	it('lists only the configured capabilities and refuses ops that need a missing one with unsupported', async () => {
		const server = await startTestServer({capabilities: ['hold']});
		const {client} = await connectAgent(server, 'alice-token');
		expect(client.hello!.capabilities).toEqual(['hold']);
		expect(await client.refused('chat.transfer', {chat_id: 'c', target: {type: 'agent', id: 'bob'}, note: ''})).toBe(
			'unsupported',
		);
		expect(await client.refused('canned.list')).toBe('unsupported');
		expect(await client.refused('followups.list')).toBe('unsupported');
		expect(await client.refused('rating.request', {chat_id: 'c'})).toBe('unsupported');
		// An op the server has is still answered normally.
		expect(await client.refused('chat.hold', {chat_id: 'c'})).toBe('not_found');
	});
});
