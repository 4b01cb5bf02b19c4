// The merged canned library the palette searches: files at start, the server's list joined after login.
import type {CannedResponse} from '../../canned/index.js';
import {createExternalStore, type ExternalStore} from './external-store.js';

/** Dispatching a library replaces the one before (each merge is complete in itself). */
export type CannedStore = ExternalStore<readonly CannedResponse[], readonly CannedResponse[]>;

export function createCannedStore(initial: readonly CannedResponse[]): CannedStore {
	return createExternalStore<readonly CannedResponse[], readonly CannedResponse[]>(initial, (_, next) => next);
}
