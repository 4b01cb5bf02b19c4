// The reference server on PostgreSQL: a whole chat through the real store on a throwaway cluster, kept across a
// restart of the server, and `serve --database` / SWITCHBOARD_DATABASE from the built command, two processes at once.
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {PostgresStore} from '../../source/server/store/postgres/postgres-store.js';
import {startPgCluster, type PgCluster} from '../helpers/pg-cluster.js';
import {runCli, startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, connectAgent, startTestServer, TestClient} from './helpers.js';

let cluster: PgCluster;
let schemas = 0;
const stores: PostgresStore[] = [];
const openStore = async (url: string) => {
	const store = await PostgresStore.open(url);
	stores.push(store);
	return store;
};

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

describe('the server on PostgreSQL', () => {
	it('runs a chat through the database and has it all after a restart', async () => {
		const url = await cluster.createSchema(`server_${++schemas}`);
		const first = await startTestServer({store: await openStore(url)});
		const {agent, customer, chatId} = await activeChat(first);
		await customer.call('message.send', {client_msg_id: 'c1', text: 'My blender stopped'});
		await agent.waitForEvent('message.created', payload => payload.message.text === 'My blender stopped');
		const reply = {chat_id: chatId, client_msg_id: 'a1', text: 'Let me check', visibility: 'public'};
		expect((await agent.call('message.send', reply)).message.n).toBe(2);
		// A retry of the same client_msg_id gets the stored message back, not a second one.
		expect((await agent.call('message.send', reply)).message.n).toBe(2);
		await customer.waitForEvent('message.created', payload => payload.message.text === 'Let me check');
		await agent.call('chat.hold', {chat_id: chatId, minutes: 2, reason: 'checking'});
		await agent.call('followup.create', {chat_id: chatId, contact: 'sarah@example.com', due_at: 2e12, note: 'call'});
		await first.close();
		await stores.shift()!.close();

		const second = await startTestServer({store: await openStore(url)});
		const {auth} = await connectAgent(second, 'alice-token');
		expect(auth.snapshot.chats.map((chat: {id: string; status: string}) => [chat.id, chat.status])).toEqual([
			[chatId, 'on_hold'],
		]);
		expect(auth.snapshot.followups).toHaveLength(1);
		const history = (await second.store.listMessages(chatId, {limit: 10})).messages;
		expect(history.map(message => [message.n, message.text])).toEqual([
			[1, 'My blender stopped'],
			[2, 'Let me check'],
		]);
	}, 60_000);
});

describe('serve --database', () => {
	it('serves from the database named by SWITCHBOARD_DATABASE, and a second process serves beside it', async () => {
		const url = await cluster.createSchema(`serve_${++schemas}`);
		const serve = () =>
			startCli(['serve', '--port', '0', '--token', 'alex:Alex:s3cret-token-1'], {SWITCHBOARD_DATABASE: url});
		const first = serve();
		const second = serve();
		try {
			const agentUrl = async (output: () => string) =>
				(
					await waitFor(() => /(ws:\/\/127\.0\.0\.1:\d+\/agent)/.exec(output()), {
						message: 'the banner',
						timeout: 30_000,
					})
				)[1]!;
			const [one, two] = [await agentUrl(first.output), await agentUrl(second.output)];
			await waitFor(() => first.output().includes(`127.0.0.1:${cluster.port}/switchboard`), {
				message: 'where the data is',
				timeout: 10_000,
			});
			// Both serve one team: the agent signs in on one, then resumes on the other.
			const agent = await TestClient.open(one);
			const auth = await agent.call('auth', {token: 's3cret-token-1', client: {name: 't', version: '1'}});
			expect(auth.resumed).toBe(false);
			const again = await TestClient.open(two);
			const resumed = await again.call('auth', {
				token: 's3cret-token-1',
				client: {name: 't', version: '1'},
				resume: {session_id: auth.session_id, last_seq: 0},
			});
			expect(resumed.resumed).toBe(true);
			expect((await agent.waitForClose()).code).toBe(4003);
			again.drop();
			for (const {child} of [first, second]) {
				const exited = new Promise(resolve => child.once('exit', resolve));
				child.kill('SIGTERM');
				expect(await exited).toBe(0);
			}
		} finally {
			for (const {child} of [first, second])
				if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
	}, 60_000);

	it('`accounts add|list --database` keep agents in PostgreSQL, and their tokens sign in there', async () => {
		const url = await cluster.createSchema(`accounts_${++schemas}`);
		const added = await runCli(['accounts', 'add', 'ag_kari', '--name', 'Kari Lund', '--database', url], {
			timeout: 30_000,
		});
		expect(added.code).toBe(0);
		const token = /token: (\S+)/.exec(added.stdout)![1]!;
		const listed = await runCli(['accounts', 'list'], {env: {SWITCHBOARD_DATABASE: url}, timeout: 30_000});
		expect(listed.stdout).toMatch(/ag_kari\s+Kari Lund/);
		const server = await startTestServer({agents: [], store: await openStore(url)});
		const {auth} = await connectAgent(server, token);
		expect(auth.agent).toMatchObject({id: 'ag_kari', name: 'Kari Lund'});
	}, 60_000);

	it('refuses a second store beside it and a URL that is not postgres://, each in one line', async () => {
		const both = await runCli(['serve', '--memory', '--database', 'postgres://x@127.0.0.1:1/x']);
		expect(both.code).toBe(2);
		expect(both.stderr).toMatch(/--memory and --database exclude each other/);
		const wrong = await runCli(['serve', '--database', 'mysql://x@127.0.0.1/x']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toMatch(/--database: give a postgres:\/\//);
	});
});
