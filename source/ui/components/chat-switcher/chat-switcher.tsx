// The chat switcher over the desk's body (Ctrl+G): what was typed, then the matching chats, the chosen one marked.
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import {listWindow} from '../chat-list/list-window.js';
import {Frame} from '../frame/frame.js';
import {switcherRows} from './switcher-rows.js';
import {selectedMatch} from './switcher-state.js';
import {switcherRowText} from './switcher-text.js';

export function ChatSwitcher({width, height}: {width: number; height: number}) {
	const {theme, keymap} = useDeskStores();
	const {query, selected} = useUi(state => state.switcher);
	const desk = useDesk(state => state);
	const rows = useMemo(() => switcherRows(desk, query), [desk, query]);
	const inner = Math.max(1, width - 2);
	const listHeight = Math.max(1, height - 4);
	const chosen = selectedMatch({query, selected}, rows.length);
	const view = listWindow(
		rows.map(() => 1),
		chosen,
		listHeight,
	);
	const numberWidth = Math.max(2, ...rows.map(row => String(row.number ?? '').length));
	const sep = theme.symbols.separator;
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const cursor = theme.ascii ? '_' : '▏';
	const field = remoteLine(query, theme.ascii);
	const arrow = (up: boolean) => (up ? (theme.ascii ? '^' : '↑') : theme.ascii ? 'v' : '↓');
	return (
		<Frame
			title={`find a chat${sep}Up/Down choose${sep}Enter shows it${sep}${close} closes`}
			width={width}
			height={height}
			focused
		>
			<Box flexDirection="column" width={inner}>
				<Text wrap="truncate">
					{'> '}
					{field}
					<Text color={theme.color('accent')}>{cursor}</Text>
				</Text>
				<Text color={theme.color('muted')} wrap="truncate">
					{rows.length === 0
						? query.trim() === ''
							? 'no chats on the desk yet'
							: 'no chat matches: Backspace to widen the search'
						: 'by name, e-mail, language or department; a number finds its chat'}
				</Text>
				{view.hiddenAbove > 0 && (
					<Text color={theme.color('muted')}>{`  ${arrow(true)} ${view.hiddenAbove} more`}</Text>
				)}
				{rows.slice(view.start, view.end).map((row, index) => {
					const isChosen = view.start + index === chosen;
					return (
						<Text key={row.chatId} bold={isChosen} wrap="truncate">
							{switcherRowText(row, isChosen, inner, theme, numberWidth)}
						</Text>
					);
				})}
				{view.hiddenBelow > 0 && (
					<Text color={theme.color('muted')}>{`  ${arrow(false)} ${view.hiddenBelow} more`}</Text>
				)}
			</Box>
		</Frame>
	);
}
