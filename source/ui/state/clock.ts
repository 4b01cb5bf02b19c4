// The desk's one clock: a store holding "now", ticked once a second, that only time-showing cells subscribe to.
//
// Why a store of its own: if "now" lived in the desk state or at the top of the tree, every tick would
// re-render the whole desk (DESIGN: no clock re-renders the whole tree). Timer cells read it; nothing else does.

export type Clock = {
	getState(): number;
	subscribe(listener: () => void): () => void;
	/** Moves the clock to `now` and tells the cells. */
	set(now: number): void;
};

export function createClock(initial: number): Clock {
	let now = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => now,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		set(next) {
			if (next === now) return;
			now = next;
			for (const listener of [...listeners]) listener();
		},
	};
}
