// Error codes carried in failed responses (`res` with ok:false).

export const ERROR_CODES = [
	'bad_frame', // not JSON, or the envelope is wrong
	'bad_request', // envelope fine, payload invalid
	'too_large', // frame over LIMITS.maxFrameBytes
	'unknown_op',
	'unauthenticated', // an op before a successful auth
	'bad_token',
	'resume_expired',
	'not_found',
	'forbidden', // e.g. a chat that is not yours
	'conflict', // the chat is in the wrong state for this op
	'no_capacity',
	'unsupported', // the server lacks the capability
	'rate_limited',
	'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Errors a client may retry unchanged (after a pause). */
export const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['rate_limited', 'internal', 'no_capacity']);

export type ProtocolError = {code: ErrorCode; message: string; retryable: boolean};

export function protocolError(code: ErrorCode, message: string): ProtocolError {
	return {code, message, retryable: RETRYABLE.has(code)};
}
