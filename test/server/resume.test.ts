// Sessions that outlive sockets: replay on resume, acks, the resume window, replacement (4003) and heartbeats (4008).
import {afterEach, describe, expect, it} from 'vitest';
import {CloseCode} from '../../source/protocol/index.js';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, connectAgent, joinCustomer, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

const client = {name: 'test', version: '1'};

describe('agent resume', () => {
	it('replays exactly the events missed while the socket was down', async () => {
		const server = await startTestServer();
		const {agent, customer} = await activeChat(server);
		const sessionId = (await waitFor(() => agent.frames.find(frame => frame.payload?.session_id)))!.payload
			.session_id as string;
		await customer.call('message.send', {client_msg_id: 'c1', text: 'one'});
		await agent.waitForEvent('message.created', payload => payload.message.text === 'one');
		expect(agent.lastSeq).toBe(3); // chat.offered, chat.assigned, message.created
		agent.ack(2);
		agent.drop();
		await customer.call('message.send', {client_msg_id: 'c2', text: 'two'});
		await customer.call('message.send', {client_msg_id: 'c3', text: 'three'});

		const {client: again, auth} = await connectAgent(server, 'alice-token', {
			resume: {session_id: sessionId, last_seq: 3},
		});
		expect(auth).toMatchObject({session_id: sessionId, resumed: true});
		expect(auth.snapshot).toBeUndefined();
		await waitFor(() => again.events().length === 2);
		expect(again.events().map(event => [event.seq, event.payload.message.text])).toEqual([
			[4, 'two'],
			[5, 'three'],
		]);
		// Live events continue the same sequence.
		await customer.call('message.send', {client_msg_id: 'c4', text: 'four'});
		expect((await again.waitForEvent('message.created', payload => payload.message.text === 'four')).seq).toBe(6);
		expect(again.problems).toEqual([]);
	});

	it('refuses to resume from before the last ack, and with a wrong session id', async () => {
		const server = await startTestServer();
		const {agent, chatId} = await activeChat(server);
		const sessionId = agent.frames.find(frame => frame.type === 'res' && frame.payload?.session_id)!.payload
			.session_id as string;
		await agent.call('message.send', {chat_id: chatId, client_msg_id: 'a1', text: 'x', visibility: 'public'});
		await agent.waitForEvent('message.created');
		agent.ack(3);
		await agent.call('chats.list'); // the ack is handled before this answer
		agent.drop();
		const stale = await TestClient.open(server.agentUrl);
		const res = await stale.request('auth', {
			token: 'alice-token',
			client,
			resume: {session_id: sessionId, last_seq: 2},
		});
		expect(res.error?.code).toBe('resume_expired');
		expect((await stale.waitForClose()).code).toBe(CloseCode.resumeWindowOver);
		const wrong = await TestClient.open(server.agentUrl);
		expect(
			(await wrong.request('auth', {token: 'alice-token', client, resume: {session_id: 'other', last_seq: 3}})).error
				?.code,
		).toBe('resume_expired');
		// The real session is still there.
		const {auth} = await connectAgent(server, 'alice-token', {resume: {session_id: sessionId, last_seq: 3}});
		expect(auth.resumed).toBe(true);
	});

	it('answers resume_expired and closes 4009 after the window; a fresh login then gets the chats back', async () => {
		const server = await startTestServer({resumeWindowMs: 150});
		const {agent, chatId} = await activeChat(server);
		const {client: bob} = await connectAgent(server, 'bob-token');
		const sessionId = agent.frames.find(frame => frame.type === 'res' && frame.payload?.session_id)!.payload
			.session_id as string;
		agent.drop();
		await bob.waitForEvent(
			'presence.changed',
			payload => payload.agent_id === 'alice' && payload.presence === 'offline',
		);
		const late = await TestClient.open(server.agentUrl);
		const res = await late.request('auth', {
			token: 'alice-token',
			client,
			resume: {session_id: sessionId, last_seq: 2},
		});
		expect(res.error?.code).toBe('resume_expired');
		expect((await late.waitForClose()).code).toBe(CloseCode.resumeWindowOver);
		const {auth} = await connectAgent(server, 'alice-token');
		expect(auth.session_id).not.toBe(sessionId);
		expect(auth.snapshot.chats).toEqual([expect.objectContaining({id: chatId, status: 'active', agent_id: 'alice'})]);
	});

	it('re-routes pending offers when the window runs out', async () => {
		const server = await startTestServer({resumeWindowMs: 150});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const {chatId} = await joinCustomer(server);
		await alice.waitForEvent('chat.offered');
		const {client: bob} = await connectAgent(server, 'bob-token');
		alice.drop();
		await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	});

	it('closes the older connection with 4003 when the same agent signs in again', async () => {
		const server = await startTestServer();
		const {client: first} = await connectAgent(server, 'alice-token');
		const {client: second, auth} = await connectAgent(server, 'alice-token');
		expect((await first.waitForClose()).code).toBe(CloseCode.replaced);
		expect(auth.resumed).toBe(false);
		// And a resume replaces a live connection just the same.
		const {client: third} = await connectAgent(server, 'alice-token', {
			resume: {session_id: auth.session_id, last_seq: 0},
		});
		expect((await second.waitForClose()).code).toBe(CloseCode.replaced);
		expect(third.closed).toBeNull();
	});

	it('includes pending offers in the snapshot of a fresh login', async () => {
		const server = await startTestServer();
		const {client: first} = await connectAgent(server, 'alice-token');
		const {chatId} = await joinCustomer(server);
		await first.waitForEvent('chat.offered');
		const {auth} = await connectAgent(server, 'alice-token');
		expect(auth.snapshot.offers).toEqual([
			expect.objectContaining({chat: expect.objectContaining({id: chatId, status: 'offered'}), transfer: null}),
		]);
	});

	it('closes with 4008 when the client goes silent, and the session can be resumed', async () => {
		const server = await startTestServer({heartbeatMs: 150});
		const {client: silent, auth} = await connectAgent(server, 'alice-token', {autoPong: false});
		await silent.waitFor(frame => frame.type === 'ping');
		expect((await silent.waitForClose()).code).toBe(CloseCode.heartbeatTimeout);
		const {auth: resumed} = await connectAgent(server, 'alice-token', {
			resume: {session_id: auth.session_id, last_seq: 0},
		});
		expect(resumed.resumed).toBe(true);
	});

	it('stays connected while the client answers pings', async () => {
		const server = await startTestServer({heartbeatMs: 200});
		const {client: agent} = await connectAgent(server, 'alice-token');
		// Four pings span twice the silence limit.
		await waitFor(() => agent.frames.filter(frame => frame.type === 'ping').length >= 4);
		expect(agent.closed).toBeNull();
		agent.send({type: 'ping', id: 'mine'});
		await agent.waitFor(frame => frame.type === 'pong' && frame.id === 'mine');
	});

	it('answers an ack above the last event with bad_frame and carries on', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		agent.ack(5);
		const res = await agent.waitFor(frame => frame.type === 'res' && frame.ok === false);
		expect(res).toMatchObject({id: null, error: {code: 'bad_frame'}});
		expect(await agent.call('chats.list')).toEqual({chats: []});
	});
});

