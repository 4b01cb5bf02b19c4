// A program in a real pseudo-terminal with @xterm/headless as its screen: shared by the desk benchmarks and the e2e tests.
// It lives under bench/ because the benchmarks are built (scripts/build.ts); test/helpers/pty-screen.ts re-exports it for tests.
import {spawn, type IPty} from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import {fileURLToPath} from 'node:url';

const {Terminal} = xtermHeadless;
type HeadlessTerminal = InstanceType<typeof Terminal>;

/** The project: above dist/bench/ when bundled into the benchmarks (scripts/build.ts), above bench/desk/ under vitest. */
const here = fileURLToPath(new URL('.', import.meta.url));
export const projectRoot = here.includes('/dist/bench/')
	? here.slice(0, here.lastIndexOf('/dist/bench/') + 1)
	: fileURLToPath(new URL('../../', import.meta.url));
export const cliScript = `${projectRoot}dist/cli.js`;
export const echoAppScript = `${projectRoot}dist/bench/desk/echo-app.js`;
export const layoutAppScript = `${projectRoot}dist/bench/desk/layout-app.js`;

/** Keys as a terminal (xterm, VT220 style) sends them. */
export const keys = {
	enter: '\r',
	tab: '\t',
	shiftTab: '\x1b[Z',
	escape: '\x1b',
	backspace: '\x7f',
	ctrlC: '\x03',
	ctrl: (letter: string) => String.fromCharCode(letter.toUpperCase().charCodeAt(0) - 64),
	/** Alt (Meta) sends ESC before the key, as xterm, tmux and SSH pass it. */
	alt: (key: string) => `\x1b${key}`,
	altEnter: '\x1b\r',
	up: '\x1b[A',
	down: '\x1b[B',
	right: '\x1b[C',
	left: '\x1b[D',
	home: '\x1b[H',
	end: '\x1b[F',
	pageUp: '\x1b[5~',
	pageDown: '\x1b[6~',
	f1: '\x1bOP',
} as const;

/** Wraps text the way a terminal does on paste while the program has bracketed paste mode on. */
export const bracketedPaste = (text: string) => `\x1b[200~${text}\x1b[201~`;

export type PtyOptions = {
	cols?: number;
	rows?: number;
	/** Added to (or, with undefined, removed from) the environment the program gets. */
	env?: Record<string, string | undefined>;
	/** The script Node runs; default dist/cli.js. */
	script?: string;
	/** Another program instead of `node script args` (tmux around the desk, in the benchmarks); args are then its own. */
	command?: string;
	cwd?: string;
};

export type PtyExit = {exitCode: number; signal?: number};

export type WaitOptions = {timeout?: number; message?: string};

