// A chat's conversation, virtualised: only the rows on screen are built, each message wrapped once per width (wrap cache).
import {Box, Text} from 'ink';
import {memo, useEffect, useMemo} from 'react';
import {selectConversation, selectScroll} from '../../../core/selectors.js';
import {useDeskActions, useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {ENTRY_COLORS, entrySource} from './conversation-entries.js';
import {conversationLayout, conversationWindow} from './conversation-view.js';

export type ConversationProps = {
	chatId: string;
	/** Inner width (inside the pane's border). */
	width: number;
	height: number;
	/** The customer's name as the chat list shows it (E3 placeholder included), raw. */
	customerName: string;
};

// Memoised: the pane around it re-renders for its own reasons (the draft's rows, a palette); the conversation only
// when its own props or what it selects change.
export const ConversationPane = memo(function ConversationPane({
	chatId,
	width,
	height,
	customerName,
}: ConversationProps) {
	const {theme, wrapCache, viewports, keymap} = useDeskStores();
	const bottomKey = keysOf(keymap, 'scroll-bottom', {ascii: theme.ascii})[0];
	const olderKeys = [
		keysOf(keymap, 'scroll-up', {ascii: theme.ascii})[0],
		keysOf(keymap, 'scroll-top', {ascii: theme.ascii})[0],
	].filter(key => key !== undefined);
	const actions = useDeskActions();
	const conversation = useDesk(state => selectConversation(state, chatId));
	// Scrolled back, the position is anchored to a message (core's ScrollAnchor), so messages arriving below
	// or history prepended above leave what the agent reads where it is.
	const anchor = useDesk(state => selectScroll(state, chatId));
	const connected = useDesk(state => state.connection.state === 'connected');
	const source = useMemo(
		() => (conversation ? entrySource(conversation, {customerName, theme, connected}) : null),
		[conversation, customerName, theme, connected],
	);
	// While scrolled up, the last row says so: the agent must not miss that new messages are below.
	const scrolled = anchor !== null;
	// While the server has older messages than those loaded, the first row says so (and how to get them).
	const olderMarker = conversation?.hasOlder ?? false;
	const marker = olderMarker ? 1 : 0;
	const rows = Math.max(0, height - marker - (scrolled ? 1 : 0));
	const view = useMemo(
		() => (source ? conversationWindow(source, width, rows, anchor, wrapCache) : null),
		[source, width, rows, anchor, wrapCache],
	);

	useEffect(() => {
		if (!source) return undefined;
		// Keys work out the next anchor against the scrolled viewport (one row less: the "more below" line).
		return viewports.register(chatId, {
			rows: height - marker,
			layout: () => conversationLayout(source, width, Math.max(0, height - 1 - marker), wrapCache),
		});
	}, [chatId, source, width, height, marker, viewports, wrapCache]);

	// Scrolled to the top (PgUp, Home), or a screen not even full: the next page of history is fetched.
	const screenNotFull = view?.rows[0]?.kind === 'blank';
	const wantsOlder = Boolean(olderMarker && view?.atTop && (scrolled || screenNotFull));
	useEffect(() => {
		if (wantsOlder) actions.loadOlder(chatId);
	}, [wantsOlder, actions, chatId]);

	if (!conversation || !view || !source) return <Box height={height} />;
	if (source.count === 0) {
		return (
			<Box height={height} flexDirection="column" justifyContent="flex-end">
				<Text color={theme.color('muted')} wrap="truncate">
					{conversation.historyLoaded ? 'no messages yet' : `loading the conversation${theme.symbols.ellipsis}`}
				</Text>
			</Box>
		);
	}
	const dividerText = ` new `;
	const divider =
		theme.symbols.divider.repeat(2) +
		dividerText +
		theme.symbols.divider.repeat(Math.max(0, width - dividerText.length - 2));
	return (
		<Box height={height} flexDirection="column" overflow="hidden">
			{olderMarker && (
				<Text color={theme.color('muted')} wrap="truncate">
					{`${theme.ascii ? '^' : '▲'} older messages${olderKeys.length > 0 ? `${theme.symbols.separator}${olderKeys.join('/')} to load` : ''}`}
				</Text>
			)}
			{view.rows.map(row => {
				if (row.kind === 'blank') return <Text key={row.key}> </Text>;
				if (row.kind === 'divider') {
					return (
						<Text key={row.key} color={theme.color('accent')} wrap="truncate">
							{divider}
						</Text>
					);
				}
				const color = ENTRY_COLORS[row.kind];
				return (
					<Text key={row.key} color={color && theme.color(color)} wrap="truncate">
						{row.text}
					</Text>
				);
			})}
			{scrolled && (
				<Text color={theme.color('accent')} wrap="truncate">
					{`${theme.ascii ? 'v' : '▼'} ${view.unreadBelow ? 'new messages below' : 'more below'}${bottomKey ? `${theme.symbols.separator}${bottomKey}` : ''}`}
				</Text>
			)}
		</Box>
	);
});
