// WebSocket close codes of protocol v1 and what a client does on each.

export const CloseCode = {
	/** Normal closure (RFC 6455). */
	normal: 1000,
	/** Server going away (shutdown). Reconnect with resume. */
	goingAway: 1001,
	/** The token was refused. Do not reconnect. */
	badToken: 4001,
	/** A newer connection of the same agent took over this one. Do not reconnect. */
	replaced: 4003,
	/** No frame within two heartbeat intervals. Reconnect and resume. */
	heartbeatTimeout: 4008,
	/** The session can no longer be resumed. Log in afresh (no resume) and take the snapshot. */
	resumeWindowOver: 4009,
	/** Too many malformed frames, or a frame that breaks the handshake. Reconnect and resume. */
	badFrame: 4400,
	/** Rate limit exceeded. Reconnect after a backoff. */
	rateLimited: 4429,
	/** The client read its events too slowly and the server's send buffer for it filled up. Reconnect and resume. */
	tooSlow: 4413,
} as const;

/** What a client should do after a close code. */
export type CloseAdvice = 'stop' | 'resume' | 'fresh';

export function adviceForClose(code: number): CloseAdvice {
	if (code === CloseCode.badToken || code === CloseCode.replaced) return 'stop';
	if (code === CloseCode.resumeWindowOver) return 'fresh';
	return 'resume';
}

/** The shortest wait before reconnecting after 4429 (protocol §11): coming straight back would only be limited again. */
export const RATE_LIMITED_MIN_BACKOFF_MS = 1_000;
