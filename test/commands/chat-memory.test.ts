// What the desk remembers per chat from `mark` effects (rememberMark): greetings, hold updates and warnings per hold, idle notices.
import {describe, expect, it} from 'vitest';
import {
	EMPTY_MEMORY,
	rememberMark,
	type ChatMark,
	type ChatMemory,
	type MarkEffect,
} from '../../source/commands/index.js';

const T = 1_763_800_000_000;
const mark = (kind: ChatMark, at: number, holdSince?: number): MarkEffect => ({
	type: 'mark',
	chatId: 'c1',
	mark: kind,
	at,
	...(holdSince === undefined ? {} : {holdSince}),
});
const remember = (...marks: MarkEffect[]): ChatMemory => marks.reduce(rememberMark, EMPTY_MEMORY);

describe('rememberMark', () => {
	it('starts empty, and never changes the memory it was given', () => {
		expect(EMPTY_MEMORY).toEqual({anythingElseAskedAt: null});
		expect(Object.isFrozen(EMPTY_MEMORY)).toBe(true);
		const before = remember(mark('greeted', T));
		const snapshot = structuredClone(before);
		const after = rememberMark(before, mark('idle-check-in', T + 1));
		expect(before).toEqual(snapshot);
		expect(after).not.toBe(before);
	});

	it('E18: remembers when "anything else?" was asked, the latest time', () => {
		expect(remember(mark('anything-else-asked', T), mark('anything-else-asked', T + 5)).anythingElseAskedAt).toBe(
			T + 5,
		);
	});

	it('E2: remembers the greeting', () => {
		expect(remember(mark('greeted', T)).greetedAt).toBe(T);
	});

	it('E9: counts the updates of one hold and keeps the last time', () => {
		const memory = remember(mark('hold-update', T + 60_000, T), mark('hold-update', T + 120_000, T));
		expect(memory.holdUpdates).toEqual({since: T, count: 2, lastAt: T + 120_000});
	});

	it('E9: a new hold starts the count afresh', () => {
		const memory = remember(
			mark('hold-update', T + 60_000, T),
			mark('hold-update', T + 120_000, T),
			mark('hold-update', T + 600_000, T + 540_000),
		);
		expect(memory.holdUpdates).toEqual({since: T + 540_000, count: 1, lastAt: T + 600_000});
	});

	it('a hold mark without holdSince counts from its own time', () => {
		expect(remember(mark('hold-update', T)).holdUpdates).toEqual({since: T, count: 1, lastAt: T});
		expect(remember(mark('hold-warned', T)).holdWarned).toEqual({since: T, over: false});
	});

	it('E7: the warning and then the "over" line, per hold; a new hold replaces both', () => {
		expect(remember(mark('hold-warned', T + 270_000, T)).holdWarned).toEqual({since: T, over: false});
		expect(remember(mark('hold-warned', T + 270_000, T), mark('hold-over', T + 300_000, T)).holdWarned).toEqual({
			since: T,
			over: true,
		});
		const next = remember(mark('hold-over', T + 300_000, T), mark('hold-warned', T + 900_000, T + 600_000));
		expect(next.holdWarned).toEqual({since: T + 600_000, over: false});
	});

	it('the idle notices, each on its own', () => {
		const memory = remember(mark('idle-check-in', T), mark('idle-close-offer', T + 420_000));
		expect(memory).toMatchObject({idleCheckInAt: T, idleCloseOfferAt: T + 420_000});
	});

	it('one mark leaves the others alone', () => {
		const memory = remember(
			mark('greeted', T),
			mark('anything-else-asked', T + 1),
			mark('hold-update', T + 2, T),
			mark('idle-check-in', T + 3),
		);
		expect(memory).toEqual({
			anythingElseAskedAt: T + 1,
			greetedAt: T,
			holdUpdates: {since: T, count: 1, lastAt: T + 2},
			idleCheckInAt: T + 3,
		});
	});
});
