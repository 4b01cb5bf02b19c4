// Resident memory of the desk: 100 chats x 1,000 messages, every chat opened; one chat of 50,000 paged back to its start.
import {figure} from '../stats.js';
import {deskArgs, deskEnv, focusedPaneName, openChat, waitForChats} from './desk-screen.js';
import {memoryOf} from './measure.js';
import {keys, startPty, type PtyScreen} from './pty-screen.js';
import {benchSentence, startSeededServer, type SeededServer} from './seed.js';

const COLS = 120;
const ROWS = 40;

type Launch = (server: SeededServer) => PtyScreen;

export function deskLauncher(configHome: string, track: (screen: PtyScreen) => PtyScreen): Launch {
	return server =>
		track(startPty(deskArgs(server.url, server.token), {cols: COLS, rows: ROWS, env: deskEnv(configHome)}));
}

/**
 * Opens every chat in turn (Alt+1, then Ctrl+N), waiting for each one's title, so a desk that loads history lazily
 * has loaded it all. Returns how many chats were opened.
 */
async function visitEveryChat(screen: PtyScreen, names: string[]): Promise<number> {
	screen.write(keys.alt('1'));
	const opened = new Set<string>();
	for (let step = 0; step < names.length; step++) {
		const name = await screen.waitFor(
			() => {
				const focused = focusedPaneName(screen);
				return focused !== null && names.includes(focused) && !opened.has(focused) ? focused : null;
			},
			{timeout: 10_000, message: `chat ${step + 1} of ${names.length} opened`},
		);
		opened.add(name);
		if (step < names.length - 1) screen.write(keys.ctrl('n'));
	}
	return opened.size;
}

export async function manyChatsFigures(launch: Launch, servers: SeededServer[]): Promise<void> {
	const big = await startSeededServer({chats: 100, messages: 1_000});
	servers.push(big);
	const screen = launch(big);
	await waitForChats(screen, big.names);
	await screen.waitForQuiet(500, {timeout: 30_000});
	const loaded = memoryOf(screen.pid);
	const visited = await visitEveryChat(screen, big.names);
	await screen.waitForQuiet(500, {timeout: 30_000});
	const memory = memoryOf(screen.pid);
	figure('desk.rss.desk_100x1000.listed', loaded.rss, 'MB (chats listed, none opened yet)');
	figure('desk.rss.desk_100x1000', memory.rss, `MB (target <= 250; after opening ${visited} chats one by one)`);
	figure('desk.rss_peak.desk_100x1000', memory.peak, 'MB (VmHWM)');
	await screen.stop();
	await big.close();
	servers.splice(servers.indexOf(big), 1);
}

/** One chat of `messages`, opened and paged back (Home: oldest message) until its first message shows. */
export async function longChatFigures(launch: Launch, servers: SeededServer[], messages: number): Promise<void> {
	const seedStarted = performance.now();
	const long = await startSeededServer({chats: 1, messages});
	servers.push(long);
	const seeded = (performance.now() - seedStarted) / 1_000;
	const screen = launch(long);
	await waitForChats(screen, long.names);
	await openChat(screen, 0, long.names);
	await screen.waitForQuiet(500, {timeout: 30_000});
	const opened = memoryOf(screen.pid);
	// The oldest message is the customer's first (seed.ts); its first words are enough to recognise it.
	const first = benchSentence(0).split(' ').slice(0, 4).join(' ');
	const started = performance.now();
	let presses = 0;
	while (!screen.screenText().includes(first)) {
		screen.write(keys.ctrl('u')); // an empty composer: Home then scrolls the conversation
		screen.write(keys.home);
		presses++;
		await screen.waitForQuiet(300, {timeout: 60_000});
		if (performance.now() - started > 600_000) throw new Error(`not at the start after ${presses} presses of Home`);
	}
	const seconds = (performance.now() - started) / 1_000;
	const memory = memoryOf(screen.pid);
	figure(`desk.rss.long_chat_${messages}.opened`, opened.rss, 'MB (the chat open at its newest messages)');
	figure(
		`desk.rss.long_chat_${messages}.paged_to_start`,
		memory.rss,
		`MB (target <= 250; Home pressed ${presses} times, ${seconds.toFixed(1)} s to the first message; seeding took ${seeded.toFixed(0)} s)`,
	);
	figure(`desk.rss_peak.long_chat_${messages}`, memory.peak, 'MB (VmHWM)');
	await screen.stop();
	await long.close();
	servers.splice(servers.indexOf(long), 1);
}
