// Start-up baseline: a bare Ink app, bundled like the desk, drawing the desk's three columns (chat list, conversation,
// customer details) with a header and a hint line, and nothing else: no config, no socket, no state.
// The chat list holds the names in BENCH_NAMES (JSON), so "the chat list is drawn" means the same for both.
import {Box, render, Text, useWindowSize} from 'ink';

const names = JSON.parse(process.env['BENCH_NAMES'] ?? '[]') as string[];

function LayoutApp() {
	const {columns, rows} = useWindowSize();
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Text bold> layout · bare Ink baseline · {names.length} chats</Text>
			<Box flexGrow={1}>
				<Box width={24} borderStyle="single" flexDirection="column" overflow="hidden">
					{names.map((name, index) => (
						<Text key={name} wrap="truncate">
							{index + 1} {name}
						</Text>
					))}
				</Box>
				<Box flexGrow={1} borderStyle="double" flexDirection="column">
					<Text>{names[0] ?? ''}</Text>
				</Box>
				<Box width={30} borderStyle="single" flexDirection="column">
					<Text>details</Text>
				</Box>
			</Box>
			<Text> Alt+1-9 chat · Ctrl+C quits</Text>
		</Box>
	);
}

const app = render(<LayoutApp />, {alternateScreen: true, incrementalRendering: true, exitOnCtrlC: true, maxFps: 60});
await app.waitUntilExit();
