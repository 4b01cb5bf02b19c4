// Ink's incremental writer as patched at install (scripts/patch-ink.ts, scripts/ink-frame-update.ts): the screen it
// leaves is exactly each frame, colours and cursor included, and a change costs about its changed cells.
import xtermHeadless from '@xterm/headless';
import {readFileSync} from 'node:fs';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import logUpdate from '../../../node_modules/ink/build/log-update.js';
import {
	frameUpdateModule,
	patchInkOutput,
	patchInkRenderer,
	patchLogUpdate,
	patchRenderNodeToOutput,
} from '../../../scripts/patch-ink.ts';
import {prng} from '../../helpers/prng.js';

const {Terminal} = xtermHeadless;
type HeadlessTerminal = InstanceType<typeof Terminal>;
const COLS = 60;
const ROWS = 20;
const installed = (name: string) =>
	readFileSync(new URL(`../../../node_modules/ink/build/${name}`, import.meta.url), 'utf8');

const newTerminal = () => new Terminal({cols: COLS, rows: ROWS, allowProposedApi: true, convertEol: true});
const written = (terminal: HeadlessTerminal, text: string) =>
	new Promise<void>(resolve => terminal.write(text, resolve));

/** Every cell as the eye sees it: the character, its width, colours and attributes. */
function cellsOf(terminal: HeadlessTerminal): string[] {
	const buffer = terminal.buffer.active;
	const rows: string[] = [];
	for (let row = 0; row < ROWS; row++) {
		const line = buffer.getLine(row)!;
		const cells: string[] = [];
		for (let col = 0; col < COLS; col++) {
			const cell = line.getCell(col)!;
			// A cell never written and a written blank look the same.
			const chars = cell.getWidth() === 1 && cell.getChars() === '' ? ' ' : cell.getChars();
			const blank = chars === ' ';
			const look = [cell.getBgColorMode(), cell.getBgColor(), cell.isInverse(), cell.isUnderline()];
			const ink = [cell.getFgColorMode(), cell.getFgColor(), cell.isBold(), cell.isDim(), cell.isItalic()];
			// A blank shows only its background (and what draws on blanks); its foreground is invisible.
			cells.push(JSON.stringify([chars, cell.getWidth(), ...look, ...(blank && !look[2] && !look[3] ? [] : ink)]));
		}
		rows.push(cells.join(''));
	}
	return rows;
}

/** Ink's writer in full-screen mode (a frame of exactly ROWS lines, no trailing newline) into a terminal emulator. */
function screenWriter() {
	// convertEol: a pty turns Ink's \n into CR LF (onlcr); the emulator must do the same.
	const terminal = newTerminal();
	let output = '';
	const stream = {
		columns: COLS,
		rows: ROWS,
		isTTY: true,
		write(text: string) {
			output += text;
			return true;
		},
	};
	const render = logUpdate.create(stream as unknown as NodeJS.WriteStream, {incremental: true}) as ReturnType<
		typeof logUpdate.create
	> & {(text: string, synchronize?: boolean): boolean};
	return {
		terminal,
		async show(
			lines: string[],
			cursor?: {x: number; y: number},
			synchronize = false,
		): Promise<{bytes: number; output: string}> {
			output = '';
			render.setCursorPosition(cursor);
			render(lines.join('\n'), synchronize);
			await written(terminal, output);
			return {bytes: Buffer.byteLength(output), output};
		},
	};
}

/** The frame drawn from scratch, each row placed absolutely: what the screen must look like. */
async function expectedCells(lines: string[]): Promise<string[]> {
	const terminal = newTerminal();
	await written(terminal, lines.map((line, row) => `\x1b[${row + 1};1H${line}\x1b[0m`).join(''));
	return cellsOf(terminal);
}

const styles: Array<[string, string]> = [
	['\x1b[36m', '\x1b[39m'],
	['\x1b[1m', '\x1b[22m'],
	['\x1b[2m', '\x1b[22m'],
	['\x1b[90m', '\x1b[39m'],
	['\x1b[7m', '\x1b[27m'],
	['\x1b[4m', '\x1b[24m'],
	['\x1b[48;5;236m', '\x1b[49m'],
	['\x1b[38;2;200;100;0m', '\x1b[39m'],
];

