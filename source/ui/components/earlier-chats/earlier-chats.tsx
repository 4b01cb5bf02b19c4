// E8 (Alt+E): a returning customer's earlier chats over the desk's body; Enter reads one, paged back on demand, Esc returns.
import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import type {DeskState} from '../../../core/desk-state.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import type {Theme} from '../../theme.js';
import {listWindow} from '../chat-list/list-window.js';
import {ENTRY_COLORS, TIME_WIDTH} from '../conversation/conversation-entries.js';
import {Frame} from '../frame/frame.js';
import {
	earlierAgent,
	earlierDate,
	earlierHeading,
	earlierRowText,
	transcriptRows,
	type EarlierNames,
} from './earlier-lines.js';
import type {EarlierChatsState, EarlierTranscript} from './earlier-state.js';

function namesOf(desk: Pick<DeskState, 'agent' | 'departments' | 'colleagues'>): EarlierNames {
	return {
		selfId: desk.agent?.id ?? null,
		department: id => desk.departments.get(id)?.name ?? null,
		agent: id => desk.colleagues.get(id)?.name ?? null,
	};
}

function useNames(): EarlierNames {
	const agent = useDesk(state => state.agent);
	const departments = useDesk(state => state.departments);
	const colleagues = useDesk(state => state.colleagues);
	return useMemo(() => namesOf({agent, departments, colleagues}), [agent, departments, colleagues]);
}

/** The list's footer: more to load, loading, a failure, or the end. */
function listFooter(earlier: EarlierChatsState): string | null {
	if (earlier.failed !== null) return `could not load the earlier chats: ${earlier.failed}`;
	if (earlier.loading) return earlier.chats.length === 0 ? 'loading the earlier chats…' : 'loading older chats…';
	if (earlier.chats.length === 0) return 'no earlier chats of this customer on the server';
	return earlier.hasMore ? 'older chats load as you reach the end of the list' : null;
}

function EarlierList({
	earlier,
	width,
	height,
	theme,
	close,
}: {
	earlier: EarlierChatsState;
	width: number;
	height: number;
	theme: Theme;
	close: string;
}) {
	const names = useNames();
	const inner = Math.max(1, width - 2);
	const footer = listFooter(earlier);
	const listHeight = Math.max(1, height - 3 - (footer === null ? 0 : 1));
	const view = listWindow(
		earlier.chats.map(() => 1),
		earlier.selected,
		listHeight,
	);
	const {separator: sep, focus} = theme.symbols;
	const arrow = (up: boolean) => (up ? (theme.ascii ? '^' : '↑') : theme.ascii ? 'v' : '↓');
	const name = remoteLine(earlier.customer, theme.ascii);
	return (
		<Frame
			title={`earlier chats of ${name}${sep}Enter reads${sep}${close} closes`}
			width={width}
			height={height}
			focused
		>
			<Box flexDirection="column" width={inner}>
				<Text color={theme.color('muted')} wrap="truncate">
					{earlierHeading(inner, focus)}
				</Text>
				{view.hiddenAbove > 0 && (
					<Text color={theme.color('muted')}>{`  ${arrow(true)} ${view.hiddenAbove} more`}</Text>
				)}
				{earlier.chats.slice(view.start, view.end).map((chat, index) => {
					const chosen = view.start + index === earlier.selected;
					return (
						<Text key={chat.id} bold={chosen} wrap="truncate">
							{earlierRowText(chat, chosen, inner, names, {ascii: theme.ascii, focus})}
						</Text>
					);
				})}
				{view.hiddenBelow > 0 && (
					<Text color={theme.color('muted')}>{`  ${arrow(false)} ${view.hiddenBelow} more`}</Text>
				)}
				{footer !== null && (
					<Text color={theme.color(earlier.failed === null ? 'muted' : 'warn')} wrap="truncate">
						{theme.ascii ? footer.replaceAll('…', '...') : footer}
					</Text>
				)}
			</Box>
		</Frame>
	);
}

/** The transcript's top line: older messages to load, loading, a failure, or the start of the chat. */
function transcriptTop(reading: EarlierTranscript, atTop: boolean): string {
	if (reading.failed !== null) return `could not load the messages: ${reading.failed}`;
	if (reading.loading) return reading.messages.length === 0 ? 'loading the messages…' : 'loading older messages…';
	if (reading.messages.length === 0) return 'no messages in this chat';
	if (!atTop) return 'older messages above';
	return reading.hasOlder ? 'older messages: PgUp loads them' : 'start of the chat';
}

function EarlierTranscriptView({
	reading,
	customer,
	width,
	height,
	theme,
	close,
}: {
	reading: EarlierTranscript;
	customer: string;
	width: number;
	height: number;
	theme: Theme;
	close: string;
}) {
	const {ui} = useDeskStores();
	const names = useNames();
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 3);
	const all = useMemo(
		() => transcriptRows(reading.messages, inner, {selfId: names.selfId, customerName: customer, ascii: theme.ascii}),
		[reading.messages, inner, names.selfId, customer, theme.ascii],
	);
	const max = Math.max(0, all.length - rows);
	// The keys page by this much and no further back than the oldest row loaded; at the top they ask for older ones.
	useEffect(
		() => ui.dispatch({type: 'earlier', edit: {type: 'transcript.size', page: Math.max(1, rows - 1), max}}),
		[ui, rows, max],
	);
	const scroll = Math.min(reading.view.scroll, max);
	const end = all.length - scroll;
	const shown = all.slice(Math.max(0, end - rows), end);
	const sep = theme.symbols.separator;
	const {chat} = reading;
	const title = [
		remoteLine(customer, theme.ascii),
		earlierDate(chat.created_at),
		earlierAgent(chat, names, theme.ascii),
		`PgUp/PgDn${sep}${close} back to the list`,
	].join(sep);
	const top = transcriptTop(reading, scroll >= max);
	return (
		<Frame title={title} width={width} height={height} focused>
			<Box flexDirection="column" width={inner}>
				<Text color={theme.color(reading.failed === null ? 'muted' : 'warn')} wrap="truncate">
					{theme.ascii ? top.replaceAll('…', '...') : top}
				</Text>
				{shown.map(row => (
					<Box key={row.key} width={inner} height={1}>
						<Box width={TIME_WIDTH} flexShrink={0}>
							<Text color={theme.color('muted')}>{row.time}</Text>
						</Box>
						<Text color={ENTRY_COLORS[row.kind] && theme.color(ENTRY_COLORS[row.kind]!)} wrap="truncate">
							{row.text}
						</Text>
					</Box>
				))}
			</Box>
		</Frame>
	);
}

export function EarlierChats({width, height}: {width: number; height: number}) {
	const {theme, keymap} = useDeskStores();
	const earlier = useUi(state => state.earlier);
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	return earlier.reading === null ? (
		<EarlierList earlier={earlier} width={width} height={height} theme={theme} close={close} />
	) : (
		<EarlierTranscriptView
			reading={earlier.reading}
			customer={earlier.customer}
			width={width}
			height={height}
			theme={theme}
			close={close}
		/>
	);
}
