// Hand-built journals for report card tests: a demo is written as what happened when (clock ms since the player started).
import type {CheckId, RuleId} from '../../../source/courtesy/guard/index.js';
import type {NoticeKind} from '../../../source/courtesy/notices/index.js';
import type {ColleagueJournal, CustomerJournal, PlayerJournal} from '../../../source/demo/player/index.js';
import {
	buildReportCard,
	emptyDeskJournal,
	type DeskJournal,
	type ReportCard,
} from '../../../source/demo/report/index.js';
import {newCustomerJournal} from '../../../source/demo/player/simulated-customer.js';
import type {ScenarioCustomer} from '../../../source/demo/scenario/index.js';

/** The clock time the player started: desk entries are START + the moment. */
export const START = 1_750_000_000_000;
/** How long a desk send takes to reach the customer. */
export const DELIVERY_MS = 40;
export const E1 = {warnMs: 30_000, alarmMs: 60_000};

export type Demo = {player: PlayerJournal; desk: DeskJournal};

export function demo(options: {speed?: number; title?: string; colleagues?: string[]} = {}): Demo {
	const colleagues: ColleagueJournal[] = (options.colleagues ?? []).map((name, index) => ({
		id: name.toLowerCase(),
		name,
		line: 100 + index,
		offers: [],
		closed: [],
		problems: [],
	}));
	return {
		player: {
			title: options.title ?? 'Report test',
			source: 'report.yaml',
			speed: options.speed ?? 1,
			startedAt: START,
			endedAt: null,
			customers: [],
			colleagues,
		},
		desk: emptyDeskJournal(),
	};
}

/** A customer who joined at `joinedAt` in chat `chatId`; the desk agent (Alex) took the chat then. */
export function customer(
	demo: Demo,
	key: string,
	chatId: string | null,
	extra: Partial<CustomerJournal> = {},
): CustomerJournal {
	const joinedAt = extra.joinedAt === undefined ? 0 : extra.joinedAt;
	const fresh = newCustomerJournal({
		key,
		name: key[0]!.toUpperCase() + key.slice(1),
		locale: 'en',
		line: demo.player.customers.length + 1,
	} as ScenarioCustomer);
	const journal: CustomerJournal = {
		...fresh,
		chatId,
		arrivedAt: joinedAt,
		joinedAt,
		agents: joinedAt === null ? [] : [{at: joinedAt, name: 'Alex'}],
		...extra,
	};
	demo.player.customers.push(journal);
	return journal;
}

export function said(customer: CustomerJournal, at: number, text = 'Hello?'): void {
	customer.said.push({at, text, line: 1});
}

/** The desk sends in the customer's chat: an automatic notice (kind) or the agent's own words (null); public ones reach the customer. */
export function deskSends(
	demo: Demo,
	customer: CustomerJournal,
	at: number,
	notice: NoticeKind | null,
	options: {text?: string; visibility?: 'public' | 'internal'} = {},
): void {
	const visibility = options.visibility ?? (notice === 'transfer-brief' ? 'internal' : 'public');
	const text = options.text ?? notice ?? 'My own words';
	demo.desk.sends.push({at: START + at, chatId: customer.chatId!, text, visibility, auto: notice !== null, notice});
	if (visibility === 'public')
		customer.received.push({at: at + DELIVERY_MS, text, auto: notice !== null, agentName: 'Alex'});
}

/** A public message from someone other than the desk (a colleague after a transfer). */
export function colleagueSays(customer: CustomerJournal, at: number, name: string): void {
	customer.received.push({at, text: `Hi, ${name} here`, auto: false, agentName: name});
}

export function guardReview(
	demo: Demo,
	customer: CustomerJournal,
	at: number,
	findings: Array<[CheckId, RuleId]>,
): void {
	demo.desk.guardReviews.push({
		at: START + at,
		chatId: customer.chatId!,
		findings: findings.map(([check, rule]) => ({check, rule})),
	});
}

export function cannedInsert(demo: Demo, customer: CustomerJournal, at: number): void {
	demo.desk.cannedInserts.push({at: START + at, chatId: customer.chatId!, responseId: 'greeting'});
}

export function followup(demo: Demo, customer: CustomerJournal, at: number, dueInMs: number): void {
	demo.desk.followups.push({at: START + at, chatId: customer.chatId!, dueAt: START + at + dueInMs});
}

export function offer(
	demo: Demo,
	colleague: string,
	customer: CustomerJournal,
	at: number,
	outcome: 'accepted' | 'declined',
): void {
	demo.player.colleagues
		.find(candidate => candidate.name === colleague)!
		.offers.push({at, chatId: customer.chatId!, customer: customer.key, from: 'Alex', outcome, answeredAt: at + 1_000});
}

export function card(demo: Demo, endedAt: number, extra: {guard?: boolean; holdUpdateMs?: number} = {}): ReportCard {
	const thresholds = extra.holdUpdateMs === undefined ? E1 : {...E1, holdUpdateMs: extra.holdUpdateMs};
	return buildReportCard({
		player: demo.player,
		desk: demo.desk,
		thresholds,
		endedAt: START + endedAt,
		...(extra.guard === undefined ? {} : {guard: extra.guard}),
	});
}
