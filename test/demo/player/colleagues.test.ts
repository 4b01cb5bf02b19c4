// Simulated colleagues: a transfer accepted (greeting in the customer's language, the customer sees the move), declined, ignored.
import {describe, expect, it} from 'vitest';
import {colleague, customer, on, scenario, step} from './scenario-kit.js';
import {staysTrue} from '../../client/harness.js';
import {startPlay, usePlayHarness} from './harness.js';

usePlayHarness();

describe('simulated colleagues', () => {
	it('accept a transfer after their answer time, greet in the customer language, and close the chat once it goes quiet', async () => {
		const kari = colleague('kari', {
			onTransfer: 'accept',
			answerAfterMs: 2_000,
			greeting: {en: 'Hi, Kari here.', nb: 'Hei, dette er Kari.'},
		});
		const script = [step.expect([on({kind: 'transfer'}, [step.say('Takk', 100)])])];
		const play = await startPlay(
			// "no" (not "nb"): the greeting is chosen by the one rule the canned library uses, so Ola reads Bokmål.
			scenario({colleagues: [kari], customers: [customer('ola', script, {locale: 'no'})]}),
		);
		play.player.start();
		const chatId = await play.acceptNext();
		await play.desk.call('chat.transfer', {
			chat_id: chatId,
			target: {type: 'agent', id: 'kari'},
			note: 'billing question',
		});
		await play.until(() => play.player.journal().colleagues[0]!.offers.length === 1, 'the offer to Kari');
		await play.clock.advanceAsync(1_999);
		expect(play.player.journal().colleagues[0]!.offers[0]!.outcome).toBe('pending');
		await play.clock.advanceAsync(1);
		await play.desk.waitForEvent('chat.transferred', payload => payload.chat_id === chatId);
		await play.until(
			() => play.player.journal().colleagues[0]!.offers[0]!.outcome === 'accepted',
			"Kari's answer in the journal",
		);
		await play.until(
			() => play.customer('ola').transfers[0]?.outcome === 'completed',
			'the transfer as the customer sees it',
		);
		await play.clock.advanceAsync(40);
		await play.until(() => play.customer('ola').said.length === 1, "the customer's thanks");

		const ola = play.customer('ola');
		expect(ola.transfers).toEqual([expect.objectContaining({from: 'Alex', to: 'Kari', outcome: 'completed'})]);
		expect(ola.agents.map(agent => agent.name)).toEqual(['Alex', 'Kari']);
		expect(ola.received.map(message => message.text)).toContain('Hei, dette er Kari.');
		expect(play.player.journal().colleagues[0]!.offers[0]).toMatchObject({
			customer: 'ola',
			from: 'Alex',
			outcome: 'accepted',
			answeredAt: 2_000,
		});

		// Quiet for 30 s after the customer's last message: Kari closes politely and asks for a rating.
		await play.clock.advanceAsync(30_000);
		const outcome = await play.player.done;
		const closed = outcome.journal.customers[0]!;
		expect(closed.end).toMatchObject({by: 'agent'});
		expect(closed.ratingRequestedAt).not.toBeNull();
		expect(closed.received.at(-1)!.auto).toBe(true);
		expect(outcome.journal.colleagues[0]!.closed).toEqual([expect.objectContaining({chatId})]);
	});

	it('decline a transfer after their answer time: the desk gets it back', async () => {
		const bo = colleague('bo', {onTransfer: 'decline', answerAfterMs: 1_000});
		const play = await startPlay(scenario({colleagues: [bo], customers: [customer('mia', [])]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.desk.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'bo'}, note: ''});
		await play.until(() => play.player.journal().colleagues[0]!.offers.length === 1, 'the offer to Bo');
		await play.clock.advanceAsync(1_000);
		const failed = await play.desk.waitForEvent('transfer.failed');
		expect(failed.payload.reason).toBe('declined');
		await play.until(
			() => play.customer('mia').transfers[0]?.outcome === 'failed',
			'the failed transfer as the customer sees it',
		);
		await play.until(
			() => play.player.journal().colleagues[0]!.offers[0]!.outcome === 'declined',
			"Bo's answer in the journal",
		);
		expect(play.player.journal().colleagues[0]!.offers[0]!.answeredAt).toBe(1_000);
	});

	it("ignore a transfer (no answer: the server's offer timeout decides), and never take new chats from the desk", async () => {
		const lin = colleague('lin', {onTransfer: 'ignore'});
		const play = await startPlay(scenario({colleagues: [lin], customers: [customer('mia', []), customer('ola', [])]}));
		play.player.start();
		// Both new chats end up with the desk, whoever the server offered them to first.
		const first = await play.acceptNext();
		await play.acceptNext();
		await play.desk.call('chat.transfer', {chat_id: first, target: {type: 'agent', id: 'lin'}, note: ''});
		await play.until(() => play.player.journal().colleagues[0]!.offers.length === 1, 'the offer to Lin');
		await play.clock.advanceAsync(60_000);
		expect(play.player.journal().colleagues[0]!.offers[0]!.outcome).toBe('ignored');
		expect(play.desk.events('transfer.failed')).toEqual([]);
	});

	it('stay away when the scenario says so: a transfer to them is refused at once', async () => {
		const sam = colleague('sam', {presence: 'away'});
		const play = await startPlay(scenario({colleagues: [sam], customers: [customer('mia', [])]}));
		play.player.start();
		const chatId = await play.acceptNext();
		await play.until(async () => {
			const {agents} = await play.desk.call('agents.list');
			return agents.find((agent: {id: string}) => agent.id === 'sam')?.presence === 'away';
		}, 'Sam away');
		await play.desk.call('chat.transfer', {chat_id: chatId, target: {type: 'agent', id: 'sam'}, note: ''});
		const failed = await play.desk.waitForEvent('transfer.failed');
		expect(failed.payload.reason).toBe('no_agent_available');
	});

	it('hold new chats while the desk is not signed in, and pass them on once it is', async () => {
		const play = await startPlay(
			scenario({
				colleagues: [colleague('kari'), colleague('bo')],
				customers: [customer('mia', []), customer('ola', []), customer('wei', [])],
			}),
			{
				deskFirst: false,
			},
		);
		play.player.start();
		await play.until(
			() => play.player.journal().customers.every(journal => journal.joinedAt !== null),
			'every customer joined',
		);
		await play.until(() => play.proxy.open() === 5, 'the colleagues signed in');
		// Declining at once would bounce the chats between the two colleagues for as long as the desk is away.
		const before = play.proxy.bytesUp();
		expect(await staysTrue(() => play.proxy.bytesUp() - before < 2_000, 500)).toBe(true);
		await play.signInDesk();
		await play.acceptNext();
		await play.acceptNext();
		await play.acceptNext();
		expect(play.player.journal().colleagues.flatMap(journal => journal.problems)).toEqual([]);
	});
});
