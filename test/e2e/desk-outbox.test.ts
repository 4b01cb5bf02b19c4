// Issue 9, "nothing the agent typed is lost": the outbox survives quitting and restarting the desk, delivered once.
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {RunningServer} from '../../source/server/server.js';
import {UNDELIVERED_EXIT_CODE} from '../../source/ui/runtime/undelivered.js';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, type PtyScreen} from '../helpers/pty-screen.js';
import {waitFor} from '../helpers/wait-for.js';
import {closeAll} from '../server/helpers.js';
import {assignedChats, deskServer, received, startLink, TOKEN, type Link} from './desk-kit.js';

const stateHomes: string[] = [];
const links: Link[] = [];
afterEach(async () => {
	await stopDesks();
	for (const link of links.splice(0)) await link.close();
	await closeAll();
	for (const home of stateHomes.splice(0)) rmSync(home, {recursive: true, force: true});
});

function stateHome(): string {
	const home = mkdtempSync(join(tmpdir(), 'switchboard-state-'));
	stateHomes.push(home);
	return home;
}

/** The agent's messages the server has stored for a chat, by text. */
async function agentTexts(server: RunningServer, chatId: string): Promise<string[]> {
	const page = await server.store.listMessages(chatId, {limit: 200});
	return page.messages.filter(message => message.author.type === 'agent').map(message => message.text);
}

async function quitWithCtrlC(desk: PtyScreen, question: RegExp): Promise<number> {
	desk.write(keys.ctrlC);
	await desk.waitForText(question);
	desk.write(keys.ctrlC);
	const exit = await desk.waitForExit({timeout: 20_000});
	return exit.exitCode;
}

describe('the outbox across a quit and a restart of the desk', () => {
	it('keeps what was queued offline in a 0600 file, and the next start delivers it exactly once', async () => {
		const server = await deskServer();
		const [sarah] = await assignedChats(server, [{name: 'Sarah Jones', messages: ['my blender does not spin']}]);
		const link = await startLink(server);
		links.push(link);
		const home = stateHome();
		const env = {XDG_STATE_HOME: home};

		const desk = await startDesk(link.url, TOKEN, {env});
		await desk.waitForText('connected');
		desk.write(keys.alt('1'));
		await desk.waitForText('my blender does not spin');

		// One message reaches the server but its confirmation never comes back (the server's side is muted)...
		link.proxy.mute();
		desk.write(`Let me check the warranty for you.${keys.enter}`);
		await waitFor(
			async () => (await agentTexts(server, sarah!.chatId)).includes('Let me check the warranty for you.'),
			{
				timeout: 20_000,
				message: 'the first message stored by the server',
			},
		);
		// ... then the link goes down for good, and a second one is typed while offline.
		link.down();
		await desk.waitForText(/reconnecting|connecting/, {timeout: 20_000});
		desk.write(`Thank you for waiting, Sarah.${keys.enter}`);
		await desk.waitForText('2 queued', {timeout: 20_000});

		const code = await quitWithCtrlC(desk, /2 messages not delivered yet/);
		expect(code).toBe(UNDELIVERED_EXIT_CODE);
		expect(desk.rawOutput()).toMatch(/2 messages not delivered yet: saved in/);

		const directory = join(home, 'switchboard', 'outbox');
		const files = readdirSync(directory).filter(name => name.endsWith('.json'));
		expect(files).toHaveLength(1);
		const file = join(directory, files[0]!);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		const saved = JSON.parse(readFileSync(file, 'utf8')) as {messages: Array<{text: string; customer?: string}>};
		expect(saved.messages.map(message => message.text)).toEqual([
			'Let me check the warranty for you.',
			'Thank you for waiting, Sarah.',
		]);
		expect(saved.messages[0]!.customer).toBe('Sarah Jones');
		expect(await agentTexts(server, sarah!.chatId)).toEqual(['Let me check the warranty for you.']);

		// The next start sends both again with their own client_msg_ids: the server keeps one copy of each.
		link.up();
		const again = await startDesk(link.url, TOKEN, {env});
		await again.waitForText('connected', {timeout: 20_000});
		await waitFor(
			async () => (await agentTexts(server, sarah!.chatId)).length >= 2 && readdirSync(directory).length === 0,
			{
				timeout: 20_000,
				message: 'the queued message delivered and the file removed',
			},
		);
		expect(await agentTexts(server, sarah!.chatId)).toEqual([
			'Let me check the warranty for you.',
			'Thank you for waiting, Sarah.',
		]);
		expect(received(sarah!.customer)).toEqual(['Let me check the warranty for you.', 'Thank you for waiting, Sarah.']);
		await again.waitForNoText('queued');
		const code2 = await quitWithCtrlC(again, /again to quit/);
		expect(code2).toBe(0);
	});
});
