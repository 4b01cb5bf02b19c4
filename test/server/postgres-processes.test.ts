// Several server processes on one PostgreSQL database (docs/deploying.md, "Several processes"): an agent on one and a
// customer on another chat both ways; offers, transfers and ends cross processes; concurrent routing never offers one
// chat twice nor overloads an agent; desks and customers resume on the other process; a process that misses every
// NOTIFY still delivers everything, from its poll.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PostgresStore} from '../../source/server/store/postgres/postgres-store.js';
import type {RunningServer, ServerOptions} from '../../source/server/server.js';
import {startPgCluster, type PgCluster} from '../helpers/pg-cluster.js';
import {startServeCluster} from '../helpers/serve-cluster.js';
import {waitFor} from '../helpers/wait-for.js';
import {account, closeAll, connectAgent, joinCustomer, startTestServer, TestClient} from './helpers.js';

let cluster: PgCluster;
let schemas = 0;
const stores: PostgresStore[] = [];

beforeAll(async () => {
	cluster = await startPgCluster();
}, 60_000);
afterEach(async () => {
	await closeAll();
	for (const store of stores.splice(0)) await store.close();
});
afterAll(async () => {
	await cluster?.stop();
});

/** Servers on one fresh schema, each with its own store (its own pool), as separate processes would have. */
async function processes(count: number, options: Partial<ServerOptions> = {}): Promise<RunningServer[]> {
	const url = await cluster.createSchema(`processes_${++schemas}`);
	const servers: RunningServer[] = [];
	for (let i = 0; i < count; i++) {
		const store = await PostgresStore.open(url);
		stores.push(store);
		servers.push(await startTestServer({store, offerTimeoutMs: 30_000, ...options}));
	}
	return servers;
}

const say = (chatId: string, id: string, text: string) => ({
	chat_id: chatId,
	client_msg_id: id,
	text,
	visibility: 'public',
});

function texts(client: TestClient): string[] {
	return client.events('message.created').map(event => event.payload.message.text as string);
}

