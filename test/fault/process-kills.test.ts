// Fault test (issue 15): three `serve` processes on one PostgreSQL behind a front, 20 agents (the desk's AgentClient)
// and 200 customers (the widget's CustomerClient) spread across them, messages both ways, while a random process is
// killed with SIGKILL at least 5 times and started again. The clients reconnect through the front to the others and
// resume there. Every message is delivered exactly once and in order within its chat, no chat is offered to two
// agents, no agent goes over capacity, every follow-up the server confirmed is kept.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {AgentClient} from '../../source/client/agent-client.js';
import {CustomerClient, type CustomerClientEvent} from '../../source/client/customer-client.js';
import {PostgresStore} from '../../source/server/store/postgres/postgres-store.js';
import {ActionLog} from '../client/harness.js';
import {startPgCluster, type PgCluster} from '../helpers/pg-cluster.js';
import {prng} from '../helpers/prng.js';
import {startServeCluster, type ServeCluster} from '../helpers/serve-cluster.js';
import {waitFor} from '../helpers/wait-for.js';

const AGENTS = 20;
const CAPACITY = 10; // 20 x 10 = 200 places: every customer is taken, none waits
const CUSTOMERS = 200;
const ROUNDS = 4; // messages per customer, and as many replies: 800 each way
const MIN_KILLS = 5;
const fast = {
	backoff: {initialMs: 20, maxMs: 300, factor: 2, jitter: 0.2},
	ackIntervalMs: 200,
	requestTimeoutMs: 10_000,
};

type Agent = {id: string; client: AgentClient; log: ActionLog; chats: Set<string>; maxLoad: number};
type Customer = {index: number; client: CustomerClient; chatId: string; events: CustomerClientEvent[]};

