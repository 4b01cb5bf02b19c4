// E1 as text: the wait since the oldest unanswered customer message, with its level as a symbol and a word.
import {formatWaiting, timerLevel, type TimerLevel, type TimerThresholds} from '../../../core/response-timer.js';
import type {Theme} from '../../theme.js';

export type WaitTimerText = {text: string; level: TimerLevel};

/** "0:12", "! wait 0:41", "!! late 1:12"; short form (compact list): "0:12", "!0:41", "!!1:12". */
export function waitTimerText(
	since: number,
	now: number,
	thresholds: TimerThresholds,
	theme: Pick<Theme, 'symbols'>,
	short = false,
): WaitTimerText {
	const waited = Math.max(0, now - since);
	const level = timerLevel(waited, thresholds);
	const time = formatWaiting(waited);
	if (level === 'ok') return {text: time, level};
	const symbol = level === 'alarm' ? theme.symbols.alarm : theme.symbols.warn;
	if (short) return {text: `${symbol}${time}`, level};
	return {text: `${symbol} ${level === 'alarm' ? 'late' : 'wait'} ${time}`, level};
}
