// The customer endpoint's Origin allowlist (`serve --allow-origin`): which web pages may open a chat, and the refusal.
import {afterEach, describe, expect, it} from 'vitest';
import {WebSocket} from 'ws';
import {CUSTOMER_SUBPROTOCOL} from '../../source/protocol/index.js';
import {originAllowed, parseAllowedOrigin} from '../../source/server/origin-policy.js';
import {closeAll, startTestServer} from './helpers.js';

afterEach(closeAll);

describe('originAllowed', () => {
	const shop = ['https://shop.example.com'];
	type Case = [origin: string | undefined, host: string, list: readonly string[], allowed: boolean, why: string];
	it.each<Case>([
		[undefined, 'chat.example.com', [], true, 'no Origin: not a browser'],
		['https://chat.example.com', 'chat.example.com', [], true, 'the server its own page'],
		['http://chat.example.com:7420', 'chat.example.com:7420', [], true, 'the server its own page, with a port'],
		['https://chat.example.com', 'chat.example.com:443', [], true, 'the default port written out'],
		['http://127.0.0.1:5173', 'chat.example.com', [], true, 'loopback'],
		['http://localhost:3000', 'chat.example.com', [], true, 'localhost'],
		['http://[::1]:8080', 'chat.example.com', [], true, 'IPv6 loopback'],
		['https://evil.example', 'chat.example.com', [], false, 'another site'],
		['https://evil.example', 'chat.example.com', shop, false, 'another site, with a list'],
		['https://shop.example.com', 'chat.example.com', shop, true, 'a listed site'],
		['http://shop.example.com', 'chat.example.com', shop, false, 'a listed host on another scheme'],
		['https://shop.example.com:8443', 'chat.example.com', shop, false, 'a listed host on another port'],
		['https://127.0.0.1.evil.example', 'chat.example.com', [], false, 'a name that starts like loopback'],
		['null', 'chat.example.com', [], false, 'a sandboxed frame or a file:// page'],
		['null', 'chat.example.com', ['*'], true, 'anything, with *'],
		['https://evil.example', 'chat.example.com', ['*'], true, 'anything, with *'],
	])('%s to %s with %j: %s (%s)', (origin, host, list, expected) => {
		expect(originAllowed(origin, host, list)).toBe(expected);
	});

	it('normalises list entries and refuses what is not an origin', () => {
		expect(parseAllowedOrigin(' https://Shop.Example.com/ ')).toBe('https://shop.example.com');
		expect(parseAllowedOrigin('https://shop.example.com:443')).toBe('https://shop.example.com');
		expect(parseAllowedOrigin('*')).toBe('*');
		expect(() => parseAllowedOrigin('shop.example.com')).toThrow(/not an origin/);
		expect(() => parseAllowedOrigin('https://shop.example.com/chat')).toThrow(/no path/);
		expect(() => parseAllowedOrigin('ftp://shop.example.com')).toThrow(/https:\/\//);
	});
});

/** Opens a customer socket with the given Origin; resolves with 'open' or the HTTP status the upgrade got. */
function tryCustomer(url: string, origin: string | undefined): Promise<'open' | number> {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(url, CUSTOMER_SUBPROTOCOL, origin === undefined ? {} : {origin});
		socket.once('open', () => {
			socket.close();
			resolve('open');
		});
		socket.once('unexpected-response', (_request, response) => {
			resolve(response.statusCode ?? 0);
			socket.terminate();
		});
		socket.once('error', error => {
			if (socket.readyState !== WebSocket.CLOSED) reject(error);
		});
	});
}

describe('the customer endpoint behind the allowlist', () => {
	it('refuses another site with 403 and one log line, and lets loopback, listed and Origin-less clients in', async () => {
		const lines: string[] = [];
		const server = await startTestServer({allowOrigins: ['https://shop.example.com'], log: line => lines.push(line)});
		expect(await tryCustomer(server.customerUrl, 'https://evil.example')).toBe(403);
		expect(await tryCustomer(server.customerUrl, 'https://evil.example')).toBe(403);
		// Once per origin a minute: a page retrying every second must not flood the log.
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('"https://evil.example"');
		expect(lines[0]).toContain('--allow-origin');
		expect(await tryCustomer(server.customerUrl, 'https://shop.example.com')).toBe('open');
		expect(await tryCustomer(server.customerUrl, `http://127.0.0.1:${server.port}`)).toBe('open');
		expect(await tryCustomer(server.customerUrl, undefined)).toBe('open');
		// The agent endpoint is not a browser's: the desk signs in with a token wherever it runs.
		expect(await tryCustomer(server.agentUrl.replace('/agent', '/customer'), 'https://evil.example')).toBe(403);
	});

	it('lets every page in with *', async () => {
		const server = await startTestServer({allowOrigins: ['*'], log: () => {}});
		expect(await tryCustomer(server.customerUrl, 'https://anywhere.example')).toBe('open');
	});
});
