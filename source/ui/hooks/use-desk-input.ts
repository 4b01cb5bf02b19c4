// Connects the terminal's keys and pastes to the desk's key actions (keymap, composer, overlays).
import {useDeskActions, useDeskStores} from '../desk-context.js';
import {handleKeyPress, keyActionDeps} from '../key-actions.js';
import {handlePaste} from '../paste.js';
import {useKeyPress} from './use-key-press.js';

export function useDeskInput(): void {
	const deps = keyActionDeps(useDeskStores(), useDeskActions());
	useKeyPress(
		key => handleKeyPress(key, deps),
		text => handlePaste(text, deps),
	);
}
