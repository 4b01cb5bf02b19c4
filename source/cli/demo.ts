// `switchboard demo [scenario.yaml]`: the reference server in-process, simulated customers, the desk as the agent, and a report card.
import {writeFileSync} from 'node:fs';
import {bundledResponses} from '../canned/index.js';
import {defaultConfig} from '../config/index.js';
import {defaultGuardConfig} from '../courtesy/guard/index.js';
import {createAutopilot, type Autopilot} from '../demo/autopilot/index.js';
import {startDemoServer} from '../demo/demo-server.js';
import {createScenarioPlayer} from '../demo/player/index.js';
import {buildReportCard, formatReportCard, reportJson} from '../demo/report/index.js';
import {emptyDeskJournal, type DeskJournal} from '../demo/report/desk-journal.js';
import {probeEventLoop, stallRecordingTimers} from '../demo/report/machine-lag.js';
import {bundledScenario, loadScenario, ScenarioError, type Scenario} from '../demo/scenario/index.js';
import {commandConfigOf, scaledCommandConfig} from './courtesy-settings.js';
import type {DeskHandle} from '../ui/desk-handle.js';
import type {DeskRecorder} from '../ui/desk-recorder.js';
import {runDesk} from './run-desk.js';
import {asUsageError} from './desk.js';
import {parseFlags} from './parse-flags.js';
import {UsageError} from './usage-error.js';
import {flushCompileCache} from './compile-cache.js';
import {watchArrivals} from './demo-arrivals.js';
import type {Timers} from '../core/timers.js';
import {systemTimers} from './system-timers.js';
import {webCustomerLine, webCustomerOf, webCustomerUrl} from './demo-web.js';

const MAX_SPEED = 100;
/** E1 at speed 1: warn after 30 s, alarm after 60 s, as the desk's defaults. */
const E1 = {warnMs: 30_000, alarmMs: 60_000};

function parseSpeed(text: string | undefined): number {
	if (text === undefined) return 1;
	const speed = Number(text);
	if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(speed > 0) || speed > MAX_SPEED) {
		throw new UsageError(
			`--speed must be a number above 0 and at most ${MAX_SPEED} (2 plays twice as fast), not "${text}"`,
		);
	}
	return speed;
}

/** The desk's clock tick never runs more often than this, however fast the demo plays. */
const MIN_TICK_MS = 50;

/**
 * The desk's timers at --speed X: its periodic checks (the 1 s clock tick that sends hold updates and idle
 * check-ins) run X times as often, so what falls due in scenario time goes out within a second of scenario
 * time, as at speed 1. At speed 20 an unscaled tick alone could add 20 s of scenario time to a reply.
 * One-off timeouts (batching, typing, the quit wait) are the machine's, not the scenario's, and are left alone.
 */
function demoTimers(speed: number, base: Timers): Timers {
	return {
		...base,
		setInterval: (callback, ms) => base.setInterval(callback, Math.max(MIN_TICK_MS, ms / speed)),
	};
}

function readScenario(path: string | undefined): Scenario {
	try {
		return path === undefined ? bundledScenario() : loadScenario(path);
	} catch (error) {
		// Every problem on its own line, each "file:line: what is wrong".
		if (error instanceof ScenarioError)
			throw new UsageError(
				`the scenario cannot be played:\n  ${error.issues.length > 0 ? error.message.replaceAll('\n', '\n  ') : error.message}`,
			);
		throw error;
	}
}

/** The desk's record for the report card, filled as it works. */
function deskRecorder(journal: DeskJournal): DeskRecorder {
	return {
		sent: effect =>
			journal.sends.push({
				at: Date.now(),
				chatId: effect.chatId,
				text: effect.text,
				visibility: effect.visibility,
				auto: effect.auto,
				notice: effect.notice,
			}),
		guardReview: review =>
			journal.guardReviews.push({
				at: Date.now(),
				chatId: review.chatId,
				findings: review.findings.map(({check, rule}) => ({check, rule})),
			}),
		cannedInserted: (chatId, cannedId) => journal.cannedInserts.push({at: Date.now(), chatId, responseId: cannedId}),
	};
}

/** The flags `demo` takes; test/cli/help-text.test.ts keeps its help text in step with them. */
export const DEMO_FLAGS = {
	speed: {type: 'string'},
	autopilot: {type: 'boolean', default: false},
	report: {type: 'string'},
	web: {type: 'boolean', default: false},
} as const;

