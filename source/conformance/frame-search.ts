// Finds messages and texts in frames by parsing them, never by searching the frame's text: short, numeric or
// JSON-escaped ids are legal and would match (or miss) by accident in a text search.
import type {ReceivedFrame} from './probe.js';

function parsed(received: ReceivedFrame): unknown {
	if (received.frame) return received.frame;
	try {
		return JSON.parse(received.raw) as unknown;
	} catch {
		return null;
	}
}

function walk(value: unknown, visit: (value: unknown) => boolean): boolean {
	if (visit(value)) return true;
	if (Array.isArray(value)) return value.some(item => walk(item, visit));
	if (typeof value === 'object' && value !== null) return Object.values(value).some(item => walk(item, visit));
	return false;
}

/** The frame carries, anywhere, a message object (an id and a text) with this id. */
export function carriesMessage(received: ReceivedFrame, messageId: string): boolean {
	return walk(parsed(received), value => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
		const record = value as Record<string, unknown>;
		return record['id'] === messageId && typeof record['text'] === 'string';
	});
}

/** The frame carries, in any string field, this text. */
export function carriesText(received: ReceivedFrame, text: string): boolean {
	return walk(parsed(received), value => typeof value === 'string' && value.includes(text));
}
