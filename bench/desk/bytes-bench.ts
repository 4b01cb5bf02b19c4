// What the desk writes to the terminal: per keystroke, per message into the focused chat and per chat switch, each
// beside the floor (the changed cells, floor.ts), and per second while waiting customers' timers tick.
import {figure, spread, spreadText} from '../stats.js';
import {focusedPaneName, paneNames} from './desk-screen.js';
import {floorBytes, snapshot} from './floor.js';
import {typingLatency} from './measure.js';
import {keys, type PtyScreen} from './pty-screen.js';
import type {SeededServer} from './seed.js';

const QUIET_MS = 200;
const STEPS = 15;

type Step = {bytes: number; floor: number};

/** Runs `act` and waits for `shown` and a quiet screen; what was written, beside the floor for the same change. */
async function measureStep(screen: PtyScreen, act: () => void, shown: () => boolean, what: string): Promise<Step> {
	await screen.waitForQuiet(QUIET_MS, {timeout: 30_000});
	const before = snapshot(screen);
	const bytesBefore = screen.byteCount();
	act();
	await screen.waitFor(shown, {timeout: 20_000, message: what});
	await screen.waitForQuiet(QUIET_MS, {timeout: 30_000});
	return {bytes: screen.byteCount() - bytesBefore, floor: floorBytes(before, snapshot(screen))};
}

function stepFigures(name: string, steps: Step[], what: string, target: string): void {
	const bytes = spread(steps.map(step => step.bytes));
	const floor = spread(steps.map(step => step.floor));
	figure(`${name}`, bytes.median, `bytes (${spreadText(bytes)}; ${what})`);
	figure(`${name}.floor`, floor.median, `bytes (${spreadText(floor)}; cursor moves and changed cells only)`);
	figure(`${name}.ratio_to_floor`, bytes.median / floor.median, `x${target}`);
}

/**
 * The desk on `screen` has chat `focused` open and an empty composer. `via`: "direct" or "tmux" (the figure names).
 * Leaves `waiting` chats with a customer waiting for an answer (their E1 timers tick) for the idle figure.
 */
export async function bytesFigures(
	screen: PtyScreen,
	server: SeededServer,
	focused: number,
	via: 'direct' | 'tmux',
): Promise<void> {
	const typing = await typingLatency(screen, 64);
	const perKey = typing.bytes / typing.keys;
	figure(
		`desk.bytes_per_keystroke.${via}`,
		perKey,
		`bytes (${typing.keys} keys typed and erased; target <= ${via === 'direct' ? 40 : 20})`,
	);

	const messages: Step[] = [];
	for (let step = 0; step < STEPS; step++) {
		// A marker short enough to stay on one row, however the rest of the message wraps.
		const marker = `F${step}${via}`;
		messages.push(
			await measureStep(
				screen,
				() => server.sendCustomerMessage(focused, `${marker} about the blender order, could you check it?`),
				() => screen.screenText().includes(marker),
				`message ${step} in the focused chat`,
			),
		);
	}
	stepFigures(
		`desk.bytes_per_focused_message.${via}`,
		messages,
		`${STEPS} messages, one at a time`,
		' (target <= 1.3)',
	);

	const switches: Step[] = [];
	for (let step = 0; step < STEPS; step++) {
		const from = focusedPaneName(screen);
		switches.push(
			await measureStep(
				screen,
				() => screen.write(keys.ctrl('n')),
				() => {
					const now = focusedPaneName(screen);
					return now !== null && now !== from;
				},
				`chat switch ${step}`,
			),
		);
	}
	stepFigures(`desk.bytes_per_chat_switch.${via}`, switches, `${STEPS} switches with Ctrl+N`, '');
}

/** Timers on screen: the chat list's rows end in one (0:41, late 1:13) right before the list's border. */
const timersOnScreen = (screen: PtyScreen) => screen.screenText().match(/\d+:\d\d(?=[│|])/g)?.length ?? 0;

/** Bytes a second with customers waiting in chats whose list rows are on screen (their timers tick), per timer. */
export async function idleFigures(screen: PtyScreen, server: SeededServer, count: number, via: string): Promise<void> {
	const inPanes = new Set(paneNames(screen));
	const listed = server.names
		.map((name, index) => ({name, index}))
		.filter(({name}) => !inPanes.has(name) && screen.screenText().includes(name))
		.slice(0, count);
	for (const {index} of listed) server.sendCustomerMessage(index, `Still there? I am waiting about my order ${index}`);
	// The timers start from the message; give the list a few seconds to settle into ticking.
	await new Promise(resolve => setTimeout(resolve, 3_000));
	const seconds = 10;
	const timers = timersOnScreen(screen);
	const before = screen.byteCount();
	await new Promise(resolve => setTimeout(resolve, seconds * 1_000));
	await screen.settled();
	const perSecond = (screen.byteCount() - before) / seconds;
	figure(
		`desk.idle_bytes_per_second.waiting_customers.${via}`,
		perSecond,
		`bytes/s (${timers} timers on screen, nothing else happening, ${seconds} s)`,
	);
	figure(`desk.idle_bytes_per_second.per_timer.${via}`, perSecond / Math.max(1, timers), 'bytes/s (target <= 30)');
}
