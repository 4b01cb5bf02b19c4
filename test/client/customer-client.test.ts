// The customer client against the real reference server: join, messages both ways, typing, hold, rating, leave, and resume.
import net from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocketServer} from 'ws';
import {
	CustomerClient,
	type CustomerClientEvent,
	type CustomerClientOptions,
} from '../../source/client/customer-client.js';
import {CUSTOMER_SUBPROTOCOL} from '../../source/protocol/index.js';
import type {RunningServer} from '../../source/server/server.js';
import {startCutProxy} from '../helpers/cut-proxy.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll, connectAgent, startTestServer, type TestClient} from '../server/helpers.js';

type EventOf<T extends CustomerClientEvent['type']> = Extract<CustomerClientEvent, {type: T}>;

class EventLog {
	readonly all: CustomerClientEvent[] = [];
	readonly record = (event: CustomerClientEvent): void => void this.all.push(event);

	of<T extends CustomerClientEvent['type']>(type: T): Array<EventOf<T>> {
		return this.all.filter((event): event is EventOf<T> => event.type === type);
	}

	next<T extends CustomerClientEvent['type']>(
		type: T,
		match: (event: EventOf<T>) => boolean = () => true,
	): Promise<EventOf<T>> {
		return waitFor(() => this.of(type).find(match), {timeout: 8_000, message: `customer event ${type}`});
	}

	/** Texts of the messages the customer was shown, in order. */
	texts(): string[] {
		return this.of('server.event').flatMap(event =>
			event.event === 'message.created' ? [event.payload.message.text] : [],
		);
	}
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	await closeAll();
});

function startCustomer(
	url: string,
	options: Partial<CustomerClientOptions> = {},
): {customer: CustomerClient; log: EventLog} {
	const log = new EventLog();
	const customer = new CustomerClient({
		url,
		onEvent: log.record,
		backoff: {initialMs: 20, maxMs: 200, jitter: 0},
		ackIntervalMs: 100,
		...options,
	});
	cleanups.push(() => customer.stop());
	return {customer, log};
}

/** The agent (Alice) takes the customer's chat. */
async function accept(agent: TestClient, chatId: string): Promise<void> {
	await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	await agent.call('offer.accept', {chat_id: chatId});
}

const agentSaw = (agent: TestClient, text: string) =>
	agent.events('message.created').filter(event => event.payload.message.text === text).length;

