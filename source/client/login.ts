// The login step of the handshake: what auth asks for, and what the server's answer means for the link.
import {requestFailureWords} from '../core/failure-words.js';
import {CloseCode, type AgentOpRequest, type AgentOpResult} from '../protocol/index.js';
import {STOP_REASON} from './close-reason.js';
import type {LinkEnd} from './link.js';
import type {RequestOutcome} from './pending-requests.js';

export type AuthResult = AgentOpResult<'auth'>;

export function authPayload(
	token: string,
	client: {name: string; version: string},
	session: {id: string; lastSeq: number} | null,
): AgentOpRequest<'auth'> {
	return session ? {token, client, resume: {session_id: session.id, last_seq: session.lastSeq}} : {token, client};
}

export type LoginVerdict =
	| {ok: true; result: AuthResult}
	/** protocolError: set when the server broke the protocol (reported as protocol.error). */
	| {ok: false; end: LinkEnd; protocolError?: string};

/** Judges the auth answer against what was asked (resumedSessionId: the session we asked to resume, if any). */
export function judgeLogin(outcome: RequestOutcome, resumedSessionId: string | null): LoginVerdict {
	if (!outcome.ok) {
		const {code} = outcome.error;
		switch (code) {
			case 'bad_token':
				return {ok: false, end: {kind: 'stop', reason: STOP_REASON.badToken, code: CloseCode.badToken}};
			case 'resume_expired':
				// Same as close 4009: the session is gone, log in afresh.
				return {ok: false, end: {kind: 'fresh', reason: 'the session could not be resumed'}};
			case 'timeout':
				return {ok: false, end: {kind: 'resume', reason: 'the server did not answer the login in time'}};
			default:
				// The server's message is for developers (it may name ids); the status line says what happens instead.
				return {ok: false, end: {kind: 'resume', reason: `sign-in failed: ${requestFailureWords(outcome.error)}`}};
		}
	}
	const result = outcome.payload as AuthResult;
	if (!result.resumed && !result.snapshot) {
		return {
			ok: false,
			end: {kind: 'resume', reason: 'the login answer was not understood'},
			protocolError: 'the login answer has neither resumed:true nor a snapshot',
		};
	}
	if (result.resumed && result.session_id !== resumedSessionId) {
		// Our state belongs to another session (or to none): only a fresh snapshot can be trusted.
		return {
			ok: false,
			end: {kind: 'fresh', reason: 'the login answer was not understood'},
			protocolError: `the server resumed session ${result.session_id}, which this client did not ask for`,
		};
	}
	return {ok: true, result};
}
