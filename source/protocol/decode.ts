// Runtime validation of every inbound frame: never throws, every rejection says which field and what was expected.
import type {z} from 'zod';
import {LIMITS} from './version.js';
import {protocolError, type ProtocolError} from './errors.js';
import {clientFrame, serverFrame, type ClientFrame, type ServerFrame} from './frames.js';
import {agentOps} from './ops.js';
import {agentEvents} from './events.js';
import {customerEvents, customerOps} from './customer-endpoint.js';
import {quickCustomerMessage} from './quick-decode.js';

export type Endpoint = 'agent' | 'customer';

type OpSpec = {request: z.ZodType; result: z.ZodType};

function opSpec(endpoint: Endpoint, op: string): OpSpec | undefined {
	const ops: Record<string, OpSpec> = endpoint === 'agent' ? agentOps : customerOps;
	return Object.hasOwn(ops, op) ? ops[op] : undefined;
}

function eventSchema(endpoint: Endpoint, event: string): z.ZodType | undefined {
	const events: Record<string, z.ZodType> = endpoint === 'agent' ? agentEvents : customerEvents;
	return Object.hasOwn(events, event) ? events[event] : undefined;
}

export type Decoded<F> =
	| {ok: true; frame: F}
	/** id: the request id when it could be read, so the error can be answered; seq likewise for events. */
	| {ok: false; error: ProtocolError; id: string | null; seq: number | null};

/** Formats schema issues as `payload.text: expected string, received number`. */
export function describeIssues(error: z.ZodError, prefix = ''): string {
	return error.issues
		.slice(0, 3)
		.map(issue => {
			const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}

function parseJson(raw: unknown, maxBytes: number): {ok: true; value: unknown} | {ok: false; error: ProtocolError} {
	if (typeof raw !== 'string') {
		return {ok: false, error: protocolError('bad_frame', 'binary frames are not allowed; send JSON text frames')};
	}
	// Cheap length test first: a string never has more UTF-16 units than UTF-8 bytes.
	if (raw.length > maxBytes || Buffer.byteLength(raw) > maxBytes) {
		return {ok: false, error: protocolError('too_large', `frame is over ${maxBytes} bytes`)};
	}
	try {
		return {ok: true, value: JSON.parse(raw)};
	} catch {
		return {ok: false, error: protocolError('bad_frame', 'frame is not valid JSON')};
	}
}

function readField(value: unknown, field: 'id' | 'seq'): unknown {
	return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

function fail(
	error: ProtocolError,
	value: unknown,
): {ok: false; error: ProtocolError; id: string | null; seq: number | null} {
	const maybeId = readField(value, 'id');
	const maybeSeq = readField(value, 'seq');
	return {
		ok: false,
		error,
		id: typeof maybeId === 'string' && maybeId.length > 0 && maybeId.length <= LIMITS.maxIdChars ? maybeId : null,
		seq: typeof maybeSeq === 'number' && Number.isSafeInteger(maybeSeq) && maybeSeq > 0 ? maybeSeq : null,
	};
}

/** Server side: decodes a frame sent by an agent or customer client, payload of a request included. */
export function decodeClientFrame(raw: unknown, endpoint: Endpoint): Decoded<ClientFrame> {
	const json = parseJson(raw, LIMITS.maxFrameBytes);
	if (!json.ok) return {ok: false, error: json.error, id: null, seq: null};
	const message = endpoint === 'customer' ? quickCustomerMessage(json.value) : null;
	if (message) return {ok: true, frame: message};
	const envelope = clientFrame.safeParse(json.value);
	if (!envelope.success) return fail(protocolError('bad_frame', describeIssues(envelope.error)), json.value);
	const frame = envelope.data;
	if (frame.type !== 'req') return {ok: true, frame};
	const spec = opSpec(endpoint, frame.op);
	if (!spec) return fail(protocolError('unknown_op', `op: unknown operation "${frame.op.slice(0, 64)}"`), frame);
	const payload = spec.request.safeParse(frame.payload);
	if (!payload.success) return fail(protocolError('bad_request', describeIssues(payload.error, 'payload')), frame);
	return {ok: true, frame: {...frame, payload: payload.data as Record<string, unknown>}};
}

/**
 * Client side: decodes a frame sent by the server. Event payloads are validated here; a `res` payload is
 * validated by decodeResult, because only the caller knows which op it answers. Unknown events are let
 * through (a newer server may send them) and are ignored by the client, but their seq still counts.
 */
export function decodeServerFrame(raw: unknown, endpoint: Endpoint): Decoded<ServerFrame> {
	const json = parseJson(raw, LIMITS.maxServerFrameBytes);
	if (!json.ok) return {ok: false, error: json.error, id: null, seq: null};
	const envelope = serverFrame.safeParse(json.value);
	if (!envelope.success) return fail(protocolError('bad_frame', describeIssues(envelope.error)), json.value);
	const frame = envelope.data;
	if (frame.type !== 'evt') return {ok: true, frame};
	const schema = eventSchema(endpoint, frame.event);
	if (!schema) return {ok: true, frame};
	const payload = schema.safeParse(frame.payload);
	if (!payload.success)
		return fail(protocolError('bad_frame', describeIssues(payload.error, `payload (${frame.event})`)), frame);
	return {ok: true, frame: {...frame, payload: payload.data as Record<string, unknown>}};
}

/** Client side: validates the payload of a successful `res` against the op it answers. */
export function decodeResult(
	endpoint: Endpoint,
	op: string,
	payload: unknown,
): {ok: true; value: Record<string, unknown>} | {ok: false; error: ProtocolError} {
	const spec = opSpec(endpoint, op);
	if (!spec) return {ok: false, error: protocolError('unknown_op', `op: unknown operation "${op}"`)};
	const parsed = spec.result.safeParse(payload);
	if (!parsed.success)
		return {ok: false, error: protocolError('bad_frame', describeIssues(parsed.error, `payload (${op} result)`))};
	return {ok: true, value: parsed.data as Record<string, unknown>};
}
