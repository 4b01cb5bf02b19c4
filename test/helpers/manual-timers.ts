// The one hand-driven clock for tests: advance() runs due timers at once, advanceAsync() lets promise chains run between.
import type {Timers} from '../../source/core/timers.js';

type Pending = {id: number; at: number; every: number | null; callback: () => void};

/** One turn of the event loop: every pending microtask runs, and so do I/O callbacks already due. */
const turn = () => new Promise<void>(resolve => setImmediate(resolve));

export class ManualTimers implements Timers {
	#now: number;
	#nextId = 1;
	readonly #pending = new Map<number, Pending>();

	constructor(start = 1_000_000) {
		this.#now = start;
	}

	now = (): number => this.#now;

	setTimeout = (callback: () => void, ms: number): number => this.#add(callback, ms, null);
	setInterval = (callback: () => void, ms: number): number => this.#add(callback, ms, ms);
	clearTimeout = (handle: unknown): void => void this.#pending.delete(handle as number);
	clearInterval = (handle: unknown): void => void this.#pending.delete(handle as number);

	/** Timers set and not yet fired or cleared (intervals until cleared). */
	get pending(): number {
		return this.#pending.size;
	}

	/** Moves time forward by `ms`, running every callback that falls due on the way, in order, synchronously. */
	advance(ms: number): void {
		const end = this.#now + ms;
		for (let due = this.#next(end); due; due = this.#next(end)) this.#fire(due);
		this.#now = end;
	}

	/**
	 * advance() for code that waits on promises: after each timer the event loop turns, so a sleep that resolves and
	 * sets the next timer (a simulated customer typing the next draft) is seen in the same call.
	 */
	async advanceAsync(ms: number): Promise<void> {
		const end = this.#now + ms;
		for (;;) {
			await turn();
			const due = this.#next(end);
			if (!due) break;
			this.#fire(due);
		}
		this.#now = end;
		await turn();
	}

	#next(end: number): Pending | undefined {
		return [...this.#pending.values()].filter(entry => entry.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
	}

	#fire(due: Pending): void {
		this.#now = due.at;
		if (due.every === null) this.#pending.delete(due.id);
		else due.at += due.every;
		due.callback();
	}

	#add(callback: () => void, ms: number, every: number | null): number {
		const id = this.#nextId++;
		this.#pending.set(id, {id, at: this.#now + Math.max(0, ms), every, callback});
		return id;
	}
}
