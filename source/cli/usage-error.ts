// The error for a wrong command line: printed as one line, exit code 2.
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/** Reads a whole-number flag value and checks its range, with an error that names the flag. */
export function integerFlag(flag: string, value: unknown, min: number, max: number): number {
	const text = String(value);
	const number = Number(text);
	if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number) || number < min || number > max) {
		throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
	}
	return number;
}

/** Checks a ws:// or wss:// URL given on the command line. */
export function serverUrlFlag(flag: string, value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UsageError(`--${flag} must be a ws:// or wss:// URL, not "${value}"`);
	}
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
		throw new UsageError(`--${flag} must be a ws:// or wss:// URL, not "${value}"`);
	}
	return value;
}
