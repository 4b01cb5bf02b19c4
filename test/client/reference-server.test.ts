// The agent client against the real reference server: offer, history, accept, messages both ways, a dropped link, resume.
import {randomUUID} from 'node:crypto';
import {afterEach, describe, expect, it} from 'vitest';
import {startServer, type RunningServer} from '../../source/server/server.js';
import {startCutProxy, type CutProxy} from '../helpers/cut-proxy.js';
import {waitFor} from '../helpers/wait-for.js';
import {ActionLog} from './harness.js';
import {joinCustomer, type TestClient} from '../server/helpers.js';
import {AgentClient} from '../../source/client/agent-client.js';

/** The customer says something; the server must accept it. */
const say = (customer: TestClient, text: string) => customer.call('message.send', {client_msg_id: randomUUID(), text});

/** Texts of the public messages this customer has been shown. */
const seen = (customer: TestClient): string[] =>
	customer.events('message.created').map(event => event.payload.message.text as string);

describe('against the reference server', () => {
	const cleanups: Array<() => Promise<void> | void> = [];
	afterEach(async () => {
		for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
	});

	it('is offered a chat, loads its history, accepts, exchanges messages, survives a dropped link and resumes', async () => {
		const serverErrors: unknown[] = [];
		const server: RunningServer = await startServer({
			agents: [{id: 'alex', name: 'Alex', token: 'alex-token', departments: [], capacity: 4}],
			departments: [],
			heartbeatMs: 15_000,
			resumeWindowMs: 60_000,
			offerTimeoutMs: 30_000,
			onError: error => serverErrors.push(error),
		});
		cleanups.push(() => server.close());
		const proxy: CutProxy = await startCutProxy(server.port);
		cleanups.push(() => proxy.close());

		// The customer arrives before any agent is online and writes first.
		const {client: customer, chatId} = await joinCustomer(server, {name: 'Sarah Jones', locale: 'en'});
		cleanups.push(() => customer.close());
		await say(customer, 'Hi, my blender does not spin');

		const log = new ActionLog();
		const client = new AgentClient({
			url: proxy.url,
			token: 'alex-token',
			client: {name: 'switchboard-test', version: '1.0.0'},
			onAction: log.record,
			backoff: {initialMs: 20, maxMs: 200, jitter: 0},
			ackIntervalMs: 100,
		});
		cleanups.push(() => client.stop());
		client.start();

		const started = await log.next('session.started');
		expect(started).toMatchObject({resumed: false, agent: {id: 'alex', name: 'Alex'}});
		expect(started.capabilities.length).toBeGreaterThan(0);

		// Offered, with what the customer wrote before the offer fetched as history.
		await log.next('server.event', action => action.event === 'chat.offered');
		const history = await log.next('history.loaded', action => action.chat_id === chatId);
		expect(history.messages.map(message => message.text)).toContain('Hi, my blender does not spin');

		const accepted = await client.request('offer.accept', {chat_id: chatId});
		expect(accepted.chat).toMatchObject({id: chatId, status: 'active', agent_id: 'alex'});
		await log.next('server.event', action => action.event === 'chat.assigned');

		// Agent -> customer.
		const greetingId = client.send(chatId, 'Hello Sarah, I am Alex from Acme');
		await log.next('outbox.sent', action => action.client_msg_id === greetingId);
		await waitFor(() => seen(customer).includes('Hello Sarah, I am Alex from Acme'), {
			message: 'the customer to see the greeting',
		});

		// Customer -> agent.
		await say(customer, 'The blades do not turn');
		await log.next(
			'server.event',
			action => action.event === 'message.created' && action.payload.message.text === 'The blades do not turn',
		);

		// The link drops. Meanwhile the customer writes and the agent types a reply.
		const sessionId = client.status.state === 'connected' ? client.status.sessionId : null;
		proxy.cut();
		await log.next('connection.changed', action => action.status.state === 'reconnecting');
		await say(customer, 'Are you there?');
		const apologyId = client.send(chatId, 'Sorry, my connection dropped for a moment');
		expect(client.pendingCount).toBeGreaterThanOrEqual(1);

		await log.next('session.started', action => action.resumed);
		expect(client.status).toEqual({state: 'connected', sessionId, resumed: true});
		await log.next(
			'server.event',
			action => action.event === 'message.created' && action.payload.message.text === 'Are you there?',
		);
		await log.next('outbox.sent', action => action.client_msg_id === apologyId);
		await waitFor(() => seen(customer).includes('Sorry, my connection dropped for a moment'), {
			message: 'the customer to see the apology',
		});

		// Nothing lost, nothing doubled.
		const texts = (text: string) =>
			log
				.of('server.event')
				.filter(action => action.event === 'message.created' && action.payload.message.text === text).length;
		expect(texts('Are you there?')).toBe(1);
		expect(texts('The blades do not turn')).toBe(1);
		expect(seen(customer).filter(text => text === 'Sorry, my connection dropped for a moment')).toHaveLength(1);
		expect(log.of('outbox.sent').filter(action => action.client_msg_id === apologyId)).toHaveLength(1);
		expect(client.pendingCount).toBe(0);
		expect(log.of('protocol.error')).toEqual([]);
		expect(serverErrors).toEqual([]);
	});
});
