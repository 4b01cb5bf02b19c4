// The top line: who is signed in, presence, chat counts, and the connection state (with its countdown while reconnecting).
import {Box, Text} from 'ink';
import {selectHeader} from '../../../core/selectors.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useNow} from '../../hooks/use-now.js';
import {shallowEqual} from '../../hooks/use-store-selector.js';
import {connectionText} from './connection-text.js';
import {headerText} from './header-text.js';

function ConnectionState() {
	const {theme} = useDeskStores();
	const {connection, pendingCount} = useDesk(selectHeader);
	// Only the reconnect countdown needs the clock; in every other state the text ignores `now`.
	const state = useNow(now => connectionText(connection, pendingCount, now, theme), shallowEqual);
	return (
		<Text color={theme.color(state.ok ? 'ok' : 'warn')} bold={!state.ok} wrap="truncate">
			{state.text}
		</Text>
	);
}

export function Header({width}: {width: number}) {
	const {theme} = useDeskStores();
	const header = useDesk(selectHeader);
	return (
		<Box width={width} height={1}>
			<Box flexGrow={1} flexShrink={1} overflow="hidden">
				<Text bold wrap="truncate">
					{` ${headerText(header, theme)}`}
				</Text>
			</Box>
			<Box flexShrink={0} paddingLeft={1} paddingRight={1}>
				<ConnectionState />
			</Box>
		</Box>
	);
}
