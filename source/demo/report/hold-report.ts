// E7, E9, E10 for one chat: each hold the customer saw, and the notices the desk sent around it.
import type {CustomerJournal} from '../player/index.js';
import {MATCH_TOLERANCE_MS, noticesOf, type ChatDeskRecord} from './chat-desk-record.js';
import type {ReportClock} from './report-clock.js';
import type {HoldReport} from './report-card.js';

/**
 * Holds come from the customer's side (the status change they saw); notices from the desk's. A hold notice
 * goes out before the hold starts, so it belongs to the first hold after it; updates and thanks belong to
 * the hold they fall in, which runs until the next one starts.
 */
export function holdReports(
	customer: CustomerJournal,
	record: ChatDeskRecord,
	clock: ReportClock,
	holdUpdateMs: number,
): HoldReport[] {
	const holds = [...customer.holds].sort((a, b) => a.at - b.at);
	const announcements = noticesOf(record, 'hold');
	const updates = noticesOf(record, 'hold-update');
	const thanks = noticesOf(record, 'hold-end');
	const chatEnd = customer.end?.at ?? clock.demoEnd;
	return holds.map((hold, index) => {
		const previous = holds[index - 1];
		const after = previous === undefined ? -Infinity : (previous.endedAt ?? previous.at);
		const from = hold.at - MATCH_TOLERANCE_MS;
		const until = (holds[index + 1]?.at ?? Infinity) - MATCH_TOLERANCE_MS;
		const within = (t: number) => t >= from && t < until;
		const lasted = clock.scenario(Math.max(0, (hold.endedAt ?? chatEnd) - hold.at));
		return {
			atMs: clock.scenario(hold.at),
			durationMs: hold.endedAt === null ? null : lasted,
			announced: announcements.some(({t}) => t > after && t <= hold.at + MATCH_TOLERANCE_MS),
			updates: updates.filter(({t}) => within(t)).length,
			needsUpdate: lasted >= holdUpdateMs,
			thanked: hold.endedAt !== null && thanks.some(({t}) => within(t)),
		};
	});
}
