// The desk end to end against legal server variants the reference server never shows (test/variant-server).
import {afterEach, describe, expect, it} from 'vitest';
import {CustomerClient} from '../../source/client/customer-client.js';
import type {Message} from '../../source/protocol/index.js';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys} from '../helpers/pty-screen.js';
import {waitFor} from '../helpers/wait-for.js';
import {startVariantServer, type VariantServer} from '../variant-server/variant-server.js';

let server: VariantServer | undefined;
const customers: CustomerClient[] = [];
afterEach(async () => {
	await stopDesks();
	for (const customer of customers.splice(0)) await customer.stop();
	await server?.close();
	server = undefined;
});

type Heard = {messages: Message[]; typing: boolean[]; customer: CustomerClient};

async function customerSaying(url: string, name: string, texts: string[]): Promise<Heard> {
	const messages: Message[] = [];
	const typing: boolean[] = [];
	const customer = new CustomerClient({
		url,
		onEvent: event => {
			if (event.type !== 'server.event') return;
			if (event.event === 'message.created') messages.push(event.payload.message);
			if (event.event === 'typing') typing.push(event.payload.typing);
		},
	});
	customers.push(customer);
	await customer.join({name, locale: 'en'});
	for (const text of texts) await customer.send(text);
	return {messages, typing, customer};
}

const fromAgent = (heard: Heard) => heard.messages.filter(message => message.author.type === 'agent');

describe('the desk against a server that assigns without offers, pages history by 3, takes 100 characters, runs 2 minutes ahead', () => {
	it('loads and pages the history, greets, splits long texts, never types for a note, and closes without a rating ask', async () => {
		server = await startVariantServer({
			assignWithoutOffer: true,
			historyPage: 3,
			maxTextChars: 100,
			idStyle: 'escaped',
			clockOffsetMs: 120_000,
			capabilities: [],
		});
		const words = Array.from({length: 12}, (_, index) => `line ${index + 1} of the story`);
		const sarah = await customerSaying(server.url, 'Sarah Jones', words);
		const desk = await startDesk(server.url, 'variant-token', {cols: 120, rows: 40});

		// Assigned without an offer: its history comes (paged by 3), never "loading the conversation" for good.
		await desk.waitForText('line 12 of the story');
		await desk.waitForText('line 1 of the story', {timeout: 20_000});
		expect(desk.screenText()).not.toContain('loading the conversation');
		// Greeted like any other chat (E2), within the server's 100 characters.
		await waitFor(() => fromAgent(sarah).length > 0 || undefined, {message: 'the greeting', timeout: 15_000});
		expect(fromAgent(sarah)[0]!.auto).toBe(true);

		// A long reply goes out in parts that each fit; none is refused.
		const long = `${'I have checked the order and it left the warehouse this morning. '.repeat(3)}It arrives tomorrow.`;
		desk.write(long);
		desk.write(keys.enter);
		// The guard may ask for a second Enter; the reply is the same either way.
		await desk.waitForText(/arrives tomorrow/);
		desk.write(keys.enter);
		await waitFor(() => fromAgent(sarah).some(message => message.text.endsWith('It arrives tomorrow.')) || undefined, {
			message: 'the last part of the long reply',
			timeout: 15_000,
		});
		const parts = fromAgent(sarah).slice(1);
		expect(parts.length).toBeGreaterThanOrEqual(3);
		for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(100);
		expect(desk.screenText()).not.toContain('not sent');

		// An internal note: no typing indicator reaches the customer while it is written.
		const typedBefore = sarah.typing.length;
		desk.write('/note customer wants it before Friday');
		desk.write(keys.enter);
		await desk.waitForText('customer wants it before Friday');
		expect(sarah.typing.slice(typedBefore).filter(Boolean)).toEqual([]);

		// /end now: the closing asks for no rating, since this server collects none (E19).
		desk.write('/end now');
		desk.write(keys.enter);
		await waitFor(() => sarah.customer.chat?.status === 'ended' || undefined, {
			message: 'the chat ended',
			timeout: 15_000,
		});
		const closing = fromAgent(sarah).at(-1)!;
		expect(closing.text).not.toMatch(/rate/);
	});
});

describe('the desk against a server whose clock is off', () => {
	// §6.1: an offer's expires_at is server time; the countdown runs on the desk's clock corrected by the offset.
	it.each([
		['2 minutes behind', -120_000],
		['2 minutes ahead', 120_000],
	])('counts an offer down from the server time when the server runs %s', async (_name, clockOffsetMs) => {
		server = await startVariantServer({clockOffsetMs, offerTimeoutMs: 60_000});
		const desk = await startDesk(server.url, 'variant-token', {cols: 100, rows: 30});
		await desk.waitForText('connected');
		await customerSaying(server.url, 'Sarah Jones', ['hello?']);
		// Uncorrected, it would read 0:00 (server behind) or 3:00 (server ahead).
		const left = () => {
			const match = /expires in (\d+):(\d\d)/.exec(desk.screenText());
			return match ? Number(match[1]) * 60 + Number(match[2]) : null;
		};
		await waitFor(() => left() ?? undefined, {message: 'the offer countdown', timeout: 15_000});
		// From the first frame that shows it, not only after the next tick.
		expect(left()).toBeGreaterThan(20);
		expect(left()).toBeLessThanOrEqual(60);
	});
});
