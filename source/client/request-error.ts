// The error a request to the server rejects with: the protocol's error code, or why it never got an answer.
import {RETRYABLE, type ErrorCode, type ProtocolError} from '../protocol/index.js';

/** 'offline': not connected (or the link dropped before the answer); 'timeout': no answer in time. */
export type RequestErrorCode = ErrorCode | 'offline' | 'timeout';

export class RequestError extends Error {
	override readonly name = 'RequestError';
	readonly code: RequestErrorCode;
	/** True when the same request may succeed if tried again later. */
	readonly retryable: boolean;

	constructor(code: RequestErrorCode, message: string, retryable?: boolean) {
		super(message);
		this.code = code;
		this.retryable = retryable ?? (code === 'offline' || code === 'timeout' || RETRYABLE.has(code));
	}

	static fromProtocol(error: ProtocolError): RequestError {
		return new RequestError(error.code, error.message, error.retryable);
	}
}
