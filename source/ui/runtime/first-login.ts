// Before the desk takes over the screen: wait briefly for the first login, so a refused token is one line, not a screen.
import type {DeskStore} from '../../core/store.js';
import {CloseCode} from '../../protocol/index.js';
import type {Timers} from '../../core/timers.js';

/** The desk refused to start because the server refused the token (documented in docs/configuration.md). */
export const REFUSED_TOKEN_EXIT_CODE = 4;

/**
 * How long the desk waits for the server's verdict before opening anyway. A slow server still gets the desk on
 * screen in time; its refusal then shows inside the desk, where a new token can be entered.
 */
export const FIRST_LOGIN_WAIT_MS = 3_000;

/**
 * 'refused' when the server refused the token; 'open' as soon as anything else is known (signed in, or the server
 * cannot be reached: the desk opens offline and keeps trying) or the wait is over.
 */
export function firstLogin(desk: DeskStore, timers: Timers, waitMs = FIRST_LOGIN_WAIT_MS): Promise<'refused' | 'open'> {
	return new Promise(resolve => {
		let timer: unknown = null;
		let unsubscribe: () => void = () => undefined;
		// The desk's timers do not keep the process alive, and a refused login closes the socket: without this the
		// process could end quietly before the verdict reaches the store.
		const keepAlive = setInterval(() => undefined, 1_000);
		const finish = (verdict: 'refused' | 'open') => {
			clearInterval(keepAlive);
			if (timer !== null) timers.clearTimeout(timer);
			unsubscribe();
			resolve(verdict);
		};
		const check = (): boolean => {
			const {connection} = desk.getState();
			if (connection.state === 'stopped' && connection.code === CloseCode.badToken) finish('refused');
			else if (connection.state === 'connected' || connection.state === 'reconnecting') finish('open');
			else if (connection.state === 'stopped' && connection.reason !== 'not started') finish('open');
			else return false;
			return true;
		};
		if (check()) return;
		unsubscribe = desk.subscribe(() => void check());
		timer = timers.setTimeout(() => finish('open'), waitMs);
	});
}
