// How the customer client takes server frames: events in seq order, answers to its requests, and frames it cannot use.
import {
	customerEvents,
	decodeResult,
	TRANSIENT_CUSTOMER_EVENTS,
	type CustomerEvent,
	type EvtFrame,
	type ResFrame,
} from '../protocol/index.js';
import type {EventSequence} from './event-sequence.js';
import type {Link} from './link.js';
import type {PendingRequests} from './pending-requests.js';
import {RequestError} from './request-error.js';

type Report = (problem: string) => void;

/**
 * Records a sequenced event in `sequence` (so it gets acked) and says whether to pass it on: duplicates from a
 * replay overlap are dropped, gaps reported, unknown events (from a newer server) counted but not passed on.
 */
export function admitCustomerEvent(frame: EvtFrame, sequence: EventSequence, report: Report): boolean {
	const known = isCustomerEvent(frame.event);
	if (frame.seq === undefined) {
		if (known && !TRANSIENT_CUSTOMER_EVENTS.has(frame.event))
			report(`ignored event ${frame.event}: it came without a seq`);
		return known && TRANSIENT_CUSTOMER_EVENTS.has(frame.event);
	}
	const expected = sequence.lastSeq + 1;
	if (!sequence.advance(frame.seq)) return false;
	// The rules promise no gaps; if a server leaves one anyway, say so and go on.
	if (frame.seq > expected) report(`events ${expected} to ${frame.seq - 1} never arrived`);
	return known;
}

/** Settles the request a res answers, with its result validated against the op. */
export function settleAnswer(frame: ResFrame, requests: PendingRequests, report: Report): void {
	if (frame.id === null) {
		// An answer to a frame of ours the server could not even read (an ack it disliked, say).
		if (!frame.ok) report(`the server rejected a frame: ${frame.error.code}: ${frame.error.message}`);
		return;
	}
	const waiting = requests.take(frame.id);
	if (!waiting) return; // The request timed out already.
	if (!frame.ok) return waiting.settle({ok: false, error: RequestError.fromProtocol(frame.error)});
	const result = decodeResult('customer', waiting.op, frame.payload);
	if (!result.ok) {
		report(`ignored the answer to ${waiting.op}: ${result.error.message}`);
		return waiting.settle({ok: false, malformed: true, error: new RequestError('bad_frame', result.error.message)});
	}
	waiting.settle({ok: true, payload: result.value});
}

/**
 * A frame that failed validation. Returns true when the link is useless (no understandable hello). Otherwise the
 * frame is ignored: a sequenced event still counts its seq (or the server would replay it forever), and a res
 * still fails the request it answers.
 */
export function refuseInvalidFrame(
	invalid: {message: string; id: string | null; seq: number | null},
	link: Link,
	context: {sequence: EventSequence; requests: PendingRequests; report: Report},
): boolean {
	if (link.phase === 'hello') {
		context.report(`the server's hello was not understood: ${invalid.message}`);
		return true;
	}
	if (invalid.seq !== null && link.phase === 'ready') {
		if (context.sequence.advance(invalid.seq)) context.report(`ignored event ${invalid.seq}: ${invalid.message}`);
		return false;
	}
	context.report(`ignored a frame from the server: ${invalid.message}`);
	if (invalid.id !== null) {
		context.requests
			.take(invalid.id)
			?.settle({ok: false, malformed: true, error: new RequestError('bad_frame', invalid.message)});
	}
	return false;
}

export function isCustomerEvent(event: string): event is CustomerEvent {
	return Object.hasOwn(customerEvents, event);
}
