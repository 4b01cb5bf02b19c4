// Reads the clock through a formatter: a timer cell re-renders when its text changes, not on every tick.
import {useDeskStores} from '../desk-context.js';
import {useStoreSelector} from './use-store-selector.js';

export function useNow<T>(format: (now: number) => T, isEqual?: (a: T, b: T) => boolean): T {
	return useStoreSelector(useDeskStores().clock, format, isEqual);
}
