// The guard's findings under the composer (E3-E6): shown on the first Enter, gone as soon as the draft changes.
import {Box, Text} from 'ink';
import type {Finding} from '../../../courtesy/guard/index.js';
import {useDeskStores} from '../../desk-context.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {remoteLine} from '../../remote-text.js';
import {guardLines} from './guard-lines.js';

export const MAX_GUARD_ROWS = 5;

export type GuardPanelProps = {findings: readonly Finding[]; width: number; maxRows: number};

/** Rows the panel takes: the pane sizes the conversation above it by this. */
export function guardPanelRows(findings: readonly Finding[], maxRows: number): number {
	return findings.length === 0 ? 0 : guardLines(findings, maxRows, {apply: 'Tab', send: 'Enter', edit: 'Esc'}, false).length;
}

export function GuardPanel({findings, width, maxRows}: GuardPanelProps) {
	const {theme, keymap} = useDeskStores();
	const send = keysOf(keymap, 'send', {ascii: theme.ascii})[0] ?? 'Enter';
	const edit = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const lines = guardLines(findings, maxRows, {apply: 'Tab', send, edit}, theme.ascii);
	return (
		<Box flexDirection="column" width={width} height={lines.length}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate" bold={line.kind === 'summary'} color={theme.color(line.kind === 'keys' ? 'muted' : 'warn')}>
					{/* A name-spelling suggestion carries the customer's name: remote text. */}
					{remoteLine(line.text, theme.ascii)}
				</Text>
			))}
		</Box>
	);
}
