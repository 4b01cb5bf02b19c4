// Issue 9, the link to the server: a refused token at start, a token refused mid-session, the reconnect key, and a
// server restarted without its data (the desk keeps a transcript and reports the queued message by name).
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {ServerOptions} from '../../source/server/server.js';
import {REFUSED_TOKEN_EXIT_CODE} from '../../source/ui/runtime/first-login.js';
import {deskArgs, deskEnv} from '../../bench/desk/desk-screen.js';
import {startDesk, stopDesks} from '../helpers/pty-desk.js';
import {keys, startPty, type PtyScreen} from '../helpers/pty-screen.js';
import {cliPath, projectRoot} from '../helpers/run-cli.js';
import {account, closeAll, startTestServer} from '../server/helpers.js';
import {assignedChats, TOKEN} from './desk-kit.js';

const homes: string[] = [];
afterEach(async () => {
	await stopDesks();
	await closeAll();
	for (const home of homes.splice(0)) rmSync(home, {recursive: true, force: true});
});

function home(): string {
	const dir = mkdtempSync(join(tmpdir(), 'switchboard-link-'));
	homes.push(dir);
	return dir;
}

/** Alice's desk server; `aliceToken` lets a restart change the token the server accepts. */
function serverOptions(aliceToken = TOKEN, port = 0): Partial<ServerOptions> {
	return {
		agents: [account('alice', {name: 'Alice', capacity: 6, token: aliceToken}), account('bob')],
		offerTimeoutMs: 60_000,
		resumeWindowMs: 20_000,
		port,
	};
}

/** Every file under a directory, as text: where a token must never have been written. */
function allText(dir: string): string {
	let text = '';
	for (const name of readdirSync(dir, {recursive: true}) as string[]) {
		const path = join(dir, name);
		if (statSync(path).isFile()) text += readFileSync(path, 'utf8');
	}
	return text;
}

/** F5 as xterm sends it. */
const F5 = '\x1b[15~';

/** Switches to the alternate screen and back, in the forms terminals know. */
const ALTERNATE_SCREEN = /\x1b\[\?(1049|1047|47)[hl]/;

describe('a refused token at start', () => {
	it('prints one line on stderr and exits 4 without taking over the screen', async () => {
		const server = await startTestServer(serverOptions());
		const dir = home();
		const stderrFile = join(dir, 'stderr.txt');
		const screen: PtyScreen = startPty([cliPath, ...deskArgs(server.url, 'not-a-token')], {
			script: join(projectRoot, 'test/e2e/fixtures/stderr-apart.mjs'),
			env: {...deskEnv(dir), STDERR_FILE: stderrFile},
		});
		const exit = await screen.waitForExit({timeout: 20_000});
		expect(exit.exitCode).toBe(REFUSED_TOKEN_EXIT_CODE);
		const stderr = readFileSync(stderrFile, 'utf8');
		expect(stderr.split('\n')).toEqual([expect.stringMatching(/^switchboard: the server refused the token: /), '']);
		expect(stderr).not.toContain('not-a-token');
		expect(screen.rawOutput()).not.toMatch(ALTERNATE_SCREEN);
		expect(screen.rawOutput().trim()).toBe('');
	});
});

describe('the link during a session', () => {
	it('a token refused mid-session: a new one is entered inside the desk, never shown, never stored unasked', async () => {
		const first = await startTestServer(serverOptions());
		const dir = home();
		const desk = await startDesk(first.url, TOKEN, {env: {XDG_CONFIG_HOME: dir, XDG_STATE_HOME: dir}});
		await desk.waitForText('connected');

		// The server comes back on the same port, and Alice's token has been replaced meanwhile.
		const {port} = first;
		await first.close();
		const NEW_TOKEN = 'alice-rotated-7Qx2';
		await startTestServer(serverOptions(NEW_TOKEN, port));
		await desk.waitForText(/refused your token: press F5 to enter a new one/, {timeout: 30_000});

		desk.write(keys.alt('g'));
		await desk.waitForText('Enter a new one to sign in again');
		desk.write(NEW_TOKEN);
		await desk.waitForText('•'.repeat(NEW_TOKEN.length));
		expect(desk.screenText()).not.toContain(NEW_TOKEN);
		desk.write(keys.enter);
		await desk.waitForText('● connected', {timeout: 20_000});

		expect(desk.rawOutput()).not.toContain(NEW_TOKEN);
		expect(allText(dir)).not.toContain(NEW_TOKEN);
	});

	it('the server restarted without its data: a transcript is kept, the queued message is reported by name; F5 reconnects now', async () => {
		const first = await startTestServer(serverOptions());
		const [sarah] = await assignedChats(first, [{name: 'Sarah Jones', messages: ['my blender does not spin']}]);
		const dir = home();
		const desk = await startDesk(first.url, TOKEN, {env: {XDG_STATE_HOME: dir}});
		await desk.waitForText('connected');
		desk.write(keys.alt('1'));
		await desk.waitForText('my blender does not spin');

		const {port} = first;
		await first.close();
		desk.write(`I have checked the warranty for you.${keys.enter}`);
		await desk.waitForText('1 queued', {timeout: 20_000});
		// Wait until the backoff is long, so reconnecting at once can only be the key's doing.
		const waiting = await desk.waitForText(/reconnecting in ([5-9]|\d\d) s/, {timeout: 60_000});
		const seconds = Number(/reconnecting in (\d+) s/.exec(waiting)![1]);
		const second = await startTestServer(serverOptions(TOKEN, port));

		const pressed = Date.now();
		desk.write(F5);
		await desk.waitForText('● connected', {timeout: 20_000});
		expect(Date.now() - pressed).toBeLessThan((seconds - 1) * 1_000);

		await desk.waitForText(/Not delivered to Sarah Jones \(the server no longer knows this chat\)/, {timeout: 20_000});
		expect(desk.screenText()).toContain('I have checked the warranty');
		// What the desk had stays readable, marked as a transcript; the chat's id never reaches the screen.
		expect(desk.screenText()).toContain('my blender does not spin');
		expect(desk.screenText()).toMatch(/transcript/);
		expect(desk.rawOutput()).not.toContain(sarah!.chatId);
		// The restarted server has no chat for Alice, so the message went nowhere.
		expect(await second.store.listChatsOfAgent('alice', 0)).toEqual([]);
	});
});
