// Issue 13, end to end: the built desk in a pty against `serve` on SQLite, the server killed (-9) and started again on
// the same data; the desk reconnects by itself and shows its chat again, every message exactly once, and both sides carry on.
import type {ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll, TestClient} from '../server/helpers.js';
import {received, say} from './desk-kit.js';

const TOKEN = 'alice-desk-restart-token';

const children = new Set<ChildProcess>();
const dirs: string[] = [];

afterEach(async () => {
	await stopDesks();
	await closeAll();
	for (const child of children) if (child.exitCode === null && child.signalCode === null) await kill(child);
	children.clear();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** `serve` (dist/cli.js) on the data directory, on `port` (0: a free one); resolves once it listens. */
async function serve(dataDir: string, port = 0): Promise<{child: ChildProcess; port: number}> {
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
	await waitFor(() => output().includes('Press Ctrl+C to stop.') || child.exitCode !== null, {
		message: 'the serve banner',
		timeout: 30_000,
	});
	const listening = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output());
	if (!listening) throw new Error(`serve did not start:\n${output()}`);
	return {child, port: Number(listening[1])};
}

/** SIGKILL by pid, waited on until the process is gone. */
async function kill(child: ChildProcess): Promise<void> {
	const exited = new Promise(resolve => child.once('exit', resolve));
	child.kill('SIGKILL');
	await exited;
}

/** Waits, with a deadline for a loaded machine, until the customer has the agent's message `text`. */
async function replyReached(customer: TestClient, text: string): Promise<void> {
	await waitFor(() => received(customer).includes(text), {timeout: 30_000, message: `"${text}" at the customer`});
}

/** How many times `text` is on the desk's screen. */
function countOnScreen(desk: PtyScreen, text: string): number {
	return desk.screenText().split(text).length - 1;
}

describe('the desk across a kill -9 restart of serve on SQLite', () => {
	it('reconnects by itself, shows the chat again with each message once, and both sides carry on', async () => {
		const data = mkdtempSync(join(tmpdir(), 'switchboard-desk-restart-'));
		dirs.push(data);
		let server = await serve(data);
		const url = `ws://127.0.0.1:${server.port}`;
		const desk = await startDesk(url, TOKEN, {cols: 160, rows: 40});
		await desk.waitForText('● connected', {timeout: 30_000});

		const customer = await TestClient.open(`${url}/customer`);
		const joined = await customer.call('join', {name: 'Sarah Jones', email: 'sarah@example.com', locale: 'en'});
		const chatId = joined.chat.chat_id as string;
		await desk.waitForText('Sarah Jones', {timeout: 30_000});
		desk.write(keys.alt('a'));
		await desk.waitForText(/Enter accept/, {timeout: 30_000});
		desk.write(keys.enter);
		await waitFor(
			() =>
				customer
					.events('chat.updated')
					.some(event => event.payload.chat.chat_id === chatId && event.payload.chat.status === 'active'),
			{timeout: 30_000, message: 'the customer told the chat is active'},
		);
		await desk.waitForNoText(/Enter\s+accept/i, {timeout: 30_000});

		const question = 'My blender stopped spinning.';
		await say({customer}, question);
		await desk.waitForText(question, {timeout: 30_000});
		// Whole sentences: a reply of a word or two is stopped by the guard as curt (E29).
		const reply = 'I am sorry, let me check that.';
		desk.write(`${reply}${keys.enter}`);
		await replyReached(customer, reply);
		await desk.waitFor(() => countOnScreen(desk, question) === 1 && countOnScreen(desk, reply) === 1, {
			timeout: 30_000,
			message: 'both messages on the desk once',
		});
		const customerLastSeq = customer.lastSeq;

		await kill(server.child);
		await desk.waitForNoText('● connected', {timeout: 30_000});
		server = await serve(data, server.port);

		// No key pressed: the desk finds the server again on its own and signs in afresh (its session died with the process).
		await desk.waitForText('● connected', {timeout: 60_000});
		await desk.waitFor(() => countOnScreen(desk, question) === 1 && countOnScreen(desk, reply) === 1, {
			timeout: 30_000,
			message: 'the chat shown again, each message once',
		});
		// The chat is live again from the server, not a transcript the desk kept of a chat the server forgot.
		await desk.waitForText(/Sarah Jones · en · ● active/, {timeout: 30_000});
		expect(desk.screenText()).not.toMatch(/transcript/);
		expect(countOnScreen(desk, '» You (auto)')).toBe(1);

		// The customer resumes with their token; what they write now reaches the desk, the desk's answer reaches them.
		const back = await TestClient.open(`${url}/customer`);
		const resumed = await back.call('resume', {resume_token: joined.resume_token, last_seq: customerLastSeq});
		expect(resumed.chat).toMatchObject({chat_id: chatId, status: 'active', agent_name: 'Alice'});
		const after = 'It hums but the blade is still.';
		await say({customer: back}, after);
		await desk.waitForText(after, {timeout: 30_000});
		const answer = 'Thank you, I will send a new part.';
		desk.write(`${answer}${keys.enter}`);
		await replyReached(back, answer);
		await desk.waitFor(() => [question, reply, after, answer].every(text => countOnScreen(desk, text) === 1), {
			timeout: 30_000,
			message: 'all four messages on the desk once',
		});
		expect(back.problems).toEqual([]);
	}, 240_000);
});
