// A minimal external store (state + reducer + listeners) for React's useSyncExternalStore; the UI's own state lives in one.

export type ExternalStore<S, E> = {
	getState(): S;
	dispatch(event: E): void;
	subscribe(listener: () => void): () => void;
};

export function createExternalStore<S, E>(initial: S, reduce: (state: S, event: E) => S): ExternalStore<S, E> {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(event) {
			const next = reduce(state, event);
			if (next === state) return;
			state = next;
			for (const listener of [...listeners]) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
