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
export type After = (effect: () => void | Promise<void>) => void;

/**
 * Runs one request and sends its one res. `run` may return a promise (the store answers later, a token is being
 * hashed): the link then reads no further frame until it and the work after it have settled, so requests are still
 * answered, and their effects done, in the order they came.
 */
export function answerRequest(
	connection: FrameConnection,
	id: string,
	reportError: (error: unknown) => void,
	run: (after: After) => object | Promise<object>,
): void {
	const effects: Array<() => void | Promise<void>> = [];
	let result: object | Promise<object>;
	try {
		result = run(effect => effects.push(effect));
	} catch (error) {
		return fail(connection, id, reportError, error);
	}
	if (!(result instanceof Promise)) {
		const pending = succeed(connection, id, reportError, result, effects);
		if (pending) {
			connection.pauseReading();
			void pending.then(() => connection.resumeReading());
		}
		return;
	}
	connection.pauseReading();
	result.then(
		// The answer (and what follows it) first, then the frames that waited behind it.
		async settled => {
			await succeed(connection, id, reportError, settled, effects);
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

/** Sends the res, then runs the effects in order; a promise when one of them goes on after this turn. */
function succeed(
	connection: FrameConnection,
	id: string,
	reportError: (error: unknown) => void,
	result: object,
	effects: Array<() => void | Promise<void>>,
): Promise<void> | undefined {
	const json = (result as {[SERIALISED]?: string})[SERIALISED];
	if (json === undefined) connection.reply(id, result);
	else connection.replyJson(id, json);
	return runEffects(effects, 0, reportError);
}

function runEffects(
	effects: Array<() => void | Promise<void>>,
	from: number,
	reportError: (error: unknown) => void,
): Promise<void> | undefined {
	for (let i = from; i < effects.length; i++) {
		try {
			const pending = effects[i]!();
			if (pending)
				return pending.then(
					() => runEffects(effects, i + 1, reportError),
					(error: unknown) => {
						reportError(error);
						return runEffects(effects, i + 1, reportError);
					},
				);
		} catch (error) {
			reportError(error);
		}
	}
	return undefined;
}
