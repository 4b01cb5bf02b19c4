// The customer's handshake step: join a new chat or resume the one it has, and what the server's answer means for the link.
import {CloseCode, type CustomerOpRequest, type CustomerOpResult} from '../protocol/index.js';
import type {LinkEnd} from './link.js';
import type {RequestOutcome} from './pending-requests.js';
import {RequestError} from './request-error.js';

export type CustomerJoinDetails = CustomerOpRequest<'join'>;
export type JoinResult = CustomerOpResult<'join'>;

export const CHAT_LOST_REASON = 'the chat could not be resumed';

export type JoinVerdict =
	| {ok: true; result: JoinResult}
	/** refusal: set when the server said no for good; the owner's join() rejects with it. */
	| {ok: false; end: LinkEnd; refusal?: RequestError};

/** Judges the answer to join or resume (resuming: a resume was asked for). */
export function judgeJoin(outcome: RequestOutcome, resuming: boolean): JoinVerdict {
	if (outcome.ok) return {ok: true, result: outcome.payload as JoinResult};
	const {error} = outcome;
	if (error.code === 'resume_expired') {
		// The chat is over for this customer (the server ends it); a widget would start a new one, the owner decides.
		return {ok: false, end: {kind: 'stop', reason: CHAT_LOST_REASON, code: CloseCode.resumeWindowOver}, refusal: error};
	}
	if (error.retryable || outcome.malformed) {
		// Includes 'offline' and 'timeout': a lost join may have created a chat the server will end by itself.
		return {ok: false, end: {kind: 'resume', reason: `${resuming ? 'resume' : 'join'} failed: ${error.message}`}};
	}
	// An unknown department or a bad field: asking again would get the same answer.
	const reason = `the server refused to ${resuming ? 'resume' : 'join'} the chat: ${error.message}`;
	return {ok: false, end: {kind: 'stop', reason, code: null}, refusal: error};
}
