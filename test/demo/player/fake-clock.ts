// A player clock moved by hand: advance() fires due timers in order and lets the promise chains they start run in between.
import type {PlayerClock} from '../../../source/demo/player/player-clock.js';

type Timer = {id: number; at: number; callback: () => void};

/** One turn of the event loop: every pending microtask runs, and so do I/O callbacks already due. */
const turn = () => new Promise<void>(resolve => setImmediate(resolve));

export class FakeClock implements PlayerClock {
	#now: number;
	#nextId = 1;
	readonly #timers = new Map<number, Timer>();

	constructor(start = 1_000_000) {
		this.#now = start;
	}

	now = (): number => this.#now;

	setTimeout = (callback: () => void, ms: number): unknown => {
		const id = this.#nextId++;
		this.#timers.set(id, {id, at: this.#now + Math.max(0, ms), callback});
		return id;
	};

	clearTimeout = (handle: unknown): void => {
		this.#timers.delete(handle as number);
	};

	/** Timers set and not yet fired or cleared. */
	get pending(): number {
		return this.#timers.size;
	}

	/**
	 * Moves time forward by `ms`, firing every timer that falls due on the way, oldest first. After each one the
	 * event loop turns, so a sleep that resolves and sets the next timer (typing the next draft) is seen in the same call.
	 */
	async advance(ms: number): Promise<void> {
		const end = this.#now + ms;
		for (;;) {
			await turn();
			const due = [...this.#timers.values()]
				.filter(timer => timer.at <= end)
				.sort((a, b) => a.at - b.at || a.id - b.id)[0];
			if (!due) break;
			this.#timers.delete(due.id);
			this.#now = due.at;
			due.callback();
		}
		this.#now = end;
		await turn();
	}
}
