// Start-up figures: the desk to its chat list beside a bundled bare Ink app with the same layout, and `--version`
// beside `node -e 0`; alternating runs, so both sides of each ratio see the same machine.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {figure, spread, spreadText} from '../stats.js';
import {deskArgs, deskEnv} from './desk-screen.js';
import {firstFrame} from './measure.js';
import {cliScript, layoutAppScript, startPty, type PtyScreen} from './pty-screen.js';
import {startSeededServer, type SeededServer} from './seed.js';

const COLS = 120;
const ROWS = 40;

/** The frame is complete when the header, the hint line and the first customer in the chat list are drawn. */
const listDrawn = (names: string[], header: string) => (screen: PtyScreen) =>
	screen.line(0).includes(header) &&
	/Alt\+1-9/.test(screen.line(screen.rows - 1)) &&
	screen.screenText().includes(names[0]!);

/** Both sides compile-cached the same way: the desk turns the cache on itself (dist/cli.js), the baseline by environment. */
const baselineCache = {NODE_COMPILE_CACHE: join(tmpdir(), 'node-compile-cache')};

async function timeToList(start: () => PtyScreen, complete: (screen: PtyScreen) => boolean): Promise<number> {
	const screen = start();
	try {
		return await firstFrame(screen, complete, 60_000);
	} finally {
		await screen.stop();
	}
}

export async function startFigures(server: SeededServer, configHome: string, rounds: number): Promise<void> {
	const layout = () =>
		startPty([], {
			script: layoutAppScript,
			cols: COLS,
			rows: ROWS,
			env: {...baselineCache, BENCH_NAMES: JSON.stringify(server.names)},
		});
	const desk = () => startPty(deskArgs(server.url, server.token), {cols: COLS, rows: ROWS, env: deskEnv(configHome)});
	const layoutDrawn = listDrawn(server.names, 'layout · bare Ink baseline');
	const deskDrawn = listDrawn(server.names, 'switchboard');
	// One unmeasured start each: the compile cache is written on the first.
	await timeToList(layout, layoutDrawn);
	await timeToList(desk, deskDrawn);
	const times: {layout: number[]; desk: number[]} = {layout: [], desk: []};
	for (let round = 0; round < rounds; round++) {
		times.layout.push(await timeToList(layout, layoutDrawn));
		times.desk.push(await timeToList(desk, deskDrawn));
	}
	const [base, ours] = [spread(times.layout), spread(times.desk)];
	figure(
		'desk.start_to_chat_list.layout_baseline',
		base.median,
		`ms (${spreadText(base)}; bundled bare Ink, 3 columns)`,
	);
	figure(
		'desk.start_to_chat_list.desk',
		ours.median,
		`ms (${spreadText(ours)}; ${server.names.length} chats x ${server.messagesPerChat} messages on the server)`,
	);
	figure('desk.start_to_chat_list.ratio', ours.median / base.median, 'x (target <= 1.5)');
}

/** Wall time of one run of a command, in ms. */
function timed(args: string[]): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, args, {stdio: 'ignore'});
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
	return performance.now() - started;
}

export function versionFigures(rounds: number): void {
	timed([cliScript, '--version']); // the compile cache, written on the first run
	const times: {node: number[]; version: number[]} = {node: [], version: []};
	for (let round = 0; round < rounds; round++) {
		times.node.push(timed(['-e', '0']));
		times.version.push(timed([cliScript, '--version']));
	}
	const [base, ours] = [spread(times.node), spread(times.version)];
	figure('cli.version.node_e_0_baseline', base.median, `ms (${spreadText(base)})`);
	figure('cli.version', ours.median, `ms (${spreadText(ours)})`);
	figure('cli.version.ratio', ours.median / base.median, 'x (target <= 2)');
}

/**
 * `node dist/bench/run.js start`: only the start-up figures (the desk bench's first two steps), with the same seeded
 * server (30 chats x 2,000 messages), for working on start-up without the minutes the rest of the desk bench takes.
 */
export async function runStartBenchmarks(startRounds: number, versionRounds: number): Promise<void> {
	const configHome = mkdtempSync(join(tmpdir(), 'switchboard-bench-start-'));
	const server = await startSeededServer({chats: 30, messages: 2_000});
	try {
		versionFigures(versionRounds);
		await startFigures(server, configHome, startRounds);
	} finally {
		await server.close();
		rmSync(configHome, {recursive: true, force: true});
	}
}
