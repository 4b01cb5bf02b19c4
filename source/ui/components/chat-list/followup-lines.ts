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

/** The first `limit` follow-ups (soonest first) with whom each is for: the customer's name while the chat is on the desk, else the contact. */
export function followupsShown(
	state: Pick<DeskState, 'chats' | 'followups'>,
	limit: number,
): Array<{followup: Followup; whom: string}> {
	return state.followups.slice(0, Math.max(0, limit)).map(followup => {
		const chat = state.chats.get(followup.chat_id);
		return {followup, whom: chat ? customerName(chat) : followup.contact};
	});
}

/** One line per follow-up; overdue ones say so with a symbol and a word, never by colour alone. */
export function followupLines(
	shown: ReadonlyArray<{followup: Followup; whom: string}>,
	now: number,
	ascii: boolean,
): FollowupLine[] {
	return shown.map(({followup, whom}) => {
		const overdue = followup.due_at <= now;
		const when = overdue
			? `${ascii ? '!' : '⚠'} overdue ${dueText(followup.due_at, now)}`
			: `due ${dueText(followup.due_at, now)}`;
		return {id: followup.id, text: `${remoteLine(whom, ascii)}${ascii ? ' - ' : ' · '}${when}`, overdue};
	});
}
