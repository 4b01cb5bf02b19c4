// The connection state in words: "● connected", "○ reconnecting in 4 s", "○ offline · 3 queued".
import type {ConnectionStatus} from '../../../core/actions.js';
import {remoteLine} from '../../remote-text.js';
import type {Theme} from '../../theme.js';

export type ConnectionText = {text: string; ok: boolean};

/** `now` matters only while reconnecting (the countdown); the reason may carry server text, so it is sanitised. */
export function connectionText(
	status: ConnectionStatus,
	pendingCount: number,
	now: number,
	theme: Pick<Theme, 'symbols' | 'ascii'>,
): ConnectionText {
	const queued = pendingCount > 0 ? `${theme.symbols.separator}${pendingCount} queued` : '';
	const off = theme.symbols.disconnected;
	switch (status.state) {
		case 'connected':
			return {text: `${theme.symbols.connected} connected${queued}`, ok: true};
		case 'connecting':
			return {
				text: `${off} ${status.attempt === 0 ? 'connecting' : 'reconnecting'}${theme.symbols.ellipsis}${queued}`,
				ok: false,
			};
		case 'reconnecting': {
			const seconds = Math.max(0, Math.ceil((status.retryAt - now) / 1000));
			return {text: `${off} reconnecting in ${seconds} s${queued}`, ok: false};
		}
		case 'stopped':
			return {
				text: `${off} offline${status.reason && status.reason !== 'not started' ? `: ${remoteLine(status.reason, theme.ascii)}` : ''}${queued}`,
				ok: false,
			};
	}
}
