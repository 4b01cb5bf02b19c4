// Pseudo-terminal screens for tests: the shared PtyScreen (bench/desk/pty-screen.ts), plus a registry so every test stops what it started.
import {PtyScreen, type PtyOptions} from '../../bench/desk/pty-screen.js';

export {echoAppScript, keys, PtyScreen} from '../../bench/desk/pty-screen.js';
export type {PtyOptions} from '../../bench/desk/pty-screen.js';

const running = new Set<PtyScreen>();

/** Runs `node <script> ...args` (script: dist/cli.js unless given) in a pty of the given size; stopped by stopPtys(). */
export function startPty(args: string[], options: PtyOptions = {}): PtyScreen {
	const screen = new PtyScreen(args, options);
	running.add(screen);
	return screen;
}

/** Kills (SIGKILL, by pid) every program startPty started that still runs; call it from afterEach. */
export async function stopPtys(): Promise<void> {
	const all = [...running];
	running.clear();
	await Promise.all(all.map(screen => screen.stop()));
}
