// E1 figures of one chat: first response (from the message or the join), waits, warn/alarm counts, speed conversion to scenario time.
import {describe, expect, it} from 'vitest';
import {START, card, colleagueSays, customer, deskSends, demo, said} from './journal-kit.js';

describe('first response', () => {
	it('counts from the first customer message to the first real reply: the automatic greeting is none (E1 amended)', () => {
		const fast = demo();
		const mia = customer(fast, 'mia', 'c1');
		said(mia, 1_000);
		deskSends(fast, mia, 2_000, 'greeting');
		deskSends(fast, mia, 5_000, null);
		expect(card(fast, 60_000).chats[0]!.firstResponse).toEqual({
			ms: 4_040,
			from: 'message',
			answered: true,
			level: 'ok',
		});
	});

	it('gives a chat answered only by a greeting no first response (E1 amended)', () => {
		const greeted = demo();
		const mia = customer(greeted, 'mia', 'c1');
		said(mia, 1_000);
		deskSends(greeted, mia, 2_000, 'greeting');
		mia.end = {at: 20_000, by: 'customer'};
		const report = card(greeted, 60_000);
		expect(report.chats[0]!.firstResponse).toEqual({ms: 19_000, from: 'message', answered: false, level: 'ok'});
		expect(report.totals.answered).toBe(0);
	});

	it('marks a first response over warn and over alarm', () => {
		const slow = demo();
		const warn = customer(slow, 'warn', 'c1');
		said(warn, 1_000);
		deskSends(slow, warn, 45_000, null);
		const alarm = customer(slow, 'alarm', 'c2');
		said(alarm, 1_000);
		deskSends(slow, alarm, 2_000, 'greeting');
		deskSends(slow, alarm, 70_000, 'hold');
		const [first, second] = card(slow, 90_000).chats;
		expect(first!.firstResponse).toMatchObject({ms: 44_040, level: 'warn', answered: true});
		expect(second!.firstResponse).toMatchObject({ms: 69_040, level: 'alarm', answered: true});
	});

	it('counts from the join when the first reply came before the customer said anything', () => {
		const early = demo();
		const ola = customer(early, 'ola', 'c1', {joinedAt: 2_000});
		deskSends(early, ola, 2_200, 'greeting');
		deskSends(early, ola, 2_500, null);
		said(ola, 6_000);
		expect(card(early, 30_000).chats[0]!.firstResponse).toEqual({ms: 540, from: 'join', answered: true, level: 'ok'});
	});

	it('gives the wait until the chat ended when nobody answered, and leaves out a customer who never arrived', () => {
		const quiet = demo();
		const eva = customer(quiet, 'eva', 'c1');
		said(eva, 1_000);
		eva.end = {at: 20_000, by: 'customer'};
		customer(quiet, 'lost', null, {joinedAt: null, arrivedAt: 500});
		customer(quiet, 'late', null, {joinedAt: null, arrivedAt: null});
		const report = card(quiet, 100_000);
		const [answered, lost] = report.chats;
		expect(answered!.firstResponse).toEqual({ms: 19_000, from: 'message', answered: false, level: 'ok'});
		expect(answered!.responses).toMatchObject({count: 0, unanswered: 1, averageMs: null});
		// Tried to join and never got in: listed. Still due to arrive when the demo ended: not listed.
		expect(lost!.joined).toBe(false);
		expect(lost!.firstResponse).toBeNull();
		expect(report.chats.map(chat => chat.customer)).toEqual(['eva', 'lost']);
		expect(report.totals).toMatchObject({customers: 2, notArrived: 1});
	});

	it('reports scenario time: clock durations multiplied by the speed', () => {
		const quick = demo({speed: 3});
		const kari = customer(quick, 'kari', 'c1');
		said(kari, 1_000);
		deskSends(quick, kari, 11_000, null);
		kari.holds.push({at: 12_000, endedAt: 22_000});
		const report = card(quick, 40_000);
		expect(report.speed).toBe(3);
		expect(report.timeBase).toBe('scenario');
		expect(report.durationMs).toBe(120_000);
		// 10 s of the desk's on the clock is 30 s of scenario; the 40 ms link back to her is the machine's and is not
		// scaled: 30.04 s, over the 30 s warn, as the agent would have lived it at speed 1.
		expect(report.chats[0]!.firstResponse).toMatchObject({ms: 30_040, level: 'warn'});
		expect(report.chats[0]!.holds[0]).toMatchObject({atMs: 36_000, durationMs: 30_000});
	});
});

