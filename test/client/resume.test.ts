// Dropped links: reconnect with backoff, resume from the last processed seq, replay processed once, acks, heartbeat.
import {describe, expect, it} from 'vitest';
import {chat} from '../protocol/fixtures.js';
import {waitFor} from '../helpers/wait-for.js';
import {emptySnapshot} from './fake-server.js';
import {useHarness} from './harness.js';

const {startServer, startClient, connected} = useHarness();

const updated = (n: number) => ({chat: {...chat, created_at: n}});

describe('reconnect and resume', () => {
	it('reconnects after a drop and resumes from the last processed seq', async () => {
		const {server, client, log, connection} = await connected();
		for (let seq = 1; seq <= 3; seq++) connection.event('chat.updated', updated(seq), seq);
		await log.next('server.event', action => action.seq === 3);
		const before = Date.now();
		connection.terminate();

		const reconnecting = await log.next('connection.changed', action => action.status.state === 'reconnecting');
		expect(reconnecting.status).toMatchObject({
			state: 'reconnecting',
			attempt: 1,
			reason: expect.stringMatching(/connection lost/),
		});
		expect(reconnecting.status.state === 'reconnecting' && reconnecting.status.retryAt).toBeGreaterThanOrEqual(before);

		const second = await server.nextConnection();
		const auth = await second.login({resumed: true});
		expect(auth.payload['resume']).toEqual({session_id: 's1', last_seq: 3});
		const resumed = await log.next('session.started', action => action.resumed);
		expect(resumed.snapshot).toBeNull();
		expect(client.status).toEqual({state: 'connected', sessionId: 's1', resumed: true});
		expect(log.states()).toEqual(['connecting', 'connected', 'reconnecting', 'connecting', 'connected']);
	});

	it('processes replayed events once and skips duplicates', async () => {
		const {server, log, connection} = await connected();
		connection.event('chat.updated', updated(1), 1);
		connection.event('chat.updated', updated(2), 2);
		connection.event('chat.updated', updated(2), 2); // duplicate on the live stream
		await log.next('server.event', action => action.seq === 2);
		connection.terminate();

		const second = await server.nextConnection();
		await second.login({resumed: true});
		// A server that replays a little too much: 2 again, then 3 and 4.
		for (const seq of [2, 3, 4]) second.event('chat.updated', updated(seq), seq);
		await log.next('server.event', action => action.seq === 4);
		expect(log.of('server.event').map(action => action.seq)).toEqual([1, 2, 3, 4]);
	});

	it('skips events the fresh snapshot already covers', async () => {
		const server = await startServer();
		const {log} = startClient(server);
		const connection = await server.nextConnection();
		await connection.login({snapshot: {...emptySnapshot, seq: 5}});
		connection.event('chat.updated', updated(5), 5);
		connection.event('chat.updated', updated(6), 6);
		await log.next('server.event', action => action.seq === 6);
		expect(log.of('server.event').map(action => action.seq)).toEqual([6]);
	});

	it('acks cumulatively on its timer', async () => {
		const {connection} = await connected({}, {ackIntervalMs: 200});
		for (let seq = 1; seq <= 5; seq++) connection.event('chat.updated', updated(seq), seq);
		await connection.frame(f => f.type === 'ack' && f['seq'] === 5, 'ack 5');
		expect(connection.acks().at(-1)).toBe(5);
		expect(connection.acks().length).toBeLessThan(5);
	});

	it('acks after every 100 events without waiting for the timer', async () => {
		const {connection} = await connected({}, {ackIntervalMs: 60_000});
		for (let seq = 1; seq <= 205; seq++) connection.event('chat.updated', updated(seq), seq);
		await connection.frame(f => f.type === 'ack' && f['seq'] === 200, 'ack 200');
		expect(connection.acks()).toEqual([100, 200]);
	});

	it('drops a silent server after two heartbeats (pinging it first) and resumes', async () => {
		const {server, log, connection} = await connected({hello: {heartbeat_ms: 1_000}});
		connection.event('chat.updated', updated(1), 1);
		// The fake server now says nothing at all, pongs included.
		const ping = await connection.frame(f => f.type === 'ping', 'a probe ping', 3_000);
		expect(typeof ping['id']).toBe('string');
		const reconnecting = await log.next('connection.changed', action => action.status.state === 'reconnecting', 5_000);
		expect(reconnecting.status).toMatchObject({reason: 'no heartbeat from the server'});
		const second = await server.nextConnection();
		const auth = await second.login({resumed: true});
		expect(auth.payload['resume']).toEqual({session_id: 's1', last_seq: 1});
	});

	it('logs in afresh at once when the server answers resume_expired', async () => {
		const {server, log, connection} = await connected();
		connection.event('chat.updated', updated(1), 1);
		await log.next('server.event');
		connection.terminate();

		const second = await server.nextConnection();
		const resumeTry = await second.request('auth');
		expect(resumeTry.payload['resume']).toEqual({session_id: 's1', last_seq: 1});
		second.fail(resumeTry, 'resume_expired', 'the session is over');
		second.close(4009, 'resume window over');

		const third = await server.nextConnection();
		const fresh = await third.login({sessionId: 's2', snapshot: {...emptySnapshot, chats: []}});
		expect(fresh.payload['resume']).toBeUndefined();
		const started = await log.next(
			'session.started',
			action => action.snapshot !== null && log.of('session.started').length > 1,
		);
		expect(started.resumed).toBe(false);
		expect(server.connections).toHaveLength(3);
		// Straight to a fresh login, no backoff pause in between.
		expect(log.states().slice(-3)).toEqual(['connecting', 'connecting', 'connected']);
		// A new session counts from its snapshot again.
		third.event('chat.updated', updated(1), 1);
		await waitFor(() => log.of('server.event').filter(action => action.seq === 1).length === 2, {
			message: 'seq 1 of the new session',
		});
	});

	it('drops the session on close 4009 and logs in without resume', async () => {
		const {server, connection} = await connected();
		connection.event('chat.updated', updated(1), 1);
		connection.close(4009, 'resume window over');
		const second = await server.nextConnection();
		const auth = await second.request('auth');
		expect(auth.payload['resume']).toBeUndefined();
	});

	it.each([
		[4008, /heard nothing/],
		[4400, /malformed/],
		[4429, /too many frames/],
		[1001, /going away/],
	])('resumes after close %i', async (code, reason) => {
		const {server, log, connection} = await connected();
		connection.close(code);
		const reconnecting = await log.next('connection.changed', action => action.status.state === 'reconnecting');
		expect(reconnecting.status.state === 'reconnecting' && reconnecting.status.reason).toMatch(reason);
		const second = await server.nextConnection();
		const auth = await second.request('auth');
		expect(auth.payload['resume']).toEqual({session_id: 's1', last_seq: 0});
	});

	it('backs off further with every failed attempt while the server is unreachable', async () => {
		const server = await startServer();
		const url = server.url;
		await server.close();
		const {log} = startClient(url, {backoff: {initialMs: 10, maxMs: 1_000, factor: 2, jitter: 0}});
		await log.next(
			'connection.changed',
			action => action.status.state === 'reconnecting' && action.status.attempt === 3,
		);
		const retries = log
			.of('connection.changed')
			.flatMap(action => (action.status.state === 'reconnecting' ? [action] : []));
		expect(
			retries.slice(0, 3).map(action => action.status.state === 'reconnecting' && action.status.retryAt - action.at),
		).toEqual([10, 20, 40]);
		expect(retries[0]?.status).toMatchObject({attempt: 1, reason: expect.stringMatching(/could not connect/)});
	});

	it('processes events that arrive before the auth answer once logged in', async () => {
		const server = await startServer();
		const {log} = startClient(server);
		const connection = await server.nextConnection();
		const auth = await connection.request('auth');
		connection.event('chat.updated', updated(1), 1);
		connection.event('typing', {chat_id: 'chat_1', typing: true});
		connection.reply(auth, {
			session_id: 's1',
			agent: {id: 'alex', name: 'Alex', company: null, departments: [], presence: 'online', capacity: 4, load: 0},
			resumed: false,
			snapshot: emptySnapshot,
		});
		await log.next('server.event', action => action.seq === 1);
		const types = log.all.map(action => action.type);
		expect(types.indexOf('session.started')).toBeLessThan(types.indexOf('server.event'));
		expect(log.of('server.event')).toHaveLength(1); // the transient typing before login is dropped
	});

	it('a gap in the event stream: the event after it is not processed or acked; the client resumes from before the gap', async () => {
		const {server, log, connection} = await connected();
		connection.event('chat.updated', updated(1), 1);
		connection.event('chat.updated', updated(3), 3);
		await log.next('protocol.error');
		expect(log.of('protocol.error').map(action => action.message)).toEqual([
			'event 2 never arrived; resuming to get them',
		]);
		// Issue 9: the agent reads what happens, without sequence numbers (those are for the alert log's details).
		expect(log.of('protocol.error')[0]!.summary).toBe(
			'Some updates from the server went missing; the desk is fetching them again.',
		);
		const dropped = await log.next('connection.changed', action => action.status.state === 'reconnecting');
		expect(dropped.status).toMatchObject({reason: 'updates from the server went missing'});
		const second = await server.nextConnection();
		const auth = await second.login({resumed: true});
		expect(auth.payload['resume']).toEqual({session_id: 's1', last_seq: 1});
		// No ack ever went past the gap.
		expect(connection.received.filter(frame => frame.type === 'ack' && Number(frame['seq']) > 1)).toEqual([]);
		for (const seq of [2, 3]) second.event('chat.updated', updated(seq), seq);
		await log.next('server.event', action => action.seq === 3);
		expect(log.of('server.event').map(action => action.seq)).toEqual([1, 2, 3]);
	});

	it('a gap the server leaves again after the resume: the client logs in fresh', async () => {
		const {server, log, connection} = await connected();
		connection.event('chat.updated', updated(1), 1);
		connection.event('chat.updated', updated(3), 3);
		const second = await server.nextConnection();
		await second.login({resumed: true});
		second.event('chat.updated', updated(3), 3);
		const third = await server.nextConnection();
		const auth = await third.login({});
		expect(auth.payload['resume']).toBeUndefined();
		await log.next('protocol.error', action => action.message.includes('logging in afresh'));
	});
});
