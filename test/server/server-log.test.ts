// The server log: one line per connection, sign-in, chat and error, text or JSON, never a token; failed sign-ins are
// throttled per address.
import {afterEach, describe, expect, it} from 'vitest';
import {CloseCode} from '../../source/protocol/index.js';
import {formatLine, type LogFields} from '../../source/server/server-log.js';
import type {NewMessage} from '../../source/server/store/contract.js';
import {MemoryStore} from '../../source/server/store/memory.js';
import {startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {activeChat, closeAll, startTestServer, TestClient} from './helpers.js';

afterEach(closeAll);

type Line = {event: string} & LogFields;

function collectingLog() {
	const lines: Line[] = [];
	return {lines, eventLog: (event: string, fields: LogFields = {}) => lines.push({event, ...fields})};
}

async function tryToken(url: string, token: string): Promise<{code: string; closed: number; message: string}> {
	const client = await TestClient.open(url);
	const res = await client.request('auth', {token, client: {name: 't', version: '1'}});
	const closed = await client.waitForClose();
	return {code: res.error!.code, closed: closed.code, message: res.error!.message};
}

describe('server log', () => {
	it('formats text with bare or quoted values, and JSON as one object a line', () => {
		const fields = {link: 3, address: '127.0.0.1', agent: null, reason: 'unknown token', ok: true};
		expect(formatLine('text', '2026-01-01T00:00:00.000Z', 'sign_in.refused', fields)).toBe(
			'2026-01-01T00:00:00.000Z sign_in.refused link=3 address=127.0.0.1 agent=- reason="unknown token" ok=true',
		);
		expect(formatLine('text', 'T', 'notice', {text: 'a\u001B[2Jb'})).toBe('T notice text="a\\u001b[2Jb"');
		expect(JSON.parse(formatLine('json', 'T', 'chat.opened', {chat: 'c1'}))).toEqual({
			time: 'T',
			event: 'chat.opened',
			chat: 'c1',
		});
	});

	it('logs each connection, sign-in and chat, and a refused token without the token', async () => {
		const {lines, eventLog} = collectingLog();
		const server = await startTestServer({eventLog});
		const {agent, chatId} = await activeChat(server);
		await agent.call('chat.end', {chat_id: chatId});
		expect(await tryToken(server.agentUrl, 'guess-Zq81x')).toMatchObject({code: 'bad_token', closed: 4001});
		await closeAll();
		await waitFor(() => lines.filter(line => line.event === 'connection.closed').length === 3, {
			message: 'three connection.closed lines',
		});
		const events = lines.map(line => line.event);
		for (const event of ['connection.opened', 'agent.signed_in', 'chat.opened', 'chat.ended', 'sign_in.refused'])
			expect(events).toContain(event);
		expect(lines.find(line => line.event === 'agent.signed_in')).toMatchObject({agent: 'alice', resumed: false});
		expect(lines.find(line => line.event === 'chat.opened')).toMatchObject({chat: chatId, address: '127.0.0.1'});
		expect(lines.find(line => line.event === 'chat.ended')).toMatchObject({chat: chatId, by: 'agent', agent: 'alice'});
		expect(lines.find(line => line.event === 'sign_in.refused')).toMatchObject({reason: 'unknown token'});
		expect(lines.find(line => line.event === 'connection.closed' && line.code === 4001)).toBeDefined();
		const text = JSON.stringify(lines);
		for (const secret of ['guess-Zq81x', 'alice-token']) expect(text).not.toContain(secret);
	});

	it('logs a failure inside the server as one error line, saying what failed and where, never the text sent', async () => {
		class FlakyStore extends MemoryStore {
			override addMessage(message: NewMessage, scope: string | null) {
				if (message.text === 'card 4111-1111 boom') throw new Error('disk on fire');
				return super.addMessage(message, scope);
			}
		}
		const {lines, eventLog} = collectingLog();
		const server = await startTestServer({store: new FlakyStore(), eventLog});
		const {agent, chatId} = await activeChat(server);
		const sent = {chat_id: chatId, client_msg_id: 'b', text: 'card 4111-1111 boom', visibility: 'public'};
		expect((await agent.request('message.send', sent)).error).toMatchObject({code: 'internal'});
		const errors = lines.filter(line => line.event === 'error');
		expect(errors).toEqual([
			{event: 'error', message: 'Error: disk on fire', at: expect.stringContaining('addMessage')},
		]);
		expect(JSON.stringify(lines)).not.toContain('4111');
	});

	it('throttles sign-ins from an address after too many failures, even with a good token, and logs it', async () => {
		const {lines, eventLog} = collectingLog();
		const server = await startTestServer({eventLog, signInThrottle: {failuresAllowed: 3, windowMs: 60_000}});
		for (let i = 0; i < 3; i++) expect((await tryToken(server.agentUrl, `wrong-${i}`)).code).toBe('bad_token');
		const blocked = await tryToken(server.agentUrl, 'alice-token');
		expect(blocked).toMatchObject({code: 'rate_limited', closed: CloseCode.rateLimited});
		expect(blocked.message).toMatch(/^too many failed sign-ins from this address; try again in (59|60) s$/);
		expect(lines.filter(line => line.event === 'sign_in.throttled')).toHaveLength(1);
	});

	it('lets the window pass: a failure older than the window no longer counts', async () => {
		let clock = 1_000_000;
		const server = await startTestServer({now: () => clock, signInThrottle: {failuresAllowed: 1, windowMs: 10_000}});
		expect((await tryToken(server.agentUrl, 'wrong')).code).toBe('bad_token');
		expect((await tryToken(server.agentUrl, 'alice-token')).code).toBe('rate_limited');
		clock += 10_001;
		const client = await TestClient.open(server.agentUrl);
		expect((await client.request('auth', {token: 'alice-token', client: {name: 't', version: '1'}})).ok).toBe(true);
	});

	it('`serve --log-format json` writes only JSON lines, from listening to stopped', async () => {
		const {child, output} = startCli([
			'serve',
			'--port',
			'0',
			'--memory',
			'--token',
			'alex:Alex:s3cret-token-1',
			'--log-format',
			'json',
		]);
		let stdout = '';
		child.stdout!.on('data', chunk => (stdout += chunk));
		try {
			await waitFor(() => stdout.includes('server.listening'), {message: 'the listening line', timeout: 20_000});
			const url = (JSON.parse(stdout.split('\n')[0]!) as {agents: string}).agents;
			const agent = await TestClient.open(url);
			await agent.call('auth', {token: 's3cret-token-1', client: {name: 't', version: '1'}});
			await waitFor(() => stdout.includes('agent.signed_in'), {message: 'the sign-in line'});
			const exited = new Promise(resolve => child.once('exit', resolve));
			child.kill('SIGTERM');
			expect(await exited).toBe(0);
			const logged = stdout
				.trim()
				.split('\n')
				.map(line => JSON.parse(line) as Line);
			expect(logged.map(line => line.event)).toEqual(
				expect.arrayContaining([
					'server.listening',
					'connection.opened',
					'agent.signed_in',
					'server.stopping',
					'server.stopped',
				]),
			);
			expect(logged.at(-1)!.event).toBe('server.stopped');
			expect(output()).not.toContain('s3cret-token-1');
		} finally {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		}
	}, 30_000);
});
