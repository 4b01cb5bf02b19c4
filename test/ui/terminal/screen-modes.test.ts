// The restore sequence leaves the terminal as a shell expects it, checked on a real terminal emulator.
import {Terminal} from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {restoreSequence} from '../../../source/ui/terminal/screen-modes.js';

function write(terminal: Terminal, data: string): Promise<void> {
	return new Promise(resolve => terminal.write(data, resolve));
}

describe('restoreSequence', () => {
	it('restore shows the cursor, leaves the alternate screen, ends bracketed paste and resets attributes', () => {
		const restore = restoreSequence();
		for (const part of ['\x1b[?25h', '\x1b[?1049l', '\x1b[?2004l', '\x1b[0m']) expect(restore).toContain(part);
		// Attributes are reset after leaving: leaving restores the cursor state saved on entry.
		expect(restore.lastIndexOf('\x1b[0m')).toBeGreaterThan(restore.indexOf('\x1b[?1049l'));
	});
});

describe('restoreSequence on a real terminal emulator', () => {
	it('undoes everything the desk turned on', async () => {
		const terminal = new Terminal({cols: 40, rows: 10, allowProposedApi: true});
		await write(terminal, 'shell prompt $ ');
		// What Ink and the key hook turn on for the desk: alternate screen, cursor hidden, bracketed paste.
		await write(terminal, '\x1b[?1049h' + '\x1b[?25l' + '\x1b[?2004h');
		await write(terminal, '\x1b[1;31mdesk content in red');
		expect(terminal.buffer.active.type).toBe('alternate');
		expect(terminal.modes.bracketedPasteMode).toBe(true);

		await write(terminal, restoreSequence());
		expect(terminal.buffer.active.type).toBe('normal');
		expect(terminal.modes.bracketedPasteMode).toBe(false);
		expect(terminal.buffer.active.getLine(0)?.translateToString(true).trimEnd()).toBe('shell prompt $');
		// Text written now has default attributes.
		await write(terminal, 'x');
		const cell = terminal.buffer.active.getLine(0)?.getCell(terminal.buffer.active.cursorX - 1);
		expect(cell?.getChars()).toBe('x');
		expect(cell?.isBold()).toBe(0);
		expect(cell?.isFgDefault()).toBe(true);
		terminal.dispose();
	});

	it('is harmless when nothing was turned on, and when sent twice', async () => {
		const terminal = new Terminal({cols: 40, rows: 10, allowProposedApi: true});
		await write(terminal, 'prompt $ ');
		await write(terminal, restoreSequence() + restoreSequence());
		expect(terminal.buffer.active.type).toBe('normal');
		expect(terminal.buffer.active.getLine(0)?.translateToString(true).trimEnd()).toBe('prompt $');
		terminal.dispose();
	});
});