describe('two server processes on one database', () => {
	it('carries a chat both ways, with offer, accept, transfer and end, between an agent and a customer on different processes', async () => {
		const [a, b] = await processes(2);
		const {client: alice} = await connectAgent(a!, 'alice-token');
		const {client: bob} = await connectAgent(b!, 'bob-token');
		// Bob is busy on something else first: the new chat goes to Alice, on the other process.
		await bob.call('presence.set', {presence: 'away'});
		const {client: customer, chatId} = await joinCustomer(b!);
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await alice.call('offer.accept', {chat_id: chatId});
		await customer.waitForEvent('chat.updated', payload => payload.chat.status === 'active');
		expect(customer.events('chat.updated').at(-1)!.payload.chat.agent_name).toBe('Alice');

		await customer.call('message.send', {client_msg_id: 'c1', text: 'My blender hums but does not spin'});
		await alice.waitForEvent('message.created', payload => payload.message.text.startsWith('My blender'));
		await alice.call('message.send', say(chatId, 'a1', 'Sorry to hear that. Which model is it?'));
		await customer.waitForEvent('message.created', payload => payload.message.text.startsWith('Sorry'));
		// A retry of the same send on the other process is the same message, not a second one.
		const retry = await customer.call('message.send', {client_msg_id: 'c1', text: 'My blender hums but does not spin'});
		expect(retry.message.n).toBe(1);

		// Typing crosses processes too (transient, through a NOTIFY).
		await customer.call('typing.set', {typing: true, text: 'It is the B2'});
		await alice.waitForEvent('sneak_peek', payload => payload.text === 'It is the B2');

		await bob.call('presence.set', {presence: 'online'});
		await alice.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bob'}, note: 'B200 motor'});
		const offer = await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		expect(offer.payload.transfer).toEqual({from: {id: 'alice', name: 'Alice'}, note: 'B200 motor'});
		await bob.call('offer.accept', {chat_id: chatId});
		await alice.waitForEvent('chat.transferred', payload => payload.chat_id === chatId);
		await customer.waitForEvent('chat.updated', payload => payload.chat.agent_name === 'Bob');
		await bob.call('message.send', say(chatId, 'b1', 'Hello, I am Bob from the motor team.'));
		await customer.waitForEvent('message.created', payload => payload.message.text.startsWith('Hello, I am Bob'));
		await customer.call('message.send', {client_msg_id: 'c2', text: 'Thank you, Bob'});
		await bob.waitForEvent('message.created', payload => payload.message.text === 'Thank you, Bob');

		await bob.call('chat.end', {chat_id: chatId});
		await customer.waitForEvent('chat.ended');
		expect(texts(customer)).toEqual([
			'My blender hums but does not spin',
			'Sorry to hear that. Which model is it?',
			'Hello, I am Bob from the motor team.',
			'Thank you, Bob',
		]);
		for (const client of [alice, bob, customer]) expect(client.problems).toEqual([]);
	}, 60_000);

	it('never offers one chat twice nor puts an agent over capacity when customers join on both processes at once', async () => {
		const agents = [account('alice', {capacity: 2}), account('bob', {capacity: 2}), account('carol', {capacity: 1})];
		const [a, b] = await processes(2, {agents});
		const desks = [
			(await connectAgent(a!, 'alice-token')).client,
			(await connectAgent(b!, 'bob-token')).client,
			(await connectAgent(a!, 'carol-token')).client,
		];
		const joins = await Promise.all(Array.from({length: 12}, (_, i) => joinCustomer(i % 2 === 0 ? a! : b!)));
		const offered = () => desks.flatMap(desk => desk.events('chat.offered').map(event => event.payload.chat.id));
		await waitFor(() => offered().length === 5, {message: 'five offers, one per seat', timeout: 30_000});
		// The seats are full: nothing more is offered, however long the others wait.
		await new Promise(resolve => setTimeout(resolve, 1_500));
		expect(offered()).toHaveLength(5);
		expect(new Set(offered()).size).toBe(5);
		expect(desks.map(desk => desk.events('chat.offered').length)).toEqual([2, 2, 1]);

		// A seat freed on one process is filled from the queue by whichever process routes next.
		const first = desks[0]!.events('chat.offered')[0]!.payload.chat.id as string;
		await desks[0]!.call('offer.accept', {chat_id: first});
		await desks[0]!.call('chat.end', {chat_id: first});
		await waitFor(() => offered().length === 6, {message: 'the freed seat offered again', timeout: 30_000});
		expect(new Set(offered()).size).toBe(6);
		expect(joins.map(join => join.chatId)).toEqual(expect.arrayContaining(offered()));
		for (const desk of desks) expect(desk.problems).toEqual([]);
	}, 60_000);

	it('lets a desk and a customer resume on the other process after theirs stopped, missing nothing', async () => {
		const [a, b] = await processes(2);
		const {client: alice, auth} = await connectAgent(a!, 'alice-token');
		const {client: customer, joined, chatId} = await joinCustomer(a!);
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await alice.call('offer.accept', {chat_id: chatId});
		await alice.call('message.send', say(chatId, 'a1', 'Hello Sarah, how can I help?'));
		await customer.waitForEvent('message.created');
		await alice.waitForEvent('message.created');
		alice.ack();
		customer.ack();
		const agentSeq = alice.lastSeq;
		const customerSeq = customer.lastSeq;

		await a!.close();
		// The customer comes back first, on B, and writes while the agent is still away.
		const back = await TestClient.open(b!.customerUrl);
		const resumed = await back.call('resume', {resume_token: joined.resume_token, last_seq: customerSeq});
		expect(resumed.chat).toMatchObject({chat_id: chatId, status: 'active', agent_name: 'Alice'});
		await back.call('message.send', {client_msg_id: 'c1', text: 'Are you still there?'});

		const desk = await TestClient.open(b!.agentUrl);
		const again = await desk.call('auth', {
			token: 'alice-token',
			client: {name: 'test', version: '1'},
			resume: {session_id: auth.session_id, last_seq: agentSeq},
		});
		expect(again.resumed).toBe(true);
		const replayed = await desk.waitForEvent(
			'message.created',
			payload => payload.message.text === 'Are you still there?',
		);
		expect(replayed.seq).toBe(agentSeq + 1);
		await desk.call('message.send', say(chatId, 'a2', 'Yes, I am here.'));
		await back.waitForEvent('message.created', payload => payload.message.text === 'Yes, I am here.');
		expect(texts(back)).toEqual(['Are you still there?', 'Yes, I am here.']);
		expect(back.events()[0]!.seq).toBe(customerSeq + 1);
		for (const client of [desk, back]) expect(client.problems).toEqual([]);
	}, 60_000);

	it('closes the older link with 4003 when a desk resumes on the other process while its first link still lives', async () => {
		const [a, b] = await processes(2);
		const {client: first, auth} = await connectAgent(a!, 'alice-token');
		const second = await TestClient.open(b!.agentUrl);
		await second.call('auth', {
			token: 'alice-token',
			client: {name: 'test', version: '1'},
			resume: {session_id: auth.session_id, last_seq: 0},
		});
		expect((await first.waitForClose()).code).toBe(4003);
	}, 60_000);

	it('delivers everything, exactly once and in order, through a process that misses every NOTIFY', async () => {
		const url = await cluster.createSchema(`processes_${++schemas}`);
		const open = async (options: Partial<ServerOptions>) => {
			const store = await PostgresStore.open(url);
			stores.push(store);
			return startTestServer({store, offerTimeoutMs: 30_000, ...options});
		};
		const a = await open({});
		const deaf = await open({cluster: {dropNotifications: true, pollMs: 250}});
		const {client: alice} = await connectAgent(deaf, 'alice-token');
		const {client: customer, chatId} = await joinCustomer(a);
		await alice.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await alice.call('offer.accept', {chat_id: chatId});
		const count = 40;
		for (let i = 1; i <= count; i++) customer.post('message.send', {client_msg_id: `c${i}`, text: `customer ${i}`});
		for (let i = 1; i <= count; i++) alice.post('message.send', say(chatId, `a${i}`, `agent ${i}`));
		await waitFor(() => texts(alice).length === 2 * count && texts(customer).length === 2 * count, {
			message: 'every message on both sides',
			timeout: 20_000,
		});
		const inOrder = (list: string[], who: string) => list.filter(text => text.startsWith(who));
		const expected = (who: string) => Array.from({length: count}, (_, i) => `${who} ${i + 1}`);
		for (const client of [alice, customer]) {
			expect(inOrder(texts(client), 'customer')).toEqual(expected('customer'));
			expect(inOrder(texts(client), 'agent')).toEqual(expected('agent'));
			expect(client.problems).toEqual([]);
		}
		// Both sides saw one numbering of the chat: n 1..80 without gap or double.
		const ns = texts(alice).length === 2 * count ? alice.events('message.created').map(e => e.payload.message.n) : [];
		expect(ns).toEqual(Array.from({length: 2 * count}, (_, i) => i + 1));
	}, 60_000);

	it('goes on after kill -9 of the process a desk and a customer were on: both resume on the other, nothing lost', async () => {
		const database = await cluster.createSchema(`processes_${++schemas}`);
		const serve = await startServeCluster({
			database,
			count: 2,
			args: ['--token', 'alice:Alice:alice-token-123456', '--offer-timeout-ms', '30000'],
		});
		try {
			const [dying, living] = serve.processes;
			const desk = await TestClient.open(`${dying!.url}/agent`);
			const auth = await desk.call('auth', {token: 'alice-token-123456', client: {name: 'test', version: '1'}});
			const customer = await TestClient.open(`${dying!.url}/customer`);
			const joined = await customer.call('join', {name: 'Sarah', locale: 'en'});
			const chatId = joined.chat.chat_id as string;
			await desk.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
			await desk.call('offer.accept', {chat_id: chatId});
			await customer.call('message.send', {client_msg_id: 'c1', text: 'Hello, is anyone there?'});
			await desk.waitForEvent('message.created');
			await dying!.kill();
			await desk.waitForClose();

			// The customer's resume and the message after it reach the desk, which resumes after them.
			const back = await TestClient.open(`${living!.url}/customer`);
			await back.call('resume', {resume_token: joined.resume_token, last_seq: customer.lastSeq});
			await back.call('message.send', {client_msg_id: 'c2', text: 'Hello again, my page reloaded.'});
			const again = await TestClient.open(`${living!.url}/agent`);
			const resumed = await again.call('auth', {
				token: 'alice-token-123456',
				client: {name: 'test', version: '1'},
				resume: {session_id: auth.session_id, last_seq: desk.lastSeq},
			});
			expect(resumed.resumed).toBe(true);
			await again.waitForEvent('message.created', payload => payload.message.text.startsWith('Hello again'));
			await again.call('message.send', say(chatId, 'a1', 'Yes, I am here: how can I help?'));
			await back.waitForEvent('message.created', payload => payload.message.text.startsWith('Yes, I am here'));
			await again.waitForEvent('message.created', payload => payload.message.text.startsWith('Yes, I am here'));
			expect([...texts(desk), ...texts(again)]).toEqual([
				'Hello, is anyone there?',
				'Hello again, my page reloaded.',
				'Yes, I am here: how can I help?',
			]);
			for (const client of [desk, again, customer, back]) expect(client.problems).toEqual([]);
		} finally {
			await serve.stop();
		}
	}, 90_000);
});
