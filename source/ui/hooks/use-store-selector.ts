// Reads a slice of an external store; the component re-renders only when that slice changes (by `isEqual`).
import {useCallback, useRef, useSyncExternalStore} from 'react';

export type Subscribable<S> = {getState(): S; subscribe(listener: () => void): () => void};

/**
 * Why the cache: useSyncExternalStore compares snapshots with Object.is, so a selector that builds an object or
 * an array would re-render on every store change (or loop). The last result is kept while `isEqual` says so.
 */
export function useStoreSelector<S, T>(
	store: Subscribable<S>,
	selector: (state: S) => T,
	isEqual: (a: T, b: T) => boolean = Object.is,
): T {
	const cache = useRef<{state: S; selector: (state: S) => T; value: T} | null>(null);
	const getSnapshot = useCallback(() => {
		const state = store.getState();
		const cached = cache.current;
		if (cached && cached.state === state && cached.selector === selector) return cached.value;
		const value = selector(state);
		// Keep the previous result when it is equal, so React sees the same snapshot and skips the render.
		const kept = cached && isEqual(cached.value, value) ? cached.value : value;
		cache.current = {state, selector, value: kept};
		return kept;
	}, [store, selector, isEqual]);
	return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/** Shallow equality for arrays and plain objects of primitives: the usual shape of a selected row. */
export function shallowEqual<T>(a: T, b: T): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a);
	if (keysA.length !== Object.keys(b).length) return false;
	return keysA.every(key => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
