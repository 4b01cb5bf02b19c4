// Issue 5 end to end: `switchboard demo --autopilot --speed 20` in a real pty plays the bundled scenario to its end
// (server, simulated customers and colleagues, the desk driven by the autopilot) and prints the report card.
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keys, startPty, stopPtys} from '../helpers/pty-screen.js';

const dirs: string[] = [];
afterEach(async () => {
	await stopPtys();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

type ChatCard = {
	customer: string;
	joined: boolean;
	firstResponse: {answered: boolean; level: string};
	notices: Record<string, number>;
	holds: Array<{announced: boolean; updates: number; thanked: boolean}>;
	transfers: Array<{
		outcome: string;
		briefed: boolean;
		customerTold: boolean;
		emailRequested: boolean | null;
		followedUp: boolean | null;
	}>;
	followups: Array<{dueInMs: number; customerTold: boolean}>;
	closing: {feedbackRequested: boolean};
	rating: {score: number} | null;
};

describe('switchboard demo', () => {
	it('--autopilot --speed 20 plays the bundled scenario to its end and prints the report card', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-'));
		dirs.push(dir);
		const reportFile = join(dir, 'report.json');
		const demo = startPty(['demo', '--autopilot', '--speed', '20', '--report', reportFile], {
			cols: 100,
			rows: 30,
			env: {XDG_CONFIG_HOME: dir},
		});
		await demo.waitFor(screen => screen.alternateScreen() && screen.line(0).includes('Alex (Acme)'), {
			timeout: 20_000,
			message: 'the desk signed in as Alex',
		});
		// The scenario lasts about 5 minutes at speed 1: some 16 s at 20, with room for a slow machine.
		await demo.waitFor(screen => screen.exited !== null, {timeout: 120_000, message: 'the demo to end by itself'});
		expect(demo.exited?.exitCode).toBe(0);
		expect(demo.alternateScreen()).toBe(false);

		const printed = demo.screenText();
		expect(printed).toContain('Etiquette rules');
		expect(printed).toMatch(/answer fast:[\s\S]*?\(E1\)/);
		expect(printed).toContain(`Report written to ${reportFile}`);

		const card = JSON.parse(readFileSync(reportFile, 'utf8')) as {
			version: number;
			title: string;
			speed: number;
			chats: ChatCard[];
			rules: Array<{rule: string; met: number; of: number}>;
			totals: {ratings: number};
		};
		expect(card).toMatchObject({version: 1, title: 'A morning at Acme', speed: 20});
		const chats = new Map(card.chats.map(chat => [chat.customer, chat]));
		expect([...chats.keys()]).toEqual(['sarah', 'linnea', 'zsofia', 'ola', 'wang', 'daniel', 'mikko', 'chris']);
		for (const chat of card.chats) {
			expect(chat.joined, chat.customer).toBe(true);
			// E1, E2: every customer was answered, and greeted by the desk on accept.
			expect(chat.firstResponse.answered, chat.customer).toBe(true);
			expect(chat.notices.greeting, chat.customer).toBe(1);
		}
		// E7, E9, E10: the hold was announced, updated once a minute (scenario time) and ended with thanks.
		expect(chats.get('wang')!.holds).toEqual([expect.objectContaining({announced: true, thanked: true})]);
		expect(chats.get('wang')!.holds[0]!.updates).toBeGreaterThanOrEqual(1);
		// E11: Kim took Ola with a brief; Maria declined Mikko, who was asked for an e-mail and promised a follow-up.
		expect(chats.get('ola')!.transfers).toEqual([
			expect.objectContaining({outcome: 'completed', briefed: true, customerTold: true}),
		]);
		expect(chats.get('mikko')!.transfers).toEqual([
			expect.objectContaining({outcome: 'failed', briefed: true, emailRequested: true, followedUp: true}),
		]);
		// E20: follow-ups within 24 hours, the time told to the customer.
		for (const key of ['daniel', 'mikko']) {
			expect(chats.get(key)!.followups).toEqual([expect.objectContaining({customerTold: true})]);
			expect(chats.get(key)!.followups[0]!.dueInMs).toBeLessThanOrEqual(24 * 60 * 60 * 1_000);
		}
		// E18, E19: the desk's closings asked for feedback, and the ratings came back.
		for (const key of ['sarah', 'linnea', 'zsofia', 'wang', 'daniel', 'mikko'])
			expect(chats.get(key)!.closing.feedbackRequested, key).toBe(true);
		expect(card.totals.ratings).toBeGreaterThanOrEqual(5);
		expect(card.rules.map(rule => rule.rule)).toEqual(
			expect.arrayContaining(['E1', 'E2', 'E3', 'E7', 'E9', 'E10', 'E11', 'E12', 'E18', 'E19', 'E20', 'E22']),
		);
	}, 180_000);

	it('Ctrl+C twice ends the demo cleanly: the terminal is restored and the report card printed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-'));
		dirs.push(dir);
		const demo = startPty(['demo', '--speed', '5'], {cols: 100, rows: 30, env: {XDG_CONFIG_HOME: dir}});
		// The first customer arrives 5 s into the scenario (1 s at speed 5).
		await demo.waitFor(screen => screen.alternateScreen() && screen.screenText().includes('Sarah Jones'), {
			timeout: 20_000,
			message: 'the first customer on the desk',
		});
		demo.write(keys.ctrlC);
		await demo.waitForText(/again to quit/);
		demo.write(keys.ctrlC);
		await demo.waitFor(screen => screen.exited !== null, {timeout: 20_000, message: 'the demo to end'});
		expect(demo.exited?.exitCode).toBe(0);
		expect(demo.alternateScreen()).toBe(false);
		expect(demo.screenText()).toContain('Etiquette rules');
	}, 60_000);
});
