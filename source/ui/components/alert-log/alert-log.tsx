// The alert log (Alt+L): the last few hundred alerts in full, newest at the bottom, each with its time and customer.
import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {Frame} from '../frame/frame.js';
import {mergeAlertLogs, alertLogRows} from './alert-log-lines.js';

export function AlertLog({width, height}: {width: number; height: number}) {
	const {theme, keymap, ui} = useDeskStores();
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 2);
	const alerts = useDesk(state => state.alertLog);
	const notes = useUi(state => state.noteLog);
	const all = useMemo(
		() => alertLogRows(mergeAlertLogs(alerts, notes), inner, {ascii: theme.ascii}),
		[alerts, notes, inner, theme.ascii],
	);
	const max = Math.max(0, all.length - rows);
	// The key handler pages by this much and no further back than the oldest row.
	useEffect(() => ui.dispatch({type: 'alert-log.size', page: Math.max(1, rows - 1), max}), [ui, rows, max]);
	const scroll = Math.min(
		useUi(state => state.alertLog.scroll),
		max,
	);
	const end = all.length - scroll;
	const shown = all.slice(Math.max(0, end - rows), end);
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const sep = theme.symbols.separator;
	const position = max === 0 ? '' : `${sep}${scroll === 0 ? 'newest' : `${scroll} rows back`}${sep}PgUp/PgDn`;
	return (
		<Frame title={`alerts${sep}${close} closes${position}`} width={width} height={height} focused>
			{all.length === 0 ? (
				<Text color={theme.color('muted')}>No alerts yet.</Text>
			) : (
				shown.map(row => (
					<Box key={row.key} width={inner} height={1}>
						<Box width={9} flexShrink={0}>
							<Text color={theme.color('muted')}>{row.time}</Text>
						</Box>
						<Text
							color={
								row.level === 'info' || row.detail ? undefined : theme.color(row.level === 'urgent' ? 'alarm' : 'warn')
							}
							dimColor={row.detail}
							wrap="truncate"
						>
							{row.text}
						</Text>
						{row.codes !== '' && (
							<Text dimColor wrap="truncate">
								{`${row.text === '' ? '' : ' '}${row.codes}`}
							</Text>
						)}
					</Box>
				))
			)}
		</Frame>
	);
}
