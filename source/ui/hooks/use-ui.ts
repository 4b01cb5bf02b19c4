// Selects a slice of the screen's own state (drafts, overlay, notes).
import {useDeskStores} from '../desk-context.js';
import type {UiState} from '../state/ui-state.js';
import {useStoreSelector} from './use-store-selector.js';

export function useUi<T>(selector: (state: UiState) => T, isEqual?: (a: T, b: T) => boolean): T {
	return useStoreSelector(useDeskStores().ui, selector, isEqual);
}
