// TLS: `serve --tls-cert/--tls-key` speaks wss:// (with the checked-in test-only key pair), and plain ws:// on an
// address other machines can reach is warned about.
import {readFileSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocket} from 'ws';
import {isLoopback, plainTextWarning} from '../../source/cli/serve-tls.js';
import {AGENT_SUBPROTOCOL} from '../../source/protocol/index.js';
import {runCli, startCli} from '../helpers/run-cli.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll, startTestServer} from './helpers.js';

const fixture = (name: string) => new URL(`../fixtures/tls/${name}`, import.meta.url).pathname;
const CERT = fixture('test-only-cert.pem');
const KEY = fixture('test-only-key.pem');

afterEach(closeAll);

/** Opens an agent link trusting only the test certificate; resolves with the first frame (the hello). */
function helloOver(url: string, ca: Buffer | null): Promise<Record<string, unknown>> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(url, AGENT_SUBPROTOCOL, ca ? {ca} : {});
		socket.once('message', data => {
			resolve(JSON.parse(String(data)) as Record<string, unknown>);
			socket.close();
		});
		socket.once('error', reject);
	});
}

describe('TLS', () => {
	it('serves wss:// with the given key pair; a client that does not trust it is refused', async () => {
		const server = await startTestServer({tls: {cert: readFileSync(CERT), key: readFileSync(KEY)}});
		expect(server.agentUrl).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/agent$/);
		const hello = await helloOver(server.agentUrl, readFileSync(CERT));
		expect(hello.type).toBe('hello');
		// Without the certificate in its trust store the client must fail the handshake: the check is real.
		await expect(helloOver(server.agentUrl, null)).rejects.toThrow(/self[- ]signed/);
		// A plain ws:// client gets nothing from a TLS port.
		await expect(helloOver(server.agentUrl.replace('wss:', 'ws:'), null)).rejects.toThrow();
	});

	it('`serve --tls-cert --tls-key` listens on wss:// and says so', async () => {
		const {child, output} = startCli(['serve', '--port', '0', '--memory', '--tls-cert', CERT, '--tls-key', KEY]);
		try {
			await waitFor(() => output().includes('Press Ctrl+C to stop.'), {message: 'the serve banner', timeout: 20_000});
			const url = /listening on (wss:\/\/127\.0\.0\.1:\d+)/.exec(output())?.[1];
			expect(url).toBeDefined();
			expect((await helloOver(`${url}/agent`, readFileSync(CERT))).type).toBe('hello');
			expect(output()).not.toContain('WARNING');
		} finally {
			child.kill('SIGTERM');
		}
	}, 30_000);

	it('refuses half a pair, an unreadable file and a key that does not fit, each in one line', async () => {
		const half = await runCli(['serve', '--memory', '--tls-cert', CERT]);
		expect(half.code).toBe(2);
		expect(half.stderr).toContain('--tls-cert and --tls-key go together');
		const missing = await runCli(['serve', '--memory', '--tls-cert', '/nonexistent.pem', '--tls-key', KEY]);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('--tls-cert: cannot read /nonexistent.pem (ENOENT)');
		const wrong = await runCli(['serve', '--memory', '--tls-cert', CERT, '--tls-key', CERT]);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toContain('are not a usable pair');
		expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
	}, 30_000);

	it('warns about plain ws:// on any address but loopback', () => {
		for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) {
			expect(isLoopback(host), host).toBe(true);
			expect(plainTextWarning(host, false), host).toBeNull();
		}
		for (const host of ['0.0.0.0', '::', '192.168.1.10', 'chat.example.com', '10.0.0.1']) {
			expect(isLoopback(host), host).toBe(false);
			expect(plainTextWarning(host, false), host).toMatch(/^WARNING: serving plain ws:\/\/ on /);
			expect(plainTextWarning(host, true), host).toBeNull();
		}
	});
});
