// The guard's findings under the composer (E3-E6, and E12's unfilled markers): shown on the first Enter, gone as soon as the draft changes.
import {Box, Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import type {GuardReview} from '../../state/ui-state.js';
import {guardLines} from './guard-lines.js';

/** The most rows the findings take: enough for three wrapped findings and the keys at 80 columns. */
export const MAX_GUARD_ROWS = 10;

export type GuardPanelProps = {review: GuardReview; width: number; maxRows: number};

/** Rows the panel takes: the pane sizes the conversation above it by this. */
export function guardPanelRows(review: GuardReview, width: number, maxRows: number): number {
	if (review.findings.length === 0 && (review.unfilled ?? []).length === 0) return 0;
	return guardLines(review.findings, width, maxRows, {apply: 'Tab', send: 'Enter', edit: 'Esc'}, false, review.unfilled)
		.length;
}

export function GuardPanel({review, width, maxRows}: GuardPanelProps) {
	const {theme, keymap} = useDeskStores();
	const send = keysOf(keymap, 'send', {ascii: theme.ascii})[0] ?? 'Enter';
	const edit = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const lines = guardLines(review.findings, width, maxRows, {apply: 'Tab', send, edit}, theme.ascii, review.unfilled);
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			{lines.map((line, index) => (
				<Box key={index} height={1}>
					<Text
						wrap="truncate"
						bold={line.kind === 'summary'}
						color={theme.color(line.kind === 'keys' ? 'muted' : 'warn')}
					>
						{/* Already sanitised (a name-spelling suggestion carries the customer's name) and wrapped to the width. */}
						{line.text}
					</Text>
					{line.codes !== '' && (
						<Text dimColor wrap="truncate">
							{line.codes}
						</Text>
					)}
				</Box>
			))}
		</Box>
	);
}
