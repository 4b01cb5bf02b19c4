// Fills a reference server with chats and history through the ordinary endpoints, before the desk connects.
//
// Why this way: it needs no bench-only protocol op and nothing the desk could tell apart from a real day. Customers
// (the real CustomerClient) join and a stand-in agent session (same token as the desk) accepts every offer; the two
// then trade messages, customer and agent in turn, pipelined across chats. The stand-in leaves before the desk signs
// in, so the desk starts fresh and loads its chats and history the way it would in production. The customers stay
// connected to send live traffic.
import {WebSocket} from 'ws';
import {CustomerClient} from '../../source/client/customer-client.js';
import {AGENT_SUBPROTOCOL} from '../../source/protocol/index.js';
import {SIMULATED_VISITORS, startServer, type RunningServer} from '../../source/server/server.js';

export const BENCH_TOKEN = 'bench-token';
export const BENCH_AGENT_NAME = 'Alex';

const FIRST = [
	'Sarah',
	'Ola',
	'Kari',
	'Wei',
	'Amara',
	'Lucas',
	'Mina',
	'Jonas',
	'Priya',
	'Tomás',
	'Aiko',
	'Noah',
	'Leila',
	'Ivan',
	'Zoe',
];
const LAST = [
	'Jones',
	'Nordmann',
	'Berg',
	'Wang',
	'Okafor',
	'Silva',
	'Park',
	'Weber',
	'Shah',
	'García',
	'Sato',
	'Brown',
	'Haddad',
	'Petrov',
	'Martin',
];
const WORDS = (
	'the blender does not spin after I pressed the button twice and the light blinks red my order number is on ' +
	'the receipt could you check the warranty please I bought it last month from your shop in town thanks for ' +
	'helping me with this one more question about delivery and the invoice address which changed last week'
).split(' ');

/** Deterministic text of 4 to 30 words, so every run renders the same history. */
function sentence(seed: number): string {
	let state = (seed * 2_654_435_761) >>> 0;
	const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0);
	const count = 4 + (next() % 27);
	const words: string[] = [];
	for (let index = 0; index < count; index++) words.push(WORDS[next() % WORDS.length]!);
	const text = words.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** Distinct names for up to 225 customers (15 x 15 pairs), numbered beyond that. */
export function customerName(index: number): string {
	const first = FIRST[index % FIRST.length]!;
	const last = LAST[(index * 7 + Math.floor(index / FIRST.length)) % LAST.length]!;
	return `${first} ${last}${index >= FIRST.length * LAST.length ? ` ${index}` : ''}`;
}

/** Called on every request answer while a seeding round waits for its last one. */
let answerHook: (() => void) | null = null;

/** Resolves once `check` holds, re-checked on every answer (a round must not wait on a polling interval). */
function afterAnswers(check: () => boolean, timeout = 30_000): Promise<void> {
	if (check()) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			answerHook = null;
			reject(new Error('seeding: the server stopped answering'));
		}, timeout);
		answerHook = () => {
			if (!check()) return;
			answerHook = null;
			clearTimeout(timer);
			resolve();
		};
	});
}

/** The stand-in agent: a raw socket that answers pings, acks events now and then, and counts answers by prefix (no parse). */
class Peer {
	answered = 0;
	sent = 0;
	private readonly listeners = new Set<(frame: any) => void>();

	private constructor(readonly socket: WebSocket) {
		socket.on('message', data => {
			const text = String(data);
			if (text.startsWith('{"type":"evt"')) {
				const seq = Number(/"seq":(\d+)/.exec(text)?.[1]);
				if (seq % 200 === 0) socket.send(`{"type":"ack","seq":${seq}}`);
				// Only routing events need parsing; message echoes are the bulk and are skipped.
				if (this.listeners.size > 0 && !text.includes('"event":"message.created"')) this.emit(JSON.parse(text));
				return;
			}
			if (text.startsWith('{"type":"res"')) {
				this.answered++;
				answerHook?.();
				if (this.listeners.size > 0 && !text.includes('"message":{')) this.emit(JSON.parse(text));
				return;
			}
			const frame = JSON.parse(text) as {type: string; id?: string};
			if (frame.type === 'ping') socket.send(JSON.stringify({type: 'pong', id: frame.id}));
			else this.emit(frame);
		});
		socket.on('error', () => {});
	}

	static async open(url: string, protocol: string): Promise<Peer> {
		const socket = new WebSocket(url, protocol);
		const peer = new Peer(socket);
		const hello = peer.next(frame => frame.type === 'hello');
		await new Promise<void>((resolve, reject) => {
			socket.once('open', () => resolve());
			socket.once('error', reject);
		});
		await hello;
		return peer;
	}

