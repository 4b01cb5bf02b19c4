// The desk end to end, in a pty against a reference server: offers, replies, switching chats, panes, scrolling, paste.
import {afterEach, describe, expect, it} from 'vitest';
import {focusedPaneName, paneNames, SIZES, startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys} from '../helpers/pty-screen.js';
import {closeAll, joinCustomer} from '../server/helpers.js';
import {assignedChats, deskServer, received, receivedText, say, TOKEN} from './desk-kit.js';

afterEach(async () => {
	await stopDesks();
	await closeAll();
});

describe.each(SIZES)('the desk at $cols x $rows', size => {
	it('accepts an offer with Enter, replies, and shows what the customer writes', async () => {
		const server = await deskServer();
		const desk = await startDesk(server.url, TOKEN, size);
		await desk.waitForText('connected');
		const {client: customer, chatId} = await joinCustomer(server, {name: 'Sarah Jones'});
		await desk.waitForText('Sarah Jones');

		desk.write(keys.alt('a'));
		await desk.waitForText(/Enter accept/);
		desk.write(keys.enter);
		await customer.waitForEvent(
			'chat.updated',
			payload => payload.chat.chat_id === chatId && payload.chat.status === 'active',
		);

		await desk.waitForNoText(/Enter\s+accept/i);
		desk.write('Hello Sarah, how can I help?');
		await desk.waitForText('Hello Sarah, how can I help?');
		desk.write(keys.enter);
		await receivedText(customer, 'Hello Sarah, how can I help?');

		await say({customer}, 'My blender does not spin');
		await desk.waitForText('My blender does not spin');
		expect(desk.alternateScreen()).toBe(true);
	});
});

describe('the desk with chats already assigned', () => {
	it('switches chats with Alt+digit and Ctrl+N / Ctrl+P', async () => {
		const server = await deskServer();
		await assignedChats(server, [
			{name: 'Sarah Jones', messages: ['first chat: the blender']},
			{name: 'Ola Nordmann', messages: ['second chat: the toaster']},
			{name: 'Kari Berg', messages: ['third chat: the kettle']},
		]);
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('Kari Berg');

		desk.write(keys.alt('2'));
		await desk.waitForText('second chat: the toaster');
		expect(desk.screenText()).not.toContain('first chat: the blender');

		desk.write(keys.ctrl('n'));
		await desk.waitForText('third chat: the kettle');
		desk.write(keys.ctrl('p'));
		await desk.waitForText('second chat: the toaster');
		desk.write(keys.alt('1'));
		await desk.waitForText('first chat: the blender');
		await desk.waitForNoText('second chat: the toaster');
	});

	it('splits the screen into panes, moves focus with Tab, and sends from the focused pane', async () => {
		const server = await deskServer();
		const [sarah, ola] = await assignedChats(server, [
			{name: 'Sarah Jones', messages: ['the blender does not spin']},
			{name: 'Ola Nordmann', messages: ['the toaster burns everything']},
		]);
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('Ola Nordmann');

		desk.write(keys.alt('1'));
		await desk.waitForText('the blender does not spin');
		desk.write(keys.alt('s'));
		desk.write(keys.alt('2'));
		// Both conversations on screen at once.
		await desk.waitForText('the toaster burns everything');
		expect(desk.screenText()).toContain('the blender does not spin');

		expect(paneNames(desk).sort()).toEqual(['Ola Nordmann', 'Sarah Jones']);
		expect(focusedPaneName(desk)).toBe('Ola Nordmann');

		// Whole sentences: a reply of a word or two is stopped by the guard as curt (E29).
		desk.write(`This one is for Ola.${keys.enter}`);
		await receivedText(ola!.customer, 'This one is for Ola.');
		desk.write(keys.tab);
		await desk.waitFor(() => focusedPaneName(desk) === 'Sarah Jones', {message: 'focus on the other pane (▶)'});
		desk.write(`This one is for Sarah.${keys.enter}`);
		await receivedText(sarah!.customer, 'This one is for Sarah.');
		desk.write(keys.shiftTab);
		await desk.waitFor(() => focusedPaneName(desk) === 'Ola Nordmann', {message: 'focus back (▶)'});
		desk.write(`Ola, here is another one.${keys.enter}`);
		await receivedText(ola!.customer, 'Ola, here is another one.');
	});

	it('scrolls the conversation with PgUp and PgDn', async () => {
		const server = await deskServer();
		const lines = Array.from({length: 120}, (_, index) => `line ${String(index + 1).padStart(3, '0')} of the story`);
		await assignedChats(server, [{name: 'Sarah Jones', messages: lines}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 80, rows: 24});
		await desk.waitForText('Sarah Jones');
		desk.write(keys.alt('1'));
		await desk.waitForText('line 120 of the story');
		expect(desk.screenText()).not.toContain('line 100 of the story');

		const numbers = () => [...desk.screenText().matchAll(/line (\d{3}) of the story/g)].map(match => Number(match[1]));
		const bottom = Math.min(...numbers());
		/** Presses `key` until `reached`, each press waited on until the screen changes; a bounded number of presses. */
		const pageUntil = async (key: string, reached: () => boolean, presses = 30) => {
			for (let press = 0; press < presses && !reached(); press++) {
				const before = desk.screenText();
				desk.write(key);
				await desk
					.waitFor(() => reached() || desk.screenText() !== before, {
						timeout: 3_000,
						message: 'the conversation to move',
					})
					.catch(() => {});
			}
			expect(reached(), desk.frame()).toBe(true);
		};
		desk.write(keys.pageUp);
		await desk.waitFor(() => numbers().length > 0 && Math.min(...numbers()) < bottom && !numbers().includes(120), {
			message: 'an earlier page',
		});
		// The oldest message, loaded from the server as the agent scrolls back.
		await pageUntil(keys.pageUp, () => numbers().includes(1));
		await pageUntil(keys.pageDown, () => numbers().includes(120));
	});

	it('takes a multi-line paste as one block and sends it as one message', async () => {
		const server = await deskServer();
		const [sarah] = await assignedChats(server, [{name: 'Sarah Jones', messages: ['what are the steps?']}]);
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('Sarah Jones');
		desk.write(keys.alt('1'));
		await desk.waitForText('what are the steps?');
		expect(desk.bracketedPasteMode()).toBe(true);

		desk.paste('1. unplug it\n2. clean the blades\n3. plug it back in');
		await desk.waitForText('3. plug it back in');
		// A newline in a paste must not send: the customer has nothing yet.
		expect(
			sarah!.customer.events('message.created').filter(event => event.payload.message.author.type === 'agent'),
		).toEqual([]);
		expect(desk.screenText()).toContain('1. unplug it');
		expect(desk.screenText()).toContain('2. clean the blades');

		desk.write(keys.enter);
		await receivedText(sarah!.customer, '1. unplug it\n2. clean the blades\n3. plug it back in');
		expect(received(sarah!.customer)).toEqual(['1. unplug it\n2. clean the blades\n3. plug it back in']);
	});
});
