// Builds the demo's report card from the player's and the desk's journals: pure, and JSON-serialisable.
import {HOLD_UPDATE_INTERVAL_MS} from '../../courtesy/notices/index.js';
import {chatReport} from './chat-report.js';
import {reportClock} from './report-clock.js';
import {countWhere, sum} from './report-words.js';
import type {ChatReport, ReportCard, ReportInput, ReportTotals} from './report-card.js';
import {ruleSummary} from './rule-summary.js';

export function buildReportCard(input: ReportInput): ReportCard {
	const {player, desk} = input;
	const clock = reportClock(player.startedAt, input.endedAt, player.speed, desk.stalls ?? []);
	const holdUpdateMs = input.thresholds.holdUpdateMs ?? HOLD_UPDATE_INTERVAL_MS;
	const thresholds = {warnMs: input.thresholds.warnMs, alarmMs: input.thresholds.alarmMs, holdUpdateMs};
	const context = {
		desk,
		colleagues: player.colleagues,
		colleagueNames: new Set(player.colleagues.map(colleague => colleague.name)),
		clock,
		thresholds,
		holdUpdateMs,
	};
	// A customer still due to arrive when the demo ended took no part: listing them would only add empty rows.
	const arrived = player.customers.filter(customer => customer.arrivedAt !== null);
	const chats = arrived.map(customer => chatReport(customer, context));
	const totals = totalsOf(chats, player.customers.length - arrived.length);
	return {
		title: player.title,
		source: player.source,
		speed: clock.speed,
		timeBase: 'scenario',
		durationMs: clock.scenario(clock.demoEnd),
		thresholds,
		chats,
		rules: ruleSummary({
			title: player.title,
			speed: clock.speed,
			chats,
			totals,
			thresholds,
			guard: input.guard ?? true,
		}),
		totals,
	};
}

function totalsOf(chats: readonly ChatReport[], notArrived: number): ReportTotals {
	return {
		customers: chats.length,
		notArrived,
		joined: countWhere(chats, chat => chat.joined),
		// E1 (amended), E22: answered means the agent's own words reached them; a greeting alone answers nothing.
		answered: countWhere(chats, chat => chat.ownMessages > 0),
		ownMessages: sum(chats, chat => chat.ownMessages),
		notices: sum(chats, chat => sum(Object.values(chat.notices), count => count)),
		guardReviews: sum(chats, chat => chat.guard.reviews),
		cannedInserts: sum(chats, chat => chat.canned.inserted),
		followups: sum(chats, chat => chat.followups.length),
		ratings: countWhere(chats, chat => chat.rating !== null),
	};
}
