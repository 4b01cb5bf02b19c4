// One chat in the list: two lines (name; state, department, language, unread and the E1 timer), one in compact mode.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {selectChatRow, type ChatRow} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {displayWidth} from '../../text/width.js';
import type {ThemeColor} from '../../theme.js';
import {waitTimerText} from '../wait-timer/wait-timer-text.js';
import {compactRow, rowDetail, rowHeadline, unreadText, type RowMark} from './chat-row-text.js';

export type ChatRowProps = {chatId: string; number: number | null; width: number; mark: RowMark; compact: boolean};

const LEVEL_COLORS = {ok: 'muted', warn: 'warn', alarm: 'alarm'} as const satisfies Record<string, ThemeColor>;

type LineProps = {
	width: number;
	left: (room: number) => string;
	right: string;
	color: string | undefined;
	bold?: boolean;
};

/** Text left, a short right part (unread count), and the E1 timer when someone waits: the only cell that follows the clock. */
function TimedLine({since, short, ...line}: LineProps & {since: number; short: boolean}) {
	const {theme, thresholds} = useDeskStores();
	const timer = useNow(now => waitTimerText(since, now, thresholds, theme, short), shallowEqual);
	return <Line {...line} timer={timer} timerColor={theme.color(LEVEL_COLORS[timer.level])} />;
}

function Line({
	width,
	left,
	right,
	color,
	bold = false,
	timer,
	timerColor,
}: LineProps & {timer?: {text: string; level: string}; timerColor?: string | undefined}) {
	const tail = [right, timer?.text ?? ''].filter(Boolean).join(' ');
	const room = Math.max(0, width - displayWidth(tail) - (tail ? 1 : 0));
	return (
		<Box width={width} height={1}>
			<Text color={color} bold={bold} wrap="truncate">
				{left(room)}
			</Text>
			{right !== '' && <Text bold>{` ${right}`}</Text>}
			{timer && (
				<Text color={timerColor} bold={timer.level === 'alarm'} wrap="truncate">
					{` ${timer.text}`}
				</Text>
			)}
		</Box>
	);
}

function DetailLine({
	row,
	width,
	left,
	right,
	color,
	short,
}: {
	row: ChatRow;
	width: number;
	left: (room: number) => string;
	right: string;
	color: string | undefined;
	short: boolean;
}) {
	return row.waitingSince === null ? (
		<Line width={width} left={left} right={right} color={color} />
	) : (
		<TimedLine since={row.waitingSince} short={short} width={width} left={left} right={right} color={color} />
	);
}

export const ChatRowView = memo(function ChatRowView({chatId, number, width, mark, compact}: ChatRowProps) {
	const {theme} = useDeskStores();
	const row = useDesk(state => selectChatRow(state, chatId));
	if (!row) return null;
	const color = row.isOffer ? theme.color('offer') : row.status === 'ended' ? theme.color('muted') : undefined;
	if (compact) {
		return (
			<DetailLine
				row={row}
				width={width}
				left={room => compactRow(row, number, mark, room, theme)}
				right=""
				color={color}
				short
			/>
		);
	}
	return (
		<Box flexDirection="column" width={width} height={2}>
			<Text color={color} bold={mark === 'focused'} wrap="truncate">
				{rowHeadline(row, number, mark, width, theme)}
			</Text>
			<DetailLine
				row={row}
				width={width}
				left={room => rowDetail(row, room, theme)}
				right={unreadText(row, theme)}
				color={theme.color('muted')}
				short={false}
			/>
		</Box>
	);
});
