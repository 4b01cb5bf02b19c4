// Fault test: a proxy cuts the agent's link at random moments while 1,000 messages flow each way;
// every message must arrive exactly once, in order within its chat.
import {afterEach, describe, expect, it} from 'vitest';
import {AgentClient} from '../../source/client/agent-client.js';
import {startCutProxy, type CutProxy} from '../helpers/cut-proxy.js';
import {waitFor} from '../helpers/wait-for.js';
import {ActionLog} from '../client/harness.js';
import {account, closeAll, joinCustomer, startTestServer, type TestClient} from '../server/helpers.js';
import {prng} from '../helpers/prng.js';

const CHATS = 4;
const PER_CHAT = 250; // x 4 chats = 1,000 messages each way
const MIN_CUTS = 20;

describe('dropped links', () => {
	let proxy: CutProxy | undefined;
	let client: AgentClient | undefined;
	let cutter: NodeJS.Timeout | undefined;
	afterEach(async () => {
		clearTimeout(cutter);
		await client?.stop();
		await proxy?.close();
		await closeAll();
	});

	it('delivers 1,000 messages each way exactly once and in order across at least 20 cuts', async () => {
		const server = await startTestServer({
			agents: [account('alex', {capacity: CHATS})],
			heartbeatMs: 15_000,
			resumeWindowMs: 60_000,
			offerTimeoutMs: 60_000,
			rateLimit: {perSecond: 10_000, burst: 10_000},
		});
		proxy = await startCutProxy(server.port);
		const log = new ActionLog();
		client = new AgentClient({
			url: proxy.url,
			token: 'alex-token',
			onAction: log.record,
			backoff: {initialMs: 5, maxMs: 50},
			ackIntervalMs: 50,
		});
		client.start();
		await log.next('session.started');

		// Customers talk to the server directly; only the agent's link goes through the proxy.
		const customers: TestClient[] = [];
		const chatIds: string[] = [];
		for (let index = 0; index < CHATS; index++) {
			const {client: customer, chatId} = await joinCustomer(server, {name: `Customer ${index}`});
			await log.next('server.event', action => action.event === 'chat.offered' && action.payload.chat.id === chatId);
			await client.request('offer.accept', {chat_id: chatId});
			customers.push(customer);
			chatIds.push(chatId);
		}

		// Cut at random moments, 5 to 60 ms apart, for as long as the test runs.
		const random = prng(424_242);
		const scheduleCut = () => {
			cutter = setTimeout(
				() => {
					proxy!.cut();
					scheduleCut();
				},
				5 + random() * 55,
			);
		};
		scheduleCut();

		// Traffic is paced by the cuts, so at least MIN_CUTS of them land while messages are in flight.
		const total = CHATS * PER_CHAT;
		for (let sent = 0; sent < total; sent++) {
			await waitFor(() => proxy!.cuts() >= Math.floor((sent * (MIN_CUTS + 5)) / total), {
				timeout: 20_000,
				message: 'the next cut',
			});
			const chat = sent % CHATS;
			const n = Math.floor(sent / CHATS);
			customers[chat]!.post('message.send', {client_msg_id: `k${sent}`, text: `customer ${chat}:${n}`});
			client.send(chatIds[chat]!, `agent ${chat}:${n}`);
		}

		const fromCustomers = (chatId: string) =>
			log
				.of('server.event')
				.flatMap(action =>
					action.event === 'message.created' &&
					action.payload.message.chat_id === chatId &&
					action.payload.message.author.type === 'customer'
						? [action.payload.message.text]
						: [],
				);
		const seenByCustomer = (customer: TestClient) =>
			customer
				.events('message.created')
				.flatMap(event =>
					event.payload.message.author.type === 'agent' ? [event.payload.message.text as string] : [],
				);

		await waitFor(
			() => chatIds.every(chatId => fromCustomers(chatId).length >= PER_CHAT) && client!.pendingCount === 0,
			{
				timeout: 60_000,
				message: 'every message to be delivered',
			},
		);
		await waitFor(() => customers.every(customer => seenByCustomer(customer).length >= PER_CHAT), {
			timeout: 20_000,
			message: 'the customers to see every reply',
		});
		clearTimeout(cutter);
		await waitFor(() => client!.status.state === 'connected', {message: 'the link to settle after the last cut'});

		const expected = (who: string, chat: number) => Array.from({length: PER_CHAT}, (_, n) => `${who} ${chat}:${n}`);
		for (let chat = 0; chat < CHATS; chat++) {
			expect(fromCustomers(chatIds[chat]!)).toEqual(expected('customer', chat));
			expect(seenByCustomer(customers[chat]!)).toEqual(expected('agent', chat));
		}
		// The agent's own sends: each confirmed once, each stored once.
		const confirmed = log.of('outbox.sent').map(action => action.client_msg_id);
		expect(new Set(confirmed).size).toBe(total);
		expect(confirmed).toHaveLength(total);
		for (const chatId of chatIds) {
			const stored: number[] = [];
			for (let before: number | undefined; ;) {
				// The last cut's close can land after the status still read "connected": retry until the link is back.
				const page = await waitFor(
					() => client!.request('chat.history', {chat_id: chatId, limit: 500, ...(before ? {before} : {})}),
					{
						message: 'a history page once the link is back',
					},
				);
				stored.unshift(...page.messages.map(message => message.n));
				if (!page.has_more) break;
				before = page.messages[0]!.n;
			}
			expect(stored).toEqual(Array.from({length: 2 * PER_CHAT}, (_, index) => index + 1));
		}

		expect(proxy.cuts()).toBeGreaterThanOrEqual(MIN_CUTS);
		// Every reconnect resumed the session: nothing had to be rebuilt from a snapshot.
		expect(log.of('session.started').filter(action => !action.resumed)).toHaveLength(1);
		expect(log.of('session.started').length).toBeGreaterThan(MIN_CUTS / 2);
		expect(log.of('protocol.error')).toEqual([]);
		for (const customer of customers) expect(customer.problems).toEqual([]);
	}, 120_000);
});
