// Quoting a piece of the message in a one-line finding: on one line, and short.

const MAX = 48;

export function quote(text: string): string {
	const oneLine = text.replace(/\s+/gu, ' ').trim();
	const chars = [...oneLine];
	return `"${chars.length > MAX ? `${chars.slice(0, MAX - 1).join('')}…` : oneLine}"`;
}
