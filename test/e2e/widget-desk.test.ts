// A visitor in Chromium chats with the real desk in a pty: greeting, sneak peek, and messages both ways (Norwegian).
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys} from '../helpers/pty-screen.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll} from '../server/helpers.js';
import {DESKTOP, launchChromium, screenshots, waitForLog, widget} from '../widget/browser-kit.js';
import {deskServer, TOKEN} from './desk-kit.js';

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});
afterEach(async () => {
	await context?.close();
	context = undefined;
	await stopDesks();
	await closeAll();
});

describe('the widget and the desk', () => {
	it('a Norwegian visitor is greeted by the desk, the agent sees the draft, and replies reach the page', async () => {
		const server = await deskServer();
		const desk = await startDesk(server.url, TOKEN, {cols: 120, rows: 40});
		await desk.waitForText('connected');

		context = await browser.newContext({viewport: DESKTOP, locale: 'nb-NO', bypassCSP: true});
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${server.port}/`);
		await widget(page, 'button.launcher').click();
		await widget(page, 'input[name=name]').fill('Kari Nordmann');
		await widget(page, 'button[type=submit]').click();

		await desk.waitForText('Kari Nordmann');
		desk.write(keys.alt('a'));
		await desk.waitForText(/Enter accept/);
		desk.write(keys.enter);
		await waitForLog(page, 'Alice er med i chatten.');
		// The desk's automatic greeting (E2), in the visitor's language: an agent message arrives by itself.
		await waitFor(async () => (await page.locator('switchboard-chat .msg:not(.mine)').count()) > 0, {
			timeout: 20_000,
			message: 'the greeting on the page',
		});

		// E23: the agent sees the draft before it is sent.
		await widget(page, 'textarea[name=message]').pressSequentially('Blenderen min spinner ikke', {delay: 15});
		await desk.waitForText('Blenderen min spinner ikke');
		await widget(page, 'textarea[name=message]').press('Enter');
		await waitForLog(page, 'Blenderen min spinner ikke');

		desk.write('Så leit å høre, Kari! Hvilken modell har du?');
		await desk.waitForText('Hvilken modell har du?');
		desk.write(keys.enter);
		await waitForLog(page, 'Hvilken modell har du?');
		await screenshots(page, 'desk-chat');
		expect(await page.locator('switchboard-chat .msg.mine .text').allTextContents()).toEqual([
			'Blenderen min spinner ikke',
		]);
	}, 90_000);
});
