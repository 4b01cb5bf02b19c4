// The composer under a conversation: the draft with a prompt, multi-line, and the real terminal cursor in the focused pane.
import {Box, Text, useCursor} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {draftOf} from '../../state/ui-state.js';
import {layoutDraft} from './draft-layout.js';

export const PROMPT_WIDTH = 2;
export const MAX_COMPOSER_ROWS = 5;

export type ComposerProps = {
	chatId: string;
	/** Inner width of the pane. */
	width: number;
	maxRows: number;
	focused: boolean;
	/** Screen position of the composer's first row, for the terminal cursor (the real one: it works without colour and for IMEs). */
	origin: {x: number; y: number} | null;
};

/** Rows the composer takes for this draft: the pane sizes the conversation above it by this. */
export function composerRows(text: string, width: number, maxRows: number): number {
	return Math.min(maxRows, layoutDraft(text, text.length, width - PROMPT_WIDTH, maxRows).totalRows);
}

export function Composer({chatId, width, maxRows, focused, origin}: ComposerProps) {
	const {theme, keymap} = useDeskStores();
	const draft = useUi(state => draftOf(state, chatId));
	const overlayOpen = useUi(state => state.overlay !== null);
	const layout = layoutDraft(draft.text, draft.cursor, width - PROMPT_WIDTH, maxRows);
	const {setCursorPosition} = useCursor();
	setCursorPosition(
		focused && !overlayOpen && origin
			? {x: origin.x + PROMPT_WIDTH + layout.cursorColumn, y: origin.y + layout.cursorRow}
			: undefined,
	);
	const prompt = focused ? '> ' : ': ';
	if (draft.text === '') {
		const send = keysOf(keymap, 'send', {ascii: theme.ascii})[0];
		const newLine = keysOf(keymap, 'new-line', {ascii: theme.ascii})[0];
		const hint = [send && `${send} send`, newLine && `${newLine} new line`]
			.filter(Boolean)
			.join(theme.symbols.separator);
		return (
			<Box height={1} width={width}>
				<Box flexShrink={0}>
					<Text bold={focused}>{prompt}</Text>
				</Box>
				<Text color={theme.color('muted')} wrap="truncate">
					{focused ? `type a message${hint ? ` (${hint})` : ''}` : ''}
				</Text>
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={width} height={layout.rows.length}>
			{layout.rows.map((row, index) => (
				<Text key={layout.firstRow + index} wrap="truncate">
					{(index === 0 && layout.firstRow === 0 ? prompt : ' '.repeat(PROMPT_WIDTH)) + row}
				</Text>
			))}
		</Box>
	);
}
