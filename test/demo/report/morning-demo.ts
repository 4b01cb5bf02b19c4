// One whole demo at --speed 2 for the summary, formatting and JSON tests: four customers, every kind of figure.
import {
	cannedInsert,
	colleagueSays,
	customer,
	deskSends,
	demo,
	followup,
	guardReview,
	offer,
	said,
	type Demo,
} from './journal-kit.js';

/** Clock ms at which the demo ended: 260 s of scenario time at speed 2. */
export const MORNING_END = 130_000;

export function morningDemo(): Demo {
	const morning = demo({speed: 2, title: 'A morning at Acme', colleagues: ['Kim']});

	// Ola: answered fast, one hold with an update, "anything else?", a closing with the rating request, rated 3.
	const ola = customer(morning, 'ola', 'c1', {name: 'Ola Nordmann', locale: 'nb'});
	said(ola, 1_000, 'Hei');
	deskSends(morning, ola, 3_000, 'greeting');
	said(ola, 10_000, 'Ruteren min mister nettet');
	cannedInsert(morning, ola, 12_000);
	guardReview(morning, ola, 13_000, [['negativePhrase', 'E6']]);
	guardReview(morning, ola, 13_500, [['nameSpelling', 'E3']]);
	deskSends(morning, ola, 14_000, null);
	deskSends(morning, ola, 20_000, 'hold');
	ola.holds.push({at: 20_100, endedAt: 60_100});
	deskSends(morning, ola, 50_200, 'hold-update');
	deskSends(morning, ola, 60_000, 'hold-end');
	deskSends(morning, ola, 70_000, 'anything-else');
	deskSends(morning, ola, 80_000, 'closing');
	ola.ratingRequestedAt = 80_100;
	ola.end = {at: 80_200, by: 'agent'};
	ola.rating = {at: 85_000, score: 3, comment: 'Takk, veldig bra!'};

	// Wang: greeted late (48 s of scenario), transferred to Kim with a brief; Kim has the chat from then on.
	const wang = customer(morning, 'wang', 'c2', {name: '王伟', locale: 'zh', joinedAt: 5_000});
	said(wang, 6_000, '你好');
	deskSends(morning, wang, 30_000, 'greeting');
	deskSends(morning, wang, 40_000, 'transfer-brief');
	deskSends(morning, wang, 40_050, 'transfer');
	wang.transfers.push({at: 40_200, from: 'Alex', to: 'Kim', outcome: 'completed', settledAt: 45_000});
	wang.agents.push({at: 45_000, name: 'Kim'});
	offer(morning, 'Kim', wang, 40_300, 'accepted');
	colleagueSays(wang, 46_000, 'Kim');
	said(wang, 50_000, '谢谢');
	wang.end = {at: 90_000, by: 'agent'};

	// No name: greeted before saying anything, answered slowly (70 s), a hold with no update, a failed transfer
	// without a brief, then the e-mail request, a follow-up, and a closing without the rating request.
	const anon = customer(morning, 'anon', 'c3', {name: null, joinedAt: 2_000});
	deskSends(morning, anon, 2_500, 'greeting');
	said(anon, 5_000, 'my order never came');
	guardReview(morning, anon, 38_000, [
		['shouting', 'E5'],
		['repeatedPunctuation', 'E5'],
	]);
	deskSends(morning, anon, 40_000, null);
	deskSends(morning, anon, 45_000, 'hold');
	anon.holds.push({at: 45_100, endedAt: 80_000});
	deskSends(morning, anon, 79_900, 'hold-end');
	deskSends(morning, anon, 85_000, 'transfer');
	anon.transfers.push({at: 85_100, from: 'Alex', to: null, outcome: 'failed', settledAt: 100_000});
	offer(morning, 'Kim', anon, 85_200, 'declined');
	deskSends(morning, anon, 101_000, 'email-request');
	followup(morning, anon, 110_000, 24 * 3_600_000);
	deskSends(morning, anon, 110_500, 'followup');
	deskSends(morning, anon, 120_000, 'closing');
	anon.end = {at: 120_100, by: 'agent'};

	// Eva: nobody answered; she left after 29 s on the clock (58 s of scenario).
	const eva = customer(morning, 'eva', 'c4', {locale: 'sv', joinedAt: 10_000});
	said(eva, 11_000, 'Hej?');
	eva.end = {at: 40_000, by: 'customer'};

	morning.player.endedAt = MORNING_END;
	return morning;
}
