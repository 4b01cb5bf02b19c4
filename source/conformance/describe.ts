// Short, single-line descriptions of frames and values for failure reasons.
import type {ServerFrame} from '../protocol/index.js';

const MAX_REASON_CHARS = 300;

/** Collapses whitespace and control characters and cuts long text, so a reason stays on one line. */
export function oneLine(text: string, max = MAX_REASON_CHARS): string {
	const flat = text.replaceAll(/[\u0000-\u001F\u007F-\u009F\s]+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** e.g. `evt chat.updated #4`, `res error bad_token (id x)`, `res ok (id x)`, `hello`, `pong x`. */
export function describeFrame(frame: ServerFrame): string {
	switch (frame.type) {
		case 'evt':
			return `evt ${frame.event}${frame.seq === undefined ? '' : ` #${frame.seq}`}`;
		case 'res':
			return frame.ok ? `res ok (id ${frame.id})` : `res error ${frame.error.code} (id ${frame.id ?? 'null'})`;
		case 'hello':
			return 'hello';
		case 'ping':
		case 'pong':
			return frame.id === undefined ? frame.type : `${frame.type} ${frame.id}`;
	}
}

/** A frame that did not validate, shown as its first characters. */
export function describeRaw(raw: string): string {
	return `\`${oneLine(raw, 80)}\``;
}

/** A JSON value, shortened. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	try {
		return oneLine(JSON.stringify(value), 120);
	} catch {
		return oneLine(String(value), 120);
	}
}
