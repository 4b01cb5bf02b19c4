// `serve` on SQLite, killed (-9) mid-traffic and started again on the same data: every acknowledged message is there
// exactly once, the customer resumes with their token, the agent's desk sees its chats again.
import type {ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, describe, expect, it} from 'vitest';
import {startCutProxy, type CutProxy} from '../helpers/cut-proxy.js';
import {startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll, connectAgent, TestClient, type Frame} from './helpers.js';
import type {RunningServer} from '../../source/server/server.js';

const TOKEN = 'alice-restart-token';

type Serve = {child: ChildProcess; port: number};

const children = new Set<ChildProcess>();
const dirs: string[] = [];
let proxy: CutProxy | null = null;

afterEach(async () => {
	await closeAll();
	await proxy?.close();
	proxy = null;
	for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	children.clear();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

async function serve(dataDir: string, port = 0): Promise<Serve> {
	const {child, output} = startCli([
		'serve',
		'--port',
		String(port),
		'--data',
		dataDir,
		'--token',
		`alice:Alice:${TOKEN}`,
		'--resume-window-ms',
		'60000',
	]);
	children.add(child);
	await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the serve banner', timeout: 20_000});
	return {child, port: Number(/listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output())![1])};
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
	const exited = new Promise(resolve => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}

/** Urls through the proxy, in the shape the test kit's helpers take. */
function viaProxy(link: CutProxy): RunningServer {
	return {agentUrl: `${link.url}/agent`, customerUrl: `${link.url}/customer`} as RunningServer;
}

const okResults = (client: TestClient) =>
	client.frames.filter((frame: Frame) => frame.type === 'res' && frame.ok && frame.payload?.message) as Frame[];

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-restart-'));
	dirs.push(dir);
	return dir;
}

describe('serve restarts on its SQLite data', () => {
	it('after kill -9 mid-traffic, every acknowledged message is there exactly once and both sides carry on', async () => {
		const data = tempDir();
		let server = await serve(data);
		proxy = await startCutProxy(server.port);
		const urls = viaProxy(proxy);

		const {client: agent} = await connectAgent(urls, TOKEN);
		const customer = await TestClient.open(urls.customerUrl);
		const joined = await customer.call('join', {name: 'Sarah', email: 'sarah@example.com', locale: 'en'});
		const chatId = joined.chat.chat_id as string;
		await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await agent.call('offer.accept', {chat_id: chatId});

		// Both sides send without waiting for answers; the customer acks what it receives now and then.
		const sent = {customer: [] as string[], agent: [] as string[]};
		let sending = true;
		const pump = (async () => {
			for (let i = 1; sending; i++) {
				const customerId = `cu-${i}`;
				sent.customer.push(customerId);
				customer.post('message.send', {client_msg_id: customerId, text: `customer ${i}`});
				if (i % 2 === 0) {
					const agentId = `ag-${i}`;
					sent.agent.push(agentId);
					agent.post('message.send', {
						chat_id: chatId,
						client_msg_id: agentId,
						text: `agent ${i}`,
						visibility: 'public',
					});
				}
				if (i % 5 === 0 && customer.lastSeq > 0) customer.ack();
				await new Promise(resolve => setTimeout(resolve, 2));
			}
		})();
		await waitFor(() => okResults(customer).length >= 150, {message: '150 acknowledged', timeout: 20_000});
		await stop(server.child, 'SIGKILL');
		sending = false;
		await pump;
		const acknowledged = [...okResults(customer), ...okResults(agent)].map(
			frame => frame.payload.message.client_msg_id as string,
		);
		const seenByCustomer = new Set(customer.events('message.created').map(evt => evt.payload.message.id as string));
		const customerLastSeq = customer.lastSeq;
		const resumeToken = joined.resume_token as string;

		server = await serve(data, server.port);

		// The customer resumes with the token it had, and sends again what it never heard back about.
		const back = await TestClient.open(urls.customerUrl);
		const resumed = await back.call('resume', {resume_token: resumeToken, last_seq: customerLastSeq});
		expect(resumed.chat).toMatchObject({chat_id: chatId, status: 'active', agent_name: 'Alice'});
		for (const id of sent.customer) back.post('message.send', {client_msg_id: id, text: 'again'});

		// The agent's old session is gone with the process: resuming is refused, a fresh sign-in has the chat.
		const {client: desk} = await connectAgent(urls, TOKEN);
		const stale = await TestClient.open(urls.agentUrl);
		expect(
			await stale.refused('auth', {
				token: TOKEN,
				client: {name: 't', version: '1'},
				resume: {session_id: 'gone', last_seq: 5},
			}),
		).toBe('resume_expired');
		const snapshot = (desk.frames.find(frame => frame.type === 'res')!.payload as any).snapshot;
		expect(snapshot.chats.map((chat: any) => [chat.id, chat.status])).toEqual([[chatId, 'active']]);
		for (const id of sent.agent)
			desk.post('message.send', {chat_id: chatId, client_msg_id: id, text: 'again', visibility: 'public'});

		await waitFor(() => okResults(back).length === sent.customer.length, {
			message: 'every customer send answered',
		});
		await waitFor(() => okResults(desk).length === sent.agent.length, {
			message: 'every agent send answered',
		});
		const history = await desk.call('chat.history', {chat_id: chatId, limit: 500});
		const stored = (history.messages as any[]).map(message => message.client_msg_id as string);
		expect(history.has_more).toBe(false);
		expect(new Set(stored).size).toBe(stored.length);
		expect(stored.sort()).toEqual([...sent.customer, ...sent.agent].sort());
		for (const id of acknowledged) expect(stored).toContain(id);
		expect((history.messages as any[]).map(message => message.n)).toEqual(stored.map((_, index) => index + 1));

		// Nothing the agent wrote is lost to the customer: what the old link never delivered came on the new one.
		await waitFor(
			() => {
				for (const evt of back.events('message.created')) seenByCustomer.add(evt.payload.message.id);
				return (history.messages as any[]).every(message => seenByCustomer.has(message.id));
			},
			{message: 'every message delivered to the customer'},
		);
		expect(back.problems).toEqual([]);
		expect(desk.problems).toEqual([]);
	}, 60_000);

	it('after a clean stop, follow-ups, read markers and the customer are all still there', async () => {
		const data = tempDir();
		let server = await serve(data);
		const urls = {
			agentUrl: `ws://127.0.0.1:${server.port}/agent`,
			customerUrl: `ws://127.0.0.1:${server.port}/customer`,
		};
		const {client: agent} = await connectAgent(urls as RunningServer, TOKEN);
		const customer = await TestClient.open(urls.customerUrl);
		const joined = await customer.call('join', {name: 'Kari', email: 'kari@example.com', locale: 'nb'});
		const chatId = joined.chat.chat_id as string;
		await agent.waitForEvent('chat.offered');
		await agent.call('offer.accept', {chat_id: chatId});
		await customer.call('message.send', {client_msg_id: 'k1', text: 'Hei'});
		await agent.call('read.mark', {chat_id: chatId, n: 1});
		await agent.call('followup.create', {
			chat_id: chatId,
			contact: 'kari@example.com',
			due_at: Date.now() + 86_400_000,
			note: 'ring',
		});
		await agent.call('chat.end', {chat_id: chatId});
		await closeAll();
		await stop(server.child, 'SIGTERM');
		const file = new DatabaseSync(join(data, 'switchboard.db'), {readOnly: true});
		expect(file.prepare('SELECT agent_id, chat_id, n FROM read_markers').all()).toEqual([
			{agent_id: 'alice', chat_id: chatId, n: 1},
		]);
		file.close();

		server = await serve(data, server.port);
		const {client: back, auth} = await connectAgent(urls as RunningServer, TOKEN);
		expect(auth.snapshot.followups).toMatchObject([{chat_id: chatId, contact: 'kari@example.com', note: 'ring'}]);
		expect(auth.snapshot.chats).toMatchObject([{id: chatId, status: 'ended'}]);
		// The returning customer is known by e-mail: this is her second chat.
		const again = await TestClient.open(urls.customerUrl);
		await again.call('join', {name: 'Kari', email: 'KARI@example.com', locale: 'nb'});
		const offer = await back.waitForEvent('chat.offered');
		expect(offer.payload.chat.customer.previous_chats).toBe(1);
	}, 60_000);
});
