// Frame envelopes: the outer shape of every JSON text frame, in each direction.
import {z} from 'zod';
import {CAPABILITIES, PROTOCOL_VERSION} from './version.js';
import {id} from './model.js';
import {ERROR_CODES} from './errors.js';

export const seq = z.number().int().positive();
const payload = z.record(z.string(), z.unknown());

export const reqFrame = z.object({type: z.literal('req'), id, op: z.string().min(1).max(64), payload});
export const ackFrame = z.object({type: z.literal('ack'), seq});
export const pingFrame = z.object({type: z.literal('ping'), id: id.optional()});
export const pongFrame = z.object({type: z.literal('pong'), id: id.optional()});

export const errorBody = z.object({code: z.enum(ERROR_CODES), message: z.string().max(1_000), retryable: z.boolean()});

export const resFrame = z.discriminatedUnion('ok', [
	z.object({type: z.literal('res'), id, ok: z.literal(true), payload}),
	// id is null when the offending frame's id could not be read.
	z.object({type: z.literal('res'), id: id.nullable(), ok: z.literal(false), error: errorBody}),
]);

export const evtFrame = z.object({
	type: z.literal('evt'),
	/** Present on sequenced events, absent on transient ones. */
	seq: seq.optional(),
	event: z.string().min(1).max(64),
	ts: z.number().int().nonnegative(),
	payload,
});

export const helloFrame = z.object({
	type: z.literal('hello'),
	protocol: z.literal(PROTOCOL_VERSION),
	heartbeat_ms: z.number().int().min(1_000).max(300_000),
	resume_window_ms: z.number().int().nonnegative(),
	capabilities: z
		.array(z.string())
		.transform(list => list.filter(c => (CAPABILITIES as readonly string[]).includes(c))),
	limits: z.object({max_frame_bytes: z.number().int().positive(), max_text_chars: z.number().int().positive()}),
	server: z.object({name: z.string().max(100), version: z.string().max(100)}),
	/** v1.1: the server's clock when it sent the hello, so clients can count server times on their own clock. */
	now: z.number().int().nonnegative().optional(),
});

export const clientFrame = z.discriminatedUnion('type', [reqFrame, ackFrame, pingFrame, pongFrame]);
export const serverFrame = z.discriminatedUnion('type', [helloFrame, resFrame, evtFrame, pingFrame, pongFrame]);

export type ReqFrame = z.infer<typeof reqFrame>;
export type ResFrame = z.infer<typeof resFrame>;
export type EvtFrame = z.infer<typeof evtFrame>;
export type HelloFrame = z.infer<typeof helloFrame>;
export type ClientFrame = z.infer<typeof clientFrame>;
export type ServerFrame = z.infer<typeof serverFrame>;
