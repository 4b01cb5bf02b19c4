// E1 (answer fast): who is waiting since when, warn and alarm levels, the longest wait, turning red once.
import {describe, expect, it} from 'vitest';
import {reduceDesk} from '../../source/core/reducer.js';
import {EMPTY_LOG, addMessages} from '../../source/core/message-log.js';
import {
	chatWaitingSince,
	formatWaiting,
	newlyAlarmed,
	nextNeedingAttention,
	timerLevel,
	timerLevels,
	unansweredSince,
	type TimerLevel,
} from '../../source/core/response-timer.js';
import {T0, chat, created, desk, evt, msg, offer, pending, reduceAll} from '../helpers/fixtures.js';

const at = (seconds: number) => T0 + seconds * 1000;

describe('E1 waiting since', () => {
	it('runs from the oldest customer message not yet answered', () => {
		const state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 1, 'customer', {ts: at(1)})),
			created(msg('c1', 2, 'customer', {ts: at(4)})),
		]);
		expect(chatWaitingSince(state, 'c1')).toBe(at(1));
	});

	it("an agent's public reply answers; an internal note does not", () => {
		let state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 1, 'customer', {ts: at(1)})),
			created(msg('c1', 2, 'me', {visibility: 'internal'})),
		]);
		expect(chatWaitingSince(state, 'c1')).toBe(at(1));
		state = reduceDesk(state, created(msg('c1', 3, 'me')));
		expect(chatWaitingSince(state, 'c1')).toBeNull();
		state = reduceDesk(state, created(msg('c1', 4, 'customer', {ts: at(20)})));
		expect(chatWaitingSince(state, 'c1')).toBe(at(20));
	});

	it("E1: the automatic greeting does not answer what the customer asked before the accept; the agent's reply does", () => {
		const greeting = {...pending('c1', 'c1-c2', 'Hi Sarah, I am Alex from Acme!'), auto: true, answers: false as const};
		let state = reduceAll(desk([chat('c1')]), [
			created(msg('c1', 1, 'customer', {ts: at(1)})),
			{type: 'outbox.queued', message: greeting, at: at(2)},
		]);
		state = reduceDesk(state, created(msg('c1', 2, 'me', {auto: true, ts: at(2)})));
		expect(chatWaitingSince(state, 'c1')).toBe(at(1));
		// Still so when the chat's history is merged again (a reconnect).
		state = reduceDesk(state, {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [msg('c1', 1, 'customer', {ts: at(1)}), msg('c1', 2, 'me', {auto: true, ts: at(2)})],
			has_more: false,
			at: at(3),
		});
		expect(chatWaitingSince(state, 'c1')).toBe(at(1));
		// Any other automatic message (a hold notice, "anything else?") does answer, as does the agent's own reply.
		state = reduceDesk(state, created(msg('c1', 3, 'me', {auto: true, ts: at(10)})));
		expect(chatWaitingSince(state, 'c1')).toBeNull();
	});

	it("a colleague's public message answers too, a system line does not", () => {
		const log = addMessages(EMPTY_LOG, [
			msg('c1', 1, 'customer'),
			msg('c1', 2, 'colleague'),
			msg('c1', 3, 'customer', {ts: at(30)}),
			msg('c1', 4, 'system'),
		]);
		expect(unansweredSince(log)).toBe(at(30));
		expect(unansweredSince(EMPTY_LOG)).toBeNull();
	});

	it('is worked out again when history fills in the past', () => {
		let state = reduceDesk(desk([chat('c1')]), created(msg('c1', 3, 'customer', {ts: at(30)})));
		state = reduceDesk(state, {
			type: 'history.loaded',
			chat_id: 'c1',
			messages: [msg('c1', 1, 'customer', {ts: at(1)}), msg('c1', 2, 'customer', {ts: at(2)})],
			has_more: false,
			at: T0,
		});
		expect(chatWaitingSince(state, 'c1')).toBe(at(1));
	});

	it('an offer waits from its arrival; an ended chat waits no more', () => {
		let state = reduceDesk(desk([chat('c1')]), evt('chat.offered', offer('o1'), at(7)));
		expect(chatWaitingSince(state, 'o1')).toBe(at(7));
		state = reduceAll(state, [
			created(msg('c1', 1)),
			evt('chat.ended', {chat_id: 'c1', by: 'customer', chat: chat('c1', {status: 'ended'})}),
		]);
		expect(chatWaitingSince(state, 'c1')).toBeNull();
	});
});

