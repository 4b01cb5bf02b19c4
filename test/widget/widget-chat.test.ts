// The widget in real Chromium against a real reference server: a visitor chats with an agent from start to rating.
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {account, connectAgent, type TestClient} from '../server/helpers.js';
import {waitFor} from '../helpers/wait-for.js';
import {
	axeViolations,
	browserSession,
	focusedControl,
	logText,
	screenshots,
	shopPage,
	waitForLog,
	waitForStatus,
	widget,
	widgetServer,
} from './browser-kit.js';

const {openPage} = browserSession();

async function expectNoViolations(page: Page, state: string): Promise<void> {
	expect(await axeViolations(page), `axe in state ${state}`).toEqual([]);
}

let sent = 0;
function say(agent: TestClient, chatId: string, text: string, visibility = 'public') {
	return agent.call('message.send', {chat_id: chatId, client_msg_id: `a${++sent}`, text, visibility});
}

describe('the chat widget in Chromium', () => {
	it('chats with an agent: pre-chat, sneak peek, typing, reload, hold, transfer, closing and rating (en)', async () => {
		const server = await widgetServer({agents: [account('alice'), account('bob')]});
		const {client: alice} = await connectAgent(server, 'alice-token');
		const page = await openPage(shopPage(server));

		await widget(page, 'button.launcher').waitFor();
		await expectNoViolations(page, 'closed');
		await screenshots(page, 'closed');

		await widget(page, 'button.launcher').click();
		// Focus moves into the panel on open.
		await waitFor(async () => (await focusedControl(page)) === 'name', {message: 'focus in the pre-chat form'});
		await expect(widget(page, '.note').textContent()).resolves.toContain('sees what you type');
		await expectNoViolations(page, 'pre-chat');
		await screenshots(page, 'prechat');

		await widget(page, 'input[name=name]').fill('Sarah Jones');
		await widget(page, 'select[name=department]').selectOption('tech');
		await widget(page, 'button[type=submit]').click();

		const offered = await alice.waitForEvent('chat.offered');
		const chatId = offered.payload.chat.id as string;
		expect(offered.payload.chat).toMatchObject({department_id: 'tech'});
		expect(offered.payload.chat.customer).toMatchObject({name: 'Sarah Jones', locale: 'en', page: shopPage(server)});
		await waitForStatus(page, 'next free agent');
		await expectNoViolations(page, 'waiting');
		await screenshots(page, 'waiting');

		await alice.call('offer.accept', {chat_id: chatId});
		await waitForLog(page, 'Alice has joined the chat.');
		await say(alice, chatId, 'Hello Sarah, I am Alice from Acme. How can I help you today?');
		await say(alice, chatId, 'note to self: <b>VIP</b>', 'internal');
		await waitForLog(page, 'How can I help you today?');

		// The sneak peek (E23): the agent sees the draft before it is sent.
		await widget(page, 'textarea[name=message]').pressSequentially('My blender <i>stopped</i>', {delay: 20});
		await alice.waitForEvent('sneak_peek', payload => payload.text === 'My blender <i>stopped</i>');
		await widget(page, 'textarea[name=message]').press('Enter');
		await alice.waitForEvent('message.created', payload => payload.message.text === 'My blender <i>stopped</i>');
		// Text, never HTML: the tags show as typed.
		await waitForLog(page, 'My blender <i>stopped</i>');

		await alice.call('typing.set', {chat_id: chatId, typing: true});
		await waitForStatus(page, 'Alice is typing');
		await say(alice, chatId, 'I am sorry to hear that. Which model is it?');
		await waitForLog(page, 'Which model is it?');
		await expectNoViolations(page, 'chatting');
		await screenshots(page, 'chatting');

		// A reload mid-chat resumes the same chat: nothing lost, nothing doubled.
		await page.reload();
		await say(alice, chatId, 'Are you still there?');
		await widget(page, '.log').waitFor();
		await waitForLog(page, 'Are you still there?');
		const texts = await page.locator('switchboard-chat .msg .text').allTextContents();
		expect(texts).toEqual([
			'Hello Sarah, I am Alice from Acme. How can I help you today?',
			'My blender <i>stopped</i>',
			'I am sorry to hear that. Which model is it?',
			'Are you still there?',
		]);
		expect(await logText(page)).not.toContain('VIP');

		await alice.call('chat.hold', {chat_id: chatId, minutes: 3});
		await waitForStatus(page, 'looking into this');
		await screenshots(page, 'on-hold');
		await alice.call('chat.unhold', {chat_id: chatId});

		// A transfer reads as the new agent joining (E11).
		const {client: bob} = await connectAgent(server, 'bob-token');
		await alice.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bob'}, note: 'blender'});
		await bob.waitForEvent('chat.offered', payload => payload.chat.id === chatId);
		await bob.call('offer.accept', {chat_id: chatId});
		await waitForLog(page, 'Bob has joined the chat.');
		await screenshots(page, 'transferred');
		await say(bob, chatId, 'Hi Sarah, Bob here.');
		await waitForLog(page, 'Bob here.');

		await bob.call('chat.end', {chat_id: chatId});
		await widget(page, '.rate legend').waitFor();
		// A reload during the closing: the ended chat resumes, and can still be rated (E19).
		await page.reload();
		await widget(page, '.rate legend').waitFor();
		await waitForLog(page, 'Bob here.');
		expect(await widget(page, 'textarea[name=message]').isDisabled()).toBe(true);
		await expectNoViolations(page, 'ended');
		await screenshots(page, 'ended');
		await widget(page, 'input[name=score][value="3"]').check();
		await widget(page, 'textarea[name=comment]').fill('Quick and kind, thank you!');
		await widget(page, '.rate button[type=submit]').click();
		const rating = await bob.waitForEvent('rating.received');
		expect(rating.payload).toMatchObject({chat_id: chatId, score: 3, comment: 'Quick and kind, thank you!'});
		await widget(page, '.rate [role=status]').waitFor();
		await expectNoViolations(page, 'rated');
		await screenshots(page, 'rated');

		// The conversation by e-mail: recorded for the agent as a follow-up (no mail is sent by the server).
		await widget(page, 'input[name=transcript-email]').fill('sarah@example.com');
		await widget(page, 'form.transcript button').click();
		await waitFor(async () => (await widget(page, '.rate').textContent())?.includes('send the conversation to'), {
			message: 'the transcript promise',
		});
		await screenshots(page, 'transcript-requested');
		const {followups} = await bob.call('followups.list');
		expect(followups).toEqual([expect.objectContaining({chat_id: chatId, contact: 'sarah@example.com'})]);
	}, 90_000);

	it('keeps the draft to itself when the visitor opts out of the sneak peek, and Escape closes the panel (E23)', async () => {
		const server = await widgetServer();
		const {client: alice} = await connectAgent(server, 'alice-token');
		const page = await openPage(shopPage(server));
		await widget(page, 'button.launcher').click();
		await widget(page, 'input[name=no-peek]').check();
		await widget(page, 'button[type=submit]').click();
		const offered = await alice.waitForEvent('chat.offered');
		await alice.call('offer.accept', {chat_id: offered.payload.chat.id});
		await waitForLog(page, 'Alice has joined the chat.');
		await widget(page, 'textarea[name=message]').pressSequentially('Only once I send it', {delay: 20});
		await widget(page, 'textarea[name=message]').press('Enter');
		await alice.waitForEvent('message.created', payload => payload.message.text === 'Only once I send it');
		expect(alice.events('sneak_peek')).toEqual([]);
		// Keyboard: Escape closes the panel and focus goes back to the launcher.
		await widget(page, 'textarea[name=message]').press('Escape');
		await widget(page, 'button.launcher').waitFor();
		expect(
			await page.evaluate(
				() => (globalThis as any).document.activeElement?.shadowRoot?.activeElement?.className ?? null,
			),
		).toBe('launcher');
	}, 90_000);
});
