// The composer under a conversation: the draft with a prompt, wrapped by word, growing with it, and the real terminal cursor in the focused pane.
import {Box, Text, useCursor} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {draftOf} from '../../state/ui-state.js';
import type {ComposerState} from './composer-state.js';
import {rowSegments, shownDraft, type ShownDraft} from './draft-display.js';
import {draftRowCount, layoutDraft, type DraftRow} from './draft-layout.js';

export const PROMPT_WIDTH = 2;
/** The most rows a draft grows to; enough for the longest bundled canned response at 80 columns (E12). */
export const MAX_COMPOSER_ROWS = 12;

/** Rows the composer may take in a pane whose frame holds `innerHeight` lines: up to half of it, the conversation keeps the rest. */
export function composerMaxRows(innerHeight: number): number {
	return Math.max(1, Math.min(MAX_COMPOSER_ROWS, Math.floor(innerHeight / 2)));
}

export type ComposerProps = {
	chatId: string;
	/** Inner width of the pane. */
	width: number;
	maxRows: number;
	focused: boolean;
	/** Screen position of the composer's first row, for the terminal cursor (the real one: it works without colour and for IMEs). */
	origin: {x: number; y: number} | null;
};

/** Rows the composer takes for this draft (as drawn: folded in ASCII mode): the pane sizes the conversation above it by this. */
export function composerRows(
	draft: Pick<ComposerState, 'text' | 'cursor'>,
	width: number,
	maxRows: number,
	ascii = false,
): number {
	if (draft.text === '') return 1;
	const shown = shownDraft(draft, [], ascii);
	return Math.max(1, Math.min(maxRows, draftRowCount(shown.text, shown.cursor, width - PROMPT_WIDTH)));
}

const NO_MARKERS: readonly string[] = [];

/** A row of the draft: a chosen placeholder in reverse video (typing replaces it), those to fill in underlined (E12). */
function DraftText({prefix, text, start, shown}: {prefix: string; text: string; start: number; shown: ShownDraft}) {
	return (
		<Text wrap="truncate">
			{prefix}
			{rowSegments(text, start, shown).map((segment, index) => (
				<Text key={index} inverse={segment.look === 'chosen'} underline={segment.look === 'placeholder'}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}

/** "↑ 3 more lines": rows of a tall draft left out of the window. */
function moreText(row: Extract<DraftRow, {kind: 'more'}>, ascii: boolean): string {
	const arrow = row.at === 'above' ? (ascii ? '^' : '↑') : ascii ? 'v' : '↓';
	return `${arrow} ${row.hidden} more line${row.hidden === 1 ? '' : 's'}`;
}

export function Composer({chatId, width, maxRows, focused, origin}: ComposerProps) {
	const {theme, keymap} = useDeskStores();
	const draft = useUi(state => draftOf(state, chatId));
	const markers = useUi(state => state.markers.get(chatId) ?? NO_MARKERS);
	const overlayOpen = useUi(state => state.overlay !== null);
	const shown = shownDraft(draft, markers, theme.ascii);
	const layout = layoutDraft(shown.text, shown.cursor, width - PROMPT_WIDTH, maxRows);
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
	const indent = ' '.repeat(PROMPT_WIDTH);
	return (
		<Box flexDirection="column" width={width} height={layout.visible.length}>
			{layout.visible.map(row =>
				row.kind === 'text' ? (
					<DraftText
						key={row.index}
						prefix={row.index === 0 ? prompt : indent}
						text={row.text}
						start={row.start}
						shown={shown}
					/>
				) : (
					<Text key={`more-${row.at}`} color={theme.color('muted')} wrap="truncate">
						{indent + moreText(row, theme.ascii)}
					</Text>
				),
			)}
		</Box>
	);
}
