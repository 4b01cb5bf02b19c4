// E8: who the customer is and where they came from, beside the conversation (or over it when there is no room).
import {Box, Text} from 'ink';
import {formatWaiting} from '../../../core/response-timer.js';
import {selectCustomerDetails} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {ClockText} from '../clock-text/clock-text.js';
import {Frame} from '../frame/frame.js';
import {detailLines} from './details-lines.js';

const LABEL_WIDTH = 9;

export function CustomerDetailsPanel({chatId, width, height}: {chatId: string | null; width: number; height: number}) {
	const {theme, keymap} = useDeskStores();
	const details = useDesk(state => (chatId === null ? null : selectCustomerDetails(state, chatId)));
	// E8: the key to read them, where the server shares earlier chats.
	const shared = useDesk(state => state.capabilities.includes('earlier_chats'));
	const earlierKey = shared ? (keysOf(keymap, 'earlier-chats', {ascii: theme.ascii})[0] ?? null) : null;
	const inner = Math.max(1, width - 2);
	return (
		<Frame title="customer" width={width} height={height}>
			{details === null ? (
				<Text color={theme.color('muted')}>no chat in this pane</Text>
			) : (
				<>
					{detailLines(details, theme.ascii, earlierKey).map(line => (
						<Box key={line.label} width={inner}>
							<Box width={LABEL_WIDTH} flexShrink={0}>
								<Text color={theme.color('muted')}>{line.label}</Text>
							</Box>
							<Text wrap={line.wrap ? 'wrap' : 'truncate'}>{line.value}</Text>
						</Box>
					))}
					{details.waitingSince !== null && (
						<Box width={inner}>
							<Box width={LABEL_WIDTH} flexShrink={0}>
								<Text color={theme.color('muted')}>waiting</Text>
							</Box>
							<ClockText format={now => formatWaiting(now - details.waitingSince!)} />
						</Box>
					)}
				</>
			)}
		</Frame>
	);
}
