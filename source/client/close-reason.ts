// Human words for why a link to the server ended, shown in the status line while the client reconnects or stops.
import {CloseCode} from '../protocol/index.js';

export const STOP_REASON = {
	badToken: 'the server refused the token',
	replaced: 'signed in elsewhere',
	user: 'stopped',
} as const;

/** Why a socket closed, from its close code, the server's reason text and the last socket error. */
export function describeClose(code: number, reason: string, lastError: string | null, opened: boolean): string {
	if (!opened) return lastError ? `could not connect: ${lastError}` : 'could not connect';
	const detail = reason ? `: ${reason}` : '';
	switch (code) {
		case CloseCode.badToken:
			return STOP_REASON.badToken;
		case CloseCode.replaced:
			return STOP_REASON.replaced;
		case CloseCode.normal:
			return `the server closed the connection${detail}`;
		case CloseCode.goingAway:
			return `the server is going away${detail}`;
		case CloseCode.heartbeatTimeout:
			return 'the server heard nothing from this client in time';
		case CloseCode.resumeWindowOver:
			return 'the session could not be resumed';
		case CloseCode.badFrame:
			return `the server closed the connection after malformed frames${detail}`;
		case CloseCode.rateLimited:
			return 'the server closed the connection: too many frames';
		case 1005:
		case 1006:
			return lastError ? `connection lost: ${lastError}` : 'connection lost';
		default:
			return `the server closed the connection (${code}${detail})`;
	}
}