describe('CustomerClient against the reference server', () => {
	it('joins, talks with the agent, sees typing, hold and the rating request, rates and leaves', async () => {
		const server = await startTestServer();
		const {client: agent} = await connectAgent(server, 'alice-token');
		const {customer, log} = startCustomer(server.url);

		const chat = await customer.join({
			name: 'Sarah Jones',
			email: 'sarah@example.com',
			locale: 'en',
			department_id: 'tech',
			page: '/blenders',
		});
		expect(chat.department_id).toBe('tech');
		expect(customer.status).toEqual({state: 'connected', chatId: chat.chat_id, resumed: false});
		const offered = await agent.waitForEvent('chat.offered', payload => payload.chat.id === chat.chat_id);
		expect(offered.payload.chat.customer).toMatchObject({
			name: 'Sarah Jones',
			email: 'sarah@example.com',
			locale: 'en',
			page: '/blenders',
		});
		await agent.call('offer.accept', {chat_id: chat.chat_id});
		await log.next('server.event', event => event.event === 'chat.updated' && event.payload.chat.status === 'active');
		expect(customer.chat).toMatchObject({status: 'active', agent_name: 'Alice'});

		const stored = await customer.send('Hi, my blender does not spin');
		expect(stored).toMatchObject({text: 'Hi, my blender does not spin', author: {type: 'customer'}});
		await agent.waitForEvent('message.created', payload => payload.message.text === 'Hi, my blender does not spin');

		await agent.call('message.send', {
			chat_id: chat.chat_id,
			client_msg_id: 'a1',
			text: 'Hello Sarah, I am Alice',
			visibility: 'public',
			auto: true,
		});
		await agent.call('message.send', {
			chat_id: chat.chat_id,
			client_msg_id: 'a2',
			text: 'note to self',
			visibility: 'internal',
		});
		await agent.call('typing.set', {chat_id: chat.chat_id, typing: true});
		const greeting = await log.next(
			'server.event',
			event => event.event === 'message.created' && event.payload.message.text === 'Hello Sarah, I am Alice',
		);
		expect(greeting.event === 'message.created' && greeting.payload.message.auto).toBe(true);
		const typing = await log.next('server.event', event => event.event === 'typing');
		expect(typing).toMatchObject({payload: {typing: true}, seq: null});

		// The draft reaches the agent as the sneak peek.
		await customer.setTyping(true, 'It hums but');
		await agent.waitForEvent('sneak_peek', payload => payload.text === 'It hums but');
		await agent.waitForEvent('typing', payload => payload.typing === true);

		await agent.call('chat.hold', {chat_id: chat.chat_id, minutes: 2, reason: 'warranty'});
		await log.next('server.event', event => event.event === 'chat.updated' && event.payload.chat.status === 'on_hold');
		await agent.call('rating.request', {chat_id: chat.chat_id});
		await log.next('server.event', event => event.event === 'rating.requested');
		await customer.rate(3, 'Quick and kind');
		const rating = await agent.waitForEvent('rating.received');
		expect(rating.payload).toEqual({chat_id: chat.chat_id, score: 3, comment: 'Quick and kind'});

		await customer.leave();
		await log.next('server.event', event => event.event === 'chat.ended');
		expect(customer.chat?.status).toBe('ended');
		const ended = await agent.waitForEvent('chat.ended');
		expect(ended.payload.by).toBe('customer');

		expect(log.texts()).toEqual(['Hi, my blender does not spin', 'Hello Sarah, I am Alice']);
		expect(log.of('protocol.error')).toEqual([]);
		await customer.stop();
		expect(customer.status).toMatchObject({state: 'stopped'});
	});

	it('resumes after a dropped link: what the agent sent meanwhile arrives once, a message queued meanwhile is stored once', async () => {
		const server = await startTestServer({resumeWindowMs: 10_000});
		const proxy = await startCutProxy(server.port);
		cleanups.push(() => proxy.close());
		const {client: agent} = await connectAgent(server, 'alice-token');
		// A slower first retry leaves a window in which the link is down for sure.
		const {customer, log} = startCustomer(proxy.url, {backoff: {initialMs: 300, maxMs: 300, jitter: 0}});
		const chat = await customer.join({name: 'Ola', locale: 'nb'});
		await accept(agent, chat.chat_id);
		const say = (id: string, text: string) =>
			agent.call('message.send', {chat_id: chat.chat_id, client_msg_id: id, text, visibility: 'public'});

		await say('a1', 'one');
		await waitFor(() => log.texts().includes('one'), {message: 'the first message'});
		proxy.cut();
		await log.next('connection.changed', event => event.status.state === 'reconnecting');
		await say('a2', 'two');
		await say('a3', 'three');
		const queued = customer.send('are you still there?');

		await log.next('joined', event => event.resumed);
		await queued;
		await waitFor(() => log.texts().includes('three') && log.texts().includes('are you still there?'), {
			message: 'the replay',
		});
		expect(log.texts()).toEqual(['one', 'two', 'three', 'are you still there?']);
		const seqs = log.of('server.event').flatMap(event => (event.seq === null ? [] : [event.seq]));
		expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
		expect(new Set(seqs).size).toBe(seqs.length);
		await agent.waitForEvent('message.created', payload => payload.message.text === 'are you still there?');
		expect(agentSaw(agent, 'are you still there?')).toBe(1);
		expect(log.of('protocol.error')).toEqual([]);
	});

	it('resends a message whose answer the dropped link swallowed, and the server keeps one copy', async () => {
		const server = await startTestServer({resumeWindowMs: 10_000});
		const proxy = await startCutProxy(server.port);
		cleanups.push(() => proxy.close());
		const {client: agent} = await connectAgent(server, 'alice-token');
		const {customer, log} = startCustomer(proxy.url);
		const chat = await customer.join({name: 'Kari', locale: 'nb'});
		await accept(agent, chat.chat_id);

		// The server stores the message, but neither its event nor its answer reach the customer before the cut.
		proxy.mute();
		const sent = customer.send('only once');
		await agent.waitForEvent('message.created', payload => payload.message.text === 'only once');
		proxy.cut();
		const message = await sent;

		await log.next('joined', event => event.resumed);
		await waitFor(() => log.texts().includes('only once'), {message: 'the replayed message'});
		const history = await agent.call('chat.history', {chat_id: chat.chat_id, limit: 10});
		expect(history.messages.filter((stored: {text: string}) => stored.text === 'only once')).toHaveLength(1);
		expect(history.messages.find((stored: {text: string}) => stored.text === 'only once').id).toBe(message.id);
		expect(agentSaw(agent, 'only once')).toBe(1);
		expect(log.texts().filter(text => text === 'only once')).toHaveLength(1);
	});

	it('stops, and fails what waits, when the chat can no longer be resumed', async () => {
		const server = await startTestServer({resumeWindowMs: 300});
		const proxy = await startCutProxy(server.port);
		cleanups.push(() => proxy.close());
		const {client: agent} = await connectAgent(server, 'alice-token');
		const {customer, log} = startCustomer(proxy.url, {backoff: {initialMs: 50, maxMs: 50, jitter: 0}});
		const chat = await customer.join({name: 'Wei', locale: 'zh'});
		await accept(agent, chat.chat_id);

		proxy.block();
		proxy.cut();
		const late = customer.send('hello?');
		// The server gives up on the customer and ends the chat; only then can the client get through again.
		await agent.waitForEvent('chat.ended', payload => payload.chat_id === chat.chat_id && payload.by === 'system');
		proxy.unblock();

		await expect(late).rejects.toMatchObject({code: 'offline'});
		await waitFor(() => customer.status.state === 'stopped', {message: 'the client to stop'});
		expect(customer.status).toMatchObject({state: 'stopped', reason: 'the chat could not be resumed', code: 4009});
		expect(log.of('joined')).toHaveLength(1);
	});

	it('rejects the join when the server refuses it for good', async () => {
		const server: RunningServer = await startTestServer();
		const {customer} = startCustomer(server.customerUrl);
		await expect(customer.join({locale: 'en', department_id: 'no-such-department'})).rejects.toMatchObject({
			code: 'not_found',
		});
		expect(customer.status).toMatchObject({state: 'stopped'});
		await expect(customer.send('anyone?')).rejects.toMatchObject({code: 'offline'});

		const stopped = startCustomer(server.customerUrl).customer;
		await stopped.stop();
		await expect(stopped.join({locale: 'en'})).rejects.toMatchObject({code: 'offline'});
	});

	it('reports an invalid event without throwing, still counts and acks its seq, and passes on the next one', async () => {
		const fake = await startFakeCustomerEndpoint();
		cleanups.push(() => fake.close());
		const {customer, log} = startCustomer(fake.url);
		await customer.join({locale: 'en'});
		await waitFor(() => log.texts().includes('valid'), {message: 'the valid message'});
		expect(
			log
				.of('protocol.error')
				.map(event => event.message)
				.join('\n'),
		).toMatch(/ignored event 1/);
		expect(log.of('server.event').map(event => event.seq)).toEqual([2]);
		await waitFor(() => fake.acks.includes(2), {message: 'an ack of seq 2'});
	});
});

