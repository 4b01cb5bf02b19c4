// The help overlay (F1 or ?): every key binding, generated from the keymap, in as many columns as the screen needs.
import {Box, Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {displayWidth} from '../../text/width.js';
import {Frame} from '../frame/frame.js';
import {helpColumns, helpLines} from './help-lines.js';

export function HelpOverlay({width, height}: {width: number; height: number}) {
	const {theme, keymap} = useDeskStores();
	const lines = helpLines(keymap, {ascii: theme.ascii});
	const columns = helpColumns(lines, Math.max(1, height - 2));
	const inner = Math.max(1, width - 2);
	const columnWidth = Math.max(10, Math.floor(inner / columns.length));
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	return (
		<Frame title={`keys${theme.symbols.separator}${close} closes`} width={width} height={height} focused>
			<Box flexDirection="row" width={inner}>
				{columns.map((column, index) => {
					const keyWidth = Math.min(
						Math.floor(columnWidth / 2),
						Math.max(...column.map(line => (line.kind === 'binding' ? displayWidth(line.keys) : 0))) + 2,
					);
					return (
						<Box key={index} flexDirection="column" width={columnWidth}>
							{column.map((line, row) =>
								line.kind === 'group' ? (
									<Text key={row} bold color={theme.color('accent')} wrap="truncate">
										{line.title}
									</Text>
								) : (
									<Box key={row} width={columnWidth}>
										<Box width={keyWidth} flexShrink={0}>
											<Text bold wrap="truncate">
												{line.keys}
											</Text>
										</Box>
										<Text wrap="truncate">{line.description}</Text>
									</Box>
								),
							)}
						</Box>
					);
				})}
			</Box>
		</Frame>
	);
}
