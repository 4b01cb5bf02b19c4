// E7, E9, E10, E11, E20 per chat: holds with and without updates and thanks, transfers with and without a brief, failed ones followed up.
import {describe, expect, it} from 'vitest';
import {card, customer, deskSends, demo, followup, offer, said} from './journal-kit.js';

describe('holds', () => {
	it('matches each hold with its notice, its updates and its thanks', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		said(mia, 0);
		deskSends(chat, mia, 1_000, 'greeting');
		// Announced, updated twice, thanked.
		deskSends(chat, mia, 10_000, 'hold');
		mia.holds.push({at: 10_050, endedAt: 150_050});
		deskSends(chat, mia, 70_000, 'hold-update');
		deskSends(chat, mia, 130_000, 'hold-update');
		deskSends(chat, mia, 150_000, 'hold-end');
		// Announced, long enough for an update that never came, ended without thanks.
		deskSends(chat, mia, 200_000, 'hold');
		mia.holds.push({at: 200_050, endedAt: 290_000});
		// Short: needs no update; thanked.
		deskSends(chat, mia, 300_000, 'hold');
		mia.holds.push({at: 300_050, endedAt: 320_050});
		deskSends(chat, mia, 320_000, 'hold-end');
		// Not announced, still on hold at the end.
		mia.holds.push({at: 400_000, endedAt: null});
		expect(card(chat, 500_000).chats[0]!.holds).toEqual([
			{atMs: 10_050, durationMs: 140_000, announced: true, updates: 2, needsUpdate: true, thanked: true},
			{atMs: 200_050, durationMs: 89_950, announced: true, updates: 0, needsUpdate: true, thanked: false},
			{atMs: 300_050, durationMs: 20_000, announced: true, updates: 0, needsUpdate: false, thanked: true},
			{atMs: 400_000, durationMs: null, announced: false, updates: 0, needsUpdate: true, thanked: false},
		]);
	});

	it('judges whether an update was due against the update interval given, in scenario time', () => {
		const chat = demo({speed: 2});
		const mia = customer(chat, 'mia', 'c1');
		deskSends(chat, mia, 1_000, 'hold');
		mia.holds.push({at: 1_050, endedAt: 41_050}); // 40 s on the clock, 80 s of scenario
		expect(card(chat, 60_000).chats[0]!.holds[0]!.needsUpdate).toBe(true);
		expect(card(chat, 60_000, {holdUpdateMs: 90_000}).chats[0]!.holds[0]!.needsUpdate).toBe(false);
	});
});

describe('transfers', () => {
	it('tells a transfer with a brief and a word to the customer from one without a brief', () => {
		const chat = demo({colleagues: ['Kim', 'Ola']});
		const briefed = customer(chat, 'briefed', 'c1');
		deskSends(chat, briefed, 10_000, 'transfer-brief');
		deskSends(chat, briefed, 10_100, 'transfer');
		briefed.transfers.push({at: 10_300, from: 'Alex', to: 'Kim', outcome: 'completed', settledAt: 14_000});
		offer(chat, 'Kim', briefed, 10_400, 'accepted');
		offer(chat, 'Ola', briefed, 90_000, 'accepted'); // another chat's moment: not this transfer's offer
		const bare = customer(chat, 'bare', 'c2');
		bare.transfers.push({at: 20_000, from: 'Alex', to: 'Ola', outcome: 'completed', settledAt: 22_000});
		const [first, second] = card(chat, 100_000).chats;
		expect(first!.transfers).toEqual([
			{
				atMs: 10_300,
				to: 'Kim',
				outcome: 'completed',
				offeredTo: ['Kim'],
				briefed: true,
				customerTold: true,
				emailRequested: null,
				followedUp: null,
			},
		]);
		expect(second!.transfers[0]).toMatchObject({briefed: false, customerTold: false, offeredTo: []});
		// The brief is internal: it reaches the colleague, not the customer, and is no reply to them.
		expect(first!.notices).toEqual({transfer: 1, 'transfer-brief': 1});
		expect(first!.ownMessages).toBe(0);
	});

	it('follows a failed transfer with the e-mail request and a follow-up due within 24 hours', () => {
		const chat = demo({colleagues: ['Kim']});
		const mia = customer(chat, 'mia', 'c1');
		deskSends(chat, mia, 10_000, 'transfer-brief');
		deskSends(chat, mia, 10_100, 'transfer');
		mia.transfers.push({at: 10_300, from: 'Alex', to: null, outcome: 'failed', settledAt: 30_000});
		offer(chat, 'Kim', mia, 10_400, 'declined');
		deskSends(chat, mia, 31_000, 'email-request');
		followup(chat, mia, 60_000, 20 * 3_600_000);
		deskSends(chat, mia, 60_200, 'followup');
		// A second failure that nobody followed up.
		deskSends(chat, mia, 100_000, 'transfer');
		mia.transfers.push({at: 100_200, from: 'Alex', to: null, outcome: 'failed', settledAt: 110_000});
		const report = card(chat, 200_000).chats[0]!;
		expect(
			report.transfers.map(({outcome, offeredTo, briefed, emailRequested, followedUp}) => ({
				outcome,
				offeredTo,
				briefed,
				emailRequested,
				followedUp,
			})),
		).toEqual([
			{outcome: 'failed', offeredTo: ['Kim'], briefed: true, emailRequested: true, followedUp: true},
			{outcome: 'failed', offeredTo: [], briefed: false, emailRequested: false, followedUp: false},
		]);
		// Due in 20 h on the calendar: follow-up times are not scaled by the speed.
		expect(report.followups).toEqual([{atMs: 60_000, dueInMs: 20 * 3_600_000, customerTold: true}]);
	});
});
