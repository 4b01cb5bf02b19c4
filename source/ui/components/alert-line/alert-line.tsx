// The alert rows above the hints: what just happened (offer timed out, send refused), the quit question, connection trouble.
import {Box, Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {alertText, type AlertText} from './alert-text.js';
import {alertRows, type AlertRow} from './alert-rows.js';

const LEVEL_COLORS = {info: 'accent', warning: 'warn', urgent: 'alarm'} as const;

/** What the alert rows show now: the app sizes the bottom of the screen by it. */
export function useAlertShown(): AlertText {
	const {theme, keymap} = useDeskStores();
	const quitArmedAt = useUi(state => state.quitArmedAt);
	const note = useUi(state => state.note);
	const alerts = useDesk(state => state.alerts);
	const connection = useDesk(state => state.connection);
	const activeChats = useDesk(
		state => state.mine.filter(chatId => state.chats.get(chatId)?.chat.status !== 'ended').length,
	);
	const undelivered = useDesk(state => state.outbox.size);
	const quitKey = keysOf(keymap, 'quit', {ascii: theme.ascii})[0] ?? 'Ctrl+C';
	const reconnectKey = keysOf(keymap, 'reconnect', {ascii: theme.ascii})[0];
	// The clock matters only for fading notes and the quit question; the result is compared, so ticks re-render nothing.
	return useNow(
		now =>
			alertText({
				quitArmedAt,
				activeChats,
				undelivered,
				quitKey,
				...(reconnectKey ? {reconnectKey} : {}),
				note,
				alerts,
				connection,
				ascii: theme.ascii,
				now,
			}),
		shallowEqual,
	);
}

/** The shown alert as rows of `width` columns (a leading space each), at most `cap`. */
export function useAlertRows(shown: AlertText, width: number, cap: number): AlertRow[] {
	const {theme, keymap} = useDeskStores();
	if (!shown) return [];
	const log = keysOf(keymap, 'alert-log', {ascii: theme.ascii})[0];
	const more = `${theme.symbols.ellipsis}${log ? ` ${log} shows it in full` : ''}`;
	return alertRows(shown.text, width - 1, cap, more);
}

export function AlertLine({shown, rows}: {shown: AlertText; rows: readonly AlertRow[]}) {
	const {theme} = useDeskStores();
	if (!shown || rows.length === 0) return <Text> </Text>;
	const color = theme.color(LEVEL_COLORS[shown.level]);
	return (
		<Box flexDirection="column">
			{rows.map((row, index) => (
				<Box key={index} height={1}>
					<Text color={color} bold={shown.level === 'urgent'} wrap="truncate">
						{` ${row.text}`}
					</Text>
					{row.codes !== '' && (
						<Text dimColor wrap="truncate">
							{row.codes}
						</Text>
					)}
				</Box>
			))}
		</Box>
	);
}
