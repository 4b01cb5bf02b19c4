// Starts the desk in this terminal: stores, runtime, Ink on the alternate screen; and puts everything back on every way out.
// Nothing here loads Ink or React (a test checks it): the screen (desk-view.tsx) loads while the desk signs in.
import {AgentClient, OutboxKeeper} from '../client/index.js';
import type {DeskConfig} from '../config/options.js';
import {openConfigFile} from '../config/config-file.js';
import {outboxDirectory} from '../config/state-paths.js';
import {customerName} from '../core/names.js';
import {createDeskStore} from '../core/store.js';
import {courtesySettings, type CourtesySettings} from './courtesy-settings.js';
import type {DeskHandle} from '../ui/desk-handle.js';
import type {DeskRecorder} from '../ui/desk-recorder.js';
import type {TimerThresholds} from '../core/response-timer.js';
import type {DeskStores} from '../ui/desk-context.js';
import {resolveKeymap} from '../ui/keys/resolve-keymap.js';
import {createDeskNotifier} from '../ui/runtime/desk-notifier.js';
import {BACKGROUND_WINDOW_MS, createDeskRuntime, type DeskRuntime} from '../ui/runtime/desk-runtime.js';
import {installExitPaths, type ProcessEvents} from '../ui/runtime/exit-paths.js';
import type {Timers} from '../core/timers.js';
import {systemTimers} from './system-timers.js';
import {keepHeapSmall} from './heap-size.js';
import {undeliveredExit} from '../ui/runtime/undelivered.js';
import {createCannedStore} from '../ui/state/canned-store.js';
import {createClock} from '../ui/state/clock.js';
import {createExternalStore} from '../ui/state/external-store.js';
import {createUiState, reduceUi} from '../ui/state/ui-state.js';
import {createViewportRegistry} from '../ui/state/viewports.js';
import {detectTerminalCapabilities, type TerminalEnv} from '../ui/terminal/capabilities.js';
import {restoreSequence} from '../ui/terminal/screen-modes.js';
import {createWrapCache} from '../ui/text/wrap-cache.js';
import {createTheme} from '../ui/theme.js';
import {firstLogin, REFUSED_TOKEN_EXIT_CODE} from '../ui/runtime/first-login.js';

export type RunDeskOptions = {
	config: DeskConfig & {server: string; token: string};
	version: string;
	env: TerminalEnv;
	stdout: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	stderr: NodeJS.WriteStream;
	/** Where undelivered messages are kept across restarts; default the XDG state directory (state-paths.ts). */
	outboxDirectory?: string;
	process?: ProcessEvents;
	timers?: Timers;
	/** Called once the first frame is on screen (the command line flushes Node's compile cache then). */
	onFirstFrame?: () => void;
	/**
	 * The demo (`switchboard demo`): its own courtesy settings and E1 thresholds (bundled canned responses
	 * only, timings scaled by --speed), a recorder for the report card, and the handle its autopilot drives.
	 */
	demo?: {
		courtesy: CourtesySettings;
		thresholds: TimerThresholds;
		recorder: DeskRecorder;
		onReady(handle: DeskHandle): void;
	};
};

/** The one line a refused token at start gets: what happened and where the token comes from. */
export const REFUSED_TOKEN_LINE =
	'the server refused the token: check --token, SWITCHBOARD_TOKEN or the config file ("switchboard config set token -" reads a new one from stdin)';

/** Why the desk cannot start here; the command line prints it as one line. */
export class DeskStartError extends Error {
	override readonly name = 'DeskStartError';
}

function writeSafely(stream: NodeJS.WriteStream, text: string): void {
	try {
		if (!stream.destroyed && stream.writable) stream.write(text);
	} catch {
		// The terminal went away (SIGHUP, a closed SSH link): nothing to write to.
	}
}

