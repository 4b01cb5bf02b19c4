// The frame a busy server reads most, a customer's message, checked by hand before the schemas: exactly what they take.
import type {ReqFrame} from './frames.js';
import {LIMITS} from './version.js';

const isId = (value: unknown): value is string =>
	typeof value === 'string' && value.length > 0 && value.length <= LIMITS.maxIdChars;
const isText = (value: unknown): value is string =>
	typeof value === 'string' && value.length > 0 && value.length <= LIMITS.maxTextChars;

/** A plain object (what JSON.parse makes of `{...}`) with exactly `count` keys. */
function plainWithKeys(value: unknown, count: number): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
	let keys = 0;
	for (const key in value) if (Object.hasOwn(value, key)) keys++;
	return keys === count;
}

/**
 * A customer's `message.send` request exactly as the schemas take it (reqFrame, customerOps['message.send'].request:
 * these keys and no others, so the schemas would return the same object), or null for anything else, which the
 * schemas then decide and word the error for. Validating it with zod took a tenth of the server's time per message.
 */
export function quickCustomerMessage(value: unknown): ReqFrame | null {
	if (!plainWithKeys(value, 4)) return null;
	if (value['type'] !== 'req' || value['op'] !== 'message.send' || !isId(value['id'])) return null;
	const payload = value['payload'];
	if (!plainWithKeys(payload, 2) || !isId(payload['client_msg_id']) || !isText(payload['text'])) return null;
	return value as ReqFrame;
}
