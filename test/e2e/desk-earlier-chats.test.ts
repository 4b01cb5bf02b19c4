// E8 in a pty at 80x24 against the real reference server: a returning customer's earlier chat, served by a colleague,
// is opened from her chat with Alt+E and read back to its first message across two pages; a server without
// earlier_chats (the variant server) gets one plain line instead.
import {afterEach, describe, expect, it} from 'vitest';
import {CustomerClient} from '../../source/client/customer-client.js';
import type {RunningServer} from '../../source/server/server.js';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys} from '../helpers/pty-screen.js';
import {account, closeAll, connectAgent, joinCustomer, startTestServer, type TestClient} from '../server/helpers.js';
import {startVariantServer, type VariantServer} from '../variant-server/variant-server.js';
import {assignedChats, TOKEN} from './desk-kit.js';

let variant: VariantServer | undefined;
const customers: CustomerClient[] = [];
afterEach(async () => {
	await stopDesks();
	await closeAll();
	for (const customer of customers.splice(0)) await customer.stop();
	await variant?.close();
	variant = undefined;
});

/** An ended chat of sarah@example.com in Technical, served by Bob, with `count` numbered messages from her. */
async function earlierVisit(server: RunningServer, bob: TestClient, visit: string, count: number): Promise<void> {
	const {client, chatId} = await joinCustomer(server, {
		name: 'Sarah Jones',
		email: 'sarah@example.com',
		department_id: 'tech',
	});
	await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
	await bob.call('offer.accept', {chat_id: chatId});
	for (let n = 1; n <= count; n++)
		await client.call('message.send', {
			client_msg_id: `${visit}-${n}`,
			text: `${visit} visit, line ${String(n).padStart(2, '0')}`,
		});
	await bob.call('chat.end', {chat_id: chatId});
	await client.close();
}

describe('earlier chats on the desk (E8)', () => {
	it('opens a returning customer’s earlier chat from her chat and reads it back across two pages', async () => {
		const server = await startTestServer({
			agents: [account('alice', {name: 'Alice', capacity: 6}), account('bob', {departments: ['tech']})],
			offerTimeoutMs: 60_000,
			resumeWindowMs: 20_000,
			// Her 55 lines go in as fast as the test sends them.
			limits: {identityRate: {perSecond: 1_000, burst: 1_000}},
		});
		const {client: bob} = await connectAgent(server, 'bob-token');
		await earlierVisit(server, bob, 'first', 55);
		await earlierVisit(server, bob, 'second', 2);
		await bob.call('presence.set', {presence: 'away'});
		await assignedChats(server, [
			{name: 'Sarah Jones', join: {email: 'sarah@example.com', department_id: 'tech'}, messages: ['hello again']},
		]);

		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText(/1 \S Sarah Jones/, {timeout: 15_000});
		desk.write(keys.alt('1'));
		await desk.waitForText('hello again', {timeout: 15_000});

		desk.write(keys.alt('e'));
		await desk.waitForText('earlier chats of Sarah Jones', {timeout: 10_000});
		// Newest first: when, department, who served it, how it ended.
		await desk.waitForText(/▶ \d{4}-\d\d-\d\d \d\d:\d\d {2}Technical {5}Bob {11}ended/, {timeout: 10_000});
		expect(desk.screenText().match(/Technical {5}Bob {11}ended/g)).toHaveLength(2);

		desk.write(keys.down);
		desk.write(keys.enter);
		await desk.waitForText('first visit, line 55', {timeout: 10_000});
		expect(desk.screenText()).toContain('Esc back to the list');
		expect(desk.screenText()).not.toContain('first visit, line 05');

		// At the top of the first page (lines 06-55), PgUp brings the page before it: lines 01-05.
		desk.write(keys.home);
		await desk.waitForText('older messages: PgUp loads them', {timeout: 10_000});
		expect(desk.screenText()).toContain('first visit, line 06');
		desk.write(keys.pageUp);
		await desk.waitForText('older messages above', {timeout: 10_000});
		desk.write(keys.home);
		await desk.waitForText('start of the chat', {timeout: 10_000});
		await desk.waitForText('first visit, line 01', {timeout: 10_000});

		desk.write(keys.escape);
		await desk.waitForText('earlier chats of Sarah Jones', {timeout: 10_000});
		desk.write(keys.escape);
		await desk.waitFor(current => !current.screenText().includes('earlier chats of'), {timeout: 10_000});
		await desk.waitForText('hello again', {timeout: 10_000});
	});

	it('says in one line that a server without earlier_chats does not share them, and shows no error', async () => {
		variant = await startVariantServer({assignWithoutOffer: true, capabilities: []});
		const customer = new CustomerClient({url: variant.url, onEvent: () => {}});
		customers.push(customer);
		await customer.join({name: 'Sarah Jones', locale: 'en'});
		await customer.send('hello again');
		const desk = await startDesk(variant.url, 'variant-token', {cols: 80, rows: 24});
		await desk.waitForText('hello again', {timeout: 20_000});
		desk.write(keys.alt('e'));
		await desk.waitForText('this server does not share earlier chats', {timeout: 10_000});
		desk.write(keys.alt('e'));
		await desk.settled();
		expect(desk.screenText()).not.toContain('earlier chats of');
		expect(desk.screenText()).not.toMatch(/could not|refused|error/i);
	});
});
