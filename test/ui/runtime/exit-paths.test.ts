// Every way out restores the terminal first, then shuts down once: quit, SIGTERM, SIGHUP, SIGINT, a crash, process exit.
import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {exitCodeFor, installExitPaths} from '../../../source/ui/runtime/exit-paths.js';

function setup() {
	const process = new EventEmitter();
	const log: string[] = [];
	const exits = installExitPaths({
		process,
		restoreTerminal: () => log.push('restore'),
		shutdown: async reason => {
			log.push(`shutdown:${reason.kind}`);
		},
		reportCrash: error => log.push(`crash:${(error as Error).message}`),
	});
	return {process, log, exits};
}

describe('installExitPaths', () => {
	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
	] as const)('%s restores the terminal, shuts down and ends with %i', async (signal, code) => {
		const {process, log, exits} = setup();
		process.emit(signal);
		expect(await exits.done).toBe(code);
		expect(log).toEqual(['restore', 'shutdown:signal']);
		expect(process.listenerCount(signal)).toBe(0);
	});

	it('restores before printing a crash, for an exception and for a rejection', async () => {
		for (const event of ['uncaughtException', 'unhandledRejection']) {
			const {process, log, exits} = setup();
			process.emit(event, new Error('boom'));
			expect(await exits.done).toBe(1);
			expect(log).toEqual(['restore', 'crash:boom', 'shutdown:crash']);
		}
	});

	it('ends once, whatever comes after', async () => {
		const {process, log, exits} = setup();
		const first = exits.end({kind: 'quit'});
		process.emit('SIGTERM');
		expect(await first).toBe(0);
		expect(await exits.done).toBe(0);
		expect(log).toEqual(['restore', 'shutdown:quit']);
	});

	it('restores on process exit too, and a failing restore or shutdown still ends', async () => {
		const {process, log} = setup();
		process.emit('exit', 0);
		expect(log).toEqual(['restore']);
		const failing = new EventEmitter();
		const exits = installExitPaths({
			process: failing,
			restoreTerminal: () => {
				throw new Error('EIO');
			},
			shutdown: async () => {
				throw new Error('socket gone');
			},
			reportCrash: () => undefined,
		});
		failing.emit('SIGHUP');
		expect(await exits.done).toBe(129);
	});

	it('maps reasons to shell exit codes', () => {
		expect(exitCodeFor({kind: 'quit'})).toBe(0);
		expect(exitCodeFor({kind: 'crash', error: null})).toBe(1);
	});
});
