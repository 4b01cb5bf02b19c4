// The two React contexts of the desk: the stores and settings (read through selectors), and the actions.
//
// Both values are created once and never change, so providing them re-renders nothing; components re-render
// only when the slice they select changes (Gemini CLI's split of state and actions, without state in context).
import {createContext, useContext} from 'react';
import type {TimerThresholds} from '../core/response-timer.js';
import type {GuardConfig} from '../courtesy/guard/index.js';
import type {DeskStore} from '../core/store.js';
import type {DeskController} from './desk-controller.js';
import type {DeskRecorder} from './desk-recorder.js';
import type {ResolvedKeymap} from './keys/resolve-keymap.js';
import type {CannedStore} from './state/canned-store.js';
import type {Clock} from './state/clock.js';
import type {ExternalStore} from './state/external-store.js';
import type {UiEvent, UiState} from './state/ui-state.js';
import type {ViewportRegistry} from './state/viewports.js';
import type {WrapCache} from './text/wrap-cache.js';
import type {Theme} from './theme.js';

export type UiStore = ExternalStore<UiState, UiEvent>;

export type DeskStores = {
	desk: DeskStore;
	ui: UiStore;
	clock: Clock;
	theme: Theme;
	keymap: ResolvedKeymap;
	thresholds: TimerThresholds;
	wrapCache: WrapCache;
	viewports: ViewportRegistry;
	/** The merged canned library (E12) the palette searches. */
	canned: CannedStore;
	/** E3-E6: the phrase guard's settings. */
	guard: GuardConfig;
	/** Told what the desk does, when something keeps a record (the demo). */
	recorder?: DeskRecorder;
};

export const DeskStoresContext = createContext<DeskStores | null>(null);
export const DeskActionsContext = createContext<DeskController | null>(null);

export function useDeskStores(): DeskStores {
	const stores = useContext(DeskStoresContext);
	if (!stores) throw new Error('useDeskStores: no DeskStoresContext above this component');
	return stores;
}

export function useDeskActions(): DeskController {
	const actions = useContext(DeskActionsContext);
	if (!actions) throw new Error('useDeskActions: no DeskActionsContext above this component');
	return actions;
}
