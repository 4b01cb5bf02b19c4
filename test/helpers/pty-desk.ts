// The desk (`switchboard --server URL --token T`) in a pty for e2e tests, with a config directory of its own.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {deskArgs, deskEnv} from '../../bench/desk/desk-screen.js';

export {focusedPaneName, paneNames} from '../../bench/desk/desk-screen.js';
import {startPty, stopPtys, type PtyScreen} from './pty-screen.js';

export const SIZES = [
	{cols: 80, rows: 24},
	{cols: 120, rows: 40},
] as const;

const configHomes = new Set<string>();

export type DeskOptions = {cols?: number; rows?: number; env?: Record<string, string | undefined>; args?: string[]};

/** Starts the desk against `url` (a server or a cut proxy) and waits for its first full frame. */
export async function startDesk(
	url: string,
	token: string,
	{cols = 80, rows = 24, env = {}, args = []}: DeskOptions = {},
): Promise<PtyScreen> {
	const configHome = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
	configHomes.add(configHome);
	const screen = startPty([...deskArgs(url, token), ...args], {cols, rows, env: {...deskEnv(configHome), ...env}});
	await screen.waitFor(current => current.alternateScreen() && current.line(0).includes('switchboard'), {
		timeout: 15_000,
		message: 'the desk header',
	});
	return screen;
}

/** Stops every pty and removes the desks' config directories; call it from afterEach. */
export async function stopDesks(): Promise<void> {
	await stopPtys();
	for (const dir of configHomes) rmSync(dir, {recursive: true, force: true});
	configHomes.clear();
}
