// Timers driven by hand: tests move time with advance() and see exactly which callbacks ran.
import type {Timers} from '../../../source/ui/runtime/timers.js';

type Pending = {id: number; at: number; every: number | null; callback: () => void};

export class ManualTimers implements Timers {
	private current: number;
	private nextId = 1;
	private pending = new Map<number, Pending>();

	constructor(start: number) {
		this.current = start;
	}

	now = () => this.current;

	setTimeout = (callback: () => void, ms: number) => this.add(callback, ms, null);
	setInterval = (callback: () => void, ms: number) => this.add(callback, ms, ms);
	clearTimeout = (handle: unknown) => void this.pending.delete(handle as number);
	clearInterval = (handle: unknown) => void this.pending.delete(handle as number);

	get count(): number {
		return this.pending.size;
	}

	/** Moves time forward, running every callback that falls due on the way, in order. */
	advance(ms: number): void {
		const end = this.current + ms;
		for (;;) {
			const due = [...this.pending.values()]
				.filter(entry => entry.at <= end)
				.sort((a, b) => a.at - b.at || a.id - b.id)[0];
			if (!due) break;
			this.current = due.at;
			if (due.every === null) this.pending.delete(due.id);
			else due.at += due.every;
			due.callback();
		}
		this.current = end;
	}

	private add(callback: () => void, ms: number, every: number | null): number {
		const id = this.nextId++;
		this.pending.set(id, {id, at: this.current + Math.max(0, ms), every, callback});
		return id;
	}
}
