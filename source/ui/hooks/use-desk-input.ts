// Connects the terminal's keys and pastes to the desk's key actions (keymap, composer, overlays).
import {useDeskActions, useDeskStores} from '../desk-context.js';
import {handleKeyPress, handlePaste, type KeyActionDeps} from '../key-actions.js';
import {useKeyPress} from './use-key-press.js';

export function useDeskInput(): void {
	const {desk, ui, keymap, viewports, clock, guard, canned} = useDeskStores();
	const controller = useDeskActions();
	// The clock store's "now" is a second coarse; key actions want the real time (the quit window, Alt+A).
	const deps: KeyActionDeps = {desk, ui, controller, keymap, viewports, guard, canned, now: () => Math.max(Date.now(), clock.getState())};
	useKeyPress(
		key => handleKeyPress(key, deps),
		text => handlePaste(text, deps),
	);
}
