// stop(): every connection and timer the player started is gone, done resolves as stopped, and nothing runs afterwards.
import {describe, expect, it} from 'vitest';
import {colleague, customer, scenario, step} from './scenario-kit.js';
import {startPlay, usePlayHarness} from './harness.js';

usePlayHarness();

describe('stopping the player', () => {
	it('closes every connection and clears every timer; later arrivals never come', async () => {
		const play = await startPlay(
			scenario({
				colleagues: [colleague('kari')],
				customers: [
					customer('mia', [step.say('Hello, anyone?', 2), step.wait(60_000), step.leave()]),
					customer('ola', [], {arriveAtMs: 90_000}),
				],
			}),
		);
		play.player.start();
		await play.acceptNext();
		// Mia and Kari are connected; Mia is typing; Ola's arrival is on the clock.
		await play.until(() => play.proxy.open() === 2, 'two connections');
		await play.clock.advanceAsync(1_000);
		expect(play.clock.pending).toBeGreaterThan(0);

		await play.player.stop();
		const outcome = await play.player.done;
		expect(outcome.reason).toBe('stopped');
		expect(play.clock.pending).toBe(0);
		await play.until(() => play.proxy.open() === 0, 'every connection closed');

		const links = play.proxy.total();
		const deskEvents = play.desk.events().length;
		await play.clock.advanceAsync(200_000);
		expect(play.clock.pending).toBe(0);
		expect(play.proxy.total()).toBe(links);
		expect(play.desk.events().length).toBe(deskEvents);
		expect(play.player.journal().customers[1]!.arrivedAt).toBeNull();
		expect(outcome.journal.customers[0]!.said).toEqual([]);
	});

	it('can be stopped before it starts, and a scenario without customers finishes at once', async () => {
		const idle = await startPlay(scenario());
		await idle.player.stop();
		expect((await idle.player.done).reason).toBe('stopped');

		const empty = await startPlay(scenario({colleagues: [colleague('kari')]}));
		empty.player.start();
		expect((await empty.player.done).reason).toBe('finished');
		await empty.until(() => empty.proxy.open() === 0, 'the colleague signed out');
	});
});
