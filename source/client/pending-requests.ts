// Requests waiting for their res: ids unique per client, one settlement each, deadlines for the impatient.
import {RequestError} from './request-error.js';

/** malformed: the server answered, but the answer failed validation (the request may well have been executed). */
export type RequestOutcome = {ok: true; payload: unknown} | {ok: false; error: RequestError; malformed?: boolean};

type Waiting = {op: string; settle: (outcome: RequestOutcome) => void; timer: NodeJS.Timeout | undefined};

export class PendingRequests {
	readonly #waiting = new Map<string, Waiting>();
	#counter = 0;

	get size(): number {
		return this.#waiting.size;
	}

	/**
	 * Registers a request about to be sent and returns its id. With timeoutMs, the request settles as
	 * 'timeout' when no res came in time; a res arriving later finds nothing and is dropped.
	 */
	open(op: string, settle: (outcome: RequestOutcome) => void, timeoutMs: number | null): string {
		this.#counter += 1;
		const id = `r${this.#counter}`;
		const timer =
			timeoutMs === null
				? undefined
				: setTimeout(() => {
						this.take(id)?.settle({
							ok: false,
							error: new RequestError('timeout', `${op}: no answer from the server within ${timeoutMs} ms`),
						});
					}, timeoutMs);
		this.#waiting.set(id, {op, settle, timer});
		return id;
	}

	/** Removes and returns the request with this id, if it is still waiting. */
	take(id: string): {op: string; settle: (outcome: RequestOutcome) => void} | undefined {
		const waiting = this.#waiting.get(id);
		if (!waiting) return undefined;
		this.#waiting.delete(id);
		if (waiting.timer !== undefined) clearTimeout(waiting.timer);
		return waiting;
	}

	/** Settles every waiting request with the same error (the link dropped, or the client stopped). */
	failAll(error: (op: string) => RequestError): void {
		for (const id of [...this.#waiting.keys()]) {
			const waiting = this.take(id);
			waiting?.settle({ok: false, error: error(waiting.op)});
		}
	}
}
