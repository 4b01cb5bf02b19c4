// The desk's screen: Ink, React and every component, loaded by run-desk.tsx only once the desk has begun to connect.
import {render} from 'ink';
import {App} from '../ui/app.js';
import {createDeskHandle, type DeskHandle} from '../ui/desk-handle.js';
import type {DeskStores} from '../ui/desk-context.js';
import {DeskProvider} from '../ui/desk-provider.js';
import {keyActionDeps} from '../ui/key-actions.js';
import type {DeskRuntime} from '../ui/runtime/desk-runtime.js';

export type DrawOptions = {
	stdout: NodeJS.WriteStream;
	stdin: NodeJS.ReadStream;
	stderr: NodeJS.WriteStream;
	fullScreen: boolean;
};

/** Draws the desk's first frame and keeps it drawn; the Ink instance is how it is ended. */
export function drawDesk(stores: DeskStores, runtime: DeskRuntime, {stdout, stdin, stderr, fullScreen}: DrawOptions) {
	return render(
		<DeskProvider stores={stores} actions={runtime.controller}>
			<App />
		</DeskProvider>,
		{
			stdout,
			stdin,
			stderr,
			// Ctrl+C is the desk's own key (press twice); Ink must not exit on the first one.
			exitOnCtrlC: false,
			alternateScreen: fullScreen,
			// Only changed rows are written: what an SSH link pays per message arriving off screen.
			incrementalRendering: true,
			// Server traffic renders at most every 50 ms, every 200 ms when no pane shows it (the batcher); a key press
			// is drawn at once whatever the budget (use-key-press.ts).
			maxFps: 60,
			patchConsole: true,
		},
	);
}

/** What the demo's autopilot drives: the same key actions an agent's keys reach. */
export function deskHandle(stores: DeskStores, runtime: DeskRuntime): DeskHandle {
	return createDeskHandle(keyActionDeps(stores, runtime.controller));
}
