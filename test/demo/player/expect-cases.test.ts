// `expect` against a real desk: replies (pattern, case-insensitive, auto ones too), hold, unhold, end, rating request, timeout.
import {describe, expect, it} from 'vitest';
import {customer, on, scenario, step} from './scenario-kit.js';
import {deskSays, startPlay, usePlayHarness} from './harness.js';

usePlayHarness();

/** Typing 'ok' at 100 characters a second takes 20 ms. */
const ok = () => step.say('ok', 100);

describe('expect', () => {
	it('waits for a reply matching its pattern, case-insensitively; other replies pass by', async () => {
		const script = [
			step.expect([on({kind: 'reply', pattern: /WARRANTY/}, [step.say('Great', 100)])], 60_000, [
				step.say('Hello?', 100),
			]),
		];
		const play = await startPlay(scenario({customers: [customer('mia', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await deskSays(play.desk, chatId, 'Hello Mia, I am Alex from Acme.', true);
		await deskSays(play.desk, chatId, 'Your warranty covers the motor.');
		await play.until(() => play.customer('mia').received.length === 2, 'both replies');
		await play.clock.advanceAsync(100);
		await play.until(() => play.customer('mia').said.length === 1, 'the answer');
		const mia = play.customer('mia');
		expect(mia.said.map(said => said.text)).toEqual(['Great']);
		expect(mia.received.map(({text, auto}) => ({text, auto}))).toEqual([
			{text: 'Hello Mia, I am Alex from Acme.', auto: true},
			{text: 'Your warranty covers the motor.', auto: false},
		]);
	});

	it('does not take a reply that came while the customer was still typing as the answer', async () => {
		const script = [step.say('My order is late', 10), step.expect([on({kind: 'reply', pattern: null}, [ok()])])];
		const play = await startPlay(scenario({customers: [customer('ola', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await deskSays(play.desk, chatId, 'Hello Ola!', true);
		await play.until(() => play.customer('ola').received.length === 1, 'the greeting');
		await play.clock.advanceAsync(1_600);
		await play.until(() => play.customer('ola').said.length === 1, 'the question');
		await play.clock.advanceAsync(1_000);
		expect(play.customer('ola').said).toHaveLength(1);
		await deskSays(play.desk, chatId, 'Let me check that order for you.');
		await play.until(() => play.customer('ola').received.length === 2, 'the answer');
		await play.clock.advanceAsync(20);
		await play.until(() => play.customer('ola').said.length === 2, 'the ok');
	});

	it('sees a hold and its end', async () => {
		const script = [
			step.expect([on({kind: 'hold'}, [ok()])]),
			step.expect([on({kind: 'unhold'}, [step.say('Welcome back', 100)])]),
		];
		const play = await startPlay(scenario({customers: [customer('kari', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.desk.call('chat.hold', {chat_id: chatId, minutes: 2, reason: 'checking'});
		await play.until(() => play.customer('kari').holds.length === 1, 'the hold');
		await play.clock.advanceAsync(20);
		await play.until(() => play.customer('kari').said.length === 1, 'the ok');
		await play.desk.call('chat.unhold', {chat_id: chatId});
		await play.until(() => play.customer('kari').holds[0]!.endedAt !== null, 'the end of the hold');
		await play.clock.advanceAsync(200);
		await play.until(() => play.customer('kari').said.length === 2, 'the welcome');
	});

	it('takes the end of the chat as a move and runs its case (a rating after the end)', async () => {
		const script = [
			step.expect([on({kind: 'reply', pattern: /never/}, [ok()]), on({kind: 'end'}, [step.wait(5_000), step.rate(3)])]),
		];
		const play = await startPlay(scenario({customers: [customer('wei', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.desk.call('chat.end', {chat_id: chatId});
		await play.until(() => play.customer('wei').end !== null, 'the end');
		await play.desk.call('rating.request', {chat_id: chatId});
		await play.until(() => play.customer('wei').ratingRequestedAt !== null, 'the request');
		await play.clock.advanceAsync(5_000);
		const rating = await play.desk.waitForEvent('rating.received');
		expect(rating.payload.score).toBe(3);
		const outcome = await play.player.done;
		expect(outcome.journal.customers[0]!.problems).toEqual([]);
	});

	it('sees the rating request', async () => {
		const script = [step.expect([on({kind: 'rating-request'}, [step.rate(1, 'too slow')])])];
		const play = await startPlay(scenario({customers: [customer('lea', script)]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.desk.call('rating.request', {chat_id: chatId});
		const rating = await play.desk.waitForEvent('rating.received');
		expect(rating.payload).toMatchObject({score: 1, comment: 'too slow'});
	});

	it('runs the timeout steps when nothing comes in time (the timeout divided by the speed)', async () => {
		const script = [step.expect([on({kind: 'reply', pattern: null}, [ok()])], 10_000, [step.say('Hello?', 100)])];
		const play = await startPlay(scenario({customers: [customer('noor', script)]}), {speed: 2});
		play.player.start();
		await play.acceptNext();
		await play.clock.advanceAsync(4_999);
		expect(play.customer('noor').said).toEqual([]);
		await play.clock.advanceAsync(1 + 30);
		await play.until(() => play.customer('noor').said.length === 1, 'the timeout message');
		expect(play.customer('noor').said[0]).toMatchObject({text: 'Hello?', at: 5_030});
	});
});
