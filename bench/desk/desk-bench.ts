// Desk benchmarks (issues 3 and 16): start-up, keystroke latency under load, bytes written, memory; each figure beside
// its baseline from the same run (a bundled bare Ink app at the desk's frame rate, `node -e 0`, the floor of changed cells).
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {figure, percentile} from '../stats.js';
import {bytesFigures, idleFigures} from './bytes-bench.js';
import {deskArgs, deskEnv, deskStatus, isEchoFrame, openChat, paneNames, waitForChats} from './desk-screen.js';
import {bytesDuring, burstAt, memoryOf, steadyTraffic, typingLatency} from './measure.js';
import {deskLauncher, longChatFigures, manyChatsFigures} from './memory-bench.js';
import {echoAppScript, startPty, type PtyOptions, type PtyScreen} from './pty-screen.js';
import {benchSentence, startSeededServer, type SeededServer} from './seed.js';
import {startFigures, versionFigures} from './start-bench.js';
import {privateTmux, tmuxAvailable} from './tmux.js';

const COLS = 120;
const ROWS = 40;
const LATENCY_KEYS = 300;
const START_ROUNDS = 5;
const VERSION_ROUNDS = 10;
const LIVE_RATE = 100; // customer messages per second, into chats not on screen
const BYTES_MESSAGES = 500;
const BYTES_WINDOW_MS = 6_000; // 5 s of messages at 100/s, then 1 s for the last frames
const WAITING_CUSTOMERS = 5;
/** BENCH_LONG_CHAT=0 leaves out the 50,000-message chat (seeding it takes a minute or two). */
const LONG_CHAT = Number(process.env['BENCH_LONG_CHAT'] ?? 50_000);

/** Every pty started here, so a failure half-way still kills them (by pid). */
const screens = new Set<PtyScreen>();
function track(screen: PtyScreen): PtyScreen {
	screens.add(screen);
	return screen;
}
async function stop(screen: PtyScreen): Promise<void> {
	screens.delete(screen);
	await screen.stop();
}

export async function runDeskBenchmarks(): Promise<void> {
	const configHome = mkdtempSync(join(tmpdir(), 'switchboard-bench-desk-'));
	const servers: SeededServer[] = [];
	const tmux = tmuxAvailable() ? privateTmux() : null;
	try {
		versionFigures(VERSION_ROUNDS);
		const status = await deskStatus(configHome);
		if (status !== 'built') {
			process.stdout.write('desk.* unavailable (desk not built)\n');
			return;
		}
		const busy = await startSeededServer({chats: 30, messages: 2_000});
		servers.push(busy);
		await startFigures(busy, configHome, START_ROUNDS);
		const echoLatency = await echoFigures(tmux);
		await deskFigures(busy, configHome, echoLatency, tmux);
		const launch = deskLauncher(configHome, track);
		await manyChatsFigures(launch, servers);
		if (LONG_CHAT > 0) await longChatFigures(launch, servers, LONG_CHAT);
	} finally {
		await Promise.all([...screens].map(stop));
		await Promise.all(servers.map(server => server.close()));
		tmux?.close();
		rmSync(configHome, {recursive: true, force: true});
	}
}

