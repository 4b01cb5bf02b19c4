// The agent client against what the spec allows and the reference server never does (test/variant-server).
import {afterEach, describe, expect, it} from 'vitest';
import {CustomerClient} from '../../source/client/customer-client.js';
import {startVariantServer, type VariantServer} from '../variant-server/variant-server.js';
import type {VariantOptions} from '../variant-server/variant-options.js';
import {waitFor} from '../helpers/wait-for.js';
import {useHarness} from './harness.js';

const {startClient, connected} = useHarness();

let server: VariantServer | undefined;
const customers: CustomerClient[] = [];
afterEach(async () => {
	for (const customer of customers.splice(0)) await customer.stop();
	await server?.close();
	server = undefined;
});

async function variant(options: VariantOptions): Promise<VariantServer> {
	server = await startVariantServer(options);
	return server;
}

async function customerWith(url: string, messages: string[]): Promise<CustomerClient> {
	const customer = new CustomerClient({url, onEvent: () => undefined});
	customers.push(customer);
	await customer.join({name: 'Pia Page', locale: 'en'});
	for (const text of messages) await customer.send(text);
	return customer;
}

describe('agent client against legal server variants', () => {
	it('a chat assigned without an offer gets its history, paged with before through pages of 3', async () => {
		const running = await variant({assignWithoutOffer: true, historyPage: 3, idStyle: 'numeric'});
		await customerWith(running.url, ['one', 'two', 'three', 'four', 'five', 'six', 'seven']);
		const {log} = startClient(running.url, {token: 'variant-token'});
		const assigned = await log.next('server.event', action => action.event === 'chat.assigned');
		expect(assigned.event === 'chat.assigned' && assigned.payload.chat.id).toBe('1');
		await log.next('history.loaded', action => !action.has_more);
		const pages = log.of('history.loaded').map(action => action.messages.map(message => message.text));
		expect(pages).toEqual([['five', 'six', 'seven'], ['two', 'three', 'four'], ['one']]);
	});

	it('a text over max_text_chars goes out in parts that each fit, in order, none refused', async () => {
		const running = await variant({maxTextChars: 100});
		const customer = await customerWith(running.url, []);
		const texts: string[] = [];
		const {client, log} = startClient(running.url, {token: 'variant-token'});
		const offered = await log.next('server.event', action => action.event === 'chat.offered');
		const chatId = offered.event === 'chat.offered' ? offered.payload.chat.id : '';
		await client.request('offer.accept', {chat_id: chatId});
		expect(client.maxTextChars).toBe(100);
		const sentence = 'Thank you for waiting, I have checked the order and the parcel is on its way to you today. ';
		const text = `${sentence}${sentence}Anything else? 🙂`;
		client.send(chatId, text);
		await waitFor(() => log.of('outbox.sent').length === 3 || undefined, {message: 'three parts confirmed'});
		for (const action of log.of('outbox.sent')) texts.push(action.message.text);
		expect(texts.every(part => part.length <= 100)).toBe(true);
		expect(texts.join(' ')).toBe(text.trim());
		expect(log.of('outbox.failed')).toEqual([]);
		expect(customer.chat?.status).toBe('active');
	});

	it('counts on the server clock: the offset comes from hello.now', async () => {
		const running = await variant({clockOffsetMs: 120_000});
		const {client, log} = startClient(running.url, {token: 'variant-token'});
		await log.next('session.started');
		expect(Math.abs(client.clockOffsetMs - 120_000)).toBeLessThan(5_000);
	});
});

describe('close 4429', () => {
	it('waits at least the spec minimum (1 s) before reconnecting, whatever the backoff says', async () => {
		const {server: fake, connection} = await connected();
		const closedAt = Date.now();
		connection.close(4429, 'rate limited');
		await fake.nextConnection(10_000);
		expect(Date.now() - closedAt).toBeGreaterThanOrEqual(990);
	});
});
