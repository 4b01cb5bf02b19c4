// Renders desk components inside the providers, on a fake terminal of a chosen size that can be resized and typed into.
import {EventEmitter} from 'node:events';
import {render as inkRender} from 'ink';
import {render as renderWithTestingLibrary} from 'ink-testing-library';
import type {ReactElement} from 'react';
import type {DeskStore} from '../../../source/core/store.js';
import {DEFAULT_THRESHOLDS} from '../../../source/core/response-timer.js';
import type {DeskStores} from '../../../source/ui/desk-context.js';
import type {DeskController} from '../../../source/ui/desk-controller.js';
import {DeskProvider} from '../../../source/ui/desk-provider.js';
import {resolveKeymap} from '../../../source/ui/keys/resolve-keymap.js';
import {createClock} from '../../../source/ui/state/clock.js';
import {createExternalStore} from '../../../source/ui/state/external-store.js';
import {createUiState, reduceUi} from '../../../source/ui/state/ui-state.js';
import {createViewportRegistry} from '../../../source/ui/state/viewports.js';
import {createWrapCache} from '../../../source/ui/text/wrap-cache.js';
import {createTheme} from '../../../source/ui/theme.js';
import {deskStore, T0} from './fixtures.js';
import {bundledResponses} from '../../../source/canned/index.js';
import {defaultGuardConfig} from '../../../source/courtesy/guard/index.js';
import {createCannedStore} from '../../../source/ui/state/canned-store.js';

export class FakeStdout extends EventEmitter {
	isTTY = true;
	frames: string[] = [];
	constructor(
		public columns = 100,
		public rows = 30,
	) {
		super();
	}
	write = (frame: string, ...rest: unknown[]) => {
		// Nothing written is no frame: Ink writes '' to learn when what it wrote has gone out (waitUntilRenderFlush).
		if (frame !== '') this.frames.push(frame);
		const done = rest.find(argument => typeof argument === 'function') as (() => void) | undefined;
		if (done) queueMicrotask(done);
		return true;
	};
	lastFrame = () => this.frames.at(-1) ?? '';
	resize(columns: number, rows: number) {
		this.columns = columns;
		this.rows = rows;
		this.emit('resize');
	}
}

export class FakeStdin extends EventEmitter {
	isTTY = true;
	private queue: string[] = [];
	write = (data: string) => {
		this.queue.push(data);
		this.emit('readable');
	};
	read = () => this.queue.shift() ?? null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export type ControllerCall = {method: keyof DeskController; args: unknown[]};

export type FakeController = DeskController & {calls: ControllerCall[]};

export function fakeController(): FakeController {
	const calls: ControllerCall[] = [];
	const record =
		(method: keyof DeskController) =>
		(...args: unknown[]) => {
			calls.push({method, args});
		};
	return {
		calls,
		acceptOffer: record('acceptOffer'),
		declineOffer: record('declineOffer'),
		sendMessage: record('sendMessage'),
		composerChanged: record('composerChanged'),
		togglePresence: record('togglePresence'),
		loadOlder: record('loadOlder'),
		loadEarlierChats: record('loadEarlierChats'),
		loadEarlierTranscript: record('loadEarlierTranscript'),
		quit: record('quit'),
		reconnect(...args: unknown[]) {
			calls.push({method: 'reconnect', args});
			return true;
		},
		signIn: record('signIn'),
		runLine(...args: unknown[]) {
			calls.push({method: 'runLine', args});
			return null;
		},
	};
}

export type StoreOptions = {
	desk?: DeskStore;
	ascii?: boolean;
	color?: boolean;
	keys?: Record<string, string[]>;
	now?: number;
};

export function makeStores({
	desk = deskStore(),
	ascii = false,
	color = false,
	keys = {},
	now = T0,
}: StoreOptions = {}): DeskStores {
	return {
		desk,
		ui: createExternalStore(createUiState(), reduceUi),
		clock: createClock(now),
		theme: createTheme({unicode: !ascii, color: color ? 'basic' : 'none'}),
		keymap: resolveKeymap(keys),
		thresholds: DEFAULT_THRESHOLDS,
		wrapCache: createWrapCache(),
		viewports: createViewportRegistry(),
		canned: createCannedStore(bundledResponses()),
		guard: defaultGuardConfig,
	};
}

/** A component in the providers, rendered by ink-testing-library (a 100-column terminal). */
export function renderComponent(
	tree: ReactElement,
	options: StoreOptions & {stores?: DeskStores; controller?: FakeController} = {},
) {
	const stores = options.stores ?? makeStores(options);
	const controller = options.controller ?? fakeController();
	const instance = renderWithTestingLibrary(
		<DeskProvider stores={stores} actions={controller}>
			{tree}
		</DeskProvider>,
	);
	return {
		stores,
		controller,
		stdin: instance.stdin,
		lastFrame: () => instance.lastFrame() ?? '',
		unmount: instance.unmount,
		rerender: instance.rerender,
	};
}

/** The whole desk on a fake terminal of the given size, which tests can resize and type into. */
export function renderDesk(
	tree: ReactElement,
	options: StoreOptions & {columns?: number; rows?: number; stores?: DeskStores; controller?: FakeController} = {},
) {
	const stores = options.stores ?? makeStores(options);
	const controller = options.controller ?? fakeController();
	const stdout = new FakeStdout(options.columns, options.rows);
	const stdin = new FakeStdin();
	const instance = inkRender(
		<DeskProvider stores={stores} actions={controller}>
			{tree}
		</DeskProvider>,
		{
			stdout: stdout as never,
			stderr: new FakeStdout() as never,
			stdin: stdin as never,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
			interactive: false,
		},
	);
	return {stores, controller, stdout, stdin, lastFrame: stdout.lastFrame, unmount: () => instance.unmount(), instance};
}
