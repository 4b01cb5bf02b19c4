// A TCP proxy on 127.0.0.1 that can cut every connection through it at once, to simulate a dropped link.
import net from 'node:net';

export type CutProxy = {
	port: number;
	url: string;
	/** How many cuts found at least one live connection to cut. */
	cuts: () => number;
	cut: () => void;
	close: () => Promise<void>;
};

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
	const pairs = new Set<{client: net.Socket; upstream: net.Socket}>();
	let cutCount = 0;
	const server = net.createServer(client => {
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
		client.pipe(upstream);
		upstream.pipe(client);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as net.AddressInfo;
	/** Destroys both ends of every connection at once, mid-frame if a frame is in flight. */
	const cut = () => {
		if (pairs.size > 0) cutCount++;
		for (const {client, upstream} of pairs) {
			client.destroy();
			upstream.destroy();
		}
		pairs.clear();
	};
	return {
		port,
		url: `ws://127.0.0.1:${port}`,
		cuts: () => cutCount,
		cut,
		async close() {
			cut();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}
