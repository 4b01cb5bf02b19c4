// The chat list: offers waiting, then my chats, numbered for Alt+1..9; scrolled so the focused chat stays in view.
import {Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {Frame} from '../frame/frame.js';
import type {RowMark} from './chat-row-text.js';
import {ChatRowView} from './chat-row.js';
import {listWindow} from './list-window.js';

type Entry = {kind: 'heading'; id: string; text: string} | {kind: 'chat'; chatId: string; number: number};

export type ChatListProps = {width: number; height: number; compact: boolean};

export function ChatList({width, height, compact}: ChatListProps) {
	const {theme} = useDeskStores();
	const order = useDesk(state => state.order);
	const offerCount = useDesk(state => state.order.length - state.mine.length);
	const panes = useDesk(state => state.view.panes, shallowEqual);
	const focused = useDesk(state => state.view.panes[state.view.focusedPane] ?? null);

	const entries: Entry[] = [];
	order.forEach((chatId, index) => {
		if (index === 0 && offerCount > 0) entries.push({kind: 'heading', id: 'offers', text: `offers (${offerCount})`});
		if (index === offerCount) entries.push({kind: 'heading', id: 'mine', text: 'my chats'});
		entries.push({kind: 'chat', chatId, number: index + 1});
	});
	const inner = Math.max(1, width - 2);
	const rowsHigh = compact ? 1 : 2;
	const heights = entries.map(entry => (entry.kind === 'heading' ? 1 : rowsHigh));
	const focusIndex = Math.max(0, entries.findIndex(entry => entry.kind === 'chat' && entry.chatId === focused));
	const view = listWindow(heights, focusIndex, Math.max(1, height - 2));
	const arrowUp = theme.ascii ? '^' : '▲';
	const arrowDown = theme.ascii ? 'v' : '▼';
	const markOf = (chatId: string): RowMark => (chatId === focused ? 'focused' : panes.includes(chatId) ? 'shown' : 'none');

	return (
		<Frame title="chats" width={width} height={height}>
			{order.length === 0 && (
				<Text color={theme.color('muted')} wrap="truncate">
					no chats yet
				</Text>
			)}
			{view.hiddenAbove > 0 && <Text color={theme.color('muted')}>{`${arrowUp} ${view.hiddenAbove} more`}</Text>}
			{entries.slice(view.start, view.end).map(entry =>
				entry.kind === 'heading' ? (
					<Text key={entry.id} bold wrap="truncate">
						{entry.text}
					</Text>
				) : (
					<ChatRowView key={entry.chatId} chatId={entry.chatId} number={entry.number} width={inner} mark={markOf(entry.chatId)} compact={compact} />
				),
			)}
			{view.hiddenBelow > 0 && <Text color={theme.color('muted')}>{`${arrowDown} ${view.hiddenBelow} more`}</Text>}
		</Frame>
	);
}
