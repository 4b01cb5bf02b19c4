// The notice log (Alt+L): the last few hundred notices in full, newest at the bottom, each with its time and customer.
import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import {useDeskStores} from '../../desk-context.js';
import {useDesk} from '../../hooks/use-desk.js';
import {useUi} from '../../hooks/use-ui.js';
import {keysOf} from '../../keys/resolve-keymap.js';
import {Frame} from '../frame/frame.js';
import {mergeNoticeLogs, noticeLogRows} from './alert-log-lines.js';

export function NoticeLog({width, height}: {width: number; height: number}) {
	const {theme, keymap, ui} = useDeskStores();
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 2);
	const notices = useDesk(state => state.noticeLog);
	const notes = useUi(state => state.noteLog);
	const all = useMemo(
		() => noticeLogRows(mergeNoticeLogs(notices, notes), inner, {ascii: theme.ascii}),
		[notices, notes, inner, theme.ascii],
	);
	const max = Math.max(0, all.length - rows);
	// The key handler pages by this much and no further back than the oldest row.
	useEffect(() => ui.dispatch({type: 'notice-log.size', page: Math.max(1, rows - 1), max}), [ui, rows, max]);
	const scroll = Math.min(
		useUi(state => state.noticeLog.scroll),
		max,
	);
	const end = all.length - scroll;
	const shown = all.slice(Math.max(0, end - rows), end);
	const close = keysOf(keymap, 'close', {ascii: theme.ascii})[0] ?? 'Esc';
	const sep = theme.symbols.separator;
	const position = max === 0 ? '' : `${sep}${scroll === 0 ? 'newest' : `${scroll} rows back`}${sep}PgUp/PgDn`;
	return (
		<Frame title={`notices${sep}${close} closes${position}`} width={width} height={height} focused>
			{all.length === 0 ? (
				<Text color={theme.color('muted')}>No notices yet.</Text>
			) : (
				shown.map(row => (
					<Box key={row.key} width={inner} height={1}>
						<Box width={9} flexShrink={0}>
							<Text color={theme.color('muted')}>{row.time}</Text>
						</Box>
						<Text
							color={
								row.level === 'info' || row.detail ? undefined : theme.color(row.level === 'alert' ? 'alarm' : 'warn')
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
