// Measurements of a program in a pty, the same for the desk and the bare Ink baseline: latency, first frame, bytes, memory.
import {readFileSync} from 'node:fs';
import type {PtyScreen} from './pty-screen.js';

const now = () => performance.now();
const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Time from writing `key` into the pty to the arrival of the output chunk after which the screen contains `target`;
 * null when it never does within `timeout`.
 */
export function keyToScreen(screen: PtyScreen, key: string, target: string, timeout = 3_000): Promise<number | null> {
	return new Promise(resolve => {
		let done = false;
		const finish = (value: number | null) => {
			if (done) return;
			done = true;
			off();
			clearTimeout(timer);
			resolve(value);
		};
		const started = now();
		// The screen has already been handed this chunk; settled() resolves once it is parsed, before the next one.
		const off = screen.onOutput((_chunk, at) => {
			void screen.settled().then(() => {
				if (!done && screen.screenText().includes(target)) finish(at - started);
			});
		});
		const timer = setTimeout(() => finish(null), timeout);
		screen.write(key);
	});
}

export type LatencyRun = {samples: number[]; misses: number; keys: number; bytes: number};

const LETTERS = 'abcdefghijklmnop';
/** Marks the typed word, so it can't be mistaken for anything else on screen. */
const MARK = 'ZQ';

/**
 * Types words `ZQabcd...p` at a human pace and measures each letter after the mark, then deletes the word with
 * Backspace and starts again. The program must echo typed text on one line (the desk: a focused, empty composer).
 */
export async function typingLatency(screen: PtyScreen, count: number): Promise<LatencyRun> {
	const samples: number[] = [];
	let misses = 0;
	let keys = 0;
	const bytesBefore = screen.byteCount();
	while (samples.length + misses < count) {
		screen.write(MARK);
		keys += MARK.length;
		await screen.waitForText(MARK, {timeout: 10_000, message: 'the typed mark'});
		let word = MARK;
		for (const letter of LETTERS) {
			if (samples.length + misses >= count) break;
			word += letter;
			keys++;
			const latency = await keyToScreen(screen, letter, word);
			if (latency === null) misses++;
			else samples.push(latency);
			// Human typing: 20-40 ms between one key showing up and the next key (up to ~25 keys/s).
			await pause(20 + Math.random() * 20);
		}
		screen.write('\x7f'.repeat(word.length));
		keys += word.length;
		await screen.waitForNoText(MARK, {timeout: 10_000, message: 'the typed word deleted'});
	}
	return {samples: samples.sort((a, b) => a - b), misses, keys, bytes: screen.byteCount() - bytesBefore};
}

/** Milliseconds from spawning to the output chunk that completes the first full frame (as `complete` judges it). */
export function firstFrame(
	screen: PtyScreen,
	complete: (screen: PtyScreen) => boolean,
	timeout = 20_000,
): Promise<number> {
	return new Promise((resolve, reject) => {
		let done = false;
		const off = screen.onOutput((_chunk, at) => {
			void screen.settled().then(() => {
				if (done || !complete(screen)) return;
				done = true;
				off();
				clearTimeout(timer);
				resolve(at - screen.startedAt);
			});
		});
		const timer = setTimeout(() => {
			done = true;
			off();
			reject(new Error(`no full frame within ${timeout} ms; screen:\n${screen.frame()}`));
		}, timeout);
	});
}

/** Resident and peak resident memory of a process, in MB, from /proc (Linux). */
export function memoryOf(pid: number): {rss: number; peak: number} {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
	return {rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024};
}

/** Bytes the program writes to the terminal during `ms` milliseconds while `during` runs (a measuring window). */
export async function bytesDuring(
	screen: PtyScreen,
	ms: number,
	during: () => Promise<void> = async () => {},
): Promise<number> {
	const before = screen.byteCount();
	await Promise.all([during(), pause(ms)]);
	await screen.settled();
	return screen.byteCount() - before;
}

/** Calls `send` `rate` times a second, spread evenly, until stopped. */
export function steadyTraffic(rate: number, send: (count: number) => void): {stop: () => number} {
	const started = now();
	let sent = 0;
	const tick = setInterval(() => {
		const due = Math.floor(((now() - started) / 1_000) * rate);
		while (sent < due) send(sent++);
	}, 5);
	return {
		stop() {
			clearInterval(tick);
			return sent;
		},
	};
}

/** Sends exactly `total` at `rate` per second and resolves when the last is sent. */
export async function burstAt(rate: number, total: number, send: (count: number) => void): Promise<void> {
	const started = now();
	let sent = 0;
	while (sent < total) {
		const due = Math.min(total, Math.floor(((now() - started) / 1_000) * rate));
		while (sent < due) send(sent++);
		await pause(5);
	}
}
