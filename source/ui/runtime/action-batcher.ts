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
};

export function createActionBatcher({
	dispatchBatch,
	timers,
	windowMs = 50,
	isUrgent = () => false,
}: ActionBatcherOptions): ActionBatcher {
	let waiting: DeskInput[] = [];
	let timer: unknown = null;
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
			if (timer === null) timer = timers.setTimeout(flush, windowMs);
		},
		flush,
		stop() {
			flush();
			stopped = true;
		},
	};
}
