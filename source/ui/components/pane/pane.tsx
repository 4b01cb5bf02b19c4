// One conversation pane: titled frame (focused: double border and ▶), the conversation, the typing line, and a composer or offer prompt.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {formatWaiting} from '../../../core/response-timer.js';
import {selectChatRow, selectOffer, type ChatRow} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import type {Rect} from '../../layout/desk-layout.js';
import {remoteLine} from '../../remote-text.js';
import {DESK_LINE, draftOf} from '../../state/ui-state.js';
import type {Theme} from '../../theme.js';
import {Composer, composerMaxRows, composerRows} from '../composer/composer.js';
import {ConversationPane} from '../conversation/conversation.js';
import {CustomerDetailsPanel} from '../details/customer-details.js';
import {Frame, type FrameTitle} from '../frame/frame.js';
import {GuardPanel, guardPanelRows, MAX_GUARD_ROWS} from '../guard-panel/guard-panel.js';
import {Palette, paletteMaxRows, paletteRows} from '../palette/index.js';
import {usePaletteView} from '../../hooks/use-palette-view.js';
import {offerLines, offerPromptRows} from '../offer-prompt/offer-lines.js';
import {OfferPrompt} from '../offer-prompt/offer-prompt.js';
import {TypingLine} from '../typing-line/typing-line.js';

export type PaneProps = {index: number; rect: Rect; focused: boolean; detailsOver: boolean};

/** "▶ Sarah Jones · Technical · en · on hold 1:12"; a function of the clock only while on hold. */
export function paneTitle(row: ChatRow, focused: boolean, theme: Theme): FrameTitle {
	const sep = theme.symbols.separator;
	const parts = [remoteLine(row.name, theme.ascii)];
	if (row.department) parts.push(remoteLine(row.department, theme.ascii));
	parts.push(remoteLine(row.language, theme.ascii));
	const head = `${focused ? `${theme.symbols.focus} ` : ''}${parts.join(sep)}${sep}`;
	const symbol = theme.ascii ? row.asciiSymbol : row.symbol;
	if (row.holdSince !== null) {
		const since = row.holdSince;
		return now => `${head}${symbol} ${row.word} ${formatWaiting(now - since)}`;
	}
	return `${head}${symbol} ${row.word}`;
}

export const Pane = memo(function Pane({index, rect, focused, detailsOver}: PaneProps) {
	const {theme, keymap} = useDeskStores();
	const chatId = useDesk(state => state.view.panes[index] ?? null);
	const row = useDesk(state => (chatId === null ? null : selectChatRow(state, chatId)));
	const offer = useDesk(state => (chatId === null ? null : selectOffer(state, chatId)));
	const inner = Math.max(1, rect.width - 2);
	const innerHeight = Math.max(1, rect.height - 2);
	const hasComposer = row !== null && row.status !== 'ended';
	const maxRows = composerMaxRows(innerHeight);
	const draftRows = useUi(state =>
		chatId !== null && hasComposer ? composerRows(draftOf(state, chatId), inner, maxRows, theme.ascii) : 0,
	);
	// E3-E6: the guard's findings for this chat's draft, under the composer until the draft changes.
	const review = useUi(state => (state.guard !== null && state.guard.chatId === chatId ? state.guard : null));
	// The findings wrap in full; with the draft they may take the pane but for a few rows of conversation.
	const guardMax = Math.max(2, Math.min(MAX_GUARD_ROWS, innerHeight - draftRows - 3));
	const guardRows = review && hasComposer ? guardPanelRows(review, inner, guardMax) : 0;
	// The command palette above the focused composer while its draft is a command line; a focused pane with no chat
	// has the desk's own command line (desk commands: /away, /online, /help, /split).
	const deskLine = useUi(state => focused && chatId === null && draftOf(state, DESK_LINE).text !== '');
	const palette = usePaletteView(hasComposer ? chatId : deskLine ? DESK_LINE : null, focused);
	const paletteState = useUi(state => state.palette);
	const paletteMax = paletteMaxRows(innerHeight);
	const paletteHeight = palette ? paletteRows(palette, paletteState, inner, paletteMax) : 0;

	if (focused && detailsOver) return <CustomerDetailsPanel chatId={chatId} width={rect.width} height={rect.height} />;
	if (chatId === null || row === null) {
		const jump = keysOf(keymap, 'chat-1', {ascii: theme.ascii})[0];
		const next = keysOf(keymap, 'next-chat', {ascii: theme.ascii})[0];
		const lineHeight = deskLine ? 1 : 0;
		return (
			<Frame
				title={`${focused ? `${theme.symbols.focus} ` : ''}empty pane`}
				width={rect.width}
				height={rect.height}
				focused={focused}
			>
				<Box height={Math.max(0, innerHeight - paletteHeight - lineHeight)} flexDirection="column">
					<Text color={theme.color('muted')} wrap="truncate-end">
						{[jump && `${jump}..9`, next].filter(Boolean).join(' or ')} shows a chat here
					</Text>
					{focused && !deskLine && (
						<Text color={theme.color('muted')} wrap="truncate-end">
							/ runs desk commands: /away, /online, /help, /split
						</Text>
					)}
				</Box>
				{paletteHeight > 0 && palette && (
					<Palette view={palette} state={paletteState} width={inner} maxRows={paletteMax} />
				)}
				{deskLine && (
					<Composer
						chatId={DESK_LINE}
						width={inner}
						maxRows={1}
						focused={focused}
						origin={{x: rect.x + 1, y: rect.y + 1 + innerHeight - lineHeight}}
					/>
				)}
			</Frame>
		);
	}

	const bottomRows =
		(offer ? offerPromptRows(offerLines(offer, inner, keymap, theme)) : 0) +
		(hasComposer ? draftRows + guardRows + paletteHeight : 1);
	// The typing line keeps its row while empty, so the conversation does not jump when the customer starts typing.
	const typingRows = row.status !== 'ended' && innerHeight - bottomRows >= 4 ? 1 : 0;
	const conversationRows = Math.max(0, innerHeight - bottomRows - typingRows);
	const close = keysOf(keymap, 'close-chat', {ascii: theme.ascii})[0];
	return (
		<Frame title={paneTitle(row, focused, theme)} width={rect.width} height={rect.height} focused={focused}>
			<ConversationPane chatId={chatId} width={inner} height={conversationRows} customerName={row.name} />
			{typingRows > 0 && <TypingLine chatId={chatId} width={inner} customerName={row.name} />}
			{row.isOffer && <OfferPrompt chatId={chatId} width={inner} />}
			{paletteHeight > 0 && palette && (
				<Palette view={palette} state={paletteState} width={inner} maxRows={paletteMax} />
			)}
			{hasComposer && (
				<Composer
					chatId={chatId}
					width={inner}
					maxRows={maxRows}
					focused={focused}
					origin={{x: rect.x + 1, y: rect.y + 1 + conversationRows + typingRows + paletteHeight}}
				/>
			)}
			{guardRows > 0 && review && <GuardPanel review={review} width={inner} maxRows={guardMax} />}
			{row.status === 'ended' && (
				<Box height={1}>
					<Text color={theme.color('muted')} wrap="truncate">
						{`${row.transcript ? 'transcript: the server no longer has this chat' : 'chat ended'}${close ? `${theme.symbols.separator}${close} removes it` : ''}`}
					</Text>
				</Box>
			)}
		</Frame>
	);
});
