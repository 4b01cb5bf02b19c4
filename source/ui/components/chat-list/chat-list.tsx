// The chat list: offers waiting (unnumbered, their own keys), then my chats by their number (Alt+1..9, Alt+J); scrolled so the focused chat stays in view.
import {Text} from 'ink';
import {useNow} from '../../hooks/use-now.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {Frame} from '../frame/frame.js';
import type {RowMark} from './chat-row-text.js';
import {ChatRowView} from './chat-row.js';
import {followupLines, followupsShown} from './followup-lines.js';
import {listWindow} from './list-window.js';

type Entry = {kind: 'heading'; id: string; text: string} | {kind: 'chat'; chatId: string; number: number | null};

export type ChatListProps = {width: number; height: number; compact: boolean};

/** At most this many follow-ups under the chats; the heading counts them all. */
const MAX_FOLLOWUP_ROWS = 3;

export function ChatList({width, height, compact}: ChatListProps) {
	const {theme} = useDeskStores();
	const order = useDesk(state => state.order);
	const offerCount = useDesk(state => state.order.length - state.mine.length);
	const numbers = useDesk(state => state.numbers);
	const panes = useDesk(state => state.view.panes, shallowEqual);
	const focused = useDesk(state => state.view.panes[state.view.focusedPane] ?? null);
	const followupCount = useDesk(state => state.followups.length);
	// Only the names shown are selected, so a message arriving in some chat does not re-render the list.
	const shown = useDesk(
		state => followupsShown(state, MAX_FOLLOWUP_ROWS),
		(a, b) =>
			a.length === b.length &&
			a.every(
				(entry, index) =>
					entry.followup === b[index]!.followup && entry.whom === b[index]!.whom && entry.zone === b[index]!.zone,
			),
	);
	// E20: follow-ups under the chats, when the list has room to spare for them (a few rows for the chats first).
	const followupRows = followupCount === 0 || height - 2 < 6 ? 0 : Math.min(followupCount, MAX_FOLLOWUP_ROWS) + 1;
	// The minute is enough for due times; the comparison keeps the list from re-rendering on every tick.
	const dueLines = useNow(
		now => followupLines(shown, now, theme.ascii),
		(a, b) => a.length === b.length && a.every((line, index) => line.text === b[index]!.text),
	);

	const entries: Entry[] = [];
	order.forEach((chatId, index) => {
		if (index === 0 && offerCount > 0) entries.push({kind: 'heading', id: 'offers', text: `offers (${offerCount})`});
		if (index === offerCount) entries.push({kind: 'heading', id: 'mine', text: 'my chats'});
		entries.push({kind: 'chat', chatId, number: numbers.get(chatId) ?? null});
	});
	const inner = Math.max(1, width - 2);
	const rowsHigh = compact ? 1 : 2;
	const heights = entries.map(entry => (entry.kind === 'heading' ? 1 : rowsHigh));
	const focusIndex = Math.max(
		0,
		entries.findIndex(entry => entry.kind === 'chat' && entry.chatId === focused),
	);
	const view = listWindow(heights, focusIndex, Math.max(1, height - 2 - followupRows));
	const arrowUp = theme.ascii ? '^' : '▲';
	const arrowDown = theme.ascii ? 'v' : '▼';
	const markOf = (chatId: string): RowMark =>
		chatId === focused ? 'focused' : panes.includes(chatId) ? 'shown' : 'none';

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
					<ChatRowView
						key={entry.chatId}
						chatId={entry.chatId}
						number={entry.number}
						width={inner}
						mark={markOf(entry.chatId)}
						compact={compact}
					/>
				),
			)}
			{view.hiddenBelow > 0 && <Text color={theme.color('muted')}>{`${arrowDown} ${view.hiddenBelow} more`}</Text>}
			{followupRows > 0 && (
				<>
					<Text bold wrap="truncate">{`follow-ups (${followupCount})`}</Text>
					{dueLines.map(line => (
						<Text key={line.id} wrap="truncate" color={theme.color(line.overdue ? 'warn' : 'muted')}>
							{line.text}
						</Text>
					))}
				</>
			)}
		</Frame>
	);
}
