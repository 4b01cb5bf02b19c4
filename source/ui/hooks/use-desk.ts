// Selects a slice of the desk state (core); the component re-renders only when that slice changes.
import type {DeskState} from '../../core/desk-state.js';
import {useDeskStores} from '../desk-context.js';
import {useStoreSelector} from './use-store-selector.js';

export function useDesk<T>(selector: (state: DeskState) => T, isEqual?: (a: T, b: T) => boolean): T {
	return useStoreSelector(useDeskStores().desk, selector, isEqual);
}
