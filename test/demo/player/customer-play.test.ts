// Simulated customers on a fake clock against a real server: arrival, typing pace and sneak peek, quiet, rate, leave, early end.
import {describe, expect, it} from 'vitest';
import {customer, scenario, step} from './scenario-kit.js';
import {deskSays, startPlay, usePlayHarness} from './harness.js';

usePlayHarness();

describe('simulated customers', () => {
	it('arrive at their time divided by the speed, with what the scenario gives (no name: none)', async () => {
		const play = await startPlay(
			scenario({
				customers: [
					customer('mia', [], {
						name: null,
						arriveAtMs: 10_000,
						email: 'mia@example.com',
						department: 'tech',
						page: '/blenders',
						locale: 'nb',
					}),
				],
			}),
			{speed: 2},
		);
		play.player.start();
		await play.clock.advanceAsync(4_999);
		expect(play.customer('mia').arrivedAt).toBeNull();
		expect(play.desk.events('chat.offered')).toEqual([]);
		await play.clock.advanceAsync(1);
		expect(play.customer('mia').arrivedAt).toBe(5_000);
		const offer = await play.desk.waitForEvent('chat.offered');
		expect(offer.payload.chat.customer).toMatchObject({
			name: null,
			email: 'mia@example.com',
			locale: 'nb',
			page: '/blenders',
		});
		expect(offer.payload.chat.department_id).toBe('tech');
		await play.until(() => play.customer('mia').joinedAt !== null, 'the join');
	});

	it('types at a human pace: growing drafts for the sneak peek, in order, then the message', async () => {
		const play = await startPlay(scenario({customers: [customer('ola', [step.say('Hello there', 10)])]}));
		play.player.start();
		await play.acceptNext();
		await play.clock.advanceAsync(300);
		await play.desk.waitForEvent('sneak_peek', payload => payload.text === 'Hel');
		await play.clock.advanceAsync(600);
		await play.desk.waitForEvent('sneak_peek', payload => payload.text === 'Hello the');
		await play.clock.advanceAsync(199);
		expect(play.customer('ola').said).toEqual([]);
		await play.clock.advanceAsync(1);
		await play.desk.waitForEvent('message.created', payload => payload.message.text === 'Hello there');
		await play.until(() => play.customer('ola').said.length === 1, 'the message in the journal');
		expect(play.customer('ola').said[0]).toMatchObject({at: 1_100, text: 'Hello there'});

		const peeksAndMessage = play.desk.frames
			.filter(frame => frame.type === 'evt' && (frame.event === 'sneak_peek' || frame.event === 'message.created'))
			.map(frame => (frame.event === 'sneak_peek' ? frame.payload.text : `sent: ${frame.payload.message.text}`));
		expect(peeksAndMessage).toEqual(['Hel', 'Hello ', 'Hello the', 'sent: Hello there']);
	});

	it('goes quiet: stops typing and says nothing for the whole time', async () => {
		const play = await startPlay(
			scenario({
				customers: [customer('kari', [step.say('Hi', 10), step.quiet(10_000), step.say('Still there?', 100)])],
			}),
		);
		play.player.start();
		await play.acceptNext();
		await play.clock.advanceAsync(200);
		await play.until(() => play.customer('kari').said.length === 1, 'the first message');
		await play.desk.waitForEvent('typing', payload => payload.typing === false);
		await play.clock.advanceAsync(9_999);
		expect(play.customer('kari').said).toHaveLength(1);
		await play.clock.advanceAsync(1 + 120);
		await play.until(() => play.customer('kari').said.length === 2, 'the second message');
		expect(play.customer('kari').said[1]!.at).toBeGreaterThanOrEqual(10_200);
	});

	it('rates only once asked, and leaves: the desk sees the rating and the end, and the player finishes', async () => {
		const play = await startPlay(scenario({customers: [customer('wei', [step.rate(3, 'Very kind'), step.leave()])]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.clock.advanceAsync(30_000);
		expect(play.desk.events('rating.received')).toEqual([]);
		await play.desk.call('rating.request', {chat_id: chatId});
		await play.until(() => play.customer('wei').ratingRequestedAt !== null, 'the rating request');
		const rating = await play.desk.waitForEvent('rating.received');
		expect(rating.payload).toMatchObject({score: 3, comment: 'Very kind'});
		const ended = await play.desk.waitForEvent('chat.ended');
		expect(ended.payload.by).toBe('customer');
		const outcome = await play.player.done;
		expect(outcome.reason).toBe('finished');
		const wei = outcome.journal.customers[0]!;
		expect(wei.rating).toMatchObject({score: 3, comment: 'Very kind'});
		expect(wei.end).toMatchObject({by: 'customer'});
		expect(wei.problems).toEqual([]);
		expect(wei.finishedAt).not.toBeNull();
	});

	it('gives up on rating when nobody asks within a minute, and says so', async () => {
		const play = await startPlay(scenario({customers: [customer('lea', [step.rate(2)])]}), {speed: 4});
		play.player.start();
		await play.acceptNext();
		await play.clock.advanceAsync(15_000);
		await play.until(() => play.customer('lea').problems.length === 1, 'the problem');
		expect(play.customer('lea').problems[0]!.message).toMatch(/never asked for a rating/);
		expect(play.logs.join('\n')).toMatch(/lea \(test\.yaml:\d+\): the agent never asked for a rating/);
	});

	it('still rates when the agent ends the chat early, and notes the early end', async () => {
		const script = [step.say('Hi', 10), step.wait(60_000), step.say('Anyone there?'), step.rate(2, 'ok')];
		const play = await startPlay(scenario({customers: [customer('noor', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.clock.advanceAsync(200);
		await play.desk.waitForEvent('message.created', payload => payload.message.text === 'Hi');
		await deskSays(play.desk, chatId, 'Thanks for chatting, goodbye!', true);
		await play.desk.call('rating.request', {chat_id: chatId});
		await play.desk.call('chat.end', {chat_id: chatId});
		const rating = await play.desk.waitForEvent('rating.received');
		expect(rating.payload).toMatchObject({score: 2, comment: 'ok'});
		const outcome = await play.player.done;
		const noor = outcome.journal.customers[0]!;
		expect(noor.said.map(said => said.text)).toEqual(['Hi']);
		expect(noor.received).toEqual([
			expect.objectContaining({text: 'Thanks for chatting, goodbye!', auto: true, agentName: 'Alex'}),
		]);
		expect(noor.end).toMatchObject({by: 'agent'});
		expect(noor.problems.map(problem => problem.message)).toEqual([
			'the chat ended while the script was still running',
		]);
	});
});
