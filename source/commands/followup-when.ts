// Reading /followup's due time: "2h", "30m", "3d", "tomorrow", "tomorrow 10:00", "14:30", in the desk's time zone (E20).

import {plainZoneName} from '../courtesy/notices/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** E11: a follow-up within 24 hours unless the agent says otherwise. */
export const DEFAULT_FOLLOWUP_MS = DAY;
/** Further out than this is a diary entry, not a follow-up promised in a chat. */
export const MAX_FOLLOWUP_MS = 30 * DAY;
/** "tomorrow" alone: the start of a working day, a time the customer can count on. */
const TOMORROW_DEFAULT = {hour: 9, minute: 0};

export type DueTime = {at: number; words: number} | {error: string} | null;

type WallTime = {year: number; month: number; day: number; hour: number; minute: number};

/** The wall-clock date and time at `at` in `timeZone`. */
function wallTime(at: number, timeZone: string): WallTime {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
	}).formatToParts(at);
	const get = (type: string) => Number(parts.find(part => part.type === type)?.value ?? 0);
	return {year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute')};
}

/** The instant a wall time in `timeZone` names; twice round so a DST change between the guess and the answer is met. */
function instantOf(wall: WallTime, timeZone: string): number {
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
	let at = asUtc;
	for (let round = 0; round < 2; round++) {
		const seen = wallTime(at, timeZone);
		at += asUtc - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
	}
	return at;
}

function clock(word: string): {hour: number; minute: number} | null {
	const match = /^(\d{1,2})(?::|\.)(\d{2})$/u.exec(word);
	if (!match) return null;
	const hour = Number(match[1]);
	const minute = Number(match[2]);
	return hour < 24 && minute < 60 ? {hour, minute} : null;
}

/** The zone if Intl knows it, else null (a customer's zone from the wire: unknown rather than wrong). */
export function knownZone(timeZone: string | null | undefined): string | null {
	if (!timeZone) return null;
	try {
		new Intl.DateTimeFormat('en', {timeZone});
		return timeZone;
	} catch {
		return null;
	}
}

/** "23 Nov 2025, 10:00 Central European Time": a due time for the agent, its zone named as the customer's notice names it. */
export function dueTimeText(at: number, timeZone: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		timeZone,
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZoneName: plainZoneName(timeZone),
	}).format(at);
}

/** A zone Intl accepts, or UTC: a wrong zone in config must not cost the customer the follow-up. */
export function safeZone(timeZone: string): string {
	try {
		new Intl.DateTimeFormat('en', {timeZone});
		return timeZone;
	} catch {
		return 'UTC';
	}
}

/**
 * The due time the first words name, with how many words it took; null when they name none (the words
 * are then the note); an error when they were clearly meant as a time and are not a valid one.
 */
export function parseDueTime(words: readonly string[], now: number, timeZone = 'UTC'): DueTime {
	const zone = safeZone(timeZone);
	const [first, second] = words.map(word => word.toLowerCase());
	if (first === undefined) return null;
	const span = /^(\d+)(m|min|h|d)$/u.exec(first);
	if (span) {
		const count = Number(span[1]);
		const unit = span[2] === 'd' ? DAY : span[2] === 'h' ? HOUR : MINUTE;
		if (count <= 0) return {error: `"${first}" is not in the future`};
		if (count * unit > MAX_FOLLOWUP_MS) return {error: `"${first}" is more than 30 days away`};
		return {at: now + count * unit, words: 1};
	}
	if (first === 'tomorrow') {
		const time = second === undefined ? null : clock(second);
		const today = wallTime(now, zone);
		// Date.UTC rolls day 32 into the next month, so "tomorrow" is plain date arithmetic on the wall date.
		const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
		const wall = {
			year: next.getUTCFullYear(),
			month: next.getUTCMonth() + 1,
			day: next.getUTCDate(),
			...(time ?? TOMORROW_DEFAULT),
		};
		return {at: instantOf(wall, zone), words: time ? 2 : 1};
	}
	const time = clock(first);
	if (time) {
		// A bare time is the next one to come: "09:00" typed in the evening means tomorrow morning.
		const today = wallTime(now, zone);
		let at = instantOf({...today, ...time}, zone);
		if (at <= now) at = instantOf({...wallTime(now + DAY, zone), ...time}, zone);
		return {at, words: 1};
	}
	if (/^\d/u.test(first))
		return {error: `"${first}" is not a time: write 2h, 30m, 3d, tomorrow, tomorrow 10:00 or 14:30`};
	return null;
}
