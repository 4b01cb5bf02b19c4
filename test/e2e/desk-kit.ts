// Shared setup for the desk's e2e tests: a reference server on 127.0.0.1, chats already assigned, a link that can go down.
import type {RunningServer} from '../../source/server/server.js';
import {startCutProxy, type CutProxy} from '../helpers/cut-proxy.js';
import {account, connectAgent, joinCustomer, startTestServer, type TestClient} from '../server/helpers.js';

export const TOKEN = 'alice-token';

/** A server for desk tests: Alice takes up to 6 chats; offers and resume windows long enough for a slow machine. */
export function deskServer(): Promise<RunningServer> {
	return startTestServer({
		agents: [account('alice', {name: 'Alice', capacity: 6}), account('bob')],
		offerTimeoutMs: 60_000,
		resumeWindowMs: 20_000,
	});
}

export type AssignedChat = {customer: TestClient; chatId: string; name: string};

/**
 * Chats that are Alice's before the desk starts: customers join (with `join`'s e-mail, language and department), a
 * stand-in session with Alice's token accepts them and leaves, customers send `messages`. The desk then signs in fresh
 * and finds them, as after a restart.
 */
export async function assignedChats(
	server: RunningServer,
	customers: Array<{
		name: string;
		messages?: string[];
		join?: {email?: string; locale?: string; department_id?: string};
	}>,
): Promise<AssignedChat[]> {
	const {client: agent} = await connectAgent(server, TOKEN);
	const chats: AssignedChat[] = [];
	for (const {name, messages = [], join = {}} of customers) {
		const {client: customer, chatId} = await joinCustomer(server, {...join, name});
		await agent.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await agent.call('offer.accept', {chat_id: chatId});
		for (const [index, text] of messages.entries())
			await customer.call('message.send', {client_msg_id: `seed-${index}`, text});
		chats.push({customer, chatId, name});
	}
	await agent.close();
	return chats;
}

let sent = 0;
/** A customer message, waited for until the server has it. */
export async function say(chat: AssignedChat | {customer: TestClient}, text: string): Promise<void> {
	await chat.customer.call('message.send', {client_msg_id: `say-${++sent}`, text});
}

/** The text of the agent's public messages the customer has received, in order. */
export function received(customer: TestClient): string[] {
	return customer
		.events('message.created')
		.flatMap(event => (event.payload.message.author.type === 'agent' ? [event.payload.message.text as string] : []));
}

export async function receivedText(customer: TestClient, text: string): Promise<void> {
	await customer.waitForEvent(
		'message.created',
		payload => payload.message.author.type === 'agent' && payload.message.text === text,
	);
}

export type Link = {url: string; proxy: CutProxy; down: () => void; up: () => void; close: () => Promise<void>};

/** The desk's link to the server: down() cuts every connection and refuses new ones until up(), so the desk stays offline for as long as the test needs. */
export async function startLink(server: RunningServer): Promise<Link> {
	const proxy = await startCutProxy(server.port);
	return {
		url: proxy.url,
		proxy,
		down() {
			proxy.block();
			proxy.cut();
		},
		up: () => proxy.unblock(),
		close: () => proxy.close(),
	};
}
