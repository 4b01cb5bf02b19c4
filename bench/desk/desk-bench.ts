// Desk benchmarks (issue 3): keystroke latency under load, bytes per off-screen message, start to first frame, memory;
// each beside the bare Ink echo app measured in the same run.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {figure, percentile} from '../stats.js';
import {
	deskArgs,
	deskEnv,
	deskStatus,
	focusedPaneName,
	isDeskFrame,
	isEchoFrame,
	openChat,
	paneNames,
	waitForChats,
} from './desk-screen.js';
import {bytesDuring, burstAt, firstFrame, memoryOf, steadyTraffic, typingLatency} from './measure.js';
import {echoAppScript, keys, startPty, type PtyScreen} from './pty-screen.js';
import {benchSentence, startSeededServer, type SeededServer} from './seed.js';

const COLS = 120;
const ROWS = 40;
const LATENCY_KEYS = 300;
const START_ROUNDS = 5;
const LIVE_RATE = 100; // customer messages per second, into chats not on screen
const BYTES_MESSAGES = 500;
const BYTES_WINDOW_MS = 6_000; // 5 s of messages at 100/s, then 1 s for the last frames
const SLOW_RATE = 10;
const SLOW_MESSAGES = 50;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every pty started here, so a failure half-way still kills them (by pid). */
const screens = new Set<PtyScreen>();
function launch(args: string[], options: Parameters<typeof startPty>[1]): PtyScreen {
	const screen = startPty(args, options);
	screens.add(screen);
	return screen;
}
async function stop(screen: PtyScreen): Promise<void> {
	screens.delete(screen);
	await screen.stop();
}

const echo = () => launch([], {script: echoAppScript, cols: COLS, rows: ROWS});

export async function runDeskBenchmarks(): Promise<void> {
	const configHome = mkdtempSync(join(tmpdir(), 'switchboard-bench-desk-'));
	const servers: SeededServer[] = [];
	try {
		const status = await deskStatus(configHome);
		await baselineAndDesk(status === 'built', configHome, servers);
		if (status !== 'built') process.stdout.write('desk.* unavailable (desk not built)\n');
	} finally {
		await Promise.all([...screens].map(stop));
		await Promise.all(servers.map(server => server.close()));
		rmSync(configHome, {recursive: true, force: true});
	}
}