/** A customer endpoint that joins anyone, then sends one malformed sequenced event and one good one. */
async function startFakeCustomerEndpoint() {
	const wss = new WebSocketServer({
		port: 0,
		host: '127.0.0.1',
		handleProtocols: offered => (offered.has(CUSTOMER_SUBPROTOCOL) ? CUSTOMER_SUBPROTOCOL : false),
	});
	await new Promise<void>(resolve => wss.once('listening', () => resolve()));
	const acks: number[] = [];
	const chat = {chat_id: 'c1', status: 'queued', agent_name: null, department_id: null};
	const message = (text: unknown) => ({
		id: 'm1',
		chat_id: 'c1',
		n: 1,
		client_msg_id: null,
		author: {type: 'agent', id: null, name: 'A'},
		text,
		visibility: 'public',
		auto: false,
		ts: 1,
	});
	wss.on('connection', socket => {
		const send = (frame: object) => socket.send(JSON.stringify(frame));
		send({
			type: 'hello',
			protocol: 'switchboard.v1',
			heartbeat_ms: 15_000,
			resume_window_ms: 60_000,
			capabilities: [],
			limits: {max_frame_bytes: 65_536, max_text_chars: 4_000},
			server: {name: 'fake', version: '0'},
		});
		socket.on('message', data => {
			const frame = JSON.parse(String(data)) as {type: string; id?: string; op?: string; seq?: number};
			if (frame.type === 'ack') acks.push(frame.seq!);
			if (frame.type !== 'req' || frame.op !== 'join') return;
			send({type: 'res', id: frame.id, ok: true, payload: {chat, resume_token: 'r'.repeat(20), seq: 0}});
			send({type: 'evt', seq: 1, event: 'message.created', ts: 1, payload: {message: message(42)}});
			send({type: 'evt', seq: 2, event: 'message.created', ts: 2, payload: {message: message('valid')}});
		});
	});
	const {port} = wss.address() as net.AddressInfo;
	return {
		url: `ws://127.0.0.1:${port}/customer`,
		acks,
		close: () =>
			new Promise<void>(resolve => {
				for (const client of wss.clients) client.terminate();
				wss.close(() => resolve());
			}),
	};
}
