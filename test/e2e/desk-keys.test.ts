// Issue 9, end to end at 80x24 against a real server: while offers arrive, are accepted and time out, every message the
// agent types after Alt+digit lands with the customer whose chat was on screen, judged by the server's stored messages.
import {afterEach, describe, expect, it} from 'vitest';
import type {RunningServer} from '../../source/server/server.js';
import {focusedPaneName, startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {prng} from '../helpers/prng.js';
import {waitFor} from '../helpers/wait-for.js';
import {account, closeAll, joinCustomer, startTestServer} from '../server/helpers.js';
import {assignedChats, TOKEN} from './desk-kit.js';

afterEach(async () => {
	await stopDesks();
	await closeAll();
});

/** Short offers, so some time out while the agent types; room for everyone who is accepted. */
function keysServer(): Promise<RunningServer> {
	return startTestServer({
		agents: [account('alice', {name: 'Alice', capacity: 12}), account('bob')],
		offerTimeoutMs: 2_500,
		resumeWindowMs: 20_000,
	});
}

/** The agent's own words (not the desk's automatic notices) the server stored for a chat, in order. */
async function storedReplies(server: RunningServer, chatId: string): Promise<string[]> {
	return (await server.store.listMessages(chatId, {limit: 1_000})).messages
		.filter(message => message.author.type === 'agent' && !message.auto)
		.map(message => message.text);
}

/** What the test knows of the desk: which customer each number is, and what it typed for whom. */
class Shift {
	readonly byNumber = new Map<number, {chatId: string; name: string}>();
	readonly sent: Array<{chatId: string; text: string}> = [];
	private count = 0;

	constructor(
		private readonly server: RunningServer,
		private readonly desk: PtyScreen,
	) {}

	/**
	 * Alt+number (Alt+J and the digits past 9, as in WeeChat), the message, Enter, in one write (Ink splits it into
	 * keys), as a fast typist does.
	 */
	send(number: number): void {
		const chat = this.byNumber.get(number)!;
		const text = `for ${chat.name} #${++this.count}`;
		const jump = number <= 9 ? keys.alt(String(number)) : `${keys.alt('j')}${number}`;
		this.desk.write(`${jump}${text}${keys.enter}`);
		this.sent.push({chatId: chat.chatId, text});
	}

	/** Every message sent so far is stored by the server (with whoever: the check comes at the end). */
	async delivered(): Promise<void> {
		const texts = new Set(this.sent.map(entry => entry.text));
		await waitFor(
			async () => {
				const stored = await this.storedOfOpenChats();
				return [...texts].every(text => stored.has(text));
			},
			{timeout: 30_000, message: `the server to store ${texts.size} messages`},
		).catch(async (error: unknown) => {
			const stored = await this.storedOfOpenChats();
			const missing = [...texts].filter(text => !stored.has(text));
			throw new Error(`${String(error)}; missing ${JSON.stringify(missing)}\n${this.desk.frame()}`);
		});
	}

	private async storedOfOpenChats(): Promise<Set<string>> {
		const stored = new Set<string>();
		for (const chat of await this.server.store.listOpenChats())
			for (const text of await storedReplies(this.server, chat.id)) stored.add(text);
		return stored;
	}

	/** Alice's chats on the server that the test has not numbered yet. */
	private async unnumbered(): Promise<string[]> {
		const known = new Set([...this.byNumber.values()].map(chat => chat.chatId));
		return (await this.server.store.listChatsOfAgent('alice', 0))
			.map(chat => chat.id)
			.filter(chatId => !known.has(chatId));
	}

	/**
	 * Alt+Y: the oldest offer is accepted and shown. When a chat became Alice's, it has the next number (none is freed
	 * in these tests); the desk is waited for until it shows that chat as active. False when no offer was taken.
	 */
	async acceptOldest(names: ReadonlyMap<string, string>): Promise<boolean> {
		this.desk.write(keys.alt('y'));
		const chatId = await waitFor(async () => (await this.unnumbered())[0], {
			timeout: 3_000,
			message: 'an accepted chat',
		}).catch(() => null);
		if (chatId === null) return false;
		const name = names.get(chatId)!;
		const number = Math.max(...this.byNumber.keys()) + 1;
		this.byNumber.set(number, {chatId, name});
		await this.desk.waitForText(new RegExp(`${number} \\S ${name}`), {timeout: 15_000});
		return true;
	}

	/** Each chat's stored replies are exactly what was typed on its screen, in order; nothing went anywhere else. */
	async check(others: readonly string[]): Promise<void> {
		for (const {chatId, name} of this.byNumber.values()) {
			const expected = this.sent.filter(entry => entry.chatId === chatId).map(entry => entry.text);
			expect(await storedReplies(this.server, chatId), `${name}'s chat`).toEqual(expected);
		}
		for (const chatId of others) expect(await storedReplies(this.server, chatId), 'a chat never numbered').toEqual([]);
	}
}

async function openShift(server: RunningServer) {
	const start = await assignedChats(server, [{name: 'Sarah Jones'}, {name: 'Ola Nordmann'}, {name: 'Kari Berg'}]);
	const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24, args: ['--no-guard']});
	const shift = new Shift(server, desk);
	for (const [index, chat] of start.entries()) {
		shift.byNumber.set(index + 1, {chatId: chat.chatId, name: chat.name});
		await desk.waitForText(new RegExp(`${index + 1} \\S ${chat.name}`), {timeout: 15_000});
	}
	const names = new Map(start.map(chat => [chat.chatId, chat.name]));
	const join = async (name: string) => {
		const {chatId} = await joinCustomer(server, {name});
		names.set(chatId, name);
		return chatId;
	};
	return {desk, shift, names, join};
}

