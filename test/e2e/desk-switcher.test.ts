// Issue 9 in a pty at 80x24 against a real server: Ctrl+G finds a chat by e-mail, language or department and the
// message typed after it reaches that customer (judged by the server's stored messages); E-codes in the help are
// dimmed, and a canned response's chosen placeholder is drawn in reverse video.
import {afterEach, describe, expect, it} from 'vitest';
import type {RunningServer} from '../../source/server/server.js';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys} from '../helpers/pty-screen.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll} from '../server/helpers.js';
import {assignedChats, deskServer, TOKEN} from './desk-kit.js';

afterEach(async () => {
	await stopDesks();
	await closeAll();
});

/** The agent's own words the server stored for a chat. */
async function storedReplies(server: RunningServer, chatId: string): Promise<string[]> {
	return (await server.store.listMessages(chatId, {limit: 100})).messages
		.filter(message => message.author.type === 'agent' && !message.auto)
		.map(message => message.text);
}

describe('the chat switcher (issue 9)', () => {
	it('finds a chat by e-mail, language and department, and what is typed next reaches that customer', async () => {
		const server = await deskServer();
		const [sarah, ola, kari] = await assignedChats(server, [
			{name: 'Sarah Jones', join: {email: 'sarah@acme.com', locale: 'en', department_id: 'tech'}},
			{name: 'Ola Nordmann', join: {email: 'ola@example.no', locale: 'nb', department_id: 'billing'}},
			{name: 'Kari Berg', join: {email: 'kari@example.no', locale: 'nb', department_id: 'tech'}},
		]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24, args: ['--no-guard']});
		await desk.waitForText(/3 \S Kari Berg/, {timeout: 15_000});

		// By e-mail: the switcher lists the match with its number and details; Enter shows it; the next words go to Ola.
		desk.write(keys.ctrl('g'));
		await desk.waitForText('find a chat', {timeout: 10_000});
		desk.write('ola@');
		await desk.waitForText(/▶ +2 Ola Nordmann · ola@example\.no · nb · Billing · active/, {timeout: 10_000});
		desk.write(keys.enter);
		await desk.waitFor(current => !current.screenText().includes('find a chat'), {timeout: 10_000});
		desk.write(`for Ola${keys.enter}`);

		// By language name and department together: Kari (Norwegian, Technical), not Ola (Billing) nor Sarah (English).
		desk.write(keys.ctrl('g'));
		await desk.waitForText('find a chat', {timeout: 10_000});
		desk.write('norwegian tech');
		await desk.waitForText(/▶ +3 Kari Berg/, {timeout: 10_000});
		expect(desk.screenText()).not.toContain('Ola Nordmann ·');
		desk.write(`${keys.enter}for Kari${keys.enter}`);

		// Esc leaves the focus where it was: the words go to Kari again.
		desk.write(`${keys.ctrl('g')}sarah`);
		await desk.waitForText(/▶ +1 Sarah Jones/, {timeout: 10_000});
		desk.write(keys.escape);
		await desk.waitFor(current => !current.screenText().includes('find a chat'), {timeout: 10_000});
		desk.write(`again for Kari${keys.enter}`);

		await waitFor(async () => (await storedReplies(server, kari!.chatId)).length === 2, {
			timeout: 20_000,
			message: `Kari's two messages\n${desk.frame()}`,
		});
		expect(await storedReplies(server, ola!.chatId)).toEqual(['for Ola']);
		expect(await storedReplies(server, kari!.chatId)).toEqual(['for Kari', 'again for Kari']);
		expect(await storedReplies(server, sarah!.chatId)).toEqual([]);
	});

	it('dims the E-codes in the help and draws the chosen placeholder of a canned response in reverse video', async () => {
		const server = await deskServer();
		await assignedChats(server, [{name: 'Sarah Jones', messages: ['where is my order?']}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText(/1 \S Sarah Jones/, {timeout: 15_000});
		desk.write(keys.alt('1'));
		await desk.waitForText('where is my order?', {timeout: 15_000});

		desk.write(keys.f1);
		await desk.waitForText('show or hide customer details (E8)', {timeout: 10_000});
		// The code is drawn dimmed after the sentence, which is not (read off the emulated screen's cells).
		await desk.settled();
		expect(desk.styleOf('(E8)')?.dim).toBe(true);
		expect(desk.styleOf('show or hide customer details')?.dim).toBe(false);
		desk.write(keys.escape);
		await desk.waitFor(current => !current.screenText().includes('Esc closes'), {timeout: 10_000});

		desk.write('/c order');
		await desk.waitForText('Order status', {timeout: 10_000});
		desk.write(keys.enter);
		await desk.waitForText('[order number]', {timeout: 10_000});
		desk.write(keys.tab);
		await desk.waitFor(current => current.styleOf('[order number]')?.inverse === true, {
			timeout: 10_000,
			message: `the chosen placeholder in reverse video\n${desk.frame()}`,
		});
		// The other one, still to fill in, is underlined, not reversed.
		expect(desk.styleOf('[order status]')).toMatchObject({underline: true, inverse: false});
	});
});
