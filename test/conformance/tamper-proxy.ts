// A WebSocket proxy on 127.0.0.1 that relays to a real server and injects one fault, to show which check catches it.
import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Duplex} from 'node:stream';
import WebSocket, {WebSocketServer} from 'ws';

export type Link = {endpoint: 'agent' | 'customer'; client: WebSocket};

export type Tamper = {
	/** Rewrites one text frame from the server: return the frames to pass on instead ([] drops it). */
	toClient?: (text: string, link: Link, proxy: TamperProxy) => string[];
	/** Changes the close code the server used. */
	closeCode?: (code: number, link: Link) => number;
};

export type TamperProxy = {url: string; links: Link[]; close: () => Promise<void>};

/** Close codes a peer may put on the wire (1005, 1006 and 1015 are reserved for reporting). */
function sendable(code: number): boolean {
	return (
		code === 1000 ||
		(code >= 1001 && code <= 1014 && ![1004, 1005, 1006].includes(code)) ||
		(code >= 3000 && code <= 4999)
	);
}

export async function startTamperProxy(upstream: string, tamper: Tamper): Promise<TamperProxy> {
	const links: Link[] = [];
	const wss = new WebSocketServer({
		noServer: true,
		handleProtocols: (_protocols, request) => (request as IncomingMessage & {chosen?: string}).chosen || false,
	});
	const http = createServer((_request, response) => response.writeHead(404).end());
	const proxy: TamperProxy = {url: '', links, close: async () => undefined};

	http.on('upgrade', (request: IncomingMessage & {chosen?: string}, socket: Duplex, head: Buffer) => {
		const path = new URL(request.url ?? '/', 'http://proxy').pathname;
		const endpoint = path === '/agent' ? 'agent' : path === '/customer' ? 'customer' : null;
		if (!endpoint) {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		const offered = (request.headers['sec-websocket-protocol'] ?? '')
			.split(',')
			.map(protocol => protocol.trim())
			.filter(Boolean);
		const server = new WebSocket(`${upstream}${path}`, offered);
		const early: Array<{data: WebSocket.RawData; isBinary: boolean}> = [];
		let link: Link | null = null;
		const relay = (data: WebSocket.RawData, isBinary: boolean) => {
			if (!link) return;
			if (isBinary || !tamper.toClient) {
				link.client.send(data, {binary: isBinary});
				return;
			}
			for (const text of tamper.toClient(data.toString(), link, proxy)) link.client.send(text);
		};
		server.on('message', (data, isBinary) => (link ? relay(data, isBinary) : early.push({data, isBinary})));
		server.once('unexpected-response', (_request, response) => {
			socket.end(`HTTP/1.1 ${response.statusCode} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
			server.terminate();
		});
		server.on('error', () => socket.destroy());
		server.once('open', () => {
			request.chosen = server.protocol;
			wss.handleUpgrade(request, socket, head, client => {
				link = {endpoint, client};
				links.push(link);
				for (const frame of early.splice(0)) relay(frame.data, frame.isBinary);
				if (server.readyState !== WebSocket.OPEN) client.terminate();
				client.on('message', (data, isBinary) => {
					if (server.readyState === WebSocket.OPEN) server.send(data, {binary: isBinary});
				});
				client.on('close', code => (sendable(code) ? server.close(code) : server.terminate()));
				client.on('error', () => server.terminate());
			});
		});
		server.on('close', (code, reason) => {
			if (!link) return;
			const mapped = tamper.closeCode ? tamper.closeCode(code, link) : code;
			if (sendable(mapped)) link.client.close(mapped, reason.toString());
			else link.client.terminate();
		});
	});

	await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve));
	proxy.url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
	proxy.close = async () => {
		for (const client of wss.clients) client.terminate();
		wss.close();
		await new Promise<void>(resolve => http.close(() => resolve()));
	};
	return proxy;
}
