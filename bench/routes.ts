// The two routes a benchmark message can take: through the reference server, or through the bare ws relay.
import {WebSocket} from 'ws';
import {AgentClient} from '../source/client/agent-client.js';

export type Route = {
	name: string;
	/** Sends one customer message from customer `index`. */
	send: (index: number, text: string) => void;
	/** Sets the one listener called with each message text as the agent receives it. */
	onDelivered: (listener: (text: string) => void) => void;
	close: () => Promise<void>;
};

const opened = (socket: WebSocket) =>
	new Promise<void>((resolve, reject) => {
		socket.once('open', () => resolve());
		socket.once('error', reject);
	});

const messageFrame = (index: number, count: number, text: string) =>
	JSON.stringify({
		type: 'req',
		id: `r${count}`,
		op: 'message.send',
		payload: {client_msg_id: `b${index}-${count}`, text},
	});

/** Baseline: customers' frames are forwarded verbatim to one agent socket, which parses them. */
export async function relayRoute(url: string, customers: number): Promise<Route> {
	const agent = new WebSocket(`${url}/agent`);
	await opened(agent);
	const sockets = await Promise.all(
		Array.from({length: customers}, async () => {
			const socket = new WebSocket(`${url}/customer`);
			await opened(socket);
			return socket;
		}),
	);
	let count = 0;
	let listener = (_text: string) => {};
	agent.on('message', data => listener((JSON.parse(String(data)) as {payload: {text: string}}).payload.text));
	return {
		name: 'relay',
		send: (index, text) => sockets[index]!.send(messageFrame(index, count++, text)),
		onDelivered: next => (listener = next),
		close: async () => {
			for (const socket of [agent, ...sockets]) socket.close();
		},
	};
}

/**
 * A customer on the reference server: joins, answers pings, and acks every 100th event so the server can
 * trim its replay buffer. After the join it reads frames by their prefix instead of parsing them: the
 * benchmark measures the server and the agent's client, not this stand-in customer.
 */
async function joinCustomer(url: string, name: string): Promise<WebSocket> {
	const socket = new WebSocket(`${url}/customer`, 'switchboard.customer.v1');
	// The listener goes on before `open` is awaited: the server sends hello at once.
	const open = opened(socket);
	let joined!: () => void;
	const ready = new Promise<void>(resolve => (joined = resolve));
	socket.on('message', data => {
		const text = String(data);
		if (text.startsWith('{"type":"res"') && !text.startsWith('{"type":"res","id":"join"')) return;
		if (text.startsWith('{"type":"evt"')) {
			const seq = Number(/"seq":(\d+)/.exec(text)?.[1]);
			if (seq % 100 === 0) socket.send(JSON.stringify({type: 'ack', seq}));
			return;
		}
		const frame = JSON.parse(text) as {type: string; id?: string};
		if (frame.type === 'hello')
			socket.send(JSON.stringify({type: 'req', id: 'join', op: 'join', payload: {name, locale: 'en'}}));
		else if (frame.type === 'res') joined();
		else if (frame.type === 'ping') socket.send(JSON.stringify({type: 'pong', id: frame.id}));
	});
	await open;
	await ready;
	return socket;
}

/** The real thing: customers join the reference server, our AgentClient accepts their chats and receives. */
export function serverRoute(url: string, token: string, customers: number): Promise<Route> {
	return clusterRoute([url], [token], customers);
}

/**
 * Several server processes on one database (or one): agent k signs in to process k, customer j joins process
 * j mod n, as a load balancer would spread them; each agent accepts whatever it is offered. A message crosses
 * processes whenever its customer's process is not its agent's.
 */
export async function clusterRoute(urls: string[], tokens: string[], customers: number): Promise<Route> {
	let listener = (_text: string) => {};
	const assigned = new Set<string>();
	const agents = await Promise.all(
		urls.map(async (url, index) => {
			let connected!: () => void;
			const ready = new Promise<void>(resolve => (connected = resolve));
			const client: AgentClient = new AgentClient({
				url,
				token: tokens[index]!,
				client: {name: 'switchboard-bench', version: '0'},
				onAction(action) {
					if (action.type === 'connection.changed' && action.status.state === 'connected') connected();
					if (action.type !== 'server.event') return;
					if (action.event === 'chat.offered') void client.request('offer.accept', {chat_id: action.payload.chat.id});
					if (action.event === 'chat.assigned') assigned.add(action.payload.chat.id);
					if (action.event === 'message.created' && action.payload.message.author.type === 'customer') {
						listener(action.payload.message.text);
					}
				},
			});
			client.start();
			await ready;
			return client;
		}),
	);
	const sockets: WebSocket[] = [];
	for (let index = 0; index < customers; index++)
		sockets.push(await joinCustomer(urls[index % urls.length]!, `Customer ${index}`));
	const deadline = Date.now() + 30_000;
	while (assigned.size < customers) {
		if (Date.now() > deadline) throw new Error(`only ${assigned.size} of ${customers} chats were assigned`);
		await new Promise(resolve => setTimeout(resolve, 20));
	}
	let count = 0;
	return {
		name: urls.length === 1 ? 'server' : `cluster of ${urls.length}`,
		send: (index, text) => sockets[index]!.send(messageFrame(index, count++, text)),
		onDelivered: next => (listener = next),
		close: async () => {
			for (const socket of sockets) socket.close();
			await Promise.all(agents.map(agent => agent.stop()));
		},
	};
}
