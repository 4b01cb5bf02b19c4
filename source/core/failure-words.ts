// Why a request to the server failed, in the agent's words: from the error's code, never the server's own message (issue 9).
//
// The server's message is written for developers and may name internal ids ("chat 3fQ... is not offered"); the desk
// shows these words instead and keeps the message for the alert log's details.

const WORDS: Readonly<Record<string, string>> = {
	offline: 'the desk is not connected to the server',
	timeout: 'the server did not answer in time',
	not_found: 'the server no longer knows this chat',
	forbidden: 'the chat is not yours',
	conflict: 'the chat is not in a state that allows it now',
	bad_request: 'the server did not accept the request',
	too_large: 'the request was too large',
	rate_limited: 'too many requests at once; try again in a moment',
	unsupported: 'the server does not support it',
	no_capacity: 'you have as many chats as you can take',
	unauthenticated: 'the desk is not signed in',
	bad_token: 'the server refused your token',
	internal: 'the server ran into an error of its own',
};

/** Plain words for a failed request; `error` is whatever the request rejected with (a RequestError carries `code`). */
export function requestFailureWords(error: unknown): string {
	const code = typeof error === 'object' && error !== null ? (error as {code?: unknown}).code : undefined;
	return (typeof code === 'string' ? WORDS[code] : undefined) ?? 'the server refused it';
}

/** The technical words behind a failure, for the alert log's details. */
export function failureDetail(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
