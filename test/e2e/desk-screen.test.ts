// Readable at 80x24 (issue 9), in a pty against a reference server: every long line shown in full, ASCII under LANG=C, offers below 50 columns.
import {afterEach, describe, expect, it} from 'vitest';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {account, closeAll, connectAgent, joinCustomer, startTestServer} from '../server/helpers.js';
import {assignedChats, deskServer, TOKEN} from './desk-kit.js';

afterEach(async () => {
	await stopDesks();
	await closeAll();
});

/** At 80x24 the chat list takes 24 columns; the pane's inside is columns 25-78. Its rows as one line of words. */
function paneWords(desk: PtyScreen): string {
	return desk
		.lines()
		.slice(1)
		.map(line => [...line].slice(25, 79).join(''))
		.join(' ')
		.replaceAll(/\s+/g, ' ');
}

/** Rows under the pane's bottom border (notice rows and hints) as one line of words. */
function bottomWords(desk: PtyScreen): string {
	const frameEnd = desk.lines().findLastIndex(line => /^[└+#╚]/.test(line));
	return desk
		.lines()
		.slice(frameEnd + 1)
		.join(' ')
		.replaceAll(/\s+/g, ' ');
}

const CANNED_SORRY =
	"I'm really sorry this happened – I completely understand how frustrating it must be. I'd like to put it right " +
	'for you: we can send you a replacement, or refund you in full. The choice is yours – which would you prefer?';

describe('readable at 80x24', () => {
	it('palette descriptions, a canned response, guard findings with their keys, a long notice and the alert log, each in full', async () => {
		const server = await startTestServer({
			agents: [account('alice', {name: 'Alice', capacity: 6}), account('bob', {name: 'Bob'})],
			offerTimeoutMs: 60_000,
			resumeWindowMs: 20_000,
		});
		const {client: bob} = await connectAgent(server, 'bob-token');
		const [sarah] = await assignedChats(server, [{name: 'Sarah Jones-Whitfield', messages: ['hello?']}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('Sarah Jones-Whi');
		desk.write(keys.alt('1'));
		await desk.waitForText('hello?');

		// The palette: a description wider than its column wraps under itself.
		desk.write('/');
		await desk.waitFor(
			() => paneWords(desk).includes('Put a canned response into the composer to edit before sending'),
			{
				message: `the /canned description in full:\n${desk.screenText()}`,
			},
		);
		expect(desk.screenText()).not.toMatch(/Put a canned.*…/);

		// E12: a canned response lands in the composer and can be read whole before it is sent.
		desk.write('c sorry');
		await desk.waitForText('Apology with a choice');
		desk.write(keys.enter);
		await desk.waitFor(() => paneWords(desk).includes(CANNED_SORRY), {
			message: `the canned response in full in the composer:\n${desk.screenText()}`,
		});
		expect(desk.screenText()).toMatch(/> I'm really sorry/);
		// Clear it (Ctrl+U takes a line at a time; the draft is one line).
		desk.write('\u0015');
		await desk.waitForText('type a message');

		// The guard: every finding and the keys to go on, unwrapped from their rows.
		desk.write("I don't know, that's company policy.");
		await desk.waitForText('company policy.');
		desk.write(keys.enter);
		await desk.waitFor(
			() => paneWords(desk).includes('Tab applies the suggestions · Enter sends as it is · Esc edits'),
			{
				message: `the guard's keys in full:\n${desk.screenText()}`,
			},
		);
		const guard = paneWords(desk);
		expect(guard).toMatch(/Negative wording: "I don't know" → try "[^"]+" \(E6\)/);
		expect(guard).toMatch(/Negative wording: "that's company policy"/);
		desk.write(keys.escape);
		await desk.waitForNoText(/guard:/);
		desk.write('\u0015');
		await desk.waitForText('type a message');

		// A long notice: a transfer Bob declines. It wraps over rows of its own; the hints stay on the last row.
		desk.write('/transfer bob warranty claim');
		await desk.waitForText('warranty claim');
		desk.write(keys.enter);
		const offered = await bob.waitForEvent('chat.offered', payload => payload.chat.id === sarah!.chatId);
		await bob.call('offer.decline', {chat_id: offered.payload.chat.id});
		const notice = 'Transfer of Sarah Jones-Whitfield to Bob failed: it was declined. The chat is yours again.';
		await desk.waitFor(() => bottomWords(desk).includes(notice), {
			message: `the notice in full:\n${desk.screenText()}`,
		});
		expect(desk.line(23)).toMatch(/F1 help/);

		// The alert log keeps it, with its time and the customer's name (never the chat's id).
		desk.write(keys.alt('l'));
		await desk.waitForText(/alerts · Esc closes/);
		const log = desk
			.lines()
			.slice(2, 22)
			.map(line => line.replaceAll(/^[║#]|[║#]$/g, ''))
			.join(' ')
			.replaceAll(/\s+/g, ' ');
		expect(log).toMatch(/\d\d:\d\d:\d\d !{1,2} Sarah Jones-Whitfield: Transfer of Sarah Jones-Whitfield/);
		expect(log).toContain(notice.split(' ').slice(-6).join(' '));
		expect(log).not.toContain(sarah!.chatId);
		desk.write(keys.escape);
		await desk.waitForNoText(/alerts · Esc closes/);
	});
});

describe('offers at 80x24', () => {
	it("show the offer's keys in full, on a row of their own after the deadline", async () => {
		const server = await deskServer();
		await assignedChats(server, [{name: 'Sarah Jones'}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('connected');
		await joinCustomer(server, {name: 'Kari Nordmann'});
		await desk.waitForText('Kari Nordmann');
		desk.write(keys.alt('a'));
		await desk.waitFor(
			() => /expires in/.test(desk.screenText()) && paneWords(desk).includes('Enter accept · Alt+D decline'),
			{message: `the offer's keys in full:\n${desk.screenText()}`},
		);
	});
});

describe('ASCII and small terminals', () => {
	it('under LANG=C shows no character outside ASCII, the ellipsis included, on any screen', async () => {
		const server = await deskServer();
		// A name longer than the chat list's column, so something is cut there too.
		await assignedChats(server, [
			{name: 'Sarah Jones-Whitfield', messages: ['my blender stopped after a week, can you help?']},
		]);
		const desk = await startDesk(server.url, TOKEN, {
			cols: 80,
			rows: 24,
			env: {LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined},
		});
		await desk.waitForText('Sarah Jones-W');
		const seen: string[] = [];
		const ascii = () => {
			const screen = desk.screenText();
			seen.push(screen);
			const stray = [...screen].filter(char => char.codePointAt(0)! > 0x7e);
			expect(stray, screen).toEqual([]);
		};
		ascii();
		desk.write(keys.alt('1'));
		await desk.waitForText('blender');
		ascii();
		desk.write('/');
		await desk.waitForText('/canned');
		ascii();
		desk.write(keys.backspace);
		await desk.waitForText('type a message');
		desk.write("NO, I DON'T KNOW!!! that's company policy");
		await desk.waitForText('company policy');
		desk.write(keys.enter);
		await desk.waitForText(/guard:/);
		ascii();
		desk.write(keys.escape);
		await desk.waitForNoText(/guard:/);
		desk.write('\u0015');
		await desk.waitForText('type a message');
		// The agent's own draft too: the bundled apology has dashes ("happened – I") the composer draws as ASCII.
		desk.write('/c sorry');
		await desk.waitForText('Apology');
		desk.write(keys.enter);
		await desk.waitForText("I'm really sorry this happened - I");
		ascii();
		desk.write(keys.alt('r'));
		await desk.waitForText('type a message');
		desk.write(keys.ctrl('g'));
		await desk.waitForText(/find a chat - /);
		ascii();
		desk.write(keys.escape);
		await desk.waitForNoText(/find a chat/);
		desk.write(keys.f1);
		await desk.waitForText(/keys - Esc closes/);
		ascii();
		desk.write(keys.escape);
		await desk.waitForNoText(/Esc closes/);
		await joinCustomer(server, {name: 'Kari Nordmann'});
		await desk.waitForText('Kari Nordmann');
		desk.write(keys.alt('a'));
		await desk.waitForText('expires in');
		ascii();
		desk.write(keys.alt('l'));
		await desk.waitForText(/alerts - Esc closes/);
		ascii();
		expect(seen.length).toBe(9);
	});

	it('below 50 columns, with no chat list, an offer still shows on screen', async () => {
		const server = await deskServer();
		await assignedChats(server, [{name: 'Sarah Jones'}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 44, rows: 16});
		await desk.waitForText('connected');
		await joinCustomer(server, {name: 'Kari'});
		await desk.waitFor(() => /^◆ chat offered: Kari · expires in \d+:\d\d/.test(desk.line(1)), {
			message: `the offer row under the header:\n${desk.screenText()}`,
		});
	});
});
