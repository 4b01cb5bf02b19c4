// E1 for one chat: the first response, and every wait from a customer message to the next agent message, in scenario time.
import {timerLevel} from '../../core/index.js';
import type {CustomerJournal} from '../player/index.js';
import type {LinkTimes} from './link-time.js';
import type {ReportClock} from './report-clock.js';
import type {FirstResponse, ReportThresholds, ResponseFigures} from './report-card.js';

export type ChatResponses = {firstResponse: FirstResponse | null; responses: ResponseFigures};

/**
 * What counts as a reply is what the desk's own E1 timer counts: any public agent message the customer
 * received, automatic notices included (a hold update does keep them informed), except the greetings. E1
 * (amended): an automatic greeting shows someone is there but answers nothing, so it is not the first
 * response either. `greetings` holds the texts of the greetings the desk sent in this chat.
 */
export function chatResponses(
	customer: CustomerJournal,
	clock: ReportClock,
	thresholds: ReportThresholds,
	deskOwned: (t: number) => boolean,
	greetings: ReadonlySet<string> = new Set(),
	link: LinkTimes = NO_LINK,
): ChatResponses {
	if (customer.joinedAt === null) return {firstResponse: null, responses: noResponses()};
	const chatEnd = customer.end?.at ?? clock.demoEnd;
	const replies = customer.received.filter(message => !(message.auto && greetings.has(message.text)));
	// Scenario time of a wait from `said` (null: from the join) to `reply` (null: still open at `chatEnd`).
	const wait = (start: number, said: Said | null, reply: Received | null) =>
		clock.wait(
			Math.max(0, (reply?.at ?? chatEnd) - start),
			(said === null ? 0 : link.inbound(said)) + (reply === null ? 0 : link.outbound(reply)),
			start,
		);
	return {
		firstResponse: firstResponse(customer, replies, wait, thresholds),
		responses: waits(customer, replies, wait, thresholds, deskOwned),
	};
}

const NO_LINK: LinkTimes = {inbound: () => 0, outbound: () => 0};

type Said = CustomerJournal['said'][number];
type Wait = (start: number, said: Said | null, reply: Received | null) => number;

type Received = CustomerJournal['received'][number];

function firstResponse(
	customer: CustomerJournal,
	replies: readonly Received[],
	wait: Wait,
	thresholds: ReportThresholds,
): FirstResponse {
	const reply = earliest(replies);
	const said = earliest(customer.said);
	// A customer answered before they typed anything waited from the moment the chat opened. A reply that
	// arrives with their first message is no answer to it (as for every wait below): it counts from the join.
	const fromMessage = said !== null && (reply === null || said.at < reply.at);
	const start = fromMessage ? said.at : (customer.joinedAt ?? 0);
	const ms = wait(start, fromMessage ? said : null, reply);
	return {ms, from: fromMessage ? 'message' : 'join', answered: reply !== null, level: timerLevel(ms, thresholds)};
}

function waits(
	customer: CustomerJournal,
	replies: readonly Received[],
	wait: Wait,
	thresholds: ReportThresholds,
	deskOwned: (t: number) => boolean,
): ResponseFigures {
	// Replies first on a tie: a reply that arrives with the customer's message is no answer to it.
	type Event = {at: number; reply: Received | null; said: Said | null};
	const timeline: Event[] = [
		...replies.map(reply => ({at: reply.at, reply, said: null})),
		...customer.said.map(said => ({at: said.at, reply: null, said})),
	].sort((a, b) => a.at - b.at || Number(b.reply !== null) - Number(a.reply !== null));
	const answered: number[] = [];
	const all: number[] = [];
	let since: Said | null = null;
	for (const event of timeline) {
		if (event.said !== null) {
			// The oldest unanswered message starts the wait; once a colleague has the chat it is no longer the desk's.
			if (since === null && deskOwned(event.at)) since = event.said;
			continue;
		}
		if (since === null) continue;
		const ms = wait(since.at, since, event.reply);
		answered.push(ms);
		all.push(ms);
		since = null;
	}
	const open = since === null ? null : wait(since.at, since, null);
	if (open !== null) all.push(open);
	const levels = all.map(ms => timerLevel(ms, thresholds));
	return {
		count: answered.length,
		averageMs: answered.length === 0 ? null : Math.round(answered.reduce((sum, ms) => sum + ms, 0) / answered.length),
		slowestMs: answered.length === 0 ? null : Math.max(...answered),
		overWarn: levels.filter(level => level !== 'ok').length,
		overAlarm: levels.filter(level => level === 'alarm').length,
		unanswered: open === null ? 0 : 1,
	};
}

function earliest<T extends {at: number}>(entries: readonly T[]): T | null {
	let first: T | null = null;
	for (const entry of entries) if (first === null || entry.at < first.at) first = entry;
	return first;
}

function noResponses(): ResponseFigures {
	return {count: 0, averageMs: null, slowestMs: null, overWarn: 0, overAlarm: 0, unanswered: 0};
}
