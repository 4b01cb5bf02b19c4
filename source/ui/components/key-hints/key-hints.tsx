// The bottom line: the few keys that matter for what the focused pane shows (the full list is in the help).
import {Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {hintText, type HintContext} from './hint-text.js';

export function KeyHints({context, width}: {context: HintContext; width: number}) {
	const {theme, keymap} = useDeskStores();
	return (
		<Text color={theme.color('muted')} wrap="truncate">
			{` ${hintText(keymap, context, {ascii: theme.ascii, separator: theme.symbols.separator, width: width - 1})}`}
		</Text>
	);
}
