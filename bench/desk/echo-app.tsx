// Benchmark baseline: a bare Ink app, full screen, that echoes the keys typed; the floor the desk is measured against.
// Same render options the desk uses (alternate screen, incremental rendering, 60 frames a second) and the same build
// (bundled, React in production: scripts/build.ts), and no state beyond the typed line, so what it costs is Ink, React
// and the terminal, nothing else.
import {Box, render, Text, useApp, useInput, useWindowSize} from 'ink';
import {useEffect, useState} from 'react';

function EchoApp() {
	const {columns, rows} = useWindowSize();
	const {exit} = useApp();
	const [typed, setTyped] = useState('');
	const [ready, setReady] = useState(false);
	useInput((input, key) => {
		if (key.ctrl && input === 'c') return exit();
		if (key.backspace || key.delete) return setTyped(text => text.slice(0, -1));
		if (key.return) return setTyped('');
		if (input && !key.ctrl && !key.meta) setTyped(text => text + input);
	});
	// Runs after useInput's effect has put the terminal in raw mode: keys sent before "ready" shows would be echoed
	// by the tty itself. Drivers wait for it before typing; the first frame does not.
	useEffect(() => setReady(true), []);
	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Text>
				{' '}
				echo · bare Ink baseline · {columns}x{rows}
			</Text>
			<Box flexGrow={1} borderStyle="single" flexDirection="column">
				<Text>
					{'> '}
					{typed}
				</Text>
			</Box>
			<Text> type to echo · Enter clears · Ctrl+C quits{ready ? ' · ready' : ''}</Text>
		</Box>
	);
}

const app = render(<EchoApp />, {alternateScreen: true, incrementalRendering: true, exitOnCtrlC: false, maxFps: 60});
await app.waitUntilExit();