/** Environment of a plain interactive terminal: no CI markers (Ink turns non-interactive under CI), a UTF-8 locale. */
function terminalEnv(extra: Record<string, string | undefined>): Record<string, string> {
	const env: Record<string, string | undefined> = {
		...process.env,
		TERM: 'xterm-256color',
		LANG: process.env.LANG ?? 'C.UTF-8',
	};
	for (const name of [
		'CI',
		'CONTINUOUS_INTEGRATION',
		'COLUMNS',
		'LINES',
		'NO_COLOR',
		'FORCE_COLOR',
		'INK_SCREEN_READER',
	])
		delete env[name];
	Object.assign(env, extra);
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The attributes of one cell on the emulated screen. */
export type CellStyle = {bold: boolean; dim: boolean; underline: boolean; inverse: boolean};

export class PtyScreen {
	readonly pid: number;
	readonly startedAt: number;
	/** Titles set through OSC 0/1/2, in order. */
	readonly titles: string[] = [];
	/** OSC sequences other than titles that reached the screen (52 clipboard, 8 links, 9/777 notifications...). */
	readonly oscs: Array<{id: number; data: string}> = [];
	bells = 0;
	exited: PtyExit | null = null;
	private readonly pty: IPty;
	private readonly terminal: HeadlessTerminal;
	private readonly chunks: Buffer[] = [];
	private bytes = 0;
	private cursorShown = true;
	private pendingWrites = 0;
	private lastOutputAt: number;
	private readonly outputListeners = new Set<(chunk: Buffer, at: number) => void>();
	private readonly exitWaiters = new Set<() => void>();

	constructor(args: string[], options: PtyOptions = {}) {
		const cols = options.cols ?? 80;
		const rows = options.rows ?? 24;
		this.terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1_000});
		this.watchTerminal();
		this.startedAt = performance.now();
		this.lastOutputAt = this.startedAt;
		// encoding null: raw bytes, so byte counts are what a terminal (or an SSH link) really receives.
		const [file, argv] = options.command
			? [options.command, args]
			: [process.execPath, [options.script ?? cliScript, ...args]];
		this.pty = spawn(file, argv, {
			name: 'xterm-256color',
			cols,
			rows,
			cwd: options.cwd ?? projectRoot,
			env: terminalEnv(options.env ?? {}),
			encoding: null,
		});
		this.pid = this.pty.pid;
		this.pty.onData(data => {
			const at = performance.now();
			const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data as unknown as Uint8Array);
			this.chunks.push(chunk);
			this.bytes += chunk.length;
			this.lastOutputAt = at;
			this.pendingWrites++;
			this.terminal.write(chunk, () => this.pendingWrites--);
			for (const listener of this.outputListeners) listener(chunk, at);
		});
		this.pty.onExit(exit => {
			this.exited = exit;
			for (const waiter of this.exitWaiters) waiter();
		});
		// Answer the program's queries (device attributes, cursor position) as a real terminal would.
		this.terminal.onData(reply => {
			if (!this.exited) this.pty.write(reply);
		});
	}

	get cols(): number {
		return this.terminal.cols;
	}

	get rows(): number {
		return this.terminal.rows;
	}

	write(data: string): void {
		this.pty.write(data);
	}

	/** Pastes as a terminal does: wrapped in ESC[200~ ... ESC[201~ when the program turned bracketed paste on. */
	paste(text: string): void {
		this.pty.write(this.terminal.modes.bracketedPasteMode ? bracketedPaste(text) : text);
	}

	resize(cols: number, rows: number): void {
		this.terminal.resize(cols, rows);
		this.pty.resize(cols, rows);
	}

	/** The visible rows, right-trimmed, joined by \n (as parsed so far; `settled()` first for the latest). */
	screenText(): string {
		return this.lines().join('\n');
	}

	lines(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++)
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines;
	}

	/** One visible row, 0-based from the top. */
	line(row: number): string {
		const buffer = this.terminal.buffer.active;
		return buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '';
	}

	/**
	 * How the first visible occurrence of `text` is drawn (its first cell), or undefined when it is not on screen. Read
	 * from the emulated screen, not the byte stream: a writer that redraws only changed cells need not repeat a style.
	 */
	styleOf(text: string): CellStyle | undefined {
		const buffer = this.terminal.buffer.active;
		for (let row = 0; row < this.terminal.rows; row++) {
			const line = buffer.getLine(buffer.viewportY + row);
			if (!line) continue;
			// Row text with the cell each character starts in (a wide character's second cell has no characters).
			let chars = '';
			const columns: number[] = [];
			for (let x = 0; x < line.length; x++) {
				const piece = line.getCell(x)?.getChars() ?? '';
				for (let unit = 0; unit < piece.length; unit++) columns.push(x); // indexOf counts UTF-16 units
				chars += piece;
			}
			const index = chars.indexOf(text);
			if (index === -1) continue;
			const cell = line.getCell(columns[index]!)!;
			return {
				bold: cell.isBold() !== 0,
				dim: cell.isDim() !== 0,
				underline: cell.isUnderline() !== 0,
				inverse: cell.isInverse() !== 0,
			};
		}
		return undefined;
	}

	cursor(): {x: number; y: number; visible: boolean} {
		const buffer = this.terminal.buffer.active;
		return {x: buffer.cursorX, y: buffer.cursorY, visible: this.cursorShown};
	}

	/** DECTCEM as the program last set it (CSI ?25 h/l). */
	cursorVisible(): boolean {
		return this.cursorShown;
	}

	alternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	bracketedPasteMode(): boolean {
		return this.terminal.modes.bracketedPasteMode;
	}

	/** Everything the program wrote to the terminal, decoded as UTF-8. */
	rawOutput(): string {
		return Buffer.concat(this.chunks).toString('utf8');
	}

	/** Bytes the program wrote to the terminal so far. */
	byteCount(): number {
		return this.bytes;
	}

	/** Milliseconds since the program last wrote anything. */
	idleFor(): number {
		return performance.now() - this.lastOutputAt;
	}

	/** Called with every chunk of output and the time it arrived (performance.now()). Returns an unsubscribe. */
	onOutput(listener: (chunk: Buffer, at: number) => void): () => void {
		this.outputListeners.add(listener);
		return () => this.outputListeners.delete(listener);
	}

	/** Resolves once the screen has parsed everything received so far. */
	settled(): Promise<void> {
		return new Promise(resolve => this.terminal.write('', resolve));
	}

	/** Polls the screen until `check` returns something truthy; fails with the screen in the message after the deadline. */
	async waitFor<T>(
		check: (screen: PtyScreen) => T | undefined | null | false,
		{timeout = 10_000, message = 'condition'}: WaitOptions = {},
	): Promise<T> {
		const deadline = performance.now() + timeout;
		for (;;) {
			await this.settled();
			const value = check(this);
			if (value !== undefined && value !== null && value !== false) return value;
			if (performance.now() > deadline) {
				throw new Error(
					`timed out after ${timeout} ms waiting for ${message}${this.exited ? ` (the program exited: ${JSON.stringify(this.exited)})` : ''}; screen:\n${this.frame()}`,
				);
			}
			await new Promise(resolve => setTimeout(resolve, 10));
		}
	}

	waitForText(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		const found = (screen: string) => (typeof text === 'string' ? screen.includes(text) : text.test(screen));
		return this.waitFor(screen => (found(screen.screenText()) ? screen.screenText() : null), {
			message: `${String(text)} on screen`,
			...options,
		});
	}

	waitForNoText(text: string | RegExp, options: WaitOptions = {}): Promise<string> {
		const found = (screen: string) => (typeof text === 'string' ? screen.includes(text) : text.test(screen));
		return this.waitFor(screen => (found(screen.screenText()) ? null : screen.screenText()), {
			message: `${String(text)} gone from the screen`,
			...options,
		});
	}

	/**
	 * Resolves once the program has written nothing for `quietMs`, counted from now at the earliest (so output an
	 * action just caused is waited for). A condition with a deadline, not a sleep.
	 */
	waitForQuiet(quietMs: number, options: WaitOptions = {}): Promise<true> {
		const from = performance.now();
		return this.waitFor(() => performance.now() - Math.max(from, this.lastOutputAt) >= quietMs, {
			message: `${quietMs} ms without output`,
			...options,
		});
	}

	async waitForExit({timeout = 10_000}: {timeout?: number} = {}): Promise<PtyExit> {
		if (!this.exited) {
			await new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => {
					this.exitWaiters.delete(done);
					reject(new Error(`pid ${this.pid} did not exit within ${timeout} ms; screen:\n${this.frame()}`));
				}, timeout);
				const done = () => {
					clearTimeout(timer);
					resolve();
				};
				this.exitWaiters.add(done);
			});
		}
		await this.settled();
		return this.exited!;
	}

	/** Sends a signal to the program by its pid; no-op once it has exited. */
	kill(signal: NodeJS.Signals = 'SIGTERM'): void {
		if (this.exited) return;
		try {
			process.kill(this.pid, signal);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
		}
	}

	/** Kills the program (SIGKILL, by pid) if it still runs, waits for it, and frees the screen. */
	async stop(): Promise<void> {
		if (!this.exited) {
			this.kill('SIGKILL');
			await this.waitForExit({timeout: 5_000}).catch(() => {});
		}
		this.terminal.dispose();
	}

	/** The screen framed, for failure messages. */
	frame(): string {
		const width = this.terminal.cols;
		const rule = `+${'-'.repeat(width)}+`;
		return [
			rule,
			...this.lines().map(line => `|${line}${' '.repeat(Math.max(0, width - [...line].length))}|`),
			rule,
		].join('\n');
	}

	private watchTerminal(): void {
		const {parser} = this.terminal;
		// Returning false lets xterm's own handler run too: we only observe.
		const privateMode = (set: boolean) => (params: (number | number[])[]) => {
			if (params.includes(25)) this.cursorShown = set;
			return false;
		};
		parser.registerCsiHandler({prefix: '?', final: 'h'}, privateMode(true));
		parser.registerCsiHandler({prefix: '?', final: 'l'}, privateMode(false));
		// RIS (ESC c) resets the terminal, cursor shown.
		parser.registerEscHandler({final: 'c'}, () => {
			this.cursorShown = true;
			return false;
		});
		this.terminal.onTitleChange(title => this.titles.push(title));
		this.terminal.onBell(() => this.bells++);
		for (const id of [1, 4, 7, 8, 9, 10, 11, 12, 50, 52, 104, 777, 1337]) {
			parser.registerOscHandler(id, data => {
				this.oscs.push({id, data});
				return false;
			});
		}
	}
}

export function startPty(args: string[], options: PtyOptions = {}): PtyScreen {
	return new PtyScreen(args, options);
}
