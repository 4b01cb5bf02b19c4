// Where the desk keeps state that is not configuration (the outbox of undelivered messages): the XDG state directory.
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';

/**
 * `$XDG_STATE_HOME/switchboard`, or `~/.local/state/switchboard` when the variable is unset, empty or relative
 * (the XDG spec says to ignore a relative one).
 */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
	const xdg = env['XDG_STATE_HOME'];
	const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'state');
	return join(base, 'switchboard');
}

/** The directory of the outbox files, one per server and agent. */
export function outboxDirectory(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
	return join(stateDirectory(env, home), 'outbox');
}
