// The hand check of a customer's message (source/protocol/quick-decode.ts) against the schemas it stands in for.
import {describe, expect, it} from 'vitest';
import {clientFrame, customerOps, LIMITS, reqFrame} from '../../source/protocol/index.js';
import {quickCustomerMessage} from '../../source/protocol/quick-decode.js';

/** What the schemas make of a frame: the request with its payload checked, or null when they refuse it. */
function bySchemas(value: unknown): unknown {
	const envelope = clientFrame.safeParse(value);
	if (!envelope.success || envelope.data.type !== 'req' || envelope.data.op !== 'message.send') return null;
	const payload = customerOps['message.send'].request.safeParse(envelope.data.payload);
	return payload.success ? {...envelope.data, payload: payload.data} : null;
}

const id = (length: number) => 'i'.repeat(length);
const text = (length: number) => 't'.repeat(length);
const good = {type: 'req', id: 'r1', op: 'message.send', payload: {client_msg_id: 'c1', text: 'Hello'}};

/** Frames at and across every edge the schemas draw, and shapes they refuse. */
const variants: unknown[] = [
	good,
	...[0, 1, LIMITS.maxIdChars, LIMITS.maxIdChars + 1].map(n => ({...good, id: id(n)})),
	...[0, 1, LIMITS.maxIdChars, LIMITS.maxIdChars + 1].map(n => ({
		...good,
		payload: {...good.payload, client_msg_id: id(n)},
	})),
	...[0, 1, LIMITS.maxTextChars, LIMITS.maxTextChars + 1].map(n => ({
		...good,
		payload: {...good.payload, text: text(n)},
	})),
	{...good, payload: {...good.payload, text: '😀'.repeat(LIMITS.maxTextChars / 2)}},
	{...good, payload: {...good.payload, text: `${'😀'.repeat(LIMITS.maxTextChars / 2)}x`}},
	{...good, extra: 1},
	{...good, payload: {...good.payload, extra: 1}},
	{...good, payload: {client_msg_id: 'c1'}},
	{...good, payload: {text: 'Hello'}},
	{...good, payload: {client_msg_id: 'c1', text: 7}},
	{...good, payload: {client_msg_id: 7, text: 'Hello'}},
	{...good, payload: [good.payload]},
	{...good, payload: null},
	{...good, id: 7},
	{...good, type: 'ack'},
	{...good, op: 'typing.set'},
	{type: 'req', id: 'r1', op: 'message.send'},
	JSON.parse(
		'{"type":"req","id":"r1","op":"message.send","payload":{"client_msg_id":"c1","text":"Hi","__proto__":{}}}',
	),
	[good],
	null,
	'message.send',
];

describe('quickCustomerMessage', () => {
	it('stands in for exactly the fields the schemas name', () => {
		expect(Object.keys(reqFrame.shape).sort()).toEqual(['id', 'op', 'payload', 'type']);
		expect(Object.keys(customerOps['message.send'].request.shape).sort()).toEqual(['client_msg_id', 'text']);
	});

	it.each(variants.map((value, index) => [index, value] as const))(
		'takes variant %i only when the schemas take it, and as they return it',
		(_index, value) => {
			const quick = quickCustomerMessage(value);
			const schemas = bySchemas(value);
			// Null lets the schemas decide (and word the error); anything else must be what they would return.
			if (schemas === null) expect(quick).toBeNull();
			else if (quick !== null) expect(quick).toEqual(schemas);
		},
	);

	it('takes the everyday message (the point of it)', () => {
		expect(quickCustomerMessage(good)).toBe(good);
	});
});
