// The guard's findings under the composer (E3-E6, and E12's unfilled markers): shown on the first Enter, gone as soon as the draft changes.
import {Box, Text} from 'ink';
import {useDeskStores} from '../../desk-context.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import type {GuardReview} from '../../state/ui-state.js';
import {guardLines} from './guard-lines.js';

export const MAX_GUARD_ROWS = 5;

export type GuardPanelProps = {review: GuardReview; width: number; maxRows: number};

/** Rows the panel takes: the pane sizes the conversation above it by this. */
export function guardPanelRows(review: GuardReview, maxRows: number): number {
	if (review.findings.length === 0 && (review.unfilled ?? []).length === 0) return 0;
	return guardLines(review.findings, maxRows, {apply: 'Tab', send: 'Enter', edit: 'Esc'}, false, review.unfilled)
		.length;
}

export function GuardPanel({review, width, maxRows}: GuardPanelProps) {
	const {theme, keymap} = useDeskStores();
	const send = keysOf(keymap, 'send', {ascii: theme.ascii})[0] ?? 'Enter';
	const edit = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const lines = guardLines(review.findings, maxRows, {apply: 'Tab', send, edit}, theme.ascii, review.unfilled);
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			{lines.map((line, index) => (
				<Text
					key={index}
					wrap="truncate"
					bold={line.kind === 'summary'}
					color={theme.color(line.kind === 'keys' ? 'muted' : 'warn')}
				>
					{/* A name-spelling suggestion carries the customer's name: remote text. */}
					{remoteLine(line.text, theme.ascii)}
				</Text>
			))}
		</Box>
	);
}