export async function runDemo(
	argv: string[],
	importMeta: ImportMeta,
	version: string,
	env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
	const {input, flags} = parseFlags(argv, DEMO_FLAGS, importMeta);
	if (input.length > 1) throw new UsageError(`unexpected argument "${input[1]}" (the demo takes one scenario file)`);
	const speed = parseSpeed(flags.speed);
	const scenario = readScenario(input[0]);
	if (flags.web && flags.autopilot)
		throw new UsageError(
			'--web lets a person play a customer against you at the desk: it does not go with --autopilot',
		);
	const web = flags.web ? webCustomerOf(scenario) : null;
	if (flags.web && !web)
		throw new UsageError('--web needs a scenario with at least one customer to play in the browser');
	if (!process.stdin.isTTY || !process.stdout.isTTY)
		throw new UsageError(
			'the demo needs a terminal: run it in an interactive shell, not with its input or output redirected',
		);

	const server = await startDemoServer(scenario);
	// --web: the trainer plays that customer in a browser; the address is printed (never opened) before the desk takes the
	// screen, and shown on the desk too, since the desk's screen hides what was printed before it.
	const webLine = web ? webCustomerLine(web.customer, webCustomerUrl(web.customer, server.port)) : null;
	if (webLine) process.stdout.write(`${webLine}\n`);
	const journal = emptyDeskJournal();
	// Every timer of the demo (scenario, autopilot, desk) notes when the machine fired it late: the report card keeps
	// those stalls out of the times it scales by the speed (demo/report/machine-lag.ts).
	const timers = stallRecordingTimers(systemTimers, (journal.stalls ??= []));
	// ...and so does a long redraw or a busy moment between two timers that both fire on time.
	const stopProbe = probeEventLoop(timers);
	// The desk owns the terminal, so the player's and the autopilot's log lines are not printed; problems reach the journal.
	const player = createScenarioPlayer({
		scenario: web?.simulated ?? scenario,
		customerUrl: server.customerUrl,
		agentUrl: server.agentUrl,
		colleagueTokens: server.colleagueTokens,
		clock: timers,
		speed,
	});
	let handle: DeskHandle | null = null;
	let autopilot: Autopilot | null = null;
	const chatOf = (key: string) => player.journal().customers.find(customer => customer.key === key)?.chatId ?? null;

	// The desk's defaults, every timing scaled by --speed like the scenario's own delays.
	const commands = scaledCommandConfig(commandConfigOf(defaultConfig()), speed);
	let exitCode: number;
	try {
		exitCode = await runDesk({
			config: {...defaultConfig(), server: server.agentUrl, token: server.agentToken},
			version,
			env,
			stdout: process.stdout,
			stdin: process.stdin,
			stderr: process.stderr,
			onFirstFrame: flushCompileCache,
			timers: demoTimers(speed, timers),
			demo: {
				// No config file and no personal canned file: a demo plays the same on every machine.
				courtesy: {
					commands,
					guard: defaultGuardConfig,
					loadCanned: async () => ({sources: [[...bundledResponses()]], problems: []}),
				},
				thresholds: {warnMs: E1.warnMs / speed, alarmMs: E1.alarmMs / speed},
				recorder: deskRecorder(journal),
				onReady(desk) {
					handle = desk;
					watchArrivals(desk, journal);
					if (flags.autopilot) autopilot = createAutopilot({scenario, desk, chatOf, clock: timers, speed});
					startWhenConnected(desk, () => {
						player.start();
						autopilot?.start();
						if (webLine) desk.notify(webLine);
					});
					void player.done.then(outcome => {
						// The browser's customer may still be chatting: only Ctrl+C ends a --web demo.
						if (outcome.reason !== 'finished' || webLine) return;
						if (autopilot) {
							// A moment for the last rating to show, then the report card.
							setTimeout(() => desk.quit(), 1_500).unref();
						} else {
							desk.notify('The demo is over: every customer has gone. Ctrl+C twice shows your report card.');
						}
					});
				},
			},
		});
	} catch (error) {
		stopProbe();
		await Promise.allSettled([player.stop(), server.close()]);
		return asUsageError(error);
	}
	stopProbe();
	(autopilot as Autopilot | null)?.stop();
	await player.stop();
	const finalState = (handle as DeskHandle | null)?.getState();
	for (const followup of finalState?.followups ?? [])
		journal.followups.push({at: followup.created_at, chatId: followup.chat_id, dueAt: followup.due_at});
	// E3: a name given later in the chat (and set with /name) is the one the card shows.
	for (const [chatId, chat] of finalState?.chats ?? [])
		if (chat.chat.customer.name) journal.names.push({chatId, name: chat.chat.customer.name});
	await server.close();

	const card = buildReportCard({player: player.journal(), desk: journal, thresholds: E1, endedAt: Date.now()});
	if (web)
		process.stdout.write(
			`The report card judges the simulated customers; ${web.customer.name ?? web.customer.key}, played in the browser, is not on it.\n`,
		);
	process.stdout.write(
		`${formatReportCard(card, {width: process.stdout.columns || 80, ascii: !/UTF-?8/i.test(`${env.LC_ALL ?? ''}${env.LC_CTYPE ?? ''}${env.LANG ?? ''}`)})}\n`,
	);
	if (flags.report) {
		try {
			writeFileSync(flags.report, reportJson(card));
			process.stdout.write(`Report written to ${flags.report}\n`);
		} catch (error) {
			process.stderr.write(
				`switchboard: could not write the report to ${flags.report}: ${error instanceof Error ? error.message : String(error)}\n`,
			);
			return 1;
		}
	}
	return exitCode;
}

/** The player starts once the desk has signed in, so the first customer's offer is not missed. */
function startWhenConnected(desk: DeskHandle, start: () => void): void {
	if (desk.getState().connection.state === 'connected') return start();
	const unsubscribe = desk.subscribe(() => {
		if (desk.getState().connection.state !== 'connected') return;
		unsubscribe();
		start();
	});
}
