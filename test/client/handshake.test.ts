// Hello, auth and the first snapshot: what the client sends, what it emits, which histories it fetches.
import {describe, expect, it} from 'vitest';
import {chat, message, offer} from '../protocol/fixtures.js';
import {staysTrue, useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

describe('handshake', () => {
	it('connects to /agent with the subprotocol, logs in without resume and reports the session', async () => {
		const server = await startServer();
		const {client, log} = startClient(server);
		const connection = await server.nextConnection();
		expect(connection.protocol).toBe('switchboard.v1');
		const auth = await connection.login({sessionId: 'sess-1'});
		expect(auth.payload).toEqual({token: 'alex-token', client: {name: 'switchboard-test', version: '1.0.0'}});

		const started = await log.next('session.started');
		expect(started).toMatchObject({resumed: false, snapshot: {seq: 0, chats: []}, agent: {id: 'alex'}});
		expect(started.capabilities).toEqual(['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup']);
		expect(log.states()).toEqual(['connecting', 'connected']);
		expect(client.status).toEqual({state: 'connected', sessionId: 'sess-1', resumed: false});
		expect(client.capabilities).toEqual(started.capabilities);
	});

	it('fetches recent history for every chat in the snapshot that has not ended, and for pending offers', async () => {
		const server = await startServer();
		const {log} = startClient(server);
		const connection = await server.nextConnection();
		const ended = {...chat, id: 'chat_old', status: 'ended'};
		const offered = {...offer, chat: {...offer.chat, id: 'chat_new'}};
		await connection.login({snapshot: {seq: 0, chats: [chat, ended], offers: [offered], followups: []}});

		const first = await connection.request('chat.history');
		const second = await connection.request('chat.history');
		expect([first.payload, second.payload]).toEqual([
			{chat_id: 'chat_1', limit: 100},
			{chat_id: 'chat_new', limit: 100},
		]);
		connection.reply(first, {messages: [{...message, n: 7}], has_more: true});
		connection.reply(second, {messages: [], has_more: false});
		// A short page with more behind it: the client pages on with `before` (protocol §14.3).
		const third = await connection.request('chat.history');
		expect(third.payload).toEqual({chat_id: 'chat_1', before: 7, limit: 99});
		connection.reply(third, {messages: [{...message, id: 'm6', n: 6}], has_more: false});
		await log.next('history.loaded', action => action.chat_id === 'chat_1' && !action.has_more);
		expect(
			log.of('history.loaded').map(({chat_id, messages, has_more}) => ({chat_id, n: messages.map(m => m.n), has_more})),
		).toEqual([
			{chat_id: 'chat_1', n: [7], has_more: true},
			{chat_id: 'chat_new', n: [], has_more: false},
			{chat_id: 'chat_1', n: [6], has_more: false},
		]);
		expect(connection.received.filter(f => f.type === 'req' && f['op'] === 'chat.history')).toHaveLength(3);
	});

	// The desk passes its first frame: a few thousand messages parsed before it would hold back the chat list.
	it("fetches the snapshot's histories only once historyAfter has settled", async () => {
		const server = await startServer();
		let frameDrawn: () => void = () => undefined;
		const historyAfter = new Promise<void>(resolve => (frameDrawn = resolve));
		const {log} = startClient(server, {historyAfter});
		const connection = await server.nextConnection();
		await connection.login({snapshot: {seq: 0, chats: [chat], offers: [], followups: []}});
		await log.next('session.started');
		const asksForHistory = () => connection.received.some(f => f.type === 'req' && f['op'] === 'chat.history');
		expect(await staysTrue(() => !asksForHistory(), 200)).toBe(true);

		frameDrawn();
		const history = await connection.request('chat.history');
		expect(history.payload).toEqual({chat_id: 'chat_1', limit: 100});
	});

	it('fetches the history of a newly offered chat, so what the customer wrote before shows', async () => {
		const {log, connection} = await connected();
		connection.event('chat.offered', offer, 1);
		const event = await log.next('server.event');
		expect(event).toMatchObject({event: 'chat.offered', seq: 1, payload: offer});
		const history = await connection.request('chat.history');
		expect(history.payload).toEqual({chat_id: offer.chat.id, limit: 100});
		connection.reply(history, {
			messages: [{...message, author: {type: 'customer', id: 'cus_1', name: 'Sarah'}}],
			has_more: false,
		});
		const loaded = await log.next('history.loaded');
		expect(loaded.chat_id).toBe(offer.chat.id);
		expect(loaded.messages).toHaveLength(1);
	});

	it('emits transient events with a null seq', async () => {
		const {log, connection} = await connected();
		connection.event('typing', {chat_id: 'chat_1', typing: true});
		connection.event('sneak_peek', {chat_id: 'chat_1', text: 'my blen'});
		await log.next('server.event', action => action.event === 'sneak_peek');
		expect(log.of('server.event').map(a => [a.event, a.seq])).toEqual([
			['typing', null],
			['sneak_peek', null],
		]);
	});

	it('answers a server ping with a pong carrying the same id', async () => {
		const {connection} = await connected();
		connection.send({type: 'ping', id: 'hb-7'});
		const pong = await connection.frame(f => f.type === 'pong', 'a pong');
		expect(pong).toEqual({type: 'pong', id: 'hb-7'});
	});

	it('takes its capabilities from hello and refuses ops the server cannot do without sending them', async () => {
		const {client, log, connection} = await connected({hello: {capabilities: ['transfer', 'some_future_thing']}});
		expect(client.capabilities).toEqual(['transfer']);
		expect(log.of('session.started')[0]?.capabilities).toEqual(['transfer']);
		await expect(client.request('chat.hold', {chat_id: 'chat_1'})).rejects.toMatchObject({code: 'unsupported'});
		expect(connection.received.some(f => f['op'] === 'chat.hold')).toBe(false);
	});

	it('reports a hello it does not understand and tries again later', async () => {
		const server = await startServer({hello: {protocol: 'switchboard.v9'}});
		const {log} = startClient(server);
		await server.nextConnection();
		const error = await log.next('protocol.error');
		expect(error.message).toMatch(/hello was not understood/);
		await log.next('connection.changed', action => action.status.state === 'reconnecting');
		await server.nextConnection();
	});

	it('gives up on a server that never says hello, and tries again', async () => {
		const server = await startServer({hello: null});
		const {log} = startClient(server, {requestTimeoutMs: 200});
		await server.nextConnection();
		const reconnecting = await log.next('connection.changed', action => action.status.state === 'reconnecting');
		expect(reconnecting.status).toMatchObject({reason: 'the server did not say hello'});
		await server.nextConnection();
	});
});
