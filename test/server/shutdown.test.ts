// Shutting down: every link hears 1001 with a reason, nothing answered is lost, and `serve` exits 0 on SIGTERM.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {afterEach, describe, expect, it} from 'vitest';
import {CloseCode} from '../../source/protocol/index.js';
import {startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, startTestServer, TestClient} from './helpers.js';
import type {RunningServer} from '../../source/server/server.js';

const dirs: string[] = [];
afterEach(async () => {
	await closeAll();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('shutdown', () => {
	it('closes every agent and customer link with 1001 and a reason, then stops', async () => {
		const server = await startTestServer();
		const {agent, customer} = await activeChat(server);
		const idle = await TestClient.open(server.customerUrl);
		await server.close();
		for (const client of [agent, customer, idle]) {
			expect(await client.waitForClose()).toEqual({code: CloseCode.goingAway, reason: 'server shutting down'});
		}
		// The port is closed: nobody new gets in.
		await expect(TestClient.open(server.customerUrl)).rejects.toThrow();
	});

	it('`serve` on SIGTERM says goodbye with 1001, keeps what it answered and exits 0', async () => {
		const data = mkdtempSync(join(tmpdir(), 'switchboard-shutdown-'));
		dirs.push(data);
		const token = 'alice-shutdown-token';
		const {child, output} = startCli(['serve', '--port', '0', '--data', data, '--token', `alice:Alice:${token}`]);
		try {
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the serve banner', timeout: 20_000});
			const port = Number(/listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output())![1]);
			const urls = {agentUrl: `ws://127.0.0.1:${port}/agent`, customerUrl: `ws://127.0.0.1:${port}/customer`};
			const {chatId, customer, agent} = await activeChat(urls as RunningServer, token);
			const sent = await customer.call('message.send', {client_msg_id: 'bye-1', text: 'Are you there?'});
			const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
			child.kill('SIGTERM');
			expect(await customer.waitForClose()).toEqual({code: 1001, reason: 'server shutting down'});
			expect((await agent.waitForClose()).code).toBe(1001);
			expect(await exited).toBe(0);
			expect(output()).toMatch(/ server.stopped\n/);
			const file = new DatabaseSync(join(data, 'switchboard.db'), {readOnly: true});
			expect(file.prepare('SELECT id, text FROM messages WHERE chat_id = ?').all(chatId)).toEqual([
				{id: sent.message.id, text: 'Are you there?'},
			]);
			file.close();
		} finally {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
	}, 40_000);
});
