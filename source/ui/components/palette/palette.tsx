// The command palette above the composer: rows with the selection marked by a symbol, a window over long lists, the canned preview, the hint.
import {Box, Text} from 'ink';
import {memo} from 'react';
import {useDeskStores} from '../../desk-context.js';
import {paletteLines, type PaletteLine} from './palette-layout.js';
import type {PaletteView} from './palette-row.js';
import type {PaletteState} from './palette-state.js';

export type PaletteProps = {
	view: PaletteView;
	state: PaletteState;
	/** Inner width of the pane. */
	width: number;
	/** Most lines it may take; paletteRows() says how many it will. */
	maxRows: number;
};

function Line({line}: {line: PaletteLine}) {
	const {theme} = useDeskStores();
	switch (line.kind) {
		case 'row':
			// Bold and inverse only repeat what the marker says, so NO_COLOR and TERM=dumb lose nothing.
			return (
				<Box height={1}>
					<Text bold={line.selected} inverse={line.selected} wrap="truncate">
						{line.marker + line.lead}
					</Text>
					{line.detail !== '' && (
						<Text color={theme.color(line.tone)} inverse={line.selected} wrap="truncate">
							{line.detail}
						</Text>
					)}
				</Box>
			);
		case 'preview':
			return <Text wrap="truncate">{line.text}</Text>;
		case 'hint':
			return <Text wrap="truncate">{line.text}</Text>;
		case 'more':
		case 'preview-title':
			return (
				<Text color={theme.color('muted')} wrap="truncate">
					{line.text}
				</Text>
			);
	}
}

export const Palette = memo(function Palette({view, state, width, maxRows}: PaletteProps) {
	const {theme} = useDeskStores();
	const lines = paletteLines(view, state, width, maxRows, theme);
	if (lines.length === 0) return null;
	return (
		<Box flexDirection="column" width={width} height={lines.length} flexShrink={0}>
			{lines.map((line, index) => (
				<Line key={line.kind === 'row' ? `row-${line.index}-${line.part}` : `${line.kind}-${index}`} line={line} />
			))}
		</Box>
	);
});
