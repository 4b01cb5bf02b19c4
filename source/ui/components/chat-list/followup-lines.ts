// E11, E20: the agent's follow-ups as short lines under the chat list: whom, and when each is due (overdue said in words).
import type {DeskState} from '../../../core/desk-state.js';
import {customerName} from '../../../core/names.js';
import type {Followup} from '../../../protocol/index.js';
import {remoteLine} from '../../remote-text.js';
import {clockTime} from '../conversation/conversation-entries.js';

const DAY_MS = 24 * 60 * 60 * 1_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export type FollowupLine = {id: string; text: string; overdue: boolean};

/** "14:30" today, "Tue 09:00" within a week, "12 Mar 09:00" later: the desk's own clock and zone. */
export function dueText(dueAt: number, now: number): string {
	const due = new Date(dueAt);
	const today = new Date(now);
	if (due.toDateString() === today.toDateString()) return clockTime(dueAt);
	if (dueAt - now < 6 * DAY_MS && dueAt > now) return `${WEEKDAYS[due.getDay()]} ${clockTime(dueAt)}`;
	return `${due.getDate()} ${due.toLocaleString('en', {month: 'short'})} ${clockTime(dueAt)}`;
}

/**
 * The same in the zone the customer was told the time in, that zone named ("Tue 09:00 GMT+8"), so the desk shows the
 * time the customer has (issue 12, E7). Today and this week are the customer's today and week.
 */
export function zonedDueText(dueAt: number, now: number, timeZone: string): string {
	const parts = (at: number) =>
		Object.fromEntries(
			new Intl.DateTimeFormat('en-GB', {
				timeZone,
				year: 'numeric',
				month: 'short',
				day: 'numeric',
				weekday: 'short',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				timeZoneName: 'short',
			})
				.formatToParts(at)
				.map(part => [part.type, part.value]),
		) as Record<string, string>;
	const due = parts(dueAt);
	const today = parts(now);
	const time = `${due.hour}:${due.minute} ${due.timeZoneName}`;
	if (due.year === today.year && due.month === today.month && due.day === today.day) return time;
	if (dueAt - now < 6 * DAY_MS && dueAt > now) return `${due.weekday} ${time}`;
	return `${due.day} ${due.month} ${time}`;
}

/** The zone to show a follow-up in: the one it was told in, else its chat's customer's; null for the desk's own. */
function toldZone(followup: Followup, state: Pick<DeskState, 'chats'>): string | null {
	const zone = followup.time_zone ?? state.chats.get(followup.chat_id)?.chat.customer.time_zone ?? null;
	if (zone === null) return null;
	try {
		new Intl.DateTimeFormat('en', {timeZone: zone});
		return zone;
	} catch {
		return null;
	}
}

/** The first `limit` follow-ups (soonest first) with whom each is for: the customer's name while the chat is on the desk, else the contact. */
export function followupsShown(
	state: Pick<DeskState, 'chats' | 'followups'>,
	limit: number,
): Array<{followup: Followup; whom: string; zone: string | null}> {
	return state.followups.slice(0, Math.max(0, limit)).map(followup => {
		const chat = state.chats.get(followup.chat_id);
		return {followup, whom: chat ? customerName(chat) : followup.contact, zone: toldZone(followup, state)};
	});
}

/** One line per follow-up; overdue ones say so with a symbol and a word, never by colour alone. */
export function followupLines(
	shown: ReadonlyArray<{followup: Followup; whom: string; zone?: string | null}>,
	now: number,
	ascii: boolean,
): FollowupLine[] {
	return shown.map(({followup, whom, zone}) => {
		const overdue = followup.due_at <= now;
		const at = zone ? zonedDueText(followup.due_at, now, zone) : dueText(followup.due_at, now);
		const when = overdue ? `${ascii ? '!' : '⚠'} overdue ${at}` : `due ${at}`;
		return {id: followup.id, text: `${remoteLine(whom, ascii)}${ascii ? ' - ' : ' · '}${when}`, overdue};
	});
}
