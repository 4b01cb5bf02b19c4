// The new-token prompt over the desk's body: the server refused the agent's token; typing is hidden, never shown.
import {Box, Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {useUi} from '../../hooks/use-ui.js';
import {Frame} from '../frame/frame.js';
import {maskedSecret} from './token-prompt-state.js';

export function TokenPrompt({width, height}: {width: number; height: number}) {
	const {theme} = useDeskStores();
	const prompt = useUi(state => state.tokenPrompt);
	const {separator} = theme.symbols;
	const mark = theme.ascii ? '*' : '•';
	const box = theme.ascii ? (prompt.save ? '[x]' : '[ ]') : prompt.save ? '☑' : '☐';
	const inner = Math.max(1, width - 2);
	return (
		<Frame title="sign in again" width={width} height={height} focused>
			<Box flexDirection="column" width={inner} paddingX={1}>
				<Text wrap="wrap">The server refused your token. Enter a new one to sign in again.</Text>
				<Text> </Text>
				<Text wrap="truncate">
					token: {maskedSecret(prompt, mark)}
					<Text dimColor> (hidden as you type)</Text>
				</Text>
				<Text wrap="truncate">{box} also save it in the config file (Tab)</Text>
				<Text> </Text>
				<Text wrap="wrap" dimColor>
					Enter signs in{separator}Esc cancels{separator}messages you send meanwhile wait in the outbox
				</Text>
			</Box>
		</Frame>
	);
}
