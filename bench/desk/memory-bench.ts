// Resident memory of the desk: 100 chats x 1,000 messages, every chat paged back to its first message so all of them
// are held; one chat of 50,000 paged back to its start, with what an older page costs at the start and 100 pages in.
import {cpuMsOf} from '../child-server.js';
import {figure, spread, spreadText} from '../stats.js';
import {deskArgs, deskEnv, focusedPaneName, openChat, waitForChats} from './desk-screen.js';
import {memoryOf} from './measure.js';
import {keys, startPty, type PtyScreen} from './pty-screen.js';
import {startSeededServer, type SeededServer} from './seed.js';

const COLS = 120;
const ROWS = 40;
/** A conversation that can load older messages says so on its first row (conversation.tsx). */
const OLDER_MARKER = 'older messages';
/** After a page arrives the screen holds still this long before the next Home. */
const SETTLE_MS = 150;

type Launch = (server: SeededServer) => PtyScreen;

export function deskLauncher(configHome: string, track: (screen: PtyScreen) => PtyScreen): Launch {
	return server =>
		track(startPty(deskArgs(server.url, server.token), {cols: COLS, rows: ROWS, env: deskEnv(configHome)}));
}

/** What one press of Home cost: wall time until the screen settled, and the desk's CPU time meanwhile. */
type Press = {ms: number; cpuMs: number};

/**
 * Presses Home in the focused conversation (an empty composer: Home scrolls) until the server has nothing older:
 * each press shows the top of what is loaded and fetches the page before it. Every page of the chat is then held.
 */
async function pageBackToStart(screen: PtyScreen, deadlineMs: number): Promise<Press[]> {
	const presses: Press[] = [];
	const started = performance.now();
	await screen.waitForQuiet(SETTLE_MS, {timeout: 30_000});
	while (screen.screenText().includes(OLDER_MARKER)) {
		const before = screen.screenText();
		const cpuBefore = cpuMsOf(screen.pid);
		const pressed = performance.now();
		screen.write(keys.ctrl('u'));
		screen.write(keys.home);
		// The view moves to the top of what is loaded; the page before it arrives after.
		await screen.waitFor(current => current.screenText() !== before, {timeout: 10_000}).catch(() => null);
		await screen.waitForQuiet(SETTLE_MS, {timeout: 60_000});
		presses.push({ms: performance.now() - pressed - SETTLE_MS, cpuMs: cpuMsOf(screen.pid) - cpuBefore});
		if (performance.now() - started > deadlineMs)
			throw new Error(`still older messages after ${presses.length} presses of Home`);
	}
	return presses;
}

/** Opens every chat in turn (Alt+1, then Ctrl+N) and pages each back to its first message. */
async function readEveryChatBack(screen: PtyScreen, names: string[]): Promise<number> {
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
		await pageBackToStart(screen, 120_000);
		if (step < names.length - 1) screen.write(keys.ctrl('n'));
	}
	return opened.size;
}

export async function manyChatsFigures(launch: Launch, servers: SeededServer[]): Promise<void> {
	const chats = 100;
	const messages = 1_000;
	const big = await startSeededServer({chats, messages});
	servers.push(big);
	const screen = launch(big);
	await waitForChats(screen, big.names);
	await screen.waitForQuiet(500, {timeout: 30_000});
	const loaded = memoryOf(screen.pid);
	const started = performance.now();
	const read = await readEveryChatBack(screen, big.names);
	await screen.waitForQuiet(500, {timeout: 30_000});
	const memory = memoryOf(screen.pid);
	const seconds = (performance.now() - started) / 1_000;
	figure('desk.rss.desk_100x1000.listed', loaded.rss, 'MB (chats listed, none opened yet)');
	figure(
		'desk.rss.desk_100x1000',
		memory.rss,
		`MB (target <= 250; ${read} chats each paged back to its first message: ${read * messages} messages held; ${seconds.toFixed(0)} s)`,
	);
	figure('desk.rss_peak.desk_100x1000', memory.peak, 'MB (VmHWM)');
	await screen.stop();
	await big.close();
	servers.splice(servers.indexOf(big), 1);
}

/** Pages FIRST..FIRST+COUNT-1 (1-based) of a long chat: the cost of an older page at the start of paging back. */
const FIRST_PAGES = [1, 10] as const;
/** ...and 100 pages in. */
const LATER_PAGES = [96, 105] as const;

/** One chat of `messages`, opened and paged back (Home: oldest message loaded) until its first message shows. */
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
	const started = performance.now();
	const presses = await pageBackToStart(screen, 900_000);
	const seconds = (performance.now() - started) / 1_000;
	const memory = memoryOf(screen.pid);
	figure(`desk.rss.long_chat_${messages}.opened`, opened.rss, 'MB (the chat open at its newest messages)');
	figure(
		`desk.rss.long_chat_${messages}.paged_to_start`,
		memory.rss,
		`MB (target <= 250; Home pressed ${presses.length} times, ${seconds.toFixed(0)} s to the first message; seeding took ${seeded.toFixed(0)} s)`,
	);
	figure(`desk.rss_peak.long_chat_${messages}`, memory.peak, 'MB (VmHWM, target <= 250)');
	await screen.stop();
	await long.close();
	servers.splice(servers.indexOf(long), 1);
	pagingFigures(presses);
}

/** An older page at the start of paging back beside one 100 pages in: CPU of the desk, and Home to a settled screen. */
function pagingFigures(presses: Press[]): void {
	if (presses.length < LATER_PAGES[1]) return;
	const pages = ([from, to]: readonly [number, number]) => presses.slice(from - 1, to);
	const [early, later] = [pages(FIRST_PAGES), pages(LATER_PAGES)];
	const [earlyCpu, laterCpu] = [spread(early.map(press => press.cpuMs)), spread(later.map(press => press.cpuMs))];
	const [earlyMs, laterMs] = [spread(early.map(press => press.ms)), spread(later.map(press => press.ms))];
	const what = (range: readonly [number, number]) => `pages ${range[0]}-${range[1]}`;
	figure('desk.page_older.cpu.first', earlyCpu.median, `ms (${spreadText(earlyCpu)}: ${what(FIRST_PAGES)})`);
	figure('desk.page_older.cpu.hundredth', laterCpu.median, `ms (${spreadText(laterCpu)}: ${what(LATER_PAGES)})`);
	figure('desk.page_older.ms.first', earlyMs.median, `ms (${spreadText(earlyMs)}; Home to a settled screen)`);
	figure('desk.page_older.ms.hundredth', laterMs.median, `ms (${spreadText(laterMs)})`);
	figure(
		'desk.page_older.ratio',
		laterMs.median / earlyMs.median,
		'x (the hundredth page to the first, wall; target ~1)',
	);
}
