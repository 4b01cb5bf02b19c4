// Validation of every frame type, op and event of protocol v1, valid and invalid.
import {describe, expect, it} from 'vitest';
import {
	agentEvents,
	agentOps,
	customerEvents,
	customerOps,
	decodeClientFrame,
	decodeResult,
	decodeServerFrame,
	LIMITS,
} from '../../source/protocol/index.js';
import {agentEventExamples, agentOpExamples, customerEventExamples, customerOpExamples, hello} from './fixtures.js';

const req = (op: string, payload: unknown, id = 'r1') => JSON.stringify({type: 'req', id, op, payload});
const evt = (event: string, payload: unknown, seq?: number) =>
	JSON.stringify({type: 'evt', seq, event, ts: 1, payload});

describe('fixtures cover the whole protocol', () => {
	it('has an example for every op and event', () => {
		expect(Object.keys(agentOpExamples).sort()).toEqual(Object.keys(agentOps).sort());
		expect(Object.keys(agentEventExamples).sort()).toEqual(Object.keys(agentEvents).sort());
		expect(Object.keys(customerOpExamples).sort()).toEqual(Object.keys(customerOps).sort());
		expect(Object.keys(customerEventExamples).sort()).toEqual(Object.keys(customerEvents).sort());
	});
});

describe('client frames (decoded by the server)', () => {
	it.each(Object.entries(agentOpExamples))('accepts a valid agent %s request', (op, {request}) => {
		const decoded = decodeClientFrame(req(op, request), 'agent');
		expect(decoded).toMatchObject({ok: true, frame: {type: 'req', id: 'r1', op}});
	});

	it.each(Object.entries(customerOpExamples))('accepts a valid customer %s request', (op, {request}) => {
		expect(decodeClientFrame(req(op, request), 'customer')).toMatchObject({ok: true, frame: {op}});
	});

	it('accepts ack, ping and pong', () => {
		expect(decodeClientFrame('{"type":"ack","seq":7}', 'agent')).toMatchObject({
			ok: true,
			frame: {type: 'ack', seq: 7},
		});
		expect(decodeClientFrame('{"type":"ping","id":"p1"}', 'agent')).toMatchObject({
			ok: true,
			frame: {type: 'ping', id: 'p1'},
		});
		expect(decodeClientFrame('{"type":"pong"}', 'customer')).toMatchObject({ok: true, frame: {type: 'pong'}});
	});

	it('rejects text that is not JSON', () => {
		expect(decodeClientFrame('{"type":', 'agent')).toMatchObject({
			ok: false,
			id: null,
			error: {code: 'bad_frame', message: 'frame is not valid JSON'},
		});
	});

	it('rejects binary frames', () => {
		expect(decodeClientFrame(Buffer.from('{}'), 'agent')).toMatchObject({ok: false, error: {code: 'bad_frame'}});
	});

	it('rejects a frame over the size limit', () => {
		const big = req('message.send', {
			chat_id: 'c',
			client_msg_id: 'x',
			text: 'a'.repeat(LIMITS.maxFrameBytes),
			visibility: 'public',
		});
		expect(decodeClientFrame(big, 'agent')).toMatchObject({ok: false, error: {code: 'too_large'}});
	});

	it('counts multi-byte characters against the size limit in bytes', () => {
		const text = '王'.repeat(Math.ceil(LIMITS.maxFrameBytes / 3) + 10);
		expect(decodeClientFrame(JSON.stringify({type: 'ping', id: 'p', x: text}), 'agent')).toMatchObject({
			ok: false,
			error: {code: 'too_large'},
		});
	});

	it('names the field of a broken envelope and keeps the id for the answer', () => {
		const decoded = decodeClientFrame('{"type":"req","id":"r9","op":5,"payload":{}}', 'agent');
		expect(decoded).toMatchObject({ok: false, id: 'r9', error: {code: 'bad_frame'}});
		expect(!decoded.ok && decoded.error.message).toMatch(/^op: .*expected string/);
	});

	it('rejects an unknown frame type', () => {
		const decoded = decodeClientFrame('{"type":"hello"}', 'agent');
		expect(decoded).toMatchObject({ok: false, error: {code: 'bad_frame'}});
		expect(!decoded.ok && decoded.error.message).toMatch(/^type: /);
	});

	it('rejects an unknown op with unknown_op', () => {
		expect(decodeClientFrame(req('chat.explode', {}), 'agent')).toMatchObject({
			ok: false,
			id: 'r1',
			error: {code: 'unknown_op'},
		});
		// Customer ops are not agent ops and vice versa.
		expect(decodeClientFrame(req('join', {locale: 'en'}), 'agent')).toMatchObject({
			ok: false,
			error: {code: 'unknown_op'},
		});
		expect(decodeClientFrame(req('chat.end', {chat_id: 'c'}), 'customer')).toMatchObject({
			ok: false,
			error: {code: 'unknown_op'},
		});
	});

	it('names the payload field that is wrong, and what was expected', () => {
		const decoded = decodeClientFrame(
			req('message.send', {chat_id: 'c1', client_msg_id: 'x', text: 42, visibility: 'public'}),
			'agent',
		);
		expect(decoded).toMatchObject({ok: false, id: 'r1', error: {code: 'bad_request', retryable: false}});
		expect(!decoded.ok && decoded.error.message).toMatch(/^payload\.text: .*expected string, received number/);
	});

	it('rejects a missing required field and a wrong enum value', () => {
		const missing = decodeClientFrame(req('offer.accept', {}), 'agent');
		expect(!missing.ok && missing.error.message).toMatch(/^payload\.chat_id: /);
		const visibility = decodeClientFrame(
			req('message.send', {chat_id: 'c', client_msg_id: 'x', text: 'hi', visibility: 'secret'}),
			'agent',
		);
		expect(!visibility.ok && visibility.error.message).toMatch(/^payload\.visibility: /);
	});

	it('rejects over-long text, a rating out of range, offline as a presence and a bad locale', () => {
		const long = decodeClientFrame(
			req('message.send', {
				chat_id: 'c',
				client_msg_id: 'x',
				text: 'a'.repeat(LIMITS.maxTextChars + 1),
				visibility: 'public',
			}),
			'agent',
		);
		expect(!long.ok && long.error.message).toMatch(/^payload\.text: /);
		expect(decodeClientFrame(req('rating.submit', {score: 4}), 'customer')).toMatchObject({
			ok: false,
			error: {code: 'bad_request'},
		});
		expect(decodeClientFrame(req('presence.set', {presence: 'offline'}), 'agent')).toMatchObject({
			ok: false,
			error: {code: 'bad_request'},
		});
		expect(decodeClientFrame(req('join', {locale: 'English!'}), 'customer')).toMatchObject({
			ok: false,
			error: {code: 'bad_request'},
		});
	});

	it('rejects a nested field with its full path', () => {
		const decoded = decodeClientFrame(
			req('chat.transfer', {chat_id: 'c', target: {type: 'team', id: 'x'}, note: ''}),
			'agent',
		);
		expect(!decoded.ok && decoded.error.message).toMatch(/^payload\.target\.type: /);
	});

	it('rejects an ack with a seq that is not a positive integer', () => {
		expect(decodeClientFrame('{"type":"ack","seq":0}', 'agent')).toMatchObject({ok: false, error: {code: 'bad_frame'}});
		expect(decodeClientFrame('{"type":"ack","seq":1.5}', 'agent')).toMatchObject({
			ok: false,
			error: {code: 'bad_frame'},
		});
	});

	it('ignores unknown fields (forward compatibility)', () => {
		const decoded = decodeClientFrame(
			JSON.stringify({
				type: 'req',
				id: 'r',
				op: 'typing.set',
				payload: {chat_id: 'c', typing: true, future: 1},
				extra: true,
			}),
			'agent',
		);
		expect(decoded.ok).toBe(true);
	});

	it('does not read an over-long id as a request id', () => {
		const decoded = decodeClientFrame(
			JSON.stringify({type: 'req', id: 'x'.repeat(65), op: 'chats.list', payload: {}}),
			'agent',
		);
		expect(decoded).toMatchObject({ok: false, id: null});
	});
});

