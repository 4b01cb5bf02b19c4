// Time as a value: /end's "anything else?" window (E18), hold updates and the estimate warning (E7, E9), idle customers.
import {describe, expect, it} from 'vitest';
import {shouldAskAnythingElse} from '../../../source/courtesy/notices/anything-else.js';
import {estimateWarning, holdUpdateDue, nextHoldUpdateAt} from '../../../source/courtesy/notices/hold-schedule.js';
import {idleNoticeDue} from '../../../source/courtesy/notices/idle-schedule.js';

const T0 = 1_700_000_000_000;
const s = (seconds: number) => T0 + seconds * 1000;

describe('E18 shouldAskAnythingElse', () => {
	it('asks when it was never asked', () => {
		expect(shouldAskAnythingElse(null, T0)).toBe(true);
		expect(shouldAskAnythingElse(undefined, T0)).toBe(true);
	});

	it('does not ask again within five minutes', () => {
		expect(shouldAskAnythingElse(s(0), s(10))).toBe(false);
		expect(shouldAskAnythingElse(s(0), s(299))).toBe(false);
		expect(shouldAskAnythingElse(s(0), s(300))).toBe(true);
	});

	it('takes another window', () => {
		expect(shouldAskAnythingElse(s(0), s(61), 60_000)).toBe(true);
		expect(shouldAskAnythingElse(s(0), s(59), 60_000)).toBe(false);
	});

	it('a time ahead of now (clock skew) counts as just asked', () => {
		expect(shouldAskAnythingElse(s(30), s(0))).toBe(false);
	});
});

describe('E9 holdUpdateDue', () => {
	it('first update an interval after the hold notice, then an interval after each update', () => {
		expect(holdUpdateDue({since: s(0)}, s(59))).toBe(false);
		expect(holdUpdateDue({since: s(0)}, s(60))).toBe(true);
		expect(holdUpdateDue({since: s(0), lastUpdateAt: s(60)}, s(100))).toBe(false);
		expect(holdUpdateDue({since: s(0), lastUpdateAt: s(60)}, s(120))).toBe(true);
		expect(nextHoldUpdateAt({since: s(0), lastUpdateAt: null})).toBe(s(60));
	});

	it('takes another interval, and 0 switches updates off', () => {
		expect(holdUpdateDue({since: s(0), intervalMs: 30_000}, s(30))).toBe(true);
		expect(holdUpdateDue({since: s(0), intervalMs: 0}, s(3600))).toBe(false);
		expect(nextHoldUpdateAt({since: s(0), intervalMs: 0})).toBeNull();
	});
});

describe('E7 estimateWarning', () => {
	it('ok, then warn 30 s before the estimate, then over', () => {
		const hold = {since: s(0), minutes: 3};
		expect(estimateWarning(hold, s(100))).toEqual({level: 'ok', endsAt: s(180), remainingMs: 80_000});
		expect(estimateWarning(hold, s(150))?.level).toBe('warn');
		expect(estimateWarning(hold, s(179))?.level).toBe('warn');
		expect(estimateWarning(hold, s(180))?.level).toBe('over');
		expect(estimateWarning(hold, s(200))?.remainingMs).toBe(-20_000);
	});

	it('counts from the exact minutes typed, and takes another warning time', () => {
		expect(estimateWarning({since: s(0), minutes: 1.5}, s(60))?.level).toBe('warn');
		expect(estimateWarning({since: s(0), minutes: 3}, s(100), 90_000)?.level).toBe('warn');
	});

	it('nothing to warn about without an estimate', () => {
		expect(estimateWarning({since: s(0), minutes: null}, s(100))).toBeNull();
		expect(estimateWarning({since: s(0), minutes: 0}, s(100))).toBeNull();
	});
});

describe('idleNoticeDue', () => {
	const rules = {checkIn: true, closeOffer: false};

	it("checks in after three minutes of silence that follow the agent's message", () => {
		const silence = {customerLastAt: s(0), agentLastAt: s(10)};
		expect(idleNoticeDue(silence, rules, s(189))).toBeNull();
		expect(idleNoticeDue(silence, rules, s(190))).toBe('idle-check-in');
	});

	it('never while the customer waits for the agent (that is E1, not idleness)', () => {
		expect(idleNoticeDue({customerLastAt: s(20), agentLastAt: s(10)}, rules, s(1000))).toBeNull();
		expect(idleNoticeDue({customerLastAt: s(20), agentLastAt: null}, rules, s(1000))).toBeNull();
	});

	it('checks in once per silence; a new silence may get a new one', () => {
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(10), checkInAt: s(190)}, rules, s(600))).toBeNull();
		expect(idleNoticeDue({customerLastAt: s(300), agentLastAt: s(310), checkInAt: s(190)}, rules, s(500))).toBe(
			'idle-check-in',
		);
	});

	it('offers to close only when switched on, after the check-in', () => {
		const on = {checkIn: true, closeOffer: true};
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(180)}, rules, s(700))).toBeNull();
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(180)}, on, s(599))).toBeNull();
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(180)}, on, s(600))).toBe(
			'idle-close-offer',
		);
		expect(
			idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(180), closeOfferAt: s(600)}, on, s(900)),
		).toBeNull();
	});

	it('a late check-in still gets its interval before the offer to close', () => {
		const on = {checkIn: true, closeOffer: true};
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0)}, on, s(900))).toBe('idle-check-in');
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(900)}, on, s(901))).toBeNull();
		expect(idleNoticeDue({customerLastAt: s(0), agentLastAt: s(0), checkInAt: s(900)}, on, s(1320))).toBe(
			'idle-close-offer',
		);
	});

	it('with the check-in off, the offer to close comes on its own', () => {
		expect(
			idleNoticeDue(
				{customerLastAt: s(0), agentLastAt: s(0)},
				{checkIn: false, closeOffer: true, closeOfferAfterMs: 120_000},
				s(120),
			),
		).toBe('idle-close-offer');
	});
});