describe("Ink's patched incremental writer", () => {
	it('is what node_modules holds, and patching twice changes nothing', () => {
		const logUpdateSource = installed('log-update.js');
		expect(logUpdateSource).toContain('switchboard: changed cells only');
		expect(patchLogUpdate(logUpdateSource)).toBe(logUpdateSource);
		expect(patchInkRenderer(installed('ink.js'))).toBe(installed('ink.js'));
		expect(installed('frame-update.js')).toBe(frameUpdateModule());
		expect(installed('output.js')).toContain('switchboard: caches kept across frames');
		expect(patchInkOutput(installed('output.js'))).toBe(installed('output.js'));
		expect(installed('render-node-to-output.js')).toContain('switchboard: caches kept across frames');
		expect(patchRenderNodeToOutput(installed('render-node-to-output.js'))).toBe(installed('render-node-to-output.js'));
	});

	it('refuses an Ink whose writer it does not recognise, rather than half-patching it', () => {
		expect(() => patchLogUpdate('export default {};')).toThrow(/expected one/);
		expect(() => patchInkRenderer('export default {};')).toThrow(/expected one/);
		expect(() => patchInkOutput('export default {};')).toThrow(/expected one/);
		expect(() => patchRenderNodeToOutput('export default {};')).toThrow(/expected one/);
	});

	it('leaves exactly each frame on screen, colours and cursor included, through random changes', async () => {
		const random = prng(16);
		const writer = screenWriter();
		// No emoji: @xterm/headless measures them by Unicode 6 (one column), Ink and real terminals by today's (two).
		const words = ['chat', 'Sarah', '0:41', 'late', '王伟', 'hold', '│', ' ', 'é', 'e\u0301', 'ｶﾀ', '   '];
		const link = '\x1b]8;;https://example.com\x07link\x1b]8;;\x07';
		const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
		// Up to the full width, never past it (a wrapped row is not what Ink writes).
		const line = () => {
			let text = '';
			let width = 0;
			for (;;) {
				const word = random() < 0.02 ? link : pick(words);
				const wordWidth = word === link ? 4 : stringWidth(word);
				if (width + wordWidth + 1 > COLS || random() < 0.04) return text;
				const [open, close] = random() < 0.4 ? pick(styles) : ['', ''];
				text += `${open}${word}${close} `;
				width += wordWidth + 1;
			}
		};
		let frame = Array.from({length: ROWS}, line);
		// A composer row: letters typed and erased at its end, the cursor after the last one, as on the desk.
		const composer = ROWS - 2;
		let typed = '';
		await writer.show(frame);
		for (let step = 0; step < 400; step++) {
			frame = frame.map(row => (random() < 0.08 ? line() : row));
			const key = random();
			if (key < 0.35 && stringWidth(typed) < COLS - 6) typed += pick(['a', 'b', '王', 'é']);
			else if (key < 0.55) typed = [...typed].slice(0, -1).join('');
			frame[composer] = `\x1b[1m>\x1b[22m ${typed}${random() < 0.1 ? '\x1b[90m (Enter send)\x1b[39m' : ''}`;
			const cursor =
				random() < 0.6
					? {x: 2 + stringWidth(typed), y: composer}
					: random() < 0.5
						? {x: Math.floor(random() * COLS), y: Math.floor(random() * ROWS)}
						: undefined;
			await writer.show(frame, cursor, random() < 0.5);
			expect(cellsOf(writer.terminal), `step ${step}`).toEqual(await expectedCells(frame));
			const shown = writer.terminal.buffer.active;
			if (cursor) expect([shown.cursorX, shown.cursorY], `cursor at step ${step}`).toEqual([cursor.x, cursor.y]);
		}
	});

	it('writes a letter typed at the cursor as that letter, and a timer tick as its digit and two moves', async () => {
		const writer = screenWriter();
		const frame = Array.from({length: ROWS}, (_, row) => `│ row ${row} of the desk \x1b[90m0:4${row % 10}\x1b[39m │`);
		frame[ROWS - 2] = '│ > ';
		await writer.show(frame, {x: 4, y: ROWS - 2});
		const typed = await writer.show(frame.with(ROWS - 2, '│ > a'), {x: 5, y: ROWS - 2}, true);
		expect(typed.output).toBe('a');
		const erased = await writer.show(frame, {x: 4, y: ROWS - 2}, true);
		// Back one column and erase to the end of the row.
		expect(erased.output).toBe('\b\x1b[K');
		const tick = await writer.show(
			frame.with(3, '│ row 3 of the desk \x1b[90m0:44\x1b[39m │'),
			{x: 4, y: ROWS - 2},
			true,
		);
		expect(tick.output).toContain('\x1b[90m4');
		// Synchronized update and hidden cursor (28 bytes), a move there and back, the colour and the digit.
		expect(tick.bytes).toBeLessThan(60);
		expect(cellsOf(writer.terminal)).toEqual(
			await expectedCells(frame.with(3, '│ row 3 of the desk \x1b[90m0:44\x1b[39m │')),
		);
	});
});
