// The rest of a chat's figures: notices by kind, guard reviews by check and rule, canned inserts, greeting, closing, rating.
import {describe, expect, it} from 'vitest';
import {cannedInsert, card, customer, deskSends, demo, guardReview, said} from './journal-kit.js';

describe('what the desk sent', () => {
	it("counts notices by kind in the notice list order, and the agent's own public messages apart", () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		deskSends(chat, mia, 1_000, 'greeting');
		deskSends(chat, mia, 2_000, null);
		deskSends(chat, mia, 3_000, null, {visibility: 'internal'}); // a note: neither a notice nor a message to the customer
		deskSends(chat, mia, 4_000, 'idle-check-in');
		deskSends(chat, mia, 5_000, 'idle-check-in');
		deskSends(chat, mia, 6_000, 'closing');
		const other = customer(chat, 'other', 'c2');
		deskSends(chat, other, 1_500, 'greeting');
		const report = card(chat, 10_000);
		expect(report.chats[0]!.notices).toEqual({greeting: 1, closing: 1, 'idle-check-in': 2});
		// In NOTICE_KINDS order whatever the order sent, so the JSON reads the same every time.
		expect(Object.keys(report.chats[0]!.notices)).toEqual(['greeting', 'closing', 'idle-check-in']);
		expect(report.chats[0]!.ownMessages).toBe(1);
		expect(report.totals).toMatchObject({notices: 5, ownMessages: 1});
	});

	it('counts guard findings by check, and stopped messages by rule (two E5 findings stop one message)', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		guardReview(chat, mia, 1_000, [
			['shouting', 'E5'],
			['repeatedPunctuation', 'E5'],
		]);
		guardReview(chat, mia, 2_000, [['negativePhrase', 'E6']]);
		guardReview(chat, mia, 3_000, [
			['bareNo', 'E6'],
			['emoji', 'E4'],
		]);
		expect(card(chat, 10_000).chats[0]!.guard).toEqual({
			reviews: 3,
			checks: {negativePhrase: 1, bareNo: 1, shouting: 1, repeatedPunctuation: 1, emoji: 1},
			rules: {E4: 1, E5: 1, E6: 2},
		});
	});

	it('counts canned inserts and those the agent followed with a message', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		cannedInsert(chat, mia, 1_000);
		cannedInsert(chat, mia, 2_000); // replaced the first before sending
		deskSends(chat, mia, 3_000, null);
		cannedInsert(chat, mia, 4_000); // never sent
		expect(card(chat, 10_000).chats[0]!.canned).toEqual({inserted: 3, followedByMessage: 1});
	});

	it('says whether the chat opened with a greeting, and names the nameless', () => {
		const chat = demo();
		const first = customer(chat, 'first', 'c1', {name: null});
		deskSends(chat, first, 1_000, 'transfer-greeting');
		const later = customer(chat, 'later', 'c2', {name: '  '});
		deskSends(chat, later, 1_000, null);
		deskSends(chat, later, 2_000, 'greeting');
		customer(chat, 'never', 'c3');
		const report = card(chat, 10_000);
		expect(report.chats.map(({name, greeting}) => ({name, greeting}))).toEqual([
			{name: '(no name)', greeting: 'first'},
			{name: '(no name)', greeting: 'later'},
			{name: 'Never', greeting: null},
		]);
	});
});

