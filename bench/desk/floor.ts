// The least a program could write to turn one screen into the next: per changed row, a cursor move and the changed cells.
// Colours are left out, so it is a floor: what the desk writes is measured against it.
import type {PtyScreen} from './pty-screen.js';

/** The screen's rows as arrays of characters (one per cell as xterm reports them). */
export function snapshot(screen: PtyScreen): string[][] {
	return screen.lines().map(line => [...line.padEnd(screen.cols)]);
}

/** Bytes of `ESC[row;colH` plus the UTF-8 of each changed row's first-to-last changed cell. */
export function floorBytes(before: string[][], after: string[][]): number {
	let bytes = 0;
	for (let row = 0; row < Math.max(before.length, after.length); row++) {
		const was = before[row] ?? [];
		const now = after[row] ?? [];
		let first = -1;
		let last = -1;
		for (let col = 0; col < Math.max(was.length, now.length); col++) {
			if ((was[col] ?? ' ') === (now[col] ?? ' ')) continue;
			if (first < 0) first = col;
			last = col;
		}
		if (first < 0) continue;
		bytes += `\x1b[${row + 1};${first + 1}H`.length;
		bytes += Buffer.byteLength(now.slice(first, last + 1).join(''), 'utf8');
	}
	return bytes;
}
