// E23: "Sarah is typing: the blades don't tu…" under the conversation; gone when they stop or after 30 s without news.
import {Text} from 'ink';
import {shownTyping} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {typingText} from './typing-text.js';

export function TypingLine({chatId, width, customerName}: {chatId: string; width: number; customerName: string}) {
	const {theme} = useDeskStores();
	const typing = useDesk(state => state.typing.get(chatId) ?? null);
	const shown = useNow(now => shownTyping(typing, now));
	return (
		<Text color={theme.color('muted')} italic wrap="truncate">
			{shown ? typingText(customerName, shown.peek, width, theme.ascii, theme.symbols.ellipsis) : ' '}
		</Text>
	);
}