describe('closing and rating', () => {
	it('tells a closing with the rating request and "anything else?" first from one without', () => {
		const chat = demo();
		const full = customer(chat, 'full', 'c1');
		deskSends(chat, full, 10_000, 'anything-else');
		deskSends(chat, full, 20_000, 'closing');
		full.ratingRequestedAt = 20_100;
		full.end = {at: 20_200, by: 'agent'};
		full.rating = {at: 25_000, score: 2, comment: 'ok'};
		const bare = customer(chat, 'bare', 'c2');
		deskSends(chat, bare, 20_000, 'closing');
		deskSends(chat, bare, 21_000, 'anything-else'); // after the closing: too late
		bare.end = {at: 22_000, by: 'agent'};
		const abrupt = customer(chat, 'abrupt', 'c3');
		abrupt.end = {at: 5_000, by: 'agent'};
		const left = customer(chat, 'left', 'c4');
		said(left, 1_000);
		left.end = {at: 5_000, by: 'customer'};
		const [a, b, c, d] = card(chat, 30_000).chats;
		expect(a!.closing).toEqual({
			closedByDesk: true,
			openAtEnd: false,
			closingSent: true,
			anythingElseFirst: true,
			ratingRequested: true,
			feedbackRequested: true,
			endedBy: 'agent',
			endedAtMs: 20_200,
		});
		expect(a!.rating).toEqual({score: 2, comment: 'ok', thanked: false});
		expect(b!.closing).toMatchObject({
			closedByDesk: true,
			closingSent: true,
			anythingElseFirst: false,
			ratingRequested: false,
			feedbackRequested: false,
		});
		expect(c!.closing).toMatchObject({closedByDesk: true, closingSent: false});
		expect(d!.closing).toMatchObject({closedByDesk: false, endedBy: 'customer'});
		expect(d!.rating).toBeNull();
	});

	it('E18: credits "anything else?" asked in the agent\'s own or canned words before the closing', () => {
		const chat = demo();
		const own = customer(chat, 'own', 'c1');
		deskSends(chat, own, 10_000, null, {text: 'Glad that worked! Is there anything else I can help you with?'});
		deskSends(chat, own, 20_000, 'closing');
		own.end = {at: 20_200, by: 'agent'};
		const nb = customer(chat, 'ola', 'c2', {locale: 'nb'});
		deskSends(chat, nb, 10_000, null, {text: 'Er det noe annet jeg kan hjelpe deg med?'});
		deskSends(chat, nb, 20_000, 'closing');
		nb.end = {at: 20_200, by: 'agent'};
		const [a, b] = card(chat, 30_000).chats;
		expect(a!.closing.anythingElseFirst).toBe(true);
		expect(b!.closing.anythingElseFirst).toBe(true);
	});

	it("E18, E19: a chat still open and the desk's at the end counts against the closing rules", () => {
		const chat = demo();
		const open = customer(chat, 'open', 'c1');
		said(open, 1_000);
		deskSends(chat, open, 3_000, null);
		const report = card(chat, 30_000);
		expect(report.chats[0]!.closing).toMatchObject({closedByDesk: false, openAtEnd: true});
		expect(report.rules.find(rule => rule.rule === 'E18')).toMatchObject({
			met: 0,
			of: 1,
			note: 'chats still open when the demo ended: 1',
		});
		expect(report.rules.find(rule => rule.rule === 'E19')).toMatchObject({met: 0, of: 1});
	});

	it("E19: a colleague's rating request after a transfer is not credited to the desk", () => {
		const chat = demo({colleagues: ['Kim']});
		const moved = customer(chat, 'moved', 'c1');
		moved.transfers.push({at: 10_000, from: 'Alex', to: 'Kim', outcome: 'completed', settledAt: 12_000});
		moved.ratingRequestedAt = 40_000;
		moved.end = {at: 40_100, by: 'agent'};
		const report = card(chat, 60_000);
		expect(report.chats[0]!.closing).toMatchObject({ratingRequested: false, closedByDesk: false, openAtEnd: false});
		expect(report.rules.map(rule => rule.rule)).not.toContain('E19');
	});

	it('E3: shows the name the desk learnt later in the chat', () => {
		const chat = demo();
		const anon = customer(chat, 'anon', 'c1', {name: null});
		chat.desk.names.push({chatId: 'c1', name: 'Linnea Berg'});
		customer(chat, 'nameless', 'c2', {name: null});
		expect(card(chat, 10_000).chats.map(({name}) => name)).toEqual(['Linnea Berg', '(no name)']);
		expect(anon.name).toBeNull();
	});

	it('notes the thanks for a rating given while the chat was open', () => {
		const chat = demo();
		const mia = customer(chat, 'mia', 'c1');
		mia.rating = {at: 5_000, score: 1, comment: null};
		deskSends(chat, mia, 5_100, 'rating-thanks');
		expect(card(chat, 10_000).chats[0]!.rating).toEqual({score: 1, comment: null, thanked: true});
	});
});
