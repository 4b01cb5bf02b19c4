// Collects the client's actions for a short window and hands them to the store in one batch: at most one render per burst.
import type {DeskInput} from '../../core/intents.js';
import type {Timers} from '../../core/timers.js';

export type ActionBatcher = {
	push(action: DeskInput): void;
	/** Dispatches what is waiting now (before quitting, or when the agent's own action must show at once). */
	flush(): void;
	stop(): void;
};

export type ActionBatcherOptions = {
	dispatchBatch(actions: readonly DeskInput[]): void;
	timers: Timers;
	/** DESIGN: ≤ 1 render per ~50 ms burst. */
	windowMs?: number;
	/** Actions that flush at once, with everything before them (the agent's own send: Enter must show now). */
	isUrgent?(action: DeskInput): boolean;
	/**
	 * Actions nobody sees at once (a message into a chat in no pane: only the list's unread count moves). A burst of
	 * only these waits `backgroundWindowMs`, so traffic off screen redraws the desk a few times a second instead of
	 * twenty, and the agent's keys meet fewer frames in their way; any other action brings the flush back to `windowMs`.
	 */
	isBackground?(action: DeskInput): boolean;
	backgroundWindowMs?: number;
};

export function createActionBatcher({
	dispatchBatch,
	timers,
	windowMs = 50,
	isUrgent = () => false,
	isBackground = () => false,
	backgroundWindowMs = windowMs,
}: ActionBatcherOptions): ActionBatcher {
	let waiting: DeskInput[] = [];
	let timer: unknown = null;
	/** When the burst began, and whether everything in it so far can wait the longer window. */
	let burstStart = 0;
	let background = false;
	let stopped = false;

	const flush = () => {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
		if (waiting.length === 0) return;
		const batch = waiting;
		waiting = [];
		dispatchBatch(batch);
	};

	return {
		push(action) {
			if (stopped) return;
			waiting.push(action);
			if (isUrgent(action)) {
				flush();
				return;
			}
			// The window starts with the first action of a burst; later ones join it, they do not extend it.
			if (timer === null) {
				burstStart = timers.now();
				background = isBackground(action);
				timer = timers.setTimeout(flush, background ? backgroundWindowMs : windowMs);
			} else if (background && !isBackground(action)) {
				// Something on screen joined a background burst: it goes out when a burst of its own would have.
				background = false;
				timers.clearTimeout(timer);
				timer = timers.setTimeout(flush, Math.max(0, burstStart + windowMs - timers.now()));
			}
		},
		flush,
		stop() {
			flush();
			stopped = true;
		},
	};
}
