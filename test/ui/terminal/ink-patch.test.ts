// Ink's incremental writer as patched at install (scripts/patch-ink.ts): the screen it leaves is exactly each frame,
// and rows that did not change cost one cursor move per run of them, not one per row.
import xtermHeadless from '@xterm/headless';
import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import logUpdate from '../../../node_modules/ink/build/log-update.js';
import {patchLogUpdate} from '../../../scripts/patch-ink.ts';
import {prng} from '../../helpers/prng.js';

const {Terminal} = xtermHeadless;
const COLS = 60;
const ROWS = 20;

/** Ink's writer in full-screen mode (a frame of exactly ROWS lines, no trailing newline) into a terminal emulator. */
function screenWriter() {
	// convertEol: a pty turns Ink's \n into CR LF (onlcr); the emulator must do the same.
	const terminal = new Terminal({cols: COLS, rows: ROWS, allowProposedApi: true, convertEol: true});
	let written = '';
	const stream = {
		columns: COLS,
		rows: ROWS,
		isTTY: true,
		write(text: string) {
			written += text;
			return true;
		},
	};
	const render = logUpdate.create(stream as unknown as NodeJS.WriteStream, {incremental: true});
	return {
		async show(lines: string[]): Promise<{screen: string[]; bytes: number}> {
			written = '';
			render(lines.join('\n'));
			const bytes = Buffer.byteLength(written);
			await new Promise<void>(resolve => terminal.write(written, resolve));
			const buffer = terminal.buffer.active;
			const screen = Array.from({length: ROWS}, (_, row) => buffer.getLine(row)!.translateToString(true));
			return {screen, bytes};
		},
	};
}

describe("Ink's patched incremental writer", () => {
	it('is what node_modules holds, and patching twice changes nothing', () => {
		const installed = readFileSync(new URL('../../../node_modules/ink/build/log-update.js', import.meta.url), 'utf8');
		expect(installed).toContain('switchboard: skipped rows in one move');
		expect(patchLogUpdate(installed)).toBe(installed);
	});

	it('refuses an Ink whose writer it does not recognise, rather than half-patching it', () => {
		expect(() => patchLogUpdate('export default {};')).toThrow(/expected one/);
	});

	it('leaves exactly each frame on screen through random changes of random rows', async () => {
		const random = prng(16);
		const writer = screenWriter();
		const words = ['chat', 'Sarah', '0:41', 'late', '王伟', 'hold', '│', ' ', 'é'];
		// Up to the full width, never past it (a wrapped row is not what Ink writes).
		const line = () => {
			let text = '';
			for (;;) {
				const next = `${text}${words[Math.floor(random() * words.length)]} `;
				if (stringWidth(next.trimEnd()) > COLS || random() < 0.05) return text.trimEnd();
				text = next;
			}
		};
		let frame = Array.from({length: ROWS}, line);
		for (let step = 0; step < 200; step++) {
			frame = frame.map(row => (random() < 0.15 ? line() : row));
			const {screen} = await writer.show(frame);
			expect(screen, `step ${step}`).toEqual(frame.map(row => row.trimEnd()));
		}
	});

	it('moves past unchanged rows in one move: a one-row change costs the row, not the screen', async () => {
		const writer = screenWriter();
		const frame = Array.from({length: ROWS}, (_, row) => `row ${row} of the desk`);
		await writer.show(frame);
		const changed = frame.with(ROWS / 2, 'row 10 of the desk, changed');
		const {screen, bytes} = await writer.show(changed);
		expect(screen[ROWS / 2]).toBe('row 10 of the desk, changed');
		// Unpatched: one 3-byte CSI E for each of the 19 other rows (57 bytes) before anything is drawn.
		expect(bytes).toBeLessThan(40);
	});
});
