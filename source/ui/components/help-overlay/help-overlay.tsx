// The help overlay (F1, ?, or /help): every key binding, generated from the keymap, then the slash commands, each description in full.
//
// Wide screens get as many columns as the height needs; where those would cut descriptions there are fewer columns
// (one at 80x24) and the help pages: PgDn/Space and PgUp/b while it is open, shown in its title line.
import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import {commandHelp} from '../../../commands/index.js';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {Frame} from '../frame/frame.js';
import {helpLayout, helpLines} from './help-lines.js';

export function HelpOverlay({width, height}: {width: number; height: number}) {
	const {theme, keymap, ui} = useDeskStores();
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 2);
	const capabilities = useDesk(state => state.capabilities);
	const layout = useMemo(
		() => helpLayout(helpLines(keymap, {ascii: theme.ascii, commands: commandHelp(capabilities)}), inner, rows),
		[keymap, theme.ascii, capabilities, inner, rows],
	);
	const pageCount = layout.pages.length;
	// The key handler pages through the help; it learns how many pages there are at this size from here.
	useEffect(() => ui.dispatch({type: 'help.pages', pages: pageCount}), [ui, pageCount]);
	const requested = useUi(state => state.help.page);
	const page = Math.min(requested, pageCount - 1);
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const separator = theme.symbols.separator;
	const paging =
		pageCount === 1
			? ''
			: `${separator}page ${page + 1}/${pageCount}${separator}${page + 1 < pageCount ? 'PgDn more' : 'PgUp back'}`;
	return (
		<Frame title={`keys${separator}${close} closes${paging}`} width={width} height={height} focused>
			<Box flexDirection="row" width={inner}>
				{layout.pages[page]!.map((column, index) => (
					<Box key={index} flexDirection="column" width={layout.columnWidth} flexShrink={0}>
						{column.map((row, rowIndex) =>
							row.kind === 'group' ? (
								<Text key={rowIndex} bold color={theme.color('accent')} wrap="truncate">
									{row.title}
								</Text>
							) : (
								<Box key={rowIndex} width={layout.columnWidth}>
									<Box width={layout.keyWidth} flexShrink={0}>
										<Text bold wrap="truncate">
											{row.keys}
										</Text>
									</Box>
									{/* Already wrapped to the column: "truncate" only keeps Ink from re-wrapping it. */}
									<Text wrap="truncate">{row.description}</Text>
									{row.codes !== '' && (
										<Text dimColor wrap="truncate">
											{row.codes}
										</Text>
									)}
								</Box>
							),
						)}
					</Box>
				))}
			</Box>
		</Frame>
	);
}