describe('keys reach the customer the agent sees (issue 9)', () => {
	it('offers arriving, accepted with Alt+Y and timing out never move a message to another customer', async () => {
		const server = await keysServer();
		const {desk, shift, names, join} = await openShift(server);

		const wei = await join('Wei Wang');
		await desk.waitForText('offers (1)');
		shift.send(2);
		shift.send(1);
		shift.send(3);
		await shift.delivered();

		expect(await shift.acceptOldest(names)).toBe(true);
		expect(shift.byNumber.get(4)?.chatId).toBe(wei);
		expect(focusedPaneName(desk)).toBe('Wei Wang');
		shift.send(4);
		shift.send(2);
		await shift.delivered();

		// Ana's offer arrives at the top of the list and times out while the agent keeps switching and typing.
		const ana = await join('Ana Silva');
		await desk.waitForText('Ana Silva');
		const order = [1, 4, 2, 3];
		for (let turn = 0; !desk.screenText().includes('timed out') && turn < 80; turn++) {
			shift.send(order[turn % order.length]!);
			await shift.delivered();
		}
		await desk.waitForText('timed out', {timeout: 15_000});
		for (const number of [3, 1, 4, 2]) shift.send(number);
		await shift.delivered();

		await shift.check([ana]);
		// The numbers the agent used all shift long still name the same customers.
		for (const [number, {name}] of shift.byNumber)
			expect(desk.screenText()).toMatch(new RegExp(`${number} \\S ${name}`));
	});

	it('stress: 220 sends at random (seeded) moments among random joins, accepts and time-outs', async () => {
		const server = await keysServer();
		const {shift, names, join} = await openShift(server);
		// Two seeded streams: one for who arrives and which offers are taken, one for the typing.
		const random = prng(9);
		const arrivals = prng(19);
		const joined: string[] = [];
		let customers = 0;
		// Bursts to go before Alt+Y takes the oldest offer (null: none planned; offers not taken time out after 2.5 s).
		let acceptIn: number | null = null;
		while (shift.sent.length < 220) {
			if (arrivals() < 0.1 && customers < 12) {
				joined.push(await join(`Guest ${String.fromCharCode(65 + customers++)}`));
				if (acceptIn === null && arrivals() < 0.6) acceptIn = Math.floor(arrivals() * 3);
			}
			if (acceptIn === 0 && shift.byNumber.size < 12) await shift.acceptOldest(names);
			acceptIn = acceptIn === null || acceptIn === 0 ? null : acceptIn - 1;
			// A burst of one to four messages to random chats, a few milliseconds apart, then the server is waited on.
			const burst = 1 + Math.floor(random() * 4);
			for (let index = 0; index < burst; index++) {
				shift.send(1 + Math.floor(random() * shift.byNumber.size));
				const gap = Math.floor(random() * 25);
				if (gap > 5) await new Promise(resolve => setTimeout(resolve, gap));
			}
			await shift.delivered();
		}
		await shift.delivered();
		const numbered = new Set([...shift.byNumber.values()].map(chat => chat.chatId));
		await shift.check(joined.filter(chatId => !numbered.has(chatId)));
		expect(shift.sent.length).toBeGreaterThanOrEqual(220);
		// The run did what it says: offers were accepted mid-stream, and some were left to time out.
		expect(shift.byNumber.size).toBeGreaterThan(4);
		expect(joined.some(chatId => !numbered.has(chatId))).toBe(true);
	}, 150_000);
});
