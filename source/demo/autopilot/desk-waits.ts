// Waiting on the desk: until a condition holds (checked on every desk change and every quarter second), or a time passes.
import type {Timers} from '../../core/timers.js';
import type {AutopilotDesk} from './autopilot-desk.js';

/** Conditions that do not depend on the desk (the player learning a chat id) are polled this often. */
const POLL_MS = 250;

export type DeskWaits = {
	/** True when `check` held before `timeoutMs` (null: no limit); false on timeout or stop. */
	until(check: () => boolean, timeoutMs: number | null): Promise<boolean>;
	sleep(ms: number): Promise<void>;
};

export function createDeskWaits(desk: AutopilotDesk, clock: Timers, signal: AbortSignal): DeskWaits {
	const until = (check: () => boolean, timeoutMs: number | null) =>
		new Promise<boolean>(resolve => {
			if (signal.aborted) return resolve(false);
			if (check()) return resolve(true);
			let timeout: unknown = null;
			let poll: unknown = null;
			let unsubscribe = () => {};
			const finish = (value: boolean) => {
				unsubscribe();
				if (timeout !== null) clock.clearTimeout(timeout);
				if (poll !== null) clock.clearTimeout(poll);
				signal.removeEventListener('abort', onAbort);
				resolve(value);
			};
			const onAbort = () => finish(false);
			const repoll = () => {
				poll = clock.setTimeout(() => (check() ? finish(true) : repoll()), POLL_MS);
			};
			unsubscribe = desk.subscribe(() => {
				if (check()) finish(true);
			});
			signal.addEventListener('abort', onAbort);
			repoll();
			if (timeoutMs !== null) timeout = clock.setTimeout(() => finish(false), Math.max(0, timeoutMs));
		});
	return {
		until,
		sleep: async ms => {
			await until(() => false, ms);
		},
	};
}