/** The fair baseline: keystroke latency and bytes of the bare Ink echo app, directly and through tmux. */
async function echoFigures(tmux: ReturnType<typeof privateTmux> | null): Promise<number[]> {
	const options: PtyOptions = {script: echoAppScript, cols: COLS, rows: ROWS};
	const baseline = track(startPty([], options));
	await baseline.waitFor(isEchoFrame, {timeout: 20_000, message: 'the echo app'});
	await baseline.waitForText('Ctrl+C quits · ready', {timeout: 20_000});
	const latency = await typingLatency(baseline, LATENCY_KEYS);
	const memory = memoryOf(baseline.pid);
	await stop(baseline);
	figure('desk.keystroke_latency.echo_baseline.p50', percentile(latency.samples, 50), 'ms (production, 60 fps)');
	figure(
		'desk.keystroke_latency.echo_baseline.p99',
		percentile(latency.samples, 99),
		`ms (${latency.samples.length} keys, ${latency.misses} not shown within 3 s)`,
	);
	figure('desk.bytes_per_keystroke.echo_baseline.direct', latency.bytes / latency.keys, 'bytes (one row changed)');
	figure('desk.rss.echo_baseline', memory.rss, 'MB');
	if (tmux) {
		const [args, tmuxOptions] = tmux.launch([], options);
		const inTmux = track(startPty(args, tmuxOptions));
		await inTmux.waitForText('Ctrl+C quits · ready', {timeout: 20_000});
		const typed = await typingLatency(inTmux, 64);
		await stop(inTmux);
		figure('desk.bytes_per_keystroke.echo_baseline.tmux', typed.bytes / typed.keys, 'bytes (one row changed)');
	}
	return latency.samples;
}

async function deskFigures(
	busy: SeededServer,
	configHome: string,
	echoLatency: number[],
	tmux: ReturnType<typeof privateTmux> | null,
): Promise<void> {
	const options: PtyOptions = {cols: COLS, rows: ROWS, env: deskEnv(configHome)};
	const screen = track(startPty(deskArgs(busy.url, busy.token), options));
	await waitForChats(screen, busy.names);
	await openChat(screen, 0, busy.names);
	const inPanes = new Set(paneNames(screen));
	const offscreen = busy.names.flatMap((name, index) => (inPanes.has(name) ? [] : [index]));
	await screen.waitForQuiet(300, {timeout: 30_000});
	const idleBytes = await bytesDuring(screen, BYTES_WINDOW_MS);
	const sendLive = (count: number) =>
		busy.sendCustomerMessage(offscreen[count % offscreen.length]!, benchSentence(1_000_000 + count));
	const trafficBytes = await bytesDuring(screen, BYTES_WINDOW_MS, () => burstAt(LIVE_RATE, BYTES_MESSAGES, sendLive));
	figure(
		'desk.bytes_per_offscreen_message',
		trafficBytes / BYTES_MESSAGES,
		`bytes (${BYTES_MESSAGES} messages at ${LIVE_RATE}/s into ${offscreen.length} chats not in a pane)`,
	);
	figure(
		'desk.bytes_per_offscreen_message.net_of_idle',
		(trafficBytes - idleBytes) / BYTES_MESSAGES,
		'bytes (the same minus an idle window of equal length)',
	);

	const traffic = steadyTraffic(LIVE_RATE, sendLive);
	const latency = await typingLatency(screen, LATENCY_KEYS);
	const sent = traffic.stop();
	figure(
		'desk.keystroke_latency.desk.p50',
		percentile(latency.samples, 50),
		`ms (30 chats x 2,000 messages, ${LIVE_RATE} msg/s off screen: ${sent} sent)`,
	);
	figure(
		'desk.keystroke_latency.desk.p99',
		percentile(latency.samples, 99),
		`ms (target < 25; ${latency.samples.length} keys, ${latency.misses} not shown within 3 s)`,
	);
	figure(
		'desk.keystroke_latency.p99_ratio',
		percentile(latency.samples, 99) / percentile(echoLatency, 99),
		'x (target <= 1.5; the echo baseline at the same frame rate, production)',
	);

	await bytesFigures(screen, busy, 0, 'direct');
	await idleFigures(screen, busy, WAITING_CUSTOMERS, 'direct');
	await stop(screen);

	if (!tmux) {
		process.stdout.write('desk.*.tmux skipped: tmux is not installed\n');
		return;
	}
	const [args, tmuxOptions] = tmux.launch(deskArgs(busy.url, busy.token), options);
	const inTmux = track(startPty(args, tmuxOptions));
	await waitForChats(inTmux, busy.names);
	await openChat(inTmux, 0, busy.names);
	await bytesFigures(inTmux, busy, 0, 'tmux');
	await idleFigures(inTmux, busy, WAITING_CUSTOMERS, 'tmux');
	await stop(inTmux);
}