describe('E1 timer levels', () => {
	it('warns at 30 s and alarms at 60 s by default', () => {
		expect(timerLevel(29_999)).toBe('ok');
		expect(timerLevel(30_000)).toBe('warn');
		expect(timerLevel(59_999)).toBe('warn');
		expect(timerLevel(60_000)).toBe('alarm');
	});

	it('takes other thresholds', () => {
		expect(timerLevel(10_000, {warnMs: 10_000, alarmMs: 20_000})).toBe('warn');
		expect(timerLevel(45_000, {alarmMs: 40_000})).toBe('alarm');
	});

	it('formats a wait as m:ss or h:mm:ss', () => {
		expect(formatWaiting(41_000)).toBe('0:41');
		expect(formatWaiting(72_500)).toBe('1:12');
		expect(formatWaiting(3_725_000)).toBe('1:02:05');
		expect(formatWaiting(-5)).toBe('0:00');
	});
});

describe('E1 next needing attention', () => {
	const waiting = () =>
		reduceAll(desk([chat('c1'), chat('c2')]), [
			created(msg('c1', 1, 'customer', {ts: at(20)})),
			created(msg('c2', 1, 'customer', {ts: at(10)})),
			evt('chat.offered', offer('o1'), at(15)),
		]);

	it('is the longest-waiting chat, offers included', () => {
		expect(nextNeedingAttention(waiting(), at(70))).toEqual({chatId: 'c2', waitingMs: 60_000});
	});

	it('skips the chat the agent is in, unless nobody else waits', () => {
		expect(nextNeedingAttention(waiting(), at(70), 'c2')?.chatId).toBe('o1');
		const alone = reduceDesk(desk([chat('c1')]), created(msg('c1', 1, 'customer', {ts: at(1)})));
		expect(nextNeedingAttention(alone, at(5), 'c1')?.chatId).toBe('c1');
	});

	it('is null when nobody waits', () => {
		expect(nextNeedingAttention(desk([chat('c1')]), at(5))).toBeNull();
	});
});

describe('E1 turning red', () => {
	it('reports a chat once when it turns red, and again only after it was answered and turned red anew', () => {
		let state = reduceDesk(desk([chat('c1'), chat('c2')]), created(msg('c1', 1, 'customer', {ts: at(0)})));
		const readings: string[][] = [];
		let previous: ReadonlyMap<string, TimerLevel> = new Map();
		const tick = (seconds: number) => {
			const levels = timerLevels(state, at(seconds));
			readings.push(newlyAlarmed(previous, levels));
			previous = levels;
		};
		tick(30);
		tick(59);
		tick(60);
		tick(61);
		tick(90);
		state = reduceDesk(state, created(msg('c1', 2, 'me', {ts: at(91)})));
		tick(92);
		state = reduceDesk(state, created(msg('c1', 3, 'customer', {ts: at(100)})));
		tick(159);
		tick(160);
		tick(161);
		expect(readings).toEqual([[], [], ['c1'], [], [], [], [], ['c1'], []]);
	});

	it('gives the level of every waiting chat, and none for chats nobody waits in', () => {
		const state = reduceDesk(desk([chat('c1'), chat('c2')]), created(msg('c1', 1, 'customer', {ts: at(0)})));
		expect(timerLevels(state, at(45))).toEqual(new Map([['c1', 'warn']]));
	});
});