describe('kill -9 of server processes on one PostgreSQL', () => {
	let pg: PgCluster | undefined;
	let cluster: ServeCluster | undefined;
	let dir: string | undefined;
	const clients: Array<{stop(): Promise<void>}> = [];
	let killing = false;
	afterEach(async () => {
		killing = false;
		await Promise.all(clients.splice(0).map(client => client.stop()));
		await cluster?.stop();
		await pg?.stop();
		if (dir) rmSync(dir, {recursive: true, force: true});
	});

	it('delivers every message once and in order, offers each chat once, keeps capacity and follow-ups', async () => {
		pg = await startPgCluster();
		dir = mkdtempSync(join(tmpdir(), 'switchboard-kills-'));
		const accounts = join(dir, 'accounts.json');
		const ids = Array.from({length: AGENTS}, (_, index) => `agent${String(index).padStart(2, '0')}`);
		writeFileSync(
			accounts,
			JSON.stringify({
				departments: [],
				agents: ids.map(id => ({id, name: id, token: `${id}-token-0123456789`, departments: [], capacity: CAPACITY})),
			}),
		);
		const database = await pg.createSchema('kills');
		cluster = await startServeCluster({
			database,
			count: 3,
			args: [
				'--accounts',
				accounts,
				'--offer-timeout-ms',
				'600000', // no offer runs out during the test: an offer moving on would be a second offer for a reason
				'--rate-limit',
				'1000',
				// Everyone comes through the front, from one address.
				...['--max-connections', '2000', '--max-connections-per-address', '2000', '--max-chats-per-address', '2000'],
			],
		});
		const front = cluster.front.url;

		// Agents sign in and take every offer they get.
		const agents: Agent[] = ids.map(id => {
			const log = new ActionLog();
			const agent: Agent = {id, client: undefined!, log, chats: new Set(), maxLoad: 0};
			const offered = new Set<string>();
			const load = () => offered.size + agent.chats.size;
			agent.client = new AgentClient({
				url: front,
				token: `${id}-token-0123456789`,
				client: {name: 'kill-test', version: '1'},
				...fast,
				onAction: action => {
					log.record(action);
					if (action.type !== 'server.event') return;
					const {event, payload} = action as {event: string; payload: any};
					if (event === 'chat.offered') {
						offered.add(payload.chat.id);
						void accept(agent, payload.chat.id);
					} else if (event === 'offer.revoked') offered.delete(payload.chat_id);
					else if (event === 'chat.assigned') {
						offered.delete(payload.chat.id);
						agent.chats.add(payload.chat.id);
					} else if (event === 'message.created' && payload.message.author.type === 'customer') {
						// One reply per customer message, the same round number: replies show what arrived, and how often.
						agent.client.send(payload.message.chat_id, payload.message.text.replace('customer', 'agent'));
					}
					agent.maxLoad = Math.max(agent.maxLoad, load());
				},
			});
			clients.push(agent.client);
			agent.client.start();
			return agent;
		});
		const accept = async (agent: Agent, chatId: string) => {
			// A process may die under the request: ask again (elsewhere) until the assignment has arrived.
			await waitFor(
				async () => agent.chats.has(chatId) || (await agent.client.request('offer.accept', {chat_id: chatId}), true),
				{timeout: 60_000, interval: 50, message: `${agent.id} to get chat ${chatId}`},
			).catch(() => {});
		};
		await waitFor(() => agents.every(agent => agent.log.of('session.started').length > 0), {
			timeout: 30_000,
			message: 'every agent signed in',
		});

		// Customers join through the front: the front spreads them over the three processes.
		const customers: Customer[] = [];
		const joinOne = async (index: number) => {
			const events: CustomerClientEvent[] = [];
			const client = new CustomerClient({url: front, ...fast, onEvent: event => events.push(event)});
			clients.push(client);
			const joined = await client.join({name: `Customer ${index}`, locale: 'en'});
			return {index, client, chatId: joined.chat_id, events};
		};
		// Ten at a time: chats arrive while earlier ones are being offered and accepted, as on a busy day.
		for (let first = 0; first < CUSTOMERS; first += 10)
			customers.push(...(await Promise.all(Array.from({length: 10}, (_, offset) => joinOne(first + offset)))));
		expect(cluster.front.handedTo().every(count => count > 30)).toBe(true);
		await waitFor(() => agents.reduce((sum, agent) => sum + agent.chats.size, 0) === CUSTOMERS, {
			timeout: 60_000,
			message: 'every chat taken by an agent',
		});

		// One follow-up per agent before any kill: each must be confirmed, and still be there after every kill.
		const followups: Array<{agent: Agent; note: string; id: string | null}> = [];
		for (const agent of agents) {
			const note = `call back ${agent.id} before`;
			const chatId = [...agent.chats][0]!;
			const created = await agent.client.request('followup.create', {
				chat_id: chatId,
				contact: 'x@example.com',
				due_at: 2e12,
				note,
			});
			followups.push({agent, note, id: created.followup.id});
		}

		// The killer: every 0.7 to 1.5 s a random live process gets SIGKILL (never the last one), then starts again.
		const random = prng(151_515);
		let kills = 0;
		killing = true;
		const restarts: Array<Promise<void>> = [];
		const killer = (async () => {
			while (killing) {
				await new Promise(resolve => setTimeout(resolve, 700 + random() * 800));
				const live = cluster!.processes.filter(member => member.running());
				if (!killing || live.length < 2) continue;
				const victim = live[Math.floor(random() * live.length)]!;
				await victim.kill();
				kills++;
				restarts.push(victim.start());
			}
		})();

		// Not idempotent: a request that was never sent (not connected) is sent again once connected; one lost with its
		// process is not (it may be stored or not: it must then be stored at most once).
		const createFollowup = async (entry: {agent: Agent; note: string; id: string | null}, chatId: string) => {
			const payload = {chat_id: chatId, contact: 'x@example.com', due_at: 2e12, note: entry.note};
			for (;;) {
				await waitFor(() => entry.agent.client.status.state === 'connected', {timeout: 60_000, interval: 20});
				try {
					entry.id = (await entry.agent.client.request('followup.create', payload)).followup.id;
					return;
				} catch (error) {
					if (!String(error).includes('not connected')) return;
				}
			}
		};

		// Traffic: round r goes out once the kills have caught up with it, so the kills land while messages flow.
		for (let round = 0; round < ROUNDS; round++) {
			await waitFor(() => kills >= Math.floor((round * (MIN_KILLS + 1)) / ROUNDS), {
				timeout: 30_000,
				message: `kill ${Math.floor((round * (MIN_KILLS + 1)) / ROUNDS)}`,
			});
			for (const customer of customers) void customer.client.send(`customer ${customer.index}:${round}`);
			if (round === 1 || round === 3)
				for (const agent of agents) {
					const chatId = [...agent.chats][round % agent.chats.size]!;
					const entry = {agent, note: `call back ${agent.id} round ${round}`, id: null as string | null};
					followups.push(entry);
					void createFollowup(entry, chatId);
				}
		}
		await waitFor(() => kills >= MIN_KILLS, {timeout: 30_000, message: `${MIN_KILLS} kills`});
		killing = false;
		await killer;
		await Promise.all(restarts);

		// Everything arrives.
		const fromCustomers = (agent: Agent, chatId: string) =>
			agent.log
				.of('server.event')
				.flatMap(action =>
					action.event === 'message.created' &&
					action.payload.message.chat_id === chatId &&
					action.payload.message.author.type === 'customer'
						? [action.payload.message.text]
						: [],
				);
		const fromAgent = (customer: Customer) =>
			customer.events.flatMap(event =>
				event.type === 'server.event' &&
				event.event === 'message.created' &&
				event.payload.message.author.type === 'agent'
					? [event.payload.message.text]
					: [],
			);
		const ownerOf = (chatId: string) => agents.find(agent => agent.chats.has(chatId))!;
		await waitFor(
			() =>
				customers.every(customer => fromAgent(customer).length >= ROUNDS) &&
				agents.every(agent => agent.client.pendingCount === 0),
			{timeout: 120_000, interval: 100, message: 'every message and reply delivered'},
		);

		const expected = (who: string, index: number) =>
			Array.from({length: ROUNDS}, (_, round) => `${who} ${index}:${round}`);
		for (const customer of customers) {
			expect(fromCustomers(ownerOf(customer.chatId), customer.chatId)).toEqual(expected('customer', customer.index));
			expect(fromAgent(customer)).toEqual(expected('agent', customer.index));
		}

		// Each chat was offered to one agent only, and taken by it; no agent was ever over capacity.
		const offeredTo = new Map<string, string[]>();
		for (const agent of agents)
			for (const action of agent.log.of('server.event'))
				if (action.event === 'chat.offered') {
					const chatId = action.payload.chat.id;
					offeredTo.set(chatId, [...(offeredTo.get(chatId) ?? []), agent.id]);
				}
		for (const customer of customers) expect(offeredTo.get(customer.chatId)).toEqual([ownerOf(customer.chatId).id]);
		for (const agent of agents) {
			expect(agent.maxLoad, agent.id).toBeLessThanOrEqual(CAPACITY);
			expect(agent.log.of('server.event').filter(action => action.event === 'offer.revoked')).toEqual([]);
			expect(agent.log.of('protocol.error'), agent.id).toEqual([]);
		}

		// The database holds each message once, numbered without gaps, and every confirmed follow-up.
		const store = await PostgresStore.open(database);
		try {
			for (const customer of customers) {
				const {messages} = await store.listMessages(customer.chatId, {limit: 2 * ROUNDS + 10});
				expect(messages.map(message => message.n)).toEqual(Array.from({length: 2 * ROUNDS}, (_, n) => n + 1));
				const texts = (type: string) =>
					messages.filter(message => message.author.type === type).map(message => message.text);
				expect(texts('customer')).toEqual(expected('customer', customer.index));
				expect(texts('agent')).toEqual(expected('agent', customer.index));
			}
			const confirmed = followups.filter(entry => entry.id !== null);
			expect(confirmed.length).toBeGreaterThan(AGENTS);
			for (const agent of agents) {
				const kept = await store.listOpenFollowups(agent.id);
				for (const entry of followups.filter(entry => entry.agent === agent)) {
					const stored = kept.filter(followup => followup.note === entry.note);
					if (entry.id === null) expect(stored.length).toBeLessThanOrEqual(1);
					else expect(stored.map(followup => followup.id)).toEqual([entry.id]);
				}
			}
		} finally {
			await store.close();
		}
		expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
	}, 240_000);
});
