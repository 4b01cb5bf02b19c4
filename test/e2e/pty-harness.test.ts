// The pty harness itself: screen reading, keys, resize, alternate screen and cursor tracking, OSC detection, exit and kill.
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {echoAppScript, keys, startPty, stopPtys} from '../helpers/pty-screen.js';

const lineReader = fileURLToPath(new URL('fixtures/line-reader.mjs', import.meta.url));

afterEach(stopPtys);

describe('pty screen', () => {
	it('reads the screen, types lines, follows a resize, and sees the alternate screen taken and left', async () => {
		const screen = startPty([], {script: lineReader, cols: 80, rows: 24});
		await screen.waitForText('type a line>');
		expect(screen.alternateScreen()).toBe(true);
		expect(screen.cursorVisible()).toBe(false);
		expect(screen.bracketedPasteMode()).toBe(true);
		expect(screen.line(0)).toBe('alt screen 80x24');
		expect(screen.screenText()).not.toContain('primary screen text');

		screen.write(`hello pty${keys.enter}`);
		await screen.waitForText('got "hello pty"');

		screen.resize(120, 40);
		await screen.waitForText('resized 120x40');
		expect(screen.cols).toBe(120);
		expect(screen.screenText().split('\n')).toHaveLength(40);

		screen.write(`quit${keys.enter}`);
		expect(await screen.waitForExit()).toMatchObject({exitCode: 3});
		expect(screen.alternateScreen()).toBe(false);
		expect(screen.cursorVisible()).toBe(true);
		expect(screen.screenText()).toContain('primary screen text');
		expect(screen.screenText()).toContain('back on the primary screen');
		expect(screen.rawOutput()).toContain('\x1b[?1049l');
		expect(screen.byteCount()).toBe(Buffer.byteLength(screen.rawOutput()));
	});

	it('wraps a paste in bracketed-paste markers only while the program asked for them', async () => {
		const screen = startPty([], {script: lineReader});
		await screen.waitForText('type a line>');
		screen.paste('two words');
		screen.write(keys.enter);
		await screen.waitForText('got "\\u001b[200~two words\\u001b[201~"');
	});

	it('records title changes, OSC 52 clipboard writes and bells, so tests can prove none came through', async () => {
		const screen = startPty(['hostile'], {script: lineReader});
		await screen.waitForText('type a line>');
		expect(screen.titles).toEqual(['pwned title']);
		expect(screen.oscs).toEqual([{id: 52, data: 'c;aGVsbG8='}]);
		expect(screen.bells).toBe(1);
	});

	it('kills a program by its pid', async () => {
		const screen = startPty([], {script: lineReader});
		await screen.waitForText('type a line>');
		screen.kill('SIGTERM');
		const exit = await screen.waitForExit();
		expect(exit.signal).toBe(15);
	});

	it('runs the bare Ink baseline full screen and gets the terminal back on Ctrl+C', async () => {
		const screen = startPty([], {script: echoAppScript, cols: 80, rows: 24});
		await screen.waitForText('echo · bare Ink baseline · 80x24');
		expect(screen.alternateScreen()).toBe(true);
		// Raw mode is on once it says so; earlier keys would be echoed by the tty, not the app.
		await screen.waitForText('Ctrl+C quits · ready');
		screen.write('abc');
		await screen.waitForText('> abc');
		expect(screen.line(23)).toContain('Ctrl+C quits');
		screen.write(keys.ctrlC);
		expect(await screen.waitForExit()).toMatchObject({exitCode: 0});
		expect(screen.alternateScreen()).toBe(false);
		expect(screen.cursorVisible()).toBe(true);
	});
});
