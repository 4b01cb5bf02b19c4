// The desk and its terminal end to end: resize, a lost link while typing, and the terminal restored on every way out.
import {afterEach, describe, expect, it} from 'vitest';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {closeAll} from '../server/helpers.js';
import {assignedChats, deskServer, received, receivedText, say, startLink, TOKEN, type Link} from './desk-kit.js';

let link: Link | null = null;

afterEach(async () => {
	await stopDesks();
	await link?.close();
	link = null;
	await closeAll();
});

/** What a shell needs back: the primary screen, a visible cursor, no bracketed paste. */
function expectRestored(desk: PtyScreen) {
	expect(desk.alternateScreen()).toBe(false);
	expect(desk.cursorVisible()).toBe(true);
	expect(desk.bracketedPasteMode()).toBe(false);
}

describe('the desk in its terminal', () => {
	it('reflows at once when the terminal is resized, both ways', async () => {
		const server = await deskServer();
		await assignedChats(server, [
			{name: 'Sarah Jones', messages: ['a message that is long enough to need wrapping on a narrow terminal, surely']},
		]);
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('Sarah Jones');
		desk.write(keys.alt('1'));
		await desk.waitForText('surely');
		// Laid out for the size: header on the first row, the frame closed two rows from the bottom, hints on the last.
		const fits = (cols: number, rows: number) =>
			desk.cols === cols &&
			desk.line(0).includes('switchboard') &&
			desk.line(rows - 3).startsWith('└') &&
			/[┘╝]$/.test(desk.line(rows - 3)) &&
			/Alt\+1-9/.test(desk.line(rows - 1)) &&
			desk.screenText().includes('surely') &&
			desk.lines().every(line => [...line].length <= cols);
		expect(fits(120, 40)).toBe(true);
		const wide = desk.screenText();

		desk.resize(80, 24);
		await desk.waitFor(() => fits(80, 24), {message: 'the desk redrawn at 80x24'});
		// The message rewrapped to the narrower pane.
		expect(desk.screenText()).not.toBe(wide);
		desk.resize(120, 40);
		await desk.waitFor(
			() =>
				fits(120, 40) &&
				!desk
					.lines()
					.slice(24)
					.every(line => line === ''),
			{message: 'the desk redrawn at 120x40'},
		);
	});

	it('keeps typing and sending while the server link is down, and delivers once it is back', async () => {
		const server = await deskServer();
		const [sarah] = await assignedChats(server, [{name: 'Sarah Jones', messages: ['are you there?']}]);
		link = await startLink(server);
		const desk = await startDesk(link.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('connected');
		desk.write(keys.alt('1'));
		await desk.waitForText('are you there?');

		desk.write('still here, ');
		link.down();
		await desk.waitForText(/reconnecting in \d+ s/);
		desk.write(`checking now${keys.enter}`);
		await desk.waitForText('still here, checking now (queued)');
		await desk.waitForText('1 queued');
		desk.write(`and a second one${keys.enter}`);
		await desk.waitForText('and a second one (queued)');
		await desk.waitForText('2 queued');
		expect(received(sarah!.customer)).toEqual([]);

		link.up();
		await receivedText(sarah!.customer, 'still here, checking now');
		await receivedText(sarah!.customer, 'and a second one');
		await desk.waitForText('● connected');
		await desk.waitForNoText(/queued/);
		// Once each, in order, nothing lost and nothing twice.
		await say(sarah!, 'great, thanks');
		await desk.waitForText('great, thanks');
		expect(received(sarah!.customer)).toEqual(['still here, checking now', 'and a second one']);
		expect(link.proxy.cuts()).toBe(1);
	});

	it('asks before quitting with chats active, quits on the second Ctrl+C, and restores the terminal', async () => {
		const server = await deskServer();
		await assignedChats(server, [{name: 'Sarah Jones'}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('Sarah Jones');
		expect(desk.alternateScreen()).toBe(true);
		expect(desk.cursorVisible()).toBe(false);

		desk.write(keys.ctrlC);
		await desk.waitForText(/press Ctrl\+C again to quit \(1 active chat/);
		expect(desk.exited).toBeNull();
		desk.write(keys.ctrlC);
		expect(await desk.waitForExit()).toMatchObject({exitCode: 0});
		expectRestored(desk);
	});

	it.each(['SIGTERM', 'SIGHUP'] as const)('restores the terminal when killed with %s', async signal => {
		const server = await deskServer();
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('connected');
		desk.kill(signal);
		await desk.waitForExit();
		expectRestored(desk);
	});
});