describe('response times over the chat', () => {
	it('measures each wait from the oldest unanswered message to the next public agent message', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		said(mia, 0);
		deskSends(chat, mia, 10_000, 'greeting'); // says hello: her question still waits, as on the desk's E1 timer
		said(mia, 20_000);
		said(mia, 30_000); // the same wait as the line before
		deskSends(chat, mia, 60_000, null); // 60.04 s from her first line: over alarm
		said(mia, 70_000);
		deskSends(chat, mia, 140_000, 'hold'); // 70.04 s: an automatic notice answers too; over alarm
		internalNote(chat, mia, 150_000);
		said(mia, 160_000); // still waiting when the chat ends at 200 s: 40 s, over warn
		mia.end = {at: 200_000, by: 'customer'};
		expect(card(chat, 300_000).chats[0]!.responses).toEqual({
			count: 2,
			averageMs: 65_040,
			slowestMs: 70_040,
			overWarn: 3,
			overAlarm: 2,
			unanswered: 1,
		});
	});

	it('does not take a reply that arrives with the customer message as its answer', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		said(mia, 1_040);
		deskSends(chat, mia, 1_000, 'greeting'); // arrives at 1 040, with the message
		deskSends(chat, mia, 9_000, null);
		expect(card(chat, 20_000).chats[0]!.responses).toMatchObject({count: 1, averageMs: 8_000});
	});

	it('stops counting once a completed transfer gave the chat to a colleague; a failed one leaves it with the desk', () => {
		const chat = demo({colleagues: ['Kim']});
		const moved = customer(chat, 'moved', 'c1');
		said(moved, 0);
		deskSends(chat, moved, 5_000, null);
		moved.transfers.push({at: 10_000, from: 'Alex', to: 'Kim', outcome: 'completed', settledAt: 12_000});
		said(moved, 20_000); // Kim's customer now: her 50 s are not the desk's
		colleagueSays(moved, 70_000, 'Kim');
		const stayed = customer(chat, 'stayed', 'c2');
		said(stayed, 0);
		deskSends(chat, stayed, 5_000, null);
		stayed.transfers.push({at: 10_000, from: 'Alex', to: null, outcome: 'failed', settledAt: 15_000});
		said(stayed, 20_000);
		deskSends(chat, stayed, 60_000, 'email-request');
		const [first, second] = card(chat, 100_000).chats;
		expect(first!.responses).toMatchObject({count: 1, overWarn: 0, unanswered: 0});
		expect(second!.responses).toMatchObject({count: 2, overWarn: 1, slowestMs: 40_040});
	});
});

function internalNote(chat: ReturnType<typeof demo>, customer: Parameters<typeof said>[0], at: number): void {
	deskSends(chat, customer, at, null, {visibility: 'internal'});
}

describe('times that do not depend on --speed', () => {
	/**
	 * The same agent at two speeds: the scenario's and the agent's delays shrink with the speed, the link between the
	 * customer and the desk (150 ms in, 40 ms back, batching included) does not. The card must give the same times.
	 */
	function played(speed: number, stallMs = 0) {
		const run = demo({speed});
		const mia = customer(run, 'mia', 'c1');
		const inbound = 150;
		const at = (scenarioMs: number) => scenarioMs / speed;
		// A loaded machine: the timer that sends each reply fires `stallMs` of clock time late, at any speed.
		const exchange = (saidAt: number, text: string, replyAfter: number, reply: string) => {
			said(mia, at(saidAt), text);
			run.desk.arrivals.push({at: START + at(saidAt) + inbound, chatId: 'c1', text});
			const due = at(saidAt) + inbound + at(replyAfter);
			if (stallMs > 0) (run.desk.stalls ??= []).push({from: START + due, to: START + due + stallMs});
			deskSends(run, mia, due + stallMs, null, {text: reply});
		};
		deskSends(run, mia, 0, 'greeting', {text: 'Hi Mia, welcome!'});
		exchange(2_000, 'my order is late', 12_000, 'Let me check that for you.');
		exchange(40_000, 'AC-20417', 25_000, 'It is on its way and arrives tomorrow.');
		exchange(90_000, 'thanks!', 5_000, 'You are welcome!');
		return card(run, at(120_000) + 1_000).chats[0]!;
	}

	it('gives the same first response and reply times at speed 2 and speed 20', () => {
		const slow = played(2);
		const fast = played(20);
		expect(fast.firstResponse).toEqual(slow.firstResponse);
		expect(fast.responses).toEqual(slow.responses);
		// 12 s of the agent's, plus the link's 150 ms in and 40 ms out, at either speed.
		expect(slow.firstResponse).toMatchObject({ms: 12_190, from: 'message', answered: true});
		expect(slow.responses).toMatchObject({count: 3, averageMs: 14_190, slowestMs: 25_190});
	});

	it("keeps the machine's own stalls out of the scaling, so a loaded machine gives the same times at 2 and 20", () => {
		// 400 ms of clock time late on every reply: scaled, that was 8 s of "reply time" at speed 20 and 0.8 s at 2.
		const slow = played(2, 400);
		const fast = played(20, 400);
		expect(fast.firstResponse).toEqual(slow.firstResponse);
		expect(fast.responses).toEqual(slow.responses);
		expect(slow.firstResponse).toMatchObject({ms: 12_590});
		expect(slow.responses).toMatchObject({averageMs: 14_590, slowestMs: 25_590});
	});
});
