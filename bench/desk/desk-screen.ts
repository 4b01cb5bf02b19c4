// What the benchmarks need to know about the desk's screen: how to launch it, when a frame is complete, how to open a chat.
import {keys, startPty, type PtyScreen} from './pty-screen.js';

export function deskArgs(url: string, token: string): string[] {
	return ['--server', url, '--token', token];
}

/**
 * A clean environment: its own config and state directories (the outbox of undelivered messages lives in the state
 * one), no SWITCHBOARD_* settings from whoever runs the bench.
 */
export function deskEnv(configHome: string): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = {XDG_CONFIG_HOME: configHome, XDG_STATE_HOME: configHome};
	for (const name of Object.keys(process.env)) if (name.startsWith('SWITCHBOARD_')) env[name] = undefined;
	return env;
}

/**
 * Whether dist/cli.js has the desk: 'absent' only when the CLI refuses `--server` as an unknown flag (the wire-only
 * build); a desk that starts is 'built'; anything else (a crash) is an error, never a skip.
 */
export async function deskStatus(configHome: string): Promise<'built' | 'absent'> {
	const screen = startPty(deskArgs('ws://127.0.0.1:9', 'probe-token'), {env: deskEnv(configHome)});
	try {
		await screen.waitFor(current => current.exited !== null || current.alternateScreen(), {
			timeout: 15_000,
			message: 'the desk to start or exit',
		});
		if (screen.alternateScreen()) return 'built';
		if (screen.exited?.exitCode === 2 && /unknown flag --server/.test(screen.rawOutput())) return 'absent';
		throw new Error(`the desk did not start (exit ${JSON.stringify(screen.exited)}):\n${screen.rawOutput()}`);
	} finally {
		await screen.stop();
	}
}

/** The bare Ink app's frame is complete when its header and its last line (the hints) are drawn. */
export function isEchoFrame(screen: PtyScreen): boolean {
	return screen.line(0).includes('echo · bare Ink baseline') && screen.line(screen.rows - 1).includes('Ctrl+C quits');
}

/** Waits until the desk shows the first customer's chat in its list (the chats have arrived). */
export async function waitForChats(screen: PtyScreen, names: string[]): Promise<void> {
	await screen.waitForText(names[0]!, {timeout: 60_000, message: 'the chat list'});
}

/** The customer names in the titles of the conversation panes on screen ("╔ ▶ Sarah Jones · en · ● active ═══"). */
export function paneNames(screen: PtyScreen): string[] {
	return [...screen.screenText().matchAll(/[╔┌] (?:▶ )?([^─═│║·]+?) · /g)].map(match => match[1]!);
}

/** The customer name in the focused pane's title (marked ▶), or null. */
export function focusedPaneName(screen: PtyScreen): string | null {
	return /[╔┌] ▶ ([^─═│║·]+?) · /.exec(screen.screenText())?.[1] ?? null;
}

/** Opens chat `index` (0-based, list order) in the focused pane with Alt+digit and waits for its title to show. */
export async function openChat(screen: PtyScreen, index: number, names: string[]): Promise<void> {
	screen.write(keys.alt(String(index + 1)));
	const name = names[index]!;
	await screen.waitFor(current => focusedPaneName(current) === name, {
		timeout: 20_000,
		message: `${name}'s conversation`,
	});
}