/** The canned files, read once the first frame is out; a file that cannot be used is left out and reported (it stays until dismissed). */
function loadCannedAfterStart(
	courtesy: CourtesySettings,
	runtime: DeskRuntime,
	desk: DeskStores['desk'],
	timers: Timers,
): void {
	const report = (text: string) =>
		desk.dispatch({
			type: 'alert.post',
			kind: 'canned.problem',
			level: 'warning',
			text,
			chatId: null,
			at: timers.now(),
		});
	setImmediate(() => {
		courtesy.loadCanned().then(
			({sources, problems}) => {
				runtime.courtesy.setCannedFiles(sources);
				for (const problem of problems) report(`canned responses left out: ${problem}`);
			},
			(error: unknown) =>
				report(`canned responses could not be read: ${error instanceof Error ? error.message : String(error)}`),
		);
	});
}

/** Each new guard review (E3-E6) to the recorder, as the ui store shows it. */
function recordGuardReviews(ui: DeskStores['ui'], recorder: DeskRecorder): void {
	let last = ui.getState().guard;
	ui.subscribe(() => {
		const review = ui.getState().guard;
		if (review !== null && review !== last) recorder.guardReview(review);
		last = review;
	});
}

/** Runs the desk until the agent quits or the process is told to stop; resolves with the exit code. */
export async function runDesk(options: RunDeskOptions): Promise<number> {
	const {config, stdout, stdin, stderr} = options;
	if (!stdin.isTTY || !stdout.isTTY) {
		throw new DeskStartError(
			'the desk needs a terminal: run it in an interactive shell, not with its input or output redirected',
		);
	}
	keepHeapSmall();
	const courtesy: CourtesySettings = options.demo?.courtesy ?? courtesySettings(config, options.env);
	const capabilities = detectTerminalCapabilities(options.env, true);
	const localTimers = options.timers ?? systemTimers;
	let client: AgentClient | null = null;
	// Offers, holds and the E1/E7 timers are server times: the desk counts on the server's clock (protocol §6.1, v1.1).
	const timers: Timers = {
		...localTimers,
		now: () => localTimers.now() + ((client as AgentClient | null)?.clockOffsetMs ?? 0),
	};
	const theme = createTheme(capabilities, {asciiBorders: config.asciiBorders, color: config.color});
	const desk = createDeskStore();
	const stores: DeskStores = {
		desk,
		ui: createExternalStore(createUiState(), reduceUi),
		clock: createClock(timers.now()),
		theme,
		keymap: resolveKeymap(config.keys),
		thresholds: options.demo?.thresholds ?? {
			warnMs: config.responseWarnSeconds * 1_000,
			alarmMs: config.responseAlarmSeconds * 1_000,
		},
		// Large enough to hold a whole long chat at one width, for an agent paging through all of it.
		wrapCache: createWrapCache({maxMessagesPerWidth: 20_000}),
		viewports: createViewportRegistry(),
		// Filled after the first frame (loadCannedAfterStart): an agent waiting for the desk does not wait for YAML.
		canned: createCannedStore([]),
		guard: courtesy.guard,
		...(options.demo ? {recorder: options.demo.recorder} : {}),
	};
	const notifier = createDeskNotifier(
		{
			bellOnOffer: config.bellOnOffer,
			bellOnAlarm: config.bellOnAlarm,
			// OSC sequences are for terminals that take escapes; TERM=dumb gets the bell at most.
			desktop: capabilities.fullScreen ? config.desktopNotifications : 'off',
			tmux: capabilities.tmux,
			minIntervalMs: config.notifyIntervalSeconds * 1_000,
		},
		sequence => writeSafely(stdout, sequence),
	);

	const customerOf = (chatId: string) => {
		const chat = desk.getState().chats.get(chatId);
		return chat ? customerName(chat) : null;
	};
	// The demo's server lives for one run on a random port: nothing of it is worth keeping.
	const keeper = options.demo
		? null
		: new OutboxKeeper({
				directory: options.outboxDirectory ?? outboxDirectory(options.env),
				server: config.server,
				customerOf,
				report: ({level, text}) =>
					desk.dispatch({type: 'alert.post', kind: 'outbox.file', level, text, chatId: null, at: timers.now()}),
			});
	let quit: () => void = () => undefined;
	let frameDrawn: () => void = () => undefined;
	const firstFrame = new Promise<void>(resolve => (frameDrawn = resolve));
	const runtime = createDeskRuntime({
		connect: onAction => {
			client = new AgentClient({
				url: config.server,
				token: config.token,
				client: {name: 'switchboard', version: options.version},
				onAction,
				historyAfter: firstFrame,
				...(keeper ? {keeper} : {}),
				...(options.timers ? {now: () => localTimers.now()} : {}),
			});
			return client;
		},
		desk,
		ui: stores.ui,
		clock: stores.clock,
		thresholds: stores.thresholds,
		notifier,
		timers,
		onQuit: () => quit(),
		backgroundWindowMs: BACKGROUND_WINDOW_MS,
		// Only when the agent ticks "save" in the new-token prompt: a token entered there is otherwise kept in memory only.
		saveToken: token => openConfigFile().set('token', token),
		courtesy: {
			canned: stores.canned,
			config: courtesy.commands,
			...(stores.recorder ? {onSend: stores.recorder.sent, onCannedInsert: stores.recorder.cannedInserted} : {}),
		},
	});
	if (stores.recorder) recordGuardReviews(stores.ui, stores.recorder);

	// Connect first: a token the server refuses is one line on stderr, and the screen is never taken over for it.
	runtime.start();
	// The screen's code (Ink, React, the components: most of what the desk loads) is read and run while the server
	// answers: the wait for the sign-in and the wait for the code overlap instead of adding up.
	const view = import('./desk-view.js');
	// A refused token ends the desk before the view is used; a failure to load it is reported below, not twice.
	view.catch(() => undefined);
	if ((await firstLogin(desk, timers)) === 'refused') {
		await runtime.stop();
		writeSafely(stderr, `switchboard: ${REFUSED_TOKEN_LINE}\n`);
		return REFUSED_TOKEN_EXIT_CODE;
	}

	const {drawDesk, deskHandle} = await view;
	// Raw before the first frame: the desk's key hook turns raw mode on only in an effect, after the frame is out, and
	// a Ctrl+C pressed in that moment would reach the terminal's line discipline as SIGINT and quit without asking.
	stdin.setRawMode(true);
	const instance = drawDesk(stores, runtime, {stdout, stdin, stderr, fullScreen: capabilities.fullScreen});

	let restored = false;
	const exits = installExitPaths({
		process: options.process ?? process,
		restoreTerminal() {
			if (restored) return;
			restored = true;
			try {
				instance.unmount();
			} finally {
				// Ink restores its own modes; this repeats it for every mode, harmlessly, in case a crash stopped Ink midway.
				if (capabilities.fullScreen) writeSafely(stdout, restoreSequence());
			}
		},
		async shutdown() {
			await runtime.stop();
			stdin.pause();
		},
		reportCrash(error) {
			writeSafely(
				stderr,
				`switchboard: the desk stopped on an error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
			);
		},
	});
	quit = () => void exits.end({kind: 'quit'});
	// A render error (a component threw) ends Ink; the desk ends with it, the error printed after the screen is back.
	instance.waitUntilExit().then(
		() => void exits.end({kind: 'quit'}),
		(error: unknown) => void exits.end({kind: 'crash', error}),
	);
	loadCannedAfterStart(courtesy, runtime, stores.desk, timers);
	// render() has drawn the first frame by now; the callback waits out what is already queued behind it.
	setImmediate(() => {
		frameDrawn();
		options.onFirstFrame?.();
	});
	options.demo?.onReady(deskHandle(stores, runtime));
	const code = await exits.done;
	// After the screen is back: what did not go out, where it is kept, and an exit code a script can test.
	const undelivered = undeliveredExit({
		code,
		pending: (client as AgentClient | null)?.pendingMessages ?? [],
		file: keeper && {path: keeper.path, unsaved: keeper.unsaved},
		customerOf: message => customerOf(message.chat_id) ?? message.customer ?? 'a customer',
	});
	if (undelivered.text) writeSafely(stderr, undelivered.text);
	return undelivered.code;
}
