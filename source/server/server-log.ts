// The server's log: one line per connection, sign-in, chat and error, as readable text or as one JSON object a line.
// What goes in is ids, addresses, codes and counts: never a token, never a message text.

export type LogValue = string | number | boolean | null;
export type LogFields = Record<string, LogValue>;

/** Writes one line about `event` (dotted, e.g. `chat.opened`). */
export type ServerLog = (event: string, fields?: LogFields) => void;

export const silentLog: ServerLog = () => {};

export type LogFormat = 'text' | 'json';

/** A log writing whole lines through `write`; `now` stamps each line (ISO 8601, UTC). */
export function lineLog(format: LogFormat, write: (line: string) => void, now: () => number = Date.now): ServerLog {
	return (event, fields = {}) => write(`${formatLine(format, new Date(now()).toISOString(), event, fields)}\n`);
}

export function formatLine(format: LogFormat, time: string, event: string, fields: LogFields): string {
	if (format === 'json') return JSON.stringify({time, event, ...fields});
	const parts = [time, event];
	for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${textValue(value)}`);
	return parts.join(' ');
}

/** Bare when it cannot be misread; quoted (JSON, so control characters are escaped) when it could. */
function textValue(value: LogValue): string {
	if (value === null) return '-';
	if (typeof value !== 'string') return String(value);
	return /^[\w.:/@+-]+$/.test(value) ? value : JSON.stringify(value);
}

/** An error as one log field: its message, and where it was thrown (the first frame of the stack). */
export function errorFields(error: unknown): LogFields {
	if (!(error instanceof Error)) return {message: String(error)};
	const at = error.stack?.split('\n').find(line => line.trimStart().startsWith('at '));
	return {message: `${error.name}: ${error.message}`, at: at?.trim().slice(3) ?? null};
}
