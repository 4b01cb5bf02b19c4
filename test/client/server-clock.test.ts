// The desk's estimate of the server's clock (protocol §6.1): every server time is a lower bound, the highest wins.
import {describe, expect, it} from 'vitest';
import {ServerClock} from '../../source/client/server-clock.js';

function clockAt(start: number) {
	let local = start;
	const clock = new ServerClock(() => local);
	return {clock, at: (ms: number) => (local = ms)};
}

describe('ServerClock', () => {
	it('takes hello.now, and a later live event raises an estimate the desk read late', () => {
		const {clock, at} = clockAt(10_000);
		// The server is 2 minutes behind; its hello was sent at local 9,000 but read at 10,000 (the desk was busy).
		clock.hello(9_000 - 120_000);
		expect(clock.offsetMs).toBe(-121_000);
		at(20_000);
		clock.refine(19_990 - 120_000); // an offer made 10 ms ago
		expect(clock.offsetMs).toBe(-120_010);
	});

	it('never lowers an estimate for an old replayed event', () => {
		const {clock, at} = clockAt(10_000);
		clock.hello(10_000);
		at(11_000);
		clock.refine(10_000 - 300_000); // replayed from five minutes ago
		expect(clock.offsetMs).toBe(0);
	});

	it('never sets the first estimate from a sequenced event: it may be a replay', () => {
		const {clock} = clockAt(10_000);
		clock.refine(10_000 - 300_000);
		expect(clock.offsetMs).toBe(0);
		clock.hello(undefined);
		clock.refine(10_000 - 300_000);
		expect(clock.offsetMs).toBe(0);
	});

	it('without hello.now, the first live transient sets it and sequenced events then raise it', () => {
		const {clock, at} = clockAt(10_000);
		clock.hello(undefined);
		clock.sample(10_000 - 61_000);
		expect(clock.offsetMs).toBe(-61_000);
		at(12_000);
		clock.refine(12_000 - 60_000);
		expect(clock.offsetMs).toBe(-60_000);
	});
});
