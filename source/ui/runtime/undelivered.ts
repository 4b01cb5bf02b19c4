// What the desk says on the way out about messages the server never confirmed, and the exit code that tells a script.
import type {PendingMessage} from '../../core/actions.js';
import {remoteLine} from '../remote-text.js';

/** Quit with messages still undelivered (saved for the next start, or printed when they could not be saved). */
export const UNDELIVERED_EXIT_CODE = 3;

export type UndeliveredInputs = {
	/** The exit code the way out chose (0 for a plain quit). */
	code: number;
	pending: readonly PendingMessage[];
	/** Where they are saved (null: never known, e.g. no login this run); unsaved: the last save failed. */
	file: {path: string | null; unsaved: boolean} | null;
	customerOf(message: PendingMessage): string;
};

export type UndeliveredExit = {code: number; text: string | null};

const plural = (count: number) => `${count} message${count === 1 ? '' : 's'}`;

/**
 * A quit with nothing pending stays 0. Otherwise the code becomes UNDELIVERED_EXIT_CODE (a signal's own code is kept:
 * the shell's convention matters more there), and the text says where the messages are; when they could not be
 * saved, the text is the messages themselves, so the agent can still copy them.
 */
export function undeliveredExit({code, pending, file, customerOf}: UndeliveredInputs): UndeliveredExit {
	if (pending.length === 0) return {code, text: null};
	const exitCode = code === 0 ? UNDELIVERED_EXIT_CODE : code;
	const saved = file !== null && file.path !== null && !file.unsaved;
	if (saved)
		return {
			code: exitCode,
			text: `switchboard: ${plural(pending.length)} not delivered yet: saved in ${file.path}, ${pending.length === 1 ? 'it goes' : 'they go'} out when you start the desk again.\n`,
		};
	const lines = pending.map(message => `  to ${remoteLine(customerOf(message))}: ${remoteLine(message.text)}`);
	return {
		code: exitCode,
		text: `switchboard: ${plural(pending.length)} not delivered and not saved; here ${pending.length === 1 ? 'it is' : 'they are'} to send again:\n${lines.join('\n')}\n`,
	};
}
