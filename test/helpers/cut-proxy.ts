// A TCP proxy on 127.0.0.1 in front of a server, for tests of dropped links: cut every connection, refuse new ones,
// mute the server's side, and count connections and bytes.
import net from 'node:net';

export type CutProxy = {
	port: number;
	url: string;
	/** How many cuts found at least one live connection to cut. */
	cuts: () => number;
	/** Destroys both ends of every connection at once, mid-frame if a frame is in flight. */
	cut: () => void;
	/** New connections are refused (destroyed at once) until unblock(): the link stays down. */
	block: () => void;
	unblock: () => void;
	/** The server's side goes silent (what it sends is dropped) until the next cut: a link that hangs. */
	mute: () => void;
	/** Connections open now, and ever made. */
	open: () => number;
	total: () => number;
	/** Bytes the clients sent through the proxy. */
	bytesUp: () => number;
	close: () => Promise<void>;
};

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
	const pairs = new Set<{client: net.Socket; upstream: net.Socket}>();
	let cutCount = 0;
	let total = 0;
	let bytesUp = 0;
	let blocked = false;
	let muted = false;
	const server = net.createServer(client => {
		if (blocked) {
			client.destroy();
			return;
		}
		total++;
		const upstream = net.connect(targetPort, '127.0.0.1');
		const pair = {client, upstream};
		pairs.add(pair);
		const drop = () => {
			pairs.delete(pair);
			client.destroy();
			upstream.destroy();
		};
		client.on('error', drop).on('close', drop);
		upstream.on('error', drop).on('close', drop);
		client.on('data', chunk => (bytesUp += chunk.length));
		client.pipe(upstream);
		upstream.on('data', chunk => {
			if (!muted) client.write(chunk);
		});
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	const cut = () => {
		if (pairs.size > 0) cutCount++;
		for (const {client, upstream} of pairs) {
			client.destroy();
			upstream.destroy();
		}
		pairs.clear();
		muted = false;
	};
	return {
		port,
		url: `ws://127.0.0.1:${port}`,
		cuts: () => cutCount,
		cut,
		block: () => void (blocked = true),
		unblock: () => void (blocked = false),
		mute: () => void (muted = true),
		open: () => pairs.size,
		total: () => total,
		bytesUp: () => bytesUp,
		async close() {
			cut();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
