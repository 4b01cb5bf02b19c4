// The whole desk at real terminal sizes: 80x24 and 120x40, reflow on resize, compact below 80x24, help, quitting, notices.
import {afterEach, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {displayWidth} from '../../source/ui/text/width.js';
import {waitFor} from '../helpers/wait-for.js';
import {chat, customerAuthor, deskStore, historyLoaded, meAuthor, message, offer, T0} from './helpers/fixtures.js';
import {renderDesk} from './helpers/render-desk.js';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

function busyDesk() {
	return deskStore({
		chats: [chat('c1', {name: 'Sarah Jones'}), chat('c2', {name: 'Ola Nordmann', locale: 'nb'})],
		offers: [offer('o1', {name: 'Kari'})],
		then: [
			historyLoaded('c1', [
				message('c1', 1, customerAuthor(), 'Hi, my blender does not spin'),
				message('c1', 2, meAuthor, 'Hello Sarah, I am Alex from Acme. Let me look at that for you.'),
			]),
			{type: 'focus.chat', chatId: 'c1'},
		],
	});
}

function render(options: Parameters<typeof renderDesk>[1]) {
	const view = renderDesk(<App />, options);
	unmount = view.unmount;
	return view;
}

/** Every line of the frame is exactly the terminal's width (nothing spills, nothing wraps). */
function expectFits(frame: string, columns: number, rows: number) {
	const lines = frame.split('\n');
	expect(lines).toHaveLength(rows);
	for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
}

describe('App', () => {
	it('fills 80x24: header, list, pane with composer, alert line, hints', async () => {
		const view = render({desk: busyDesk(), columns: 80, rows: 24});
		const frame = await waitFor(() => view.lastFrame().includes('blender') && view.lastFrame());
		expectFits(frame, 80, 24);
		const lines = frame.split('\n');
		expect(lines[0]).toMatch(/^ switchboard · Alex \(Acme\) · online · 2 active · 1 offered +● connected *$/);
		expect(lines[1]).toMatch(/^┌ chats ─+┐╔ ▶ Sarah Jones · en · ● active ═+╗$/);
		expect(lines[23]).toMatch(/^ Enter send · Alt\+Enter new line · Alt\+A next waiting/);
		expect(frame).toContain('> type a message');
		expect(frame).not.toContain('customer');
	});

	it('shows the customer details beside the conversation at 120x40', async () => {
		const view = render({desk: busyDesk(), columns: 120, rows: 40});
		const frame = await waitFor(() => view.lastFrame().includes('blender') && view.lastFrame());
		expectFits(frame, 120, 40);
		expect(frame.split('\n')[1]).toMatch(/┐$/);
		expect(frame).toMatch(/┌ customer ─+┐/);
		expect(frame).toMatch(/│name +Sarah Jones/);
	});

	it('reflows at once when the terminal is resized, down to the compact layout', async () => {
		const view = render({desk: busyDesk(), columns: 120, rows: 40});
		await waitFor(() => view.lastFrame().includes('customer'));
		view.stdout.resize(80, 24);
		let frame = await waitFor(
			() => !view.lastFrame().includes('customer') && view.lastFrame().split('\n').length === 24 && view.lastFrame(),
		);
		expectFits(frame, 80, 24);
		view.stdout.resize(60, 18);
		frame = await waitFor(() => view.lastFrame().split('\n').length === 18 && view.lastFrame());
		expectFits(frame, 60, 18);
		expect(frame).toMatch(/▶1●Sarah/);
		expect(frame.split('\n')[17]).toMatch(/^ Enter send/);
	});

	it('opens the help over the panes and closes it with Esc', async () => {
		const view = render({desk: busyDesk(), columns: 100, rows: 30});
		await waitFor(() => view.lastFrame().includes('blender'));
		view.stdin.write('\u001BOP');
		await waitFor(() => view.lastFrame().includes('keys · Esc closes'));
		expect(view.lastFrame()).not.toContain('blender');
		view.stdin.write('\u001B');
		await waitFor(() => view.lastFrame().includes('blender'));
	});

	it('asks before quitting while chats are active', async () => {
		const view = render({desk: busyDesk(), columns: 100, rows: 30});
		await waitFor(() => view.lastFrame().includes('blender'));
		view.stdin.write('\u0003');
		await waitFor(() => view.lastFrame().includes('! press Ctrl+C again to quit (2 active chats)'));
		expect(view.controller.calls.some(call => call.method === 'quit')).toBe(false);
		view.stdin.write('\u0003');
		await waitFor(() => view.controller.calls.some(call => call.method === 'quit'));
	});

	it('shows notices from the desk, most recent first, sanitised', async () => {
		const desk = busyDesk();
		const view = render({desk, columns: 100, rows: 30});
		await waitFor(() => view.lastFrame().includes('blender'));
		desk.dispatch({
			type: 'server.event',
			event: 'offer.revoked',
			payload: {chat_id: 'o1', reason: 'timeout'},
			seq: 9,
			at: T0,
		});
		await waitFor(() => view.lastFrame().includes('! The offer of a chat with Kari timed out.'));
		desk.dispatch({
			type: 'protocol.error',
			message: 'bad frame',
			summary: 'The server sent a bad\u001B[2J frame.',
			at: T0,
		});
		await waitFor(() => view.lastFrame().includes('! The server sent a bad frame. (+1 more)'));
	});

	it('says when the connection is down and that sending still works', async () => {
		const desk = busyDesk();
		const view = render({desk, columns: 100, rows: 30});
		desk.dispatch({
			type: 'connection.changed',
			status: {state: 'reconnecting', attempt: 1, retryAt: T0 + 4_000, reason: 'connection lost'},
			at: T0,
		});
		await waitFor(() => view.lastFrame().includes('○ reconnecting in 4 s'));
		expect(view.lastFrame()).toContain('connection lost; messages you send are queued');
	});
});
