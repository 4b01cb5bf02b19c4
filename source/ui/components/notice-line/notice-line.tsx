// The notice line above the hints: what just happened (offer timed out, send refused), the quit question, connection trouble.
import {Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {noticeText} from './notice-text.js';

const LEVEL_COLORS = {info: 'accent', warning: 'warn', alert: 'alarm'} as const;

export function NoticeLine() {
	const {theme, keymap} = useDeskStores();
	const quitArmedAt = useUi(state => state.quitArmedAt);
	const note = useUi(state => state.note);
	const notices = useDesk(state => state.notices);
	const connection = useDesk(state => state.connection);
	const activeChats = useDesk(
		state => state.mine.filter(chatId => state.chats.get(chatId)?.chat.status !== 'ended').length,
	);
	const undelivered = useDesk(state => state.outbox.size);
	const quitKey = keysOf(keymap, 'quit', {ascii: theme.ascii})[0] ?? 'Ctrl+C';
	// The clock matters only for fading notes and the quit question; the result is compared, so ticks re-render nothing.
	const shown = useNow(
		now =>
			noticeText({quitArmedAt, activeChats, undelivered, quitKey, note, notices, connection, ascii: theme.ascii, now}),
		shallowEqual,
	);
	return (
		<Text
			color={shown ? theme.color(LEVEL_COLORS[shown.level]) : undefined}
			bold={shown?.level === 'alert'}
			wrap="truncate"
		>
			{shown ? ` ${shown.text}` : ' '}
		</Text>
	);
}