describe('server frames (decoded by the client)', () => {
	it('accepts a valid hello and drops capabilities it does not know', () => {
		const decoded = decodeServerFrame(JSON.stringify({...hello, capabilities: ['hold', 'teleport']}), 'agent');
		expect(decoded).toMatchObject({ok: true, frame: {type: 'hello', capabilities: ['hold']}});
	});

	it('rejects a hello of another protocol version', () => {
		const decoded = decodeServerFrame(JSON.stringify({...hello, protocol: 'switchboard.v2'}), 'agent');
		expect(!decoded.ok && decoded.error.message).toMatch(/^protocol: /);
	});

	it.each(Object.entries(agentEventExamples))('accepts a valid agent %s event', (event, payload) => {
		expect(decodeServerFrame(evt(event, payload, 3), 'agent')).toMatchObject({
			ok: true,
			frame: {type: 'evt', event, seq: 3},
		});
	});

	it.each(Object.entries(customerEventExamples))('accepts a valid customer %s event', (event, payload) => {
		expect(decodeServerFrame(evt(event, payload, 1), 'customer')).toMatchObject({ok: true, frame: {event}});
	});

	it('rejects an event with a bad payload but keeps its seq so the client can count it', () => {
		const decoded = decodeServerFrame(evt('message.created', {message: {id: 'm'}}, 12), 'agent');
		expect(decoded).toMatchObject({ok: false, seq: 12, error: {code: 'bad_frame'}});
		expect(!decoded.ok && decoded.error.message).toMatch(/^payload \(message\.created\)\.message\.chat_id: /);
	});

	it('accepts server frames above the client limit, up to the server limit', () => {
		const page = JSON.stringify({
			type: 'res',
			id: 'r1',
			ok: true,
			payload: {messages: [], pad: 'x'.repeat(LIMITS.maxFrameBytes * 2)},
		});
		expect(decodeServerFrame(page, 'agent')).toMatchObject({ok: true});
		const huge = JSON.stringify({
			type: 'res',
			id: 'r1',
			ok: true,
			payload: {pad: 'x'.repeat(LIMITS.maxServerFrameBytes)},
		});
		expect(decodeServerFrame(huge, 'agent')).toMatchObject({ok: false, error: {code: 'too_large'}});
	});

	it('lets an unknown event through so the client can skip it and count its seq', () => {
		expect(decodeServerFrame(evt('chat.teleported', {x: 1}, 5), 'agent')).toMatchObject({
			ok: true,
			frame: {event: 'chat.teleported', seq: 5},
		});
	});

	it('accepts a transient event without seq', () => {
		const decoded = decodeServerFrame(evt('typing', {chat_id: 'c', typing: true}), 'agent');
		expect(decoded).toMatchObject({ok: true, frame: {event: 'typing'}});
		expect(decoded.ok && decoded.frame.type === 'evt' && decoded.frame.seq).toBeUndefined();
	});

	it('accepts res frames, ok and failed, and a failed res without a readable id', () => {
		expect(decodeServerFrame('{"type":"res","id":"r1","ok":true,"payload":{}}', 'agent')).toMatchObject({ok: true});
		expect(
			decodeServerFrame(
				'{"type":"res","id":null,"ok":false,"error":{"code":"bad_frame","message":"x","retryable":false}}',
				'agent',
			),
		).toMatchObject({ok: true});
	});

	it('rejects a failed res with an unknown error code, and an ok res with a null id', () => {
		expect(
			decodeServerFrame(
				'{"type":"res","id":"r","ok":false,"error":{"code":"oops","message":"x","retryable":false}}',
				'agent',
			),
		).toMatchObject({ok: false});
		expect(decodeServerFrame('{"type":"res","id":null,"ok":true,"payload":{}}', 'agent')).toMatchObject({ok: false});
	});

	it.each(Object.entries(agentOpExamples))('validates the result of agent %s', (op, {result}) => {
		expect(decodeResult('agent', op, result)).toMatchObject({ok: true});
	});

	it.each(Object.entries(customerOpExamples))('validates the result of customer %s', (op, {result}) => {
		expect(decodeResult('customer', op, result)).toMatchObject({ok: true});
	});

	it('rejects a result of the wrong shape with the field named', () => {
		const decoded = decodeResult('agent', 'offer.accept', {chat: {id: 'c'}});
		expect(!decoded.ok && decoded.error.message).toMatch(/^payload \(offer\.accept result\)\.chat\.status: /);
	});
});

describe('character limits count UTF-16 code units (protocol §1)', () => {
	const send = (text: string) =>
		JSON.stringify({
			type: 'req',
			id: 'r1',
			op: 'message.send',
			payload: {chat_id: 'c1', client_msg_id: 'm1', text, visibility: 'public'},
		});
	it('refuses 4,000 emoji (8,000 units) and takes 2,000 (4,000 units)', () => {
		const refused = decodeClientFrame(send('😀'.repeat(4_000)), 'agent');
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.error.code).toBe('bad_request');
		expect(decodeClientFrame(send('😀'.repeat(2_000)), 'agent').ok).toBe(true);
	});
});