	on(listener: (frame: any) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	next(match: (frame: any) => boolean, timeout = 15_000): Promise<any> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				off();
				reject(new Error('seeding: no answer from the server within 15 s'));
			}, timeout);
			const off = this.on(frame => {
				if (!match(frame)) return;
				clearTimeout(timer);
				off();
				resolve(frame);
			});
		});
	}

	async call(op: string, payload: object): Promise<any> {
		const id = `c${++this.sent}`;
		const answer = this.next(frame => frame.type === 'res' && frame.id === id);
		this.socket.send(JSON.stringify({type: 'req', id, op, payload}));
		const res = await answer;
		if (!res.ok) throw new Error(`seeding: ${op} failed: ${res.error?.code} ${res.error?.message}`);
		return res.payload;
	}

	/** Sends a request whose answer is only counted. */
	post(op: string, payload: object): void {
		this.socket.send(JSON.stringify({type: 'req', id: `p${++this.sent}`, op, payload}));
	}

	get inFlight(): number {
		return this.sent - this.answered;
	}

	async close(): Promise<void> {
		if (this.socket.readyState === WebSocket.CLOSED) return;
		const closed = new Promise<void>(resolve => this.socket.once('close', () => resolve()));
		this.socket.close();
		const timer = setTimeout(() => this.socket.terminate(), 2_000);
		await closed;
		clearTimeout(timer);
	}

	private emit(frame: any): void {
		for (const listener of [...this.listeners]) listener(frame);
	}
}

export type SeededServer = {
	server: RunningServer;
	url: string;
	token: string;
	/** Chat ids in the order the customers joined. */
	chatIds: string[];
	names: string[];
	messagesPerChat: number;
	/** Sends one customer message into chat `index` (no waiting for the answer). */
	sendCustomerMessage: (index: number, text: string) => void;
	close: () => Promise<void>;
};

const until = async (check: () => boolean, what: string, timeout = 60_000) => {
	const deadline = performance.now() + timeout;
	while (!check()) {
		if (performance.now() > deadline) throw new Error(`seeding: timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
};

/** A reference server on 127.0.0.1 holding `chats` active chats of the bench agent with `messages` messages each. */
export async function startSeededServer({chats, messages}: {chats: number; messages: number}): Promise<SeededServer> {
	const server = await startServer({
		agents: [
			{id: 'bench', name: BENCH_AGENT_NAME, company: 'Acme', token: BENCH_TOKEN, departments: [], capacity: chats},
		],
		departments: [],
		offerTimeoutMs: 120_000,
		// Seeding sends thousands of frames a second on one connection; the default limit is for real people.
		rateLimit: {perSecond: 1_000_000, burst: 1_000_000},
		// Every customer comes from this machine.
		limits: SIMULATED_VISITORS,
		onError: error => process.stderr.write(`bench server: ${String(error)}\n`),
	});
	const customers: CustomerClient[] = [];
	const names: string[] = [];
	const closeCustomers = () => Promise.all(customers.map(customer => customer.stop()));
	try {
		const agent = await Peer.open(server.agentUrl, AGENT_SUBPROTOCOL);
		const assigned = new Set<string>();
		agent.on(frame => {
			if (frame.type !== 'evt') return;
			if (frame.event === 'chat.offered') agent.post('offer.accept', {chat_id: frame.payload.chat.id});
			if (frame.event === 'chat.assigned') assigned.add(frame.payload.chat.id);
		});
		await agent.call('auth', {token: BENCH_TOKEN, client: {name: 'switchboard-bench-seeder', version: '0'}});

		const chatIds: string[] = [];
		for (let index = 0; index < chats; index++) {
			// The seeder only needs the customers' answers, not their events.
			const customer = new CustomerClient({url: server.customerUrl, onEvent: () => {}});
			customers.push(customer);
			const name = customerName(index);
			const chat = await customer.join({
				name,
				email: `customer${index}@example.com`,
				locale: 'en',
				page: '/shop/blenders',
			});
			names.push(name);
			chatIds.push(chat.chat_id);
		}
		await until(() => assigned.size === chats, `${chats} chats assigned (${assigned.size} so far)`);

		// Customer and agent take turns, one round at a time so the order holds; every chat's history ends with the
		// agent's reply, so no chat starts overdue.
		for (let n = 0; n < messages; n++) {
			const fromCustomer = (messages - 1 - n) % 2 === 1;
			if (fromCustomer) {
				await Promise.all(customers.map((customer, index) => customer.send(sentence(n * chats + index))));
				continue;
			}
			for (let index = 0; index < chats; index++) {
				agent.post('message.send', {
					chat_id: chatIds[index],
					client_msg_id: `s${index}-${n}`,
					text: sentence(n * chats + index),
					visibility: 'public',
				});
			}
			await afterAnswers(() => agent.inFlight === 0);
		}
		await agent.close();

		return {
			server,
			url: server.url,
			token: BENCH_TOKEN,
			chatIds,
			names,
			messagesPerChat: messages,
			// Only a closing bench makes a live send fail; nobody waits for it.
			sendCustomerMessage: (index, text) => void customers[index]!.send(text).catch(() => {}),
			async close() {
				await closeCustomers();
				await server.close();
			},
		};
	} catch (error) {
		await closeCustomers();
		await server.close();
		throw error;
	}
}

export {sentence as benchSentence};
