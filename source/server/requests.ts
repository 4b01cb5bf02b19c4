// Running one request: exactly one res per req, expected refusals as error codes, anything unexpected as `internal`.
import {protocolError, type ErrorCode} from '../protocol/index.js';
import type {FrameConnection} from './connection.js';

/** A refusal a handler means to give (not found, forbidden, conflict...), optionally closing the link after the res. */
export class OpFailure extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string,
		readonly closeCode?: number,
	) {
		super(message);
	}
}

export function refuse(code: ErrorCode, message: string, closeCode?: number): never {
	throw new OpFailure(code, message, closeCode);
}

const SERIALISED = Symbol('serialised result');

/**
 * Marks a result whose JSON is already at hand (a new message is serialised once for its events), so the res reuses
 * it instead of serialising the same message again.
 */
export function withJson<T extends object>(result: T, json: string): T {
	(result as T & {[SERIALISED]?: string})[SERIALISED] = json;
	return result;
}

/** Queues work for right after the res is sent (events that must follow the answer, such as a replay). */
export type After = (effect: () => void) => void;

/**
 * Runs one request and sends its one res. `run` may return a promise (a sign-in whose token is being hashed): the link
 * then reads no further frame until it settles, so requests are still answered in the order they came.
 */
export function answerRequest(
	connection: FrameConnection,
	id: string,
	reportError: (error: unknown) => void,
	run: (after: After) => object | Promise<object>,
): void {
	const effects: Array<() => void> = [];
	let result: object | Promise<object>;
	try {
		result = run(effect => effects.push(effect));
	} catch (error) {
		return fail(connection, id, reportError, error);
	}
	if (!(result instanceof Promise)) return succeed(connection, id, reportError, result, effects);
	connection.pauseReading();
	result.then(
		// The answer (and what follows it) first, then the frames that waited behind it.
		settled => {
			succeed(connection, id, reportError, settled, effects);
			connection.resumeReading();
		},
		(error: unknown) => {
			fail(connection, id, reportError, error);
			connection.resumeReading();
		},
	);
}

function fail(connection: FrameConnection, id: string, reportError: (error: unknown) => void, error: unknown): void {
	if (error instanceof OpFailure) {
		connection.replyError(id, protocolError(error.code, error.message));
		if (error.closeCode !== undefined) connection.close(error.closeCode, error.message);
	} else {
		reportError(error);
		connection.replyError(id, protocolError('internal', 'the server failed to handle this request'));
	}
}

function succeed(
	connection: FrameConnection,
	id: string,
	reportError: (error: unknown) => void,
	result: object,
	effects: Array<() => void>,
): void {
	const json = (result as {[SERIALISED]?: string})[SERIALISED];
	if (json === undefined) connection.reply(id, result);
	else connection.replyJson(id, json);
	for (const effect of effects) {
		try {
			effect();
		} catch (error) {
			reportError(error);
		}
	}
}
