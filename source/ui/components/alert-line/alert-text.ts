// The alert line's content, most urgent first: the quit question, the desk's own note, the newest alert, the reconnect reason.
import type {ConnectionStatus} from '../../../core/actions.js';
import type {Alert} from '../../../core/desk-state.js';
import {CloseCode} from '../../../protocol/index.js';
import {remoteLine} from '../../remote-text.js';
import {QUIT_WINDOW_MS, type LocalNote} from '../../state/ui-state.js';

export type AlertLevelShown = 'info' | 'warning' | 'urgent';
export type AlertText = {text: string; level: AlertLevelShown} | null;

export type AlertInputs = {
	quitArmedAt: number | null;
	activeChats: number;
	/** Messages the server has not confirmed: quitting leaves them for the next start, so the question says so. */
	undelivered?: number;
	quitKey: string;
	/** The reconnect key, offered while the link is down (and for a new token after a refusal). */
	reconnectKey?: string;
	note: LocalNote | null;
	alerts: readonly Alert[];
	connection: ConnectionStatus;
	ascii: boolean;
	now: number;
};

/** A level's mark, so warnings read as warnings without colour. */
const MARKS: Record<AlertLevelShown, string> = {info: '', warning: '! ', urgent: '!! '};

/** Local notes fade after this long; server alerts stay until dismissed (Esc). */
export const NOTE_TTL_MS = 8_000;

export function alertText(inputs: AlertInputs): AlertText {
	const {now} = inputs;
	if (inputs.quitArmedAt !== null && now - inputs.quitArmedAt < QUIT_WINDOW_MS) {
		const undelivered = inputs.undelivered ?? 0;
		const reasons = [
			...(inputs.activeChats > 0 ? [`${inputs.activeChats} active chat${inputs.activeChats === 1 ? '' : 's'}`] : []),
			...(undelivered > 0
				? [`${undelivered} message${undelivered === 1 ? '' : 's'} not delivered yet, kept for the next start`]
				: []),
		];
		const why = reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
		return {text: `${MARKS.warning}press ${inputs.quitKey} again to quit${why}`, level: 'warning'};
	}
	// A note can quote a customer's name or the agent's held keys: cleaned like remote text, and folded in ASCII mode.
	if (inputs.note && now - inputs.note.at < NOTE_TTL_MS)
		return {text: MARKS[inputs.note.level] + remoteLine(inputs.note.text, inputs.ascii), level: inputs.note.level};
	const latest = inputs.alerts.at(-1);
	if (latest) {
		const count = latest.count > 1 ? ` (x${latest.count})` : '';
		const more = inputs.alerts.length > 1 ? ` (+${inputs.alerts.length - 1} more)` : '';
		return {text: `${MARKS[latest.level]}${remoteLine(latest.text, inputs.ascii)}${count}${more}`, level: latest.level};
	}
	if (inputs.connection.state === 'reconnecting') {
		const hurry = inputs.reconnectKey ? ` (${inputs.reconnectKey} reconnects now)` : '';
		return {
			text: `${MARKS.warning}${remoteLine(inputs.connection.reason, inputs.ascii)}; messages you send are queued${hurry}`,
			level: 'warning',
		};
	}
	if (inputs.connection.state === 'stopped' && inputs.connection.code === CloseCode.badToken && inputs.reconnectKey) {
		return {
			text: `${MARKS.urgent}the server refused your token: press ${inputs.reconnectKey} to enter a new one (messages you send are queued)`,
			level: 'urgent',
		};
	}
	if (
		inputs.connection.state === 'stopped' &&
		inputs.connection.reason !== 'not started' &&
		inputs.connection.reason !== 'stopped'
	) {
		return {text: `${MARKS.urgent}${remoteLine(inputs.connection.reason, inputs.ascii)}`, level: 'urgent'};
	}
	return null;
}