describe('customer resume', () => {
	it('replays what the customer missed and replaces an older connection', async () => {
		const server = await startTestServer();
		const {agent, customer, chatId} = await activeChat(server);
		const {resume_token} = customer.frames.find(frame => frame.type === 'res' && frame.payload?.resume_token)!.payload;
		await customer.waitForEvent('chat.updated', payload => payload.chat.status === 'active');
		const seen = customer.lastSeq;
		customer.drop();
		await agent.call('message.send', {
			chat_id: chatId,
			client_msg_id: 'a1',
			text: 'Are you there?',
			visibility: 'public',
		});
		await agent.call('message.send', {chat_id: chatId, client_msg_id: 'a2', text: 'note', visibility: 'internal'});
		const back = await TestClient.open(server.customerUrl);
		const res = await back.call('resume', {resume_token, last_seq: seen});
		expect(res).toMatchObject({
			chat: {chat_id: chatId, status: 'active', agent_name: 'Alice'},
			resume_token,
			seq: seen + 1,
		});
		const replayed = await back.waitForEvent('message.created');
		expect(replayed).toMatchObject({seq: seen + 1, payload: {message: {text: 'Are you there?'}}});
		const other = await TestClient.open(server.customerUrl);
		await other.call('resume', {resume_token, last_seq: seen + 1});
		expect((await back.waitForClose()).code).toBe(CloseCode.replaced);
		expect(back.events()).toHaveLength(1);
	});

	it('answers resume_expired and 4009 for an unknown token, and ends the chat when the window runs out', async () => {
		const server = await startTestServer({resumeWindowMs: 150});
		const stranger = await TestClient.open(server.customerUrl);
		expect(await stranger.refused('resume', {resume_token: 'x'.repeat(32), last_seq: 0})).toBe('resume_expired');
		expect((await stranger.waitForClose()).code).toBe(CloseCode.resumeWindowOver);
		const {agent, customer, chatId} = await activeChat(server);
		customer.drop();
		const ended = await agent.waitForEvent('chat.ended');
		expect(ended.payload).toMatchObject({chat_id: chatId, by: 'system'});
	});
});
