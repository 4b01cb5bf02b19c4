// The hint line's text for what the focused pane shows, built from the (possibly overridden) keymap.
import {HINT_LABELS, HINTS} from '../../keymap.js';
import {keysOf, type ResolvedKeymap} from '../../keys/resolve-keymap.js';
import {displayWidth} from '../../text/width.js';

export type HintContext = keyof typeof HINTS;

export function hintText(
	keymap: ResolvedKeymap,
	context: HintContext,
	{ascii = false, separator = ' · ', width = Infinity}: {ascii?: boolean; separator?: string; width?: number} = {},
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
	// Whole hints or none: the ones that do not fit are left out (the help, last, always stays), never cut mid-word.
	const help = parts.length > 0 && HINTS[context].at(-1) === 'help' ? parts.pop()! : null;
	const kept: string[] = [];
	const widthOf = (list: string[]) => displayWidth([...list, ...(help ? [help] : [])].join(separator));
	for (const part of parts) if (widthOf([...kept, part]) <= width) kept.push(part);
	return [...kept, ...(help ? [help] : [])].join(separator);
}
