// `switchboard demo --web` in a real pty: the first customer is played in Chromium instead of simulated, against the
// demo's own desk; the address is printed and shown on the desk, and no browser is opened by the demo itself.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {keys, startPty, stopPtys, type PtyScreen} from '../helpers/pty-screen.js';
import {browserSession, screenshots, waitForLog, widget} from '../widget/browser-kit.js';
import {waitFor} from '../helpers/wait-for.js';

const dirs: string[] = [];
const {openPage} = browserSession(async () => {
	await stopPtys();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** Kari (first to arrive) is the trainer's to play; Ola stays simulated. */
const SCENARIO = `title: Web training
agent: {name: Alex, company: Acme}
customers:
  - key: kari
    name: Kari Nordmann
    locale: nb
    arrive: 0s
    script:
      - say: "Hei, blenderen min virker ikke"
  - key: ola
    name: Ola Hansen
    locale: nb
    arrive: 1s
    script:
      - say: "Hei! Når kommer pakken min?"
`;

function demoIn(dir: string): PtyScreen {
	const file = join(dir, 'web.yaml');
	writeFileSync(file, SCENARIO);
	return startPty(['demo', '--web', file], {cols: 140, rows: 40, env: {XDG_CONFIG_HOME: dir}});
}

describe('switchboard demo --web', () => {
	it('a person plays the first customer in the browser against the desk; the others stay simulated', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-web-'));
		dirs.push(dir);
		const demo = demoIn(dir);
		const screen = await demo.waitForText(
			/Play Kari Nordmann \(nb\) in a browser: open http:\/\/127\.0\.0\.1:\d+\/\?lang=nb/,
			{
				timeout: 30_000,
			},
		);
		const url = /open (http:\/\/127\.0\.0\.1:\d+\/\?lang=nb)/.exec(screen)![1]!;
		// Ola is simulated and arrives by himself; Kari does not, until someone opens the page.
		await demo.waitForText('Ola Hansen', {timeout: 20_000});
		expect(demo.screenText()).not.toContain('Kari Nordmann ·');

		const page = await openPage(url, 'en-GB');
		await widget(page, 'button.launcher').click();
		// The page starts in the customer's language (?lang=nb), whatever the browser's.
		expect(await widget(page, 'button[type=submit]').textContent()).toBe('Start chatten');
		await widget(page, 'input[name=name]').fill('Kari Nordmann');
		await widget(page, 'button[type=submit]').click();

		// The desk takes her like any customer: the offer, the automatic greeting in Norwegian, a reply both ways.
		await demo.waitForText('Kari Nordmann', {timeout: 20_000});
		await waitFor(() => demo.screenText().includes('Kari Nordmann') && demo.screenText().match(/offers? \(\d\)/), {
			timeout: 20_000,
			message: 'her offer on the desk',
		});
		// Alt+Y takes the offer waiting longest: Ola's first, then Kari's (a "look first" on the way is answered).
		let pressed = 0;
		await waitFor(
			async () => {
				if ((await page.locator('switchboard-chat .event').allTextContents()).includes('Alex er med i chatten.'))
					return true;
				const text = demo.screenText();
				if (text.includes('Look first')) demo.write(keys.enter);
				else if (/offers? \(\d\)/.test(text) && pressed++ % 10 === 0) demo.write(keys.alt('y'));
				return false;
			},
			{timeout: 30_000, interval: 200, message: 'Alex joining on the page'},
		);
		await waitFor(async () => (await page.locator('switchboard-chat .msg:not(.mine)').count()) > 0, {
			timeout: 20_000,
			message: "the desk's greeting on the page",
		});
		await widget(page, 'textarea[name=message]').fill('Blenderen min spinner ikke');
		await widget(page, 'textarea[name=message]').press('Enter');
		await demo.waitForText('Blenderen min spinner ikke', {timeout: 20_000});
		demo.write('Så leit å høre! Hvilken modell har du?');
		await demo.waitForText('Hvilken modell har du?');
		demo.write(keys.enter);
		await waitForLog(page, 'Hvilken modell har du?');
		await screenshots(page, 'demo-web');

		// Ctrl+C twice ends the demo; the card says the browser's customer is not on it.
		demo.write(keys.ctrlC);
		await demo.waitForText('again to quit');
		demo.write(keys.ctrlC);
		await demo.waitFor(current => current.exited !== null, {timeout: 30_000, message: 'the demo to end'});
		expect(demo.screenText()).toContain('Kari Nordmann, played in the browser, is not on it.');
	}, 180_000);
});
