// Fuzz test: random and mutated frames against the client's and the server's decoders; nothing throws, every rejection says why.
import {describe, expect, it} from 'vitest';
import {decodeClientFrame, decodeServerFrame, ERROR_CODES, type Decoded} from '../../source/protocol/index.js';
import {agentEventExamples, agentOpExamples, customerEventExamples, customerOpExamples, hello} from './fixtures.js';
import {prng} from '../helpers/prng.js';

type Random = ReturnType<typeof prng>;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const strings = [
	'',
	'req',
	'evt',
	'res',
	'hello',
	'ack',
	'ping',
	'pong',
	'message.send',
	'chat_1',
	'__proto__',
	'constructor',
	'\u0000',
	'\u001b[2J',
	'王伟',
	'😀'.repeat(3),
	'x'.repeat(70),
];

function randomValue(random: Random, depth = 0): unknown {
	const kind = Math.floor(random() * (depth > 3 ? 5 : 7));
	switch (kind) {
		case 0:
			return null;
		case 1:
			return random() < 0.5;
		case 2:
			return pick(random, [0, -1, 1, 1.5, 2 ** 53, -(2 ** 60), Number.MAX_VALUE, 7, 3]);
		case 3:
			return pick(random, strings);
		case 4:
			return String.fromCharCode(
				...Array.from({length: Math.floor(random() * 12)}, () => Math.floor(random() * 0x3000)),
			);
		case 5:
			return Array.from({length: Math.floor(random() * 4)}, () => randomValue(random, depth + 1));
		default: {
			const object: Record<string, unknown> = {};
			for (let index = Math.floor(random() * 5); index > 0; index--)
				object[pick(random, ['type', 'id', 'op', 'seq', 'event', 'payload', 'ok', 'error', 'ts', ...strings])] =
					randomValue(random, depth + 1);
			return object;
		}
	}
}

const validFrames: unknown[] = [
	hello,
	{type: 'ack', seq: 3},
	{type: 'ping', id: 'p1'},
	{type: 'pong', id: 'p1'},
	{
		type: 'res',
		id: 'r1',
		ok: false,
		error: {code: 'bad_request', message: 'payload.text: expected string', retryable: false},
	},
	...Object.entries({...agentOpExamples, ...customerOpExamples}).flatMap(([op, {request, result}]) => [
		{type: 'req', id: 'r1', op, payload: request},
		{type: 'res', id: 'r1', ok: true, payload: result},
	]),
	...Object.entries({...agentEventExamples, ...customerEventExamples}).map(([event, payload], index) => ({
		type: 'evt',
		seq: index + 1,
		event,
		ts: 1,
		payload,
	})),
];

/** Changes one thing somewhere inside a JSON value: drops, replaces or retypes a field. */
function mutate(random: Random, value: unknown, depth = 0): unknown {
	if (typeof value !== 'object' || value === null || depth > 6) return random() < 0.5 ? randomValue(random) : value;
	const copy: Record<string, unknown> = Array.isArray(value)
		? ([...value] as unknown as Record<string, unknown>)
		: {...value};
	const keys = Object.keys(copy);
	if (keys.length === 0) return randomValue(random);
	const key = pick(random, keys);
	const roll = random();
	if (roll < 0.2) delete copy[key];
	else if (roll < 0.45) copy[key] = randomValue(random);
	else if (roll < 0.55) copy[pick(random, strings)] = randomValue(random);
	else copy[key] = mutate(random, copy[key], depth + 1);
	return copy;
}

/** Damages the JSON text itself: truncation, a stray byte, a control character, deep nesting. */
function damageText(random: Random, text: string): string {
	const at = Math.floor(random() * text.length);
	switch (Math.floor(random() * 5)) {
		case 0:
			return text.slice(0, at);
		case 1:
			return text.slice(0, at) + pick(random, ['"', '{', ']', '\\', '\u0000', ',', 'NaN']) + text.slice(at);
		case 2:
			return text.slice(0, at) + text.slice(at + 1);
		case 3:
			return '['.repeat(5_000 + Math.floor(random() * 20_000)) + text;
		default:
			return text + text;
	}
}

function frameUnderTest(random: Random): unknown {
	const roll = random();
	if (roll < 0.25) return JSON.stringify(randomValue(random));
	if (roll < 0.8) return JSON.stringify(mutate(random, pick(random, validFrames)));
	if (roll < 0.97) return damageText(random, JSON.stringify(pick(random, validFrames)));
	return Buffer.from(JSON.stringify(pick(random, validFrames)));
}

function checkOutcome(outcome: Decoded<unknown>) {
	if (outcome.ok) {
		expect(typeof (outcome.frame as {type: unknown}).type).toBe('string');
		return 'accepted';
	}
	expect(ERROR_CODES).toContain(outcome.error.code);
	expect(outcome.error.message.length).toBeGreaterThan(0);
	expect(typeof outcome.error.retryable).toBe('boolean');
	return 'rejected';
}

describe('decoder fuzzing', () => {
	it('survives 12,000 random and mutated frames on both sides and both endpoints', () => {
		const seed = 20_261_122;
		const random = prng(seed);
		const counts = {accepted: 0, rejected: 0};
		for (let index = 0; index < 12_000; index++) {
			const frame = frameUnderTest(random);
			for (const decode of [
				() => decodeClientFrame(frame, 'agent'),
				() => decodeClientFrame(frame, 'customer'),
				() => decodeServerFrame(frame, 'agent'),
				() => decodeServerFrame(frame, 'customer'),
			]) {
				let outcome: Decoded<unknown>;
				try {
					outcome = decode();
				} catch (error) {
					throw new Error(
						`decoder threw on frame #${index} (seed ${seed}): ${String(error)}\n${String(frame).slice(0, 300)}`,
					);
				}
				counts[checkOutcome(outcome)]++;
			}
		}
		// The mix shows the fuzzer reaches both sides of the decoders, not only the JSON parser.
		expect(counts.rejected).toBeGreaterThan(20_000);
		expect(counts.accepted).toBeGreaterThan(2_000);
	});
});
