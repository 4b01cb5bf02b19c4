// The hint line's text for what the focused pane shows, built from the (possibly overridden) keymap.
import {HINT_LABELS, HINTS} from '../../keymap.js';
import {keysOf, type ResolvedKeymap} from '../../keys/resolve-keymap.js';

export type HintContext = keyof typeof HINTS;

export function hintText(
	keymap: ResolvedKeymap,
	context: HintContext,
	{ascii = false, separator = ' · '}: {ascii?: boolean; separator?: string} = {},
): string {
	const parts: string[] = [];
	for (const action of HINTS[context]) {
		const key = keysOf(keymap, action, {ascii})[0];
		if (!key) continue;
		// Alt+1..Alt+9 read as one hint when they are still the nine default-style keys.
		const last = action === 'chat-1' ? keysOf(keymap, 'chat-9', {ascii})[0] : undefined;
		const shown = last && key.endsWith('1') && last === `${key.slice(0, -1)}9` ? `${key}-9` : key;
		parts.push(`${shown} ${HINT_LABELS[action] ?? action}`);
	}
	return parts.join(separator);
}
