// The demo's timers note when the machine fires one late (a stall), and the card measures how much of a wait stalled.
import {describe, expect, it} from 'vitest';
import type {Timers} from '../../../source/core/timers.js';
import {systemTimers} from '../../../source/cli/system-timers.js';
import {
	probeEventLoop,
	stallRecordingTimers,
	stalledWithin,
	type Stall,
} from '../../../source/demo/report/machine-lag.js';
import {waitFor} from '../../helpers/wait-for.js';

/** Timers fired by hand at any moment, so a test can fire one late as a loaded machine does. */
function handTimers() {
	let now = 1_000;
	const due: Array<{callback: () => void}> = [];
	const timers: Timers = {
		now: () => now,
		setTimeout: callback => due.push({callback}),
		clearTimeout: () => {},
		setInterval: callback => due.push({callback}),
		clearInterval: () => {},
	};
	return {timers, fire: (index: number, at: number) => ((now = at), due[index]!.callback())};
}

describe('stall-recording timers', () => {
	it('records a late timeout from its due time to its firing, and nothing for one on time', () => {
		const {timers, fire} = handTimers();
		const stalls: Stall[] = [];
		const recording = stallRecordingTimers(timers, stalls);
		let ran = 0;
		recording.setTimeout(() => ran++, 100); // due at 1,100
		recording.setTimeout(() => ran++, 500); // due at 1,500
		fire(0, 1_101); // on time, within the timer's granularity
		fire(1, 1_900); // 400 ms late
		expect(ran).toBe(2);
		expect(stalls).toEqual([{from: 1_500, to: 1_900}]);
	});

	it('merges overlapping stalls and times an interval from its last firing', () => {
		const {timers, fire} = handTimers();
		const stalls: Stall[] = [];
		const recording = stallRecordingTimers(timers, stalls);
		recording.setTimeout(() => {}, 100); // due at 1,100
		recording.setInterval(() => {}, 200); // due at 1,200, then 200 after each firing
		fire(0, 1_300);
		fire(1, 1_350); // 150 late, overlapping the first stall
		fire(1, 1_900); // due at 1,550: 350 late
		expect(stalls).toEqual([
			{from: 1_100, to: 1_350},
			{from: 1_550, to: 1_900},
		]);
	});
});

describe('stalledWithin', () => {
	it('counts the overlap of a window with the stalls, each millisecond once', () => {
		const stalls = [
			{from: 100, to: 300},
			{from: 250, to: 400},
			{from: 900, to: 1_000},
		];
		expect(stalledWithin(stalls, 0, 1_000)).toBe(400);
		expect(stalledWithin(stalls, 200, 950)).toBe(250);
		expect(stalledWithin(stalls, 500, 800)).toBe(0);
		expect(stalledWithin([], 0, 10)).toBe(0);
	});
});

describe('probeEventLoop', () => {
	it('records a blocked event loop that no demo timer was waiting on', async () => {
		const stalls: Stall[] = [];
		const recording = stallRecordingTimers(systemTimers, stalls);
		const stop = probeEventLoop(recording, 10);
		try {
			// Block the loop as a long redraw would.
			const blockedFrom = Date.now();
			while (Date.now() - blockedFrom < 300) {
				// busy: the machine's own work, which --speed must not scale
			}
			const blockedTo = Date.now();
			// The probe fires once the loop is free again, up to 10 ms after it was due within the block.
			await waitFor(() => stalledWithin(stalls, blockedFrom, blockedTo) >= 280, {message: 'the block as a stall'});
		} finally {
			stop();
		}
	});

	it('stops when asked', () => {
		const {timers} = handTimers();
		let cleared = 0;
		const stop = probeEventLoop({...timers, clearInterval: () => cleared++});
		stop();
		expect(cleared).toBe(1);
	});
});