async function baselineAndDesk(withDesk: boolean, configHome: string, servers: SeededServer[]): Promise<void> {
	const desk = (server: SeededServer) =>
		launch(deskArgs(server.url, server.token), {cols: COLS, rows: ROWS, env: deskEnv(configHome)});

	// Process start to first full frame, alternating so both see the same machine.
	const busy = withDesk ? await startSeededServer({chats: 30, messages: 2_000}) : null;
	if (busy) servers.push(busy);
	const starts: {echo: number[]; desk: number[]} = {echo: [], desk: []};
	for (let round = 0; round < START_ROUNDS; round++) {
		const baseline = echo();
		starts.echo.push(await firstFrame(baseline, isEchoFrame));
		await stop(baseline);
		if (busy) {
			const screen = desk(busy);
			starts.desk.push(await firstFrame(screen, isDeskFrame));
			await stop(screen);
		}
	}

	// The baseline's typing latency, and what Ink writes to change one row.
	const baseline = echo();
	await baseline.waitForText('Ctrl+C quits · ready', {timeout: 20_000});
	const echoLatency = await typingLatency(baseline, LATENCY_KEYS);
	const echoMemory = memoryOf(baseline.pid);
	await stop(baseline);

	figure('desk.start_to_first_frame.echo_baseline', median(starts.echo), 'ms (median of 5)');
	if (busy) {
		figure('desk.start_to_first_frame.desk', median(starts.desk), 'ms (median of 5)');
		figure('desk.start_to_first_frame.ratio', median(starts.desk) / median(starts.echo), 'x (target <= 2)');
	}
	figure('desk.keystroke_latency.echo_baseline.p50', percentile(echoLatency.samples, 50), 'ms');
	figure(
		'desk.keystroke_latency.echo_baseline.p99',
		percentile(echoLatency.samples, 99),
		`ms (${echoLatency.samples.length} keys, ${echoLatency.misses} not shown within 3 s)`,
	);
	figure('desk.bytes_per_keystroke.echo_baseline', echoLatency.bytes / echoLatency.keys, 'bytes (one row changed)');
	figure('desk.rss.echo_baseline', echoMemory.rss, 'MB');
	if (!busy) return;

	// The desk with 30 chats of 2,000 messages: bytes per off-screen message, then typing under live traffic.
	const screen = desk(busy);
	await waitForChats(screen, busy.names);
	await openChat(screen, 0, busy.names);
	const offscreen = offscreenChats(screen, busy);
	await screen.waitForQuiet(300, {timeout: 30_000});
	const idleBytes = await bytesDuring(screen, BYTES_WINDOW_MS);
	const sendLive = (count: number) => {
		const index = offscreen[count % offscreen.length]!;
		busy.sendCustomerMessage(index, benchSentence(1_000_000 + count));
	};
	const trafficBytes = await bytesDuring(screen, BYTES_WINDOW_MS, () => burstAt(LIVE_RATE, BYTES_MESSAGES, sendLive));
	const listed = offscreen.filter(index => screen.screenText().includes(busy.names[index]!));
	const spread = `${offscreen.length} chats not in a pane, ${listed.length} of them in the visible list`;
	figure(
		'desk.bytes_per_offscreen_message',
		trafficBytes / BYTES_MESSAGES,
		`bytes (target <= 300; ${BYTES_MESSAGES} messages at ${LIVE_RATE}/s over the ${spread}; all output in ${BYTES_WINDOW_MS / 1000} s / ${BYTES_MESSAGES})`,
	);
	figure(
		'desk.bytes_per_offscreen_message.net_of_idle',
		(trafficBytes - idleBytes) / BYTES_MESSAGES,
		'bytes (the same minus an idle window of equal length)',
	);
	figure('desk.idle_output', idleBytes / (BYTES_WINDOW_MS / 1000), 'bytes/s (no traffic: clocks and timers)');
	// One at a time (no frame shared with another message) into chats whose row is visible: the dearest case.
	if (listed.length > 0) {
		const sendListed = (count: number) =>
			busy.sendCustomerMessage(listed[count % listed.length]!, benchSentence(2_000_000 + count));
		const slowBytes = await bytesDuring(screen, BYTES_WINDOW_MS, () => burstAt(SLOW_RATE, SLOW_MESSAGES, sendListed));
		figure(
			'desk.bytes_per_offscreen_message.listed_one_at_a_time',
			slowBytes / SLOW_MESSAGES,
			`bytes (${SLOW_MESSAGES} messages at ${SLOW_RATE}/s into chats whose list row is visible)`,
		);
	}

	const traffic = steadyTraffic(LIVE_RATE, sendLive);
	const deskLatency = await typingLatency(screen, LATENCY_KEYS);
	const sent = traffic.stop();
	figure(
		'desk.keystroke_latency.desk.p50',
		percentile(deskLatency.samples, 50),
		`ms (30 chats x 2,000 messages, ${LIVE_RATE} msg/s off screen: ${sent} sent)`,
	);
	figure(
		'desk.keystroke_latency.desk.p99',
		percentile(deskLatency.samples, 99),
		`ms (target < 50; ${deskLatency.samples.length} keys, ${deskLatency.misses} not shown within 3 s)`,
	);
	figure(
		'desk.keystroke_latency.p99_ratio',
		percentile(deskLatency.samples, 99) / percentile(echoLatency.samples, 99),
		'x (target <= 2)',
	);
	await stop(screen);
	await busy.close();
	servers.splice(servers.indexOf(busy), 1);

	// Resident memory with 100 chats of 1,000 messages, after every chat has been opened once.
	const big = await startSeededServer({chats: 100, messages: 1_000});
	servers.push(big);
	const large = desk(big);
	await waitForChats(large, big.names);
	await large.waitForQuiet(500, {timeout: 30_000});
	const loaded = memoryOf(large.pid);
	const visited = await visitEveryChat(large, big.names);
	await large.waitForQuiet(500, {timeout: 30_000});
	const memory = memoryOf(large.pid);
	figure('desk.rss.desk_100x1000.listed', loaded.rss, 'MB (chats listed, none opened yet)');
	figure('desk.rss.desk_100x1000', memory.rss, `MB (target <= 250; after opening ${visited} chats one by one)`);
	figure('desk.rss_peak.desk_100x1000', memory.peak, 'MB (VmHWM)');
	await stop(large);
}

/** Chats whose conversation is in no pane (they may still be in the chat list: their unread count is what changes). */
function offscreenChats(screen: PtyScreen, server: SeededServer): number[] {
	const inPanes = new Set(paneNames(screen));
	if (inPanes.size === 0) throw new Error(`no conversation pane found on screen:\n${screen.frame()}`);
	return server.names.flatMap((name, index) => (inPanes.has(name) ? [] : [index]));
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
			{
				timeout: 10_000,
				message: `chat ${step + 1} of ${names.length} opened`,
			},
		);
		opened.add(name);
		if (step < names.length - 1) screen.write(keys.ctrl('n'));
	}
	return opened.size;
}
