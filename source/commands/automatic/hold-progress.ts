// E7, E9: while a chat is on hold, the progress updates that fall due and the agent's warning before the estimate runs out.
import {
	ESTIMATE_WARNING_MS,
	HOLD_UPDATE_INTERVAL_MS,
	HOLD_UPDATE_LIMIT,
	composeNotice,
	estimateWarning,
	holdUpdateDue,
	isSkipped,
	wordingCount,
	type NoticeContext,
	type NoticeKind,
} from '../../courtesy/notices/index.js';
import {walkBack, type DeskChat} from '../../core/index.js';
import type {CommandContext, CommandEffect, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';

/** The name the agent knows the customer by, for their own notices. */
function who(context: CommandContext): string {
	const chat = context.chat!;
	return chat.chat.customer.name?.trim() || `the customer in chat ${chat.arrival}`;
}

/**
 * E9, E10: when the customer last heard from the desk during this hold, what is still on its way included:
 * the hold notice, an earlier update, or a reply. A reply ends the hold, but the unhold goes out only once the
 * reply is confirmed: an update in between would follow "thanks for waiting". Read from the chat itself, so a
 * desk restarted mid-hold does not send an update the customer had a moment ago.
 */
function spokeDuringHold(chat: DeskChat, since: number): number | null {
	let at: number | null = null;
	const saw = (ts: number) => {
		if (ts >= since && (at === null || ts > at)) at = ts;
	};
	for (const pending of chat.pending) if (pending.visibility === 'public') saw(pending.queued_at);
	walkBack(chat.messages, message => {
		if (message.ts < since) return false;
		const spoke = message.author.type === 'agent' && message.visibility === 'public';
		if (spoke) saw(message.ts);
		return !spoke;
	});
	return at;
}

/** The texts a kind can take in this chat's context: what the desk would have sent, to find in the conversation. */
function wordingsOf(kind: NoticeKind, context: NoticeContext): Set<string> {
	const texts = new Set<string>();
	const count = wordingCount(kind, context);
	for (let variant = 0; variant < count; variant++) {
		const notice = composeNotice(kind, {...context, variant});
		if (!isSkipped(notice)) texts.add(notice.text);
	}
	return texts;
}

/**
 * E7, E9 from the chat's own history: how many progress updates this hold has had, the last one's time, and
 * whether the customer was told the time ran out. The desk's memory of them is lost when it restarts or
 * reconnects to a fresh session; the conversation is not, so a restarted desk neither goes past the limit,
 * repeats a wording, nor apologises for the overrun twice. Messages still in the outbox count as said.
 */
function holdHistory(
	chat: DeskChat,
	since: number,
	context: NoticeContext,
): {updates: number; lastUpdateAt: number | null; overrun: boolean} {
	const updates = wordingsOf('hold-update', context);
	const overruns = wordingsOf('hold-overrun', context);
	let count = 0;
	let lastUpdateAt: number | null = null;
	let overrun = false;
	const saw = (text: string, at: number) => {
		if (updates.has(text)) {
			count++;
			lastUpdateAt = Math.max(lastUpdateAt ?? -Infinity, at);
		}
		if (overruns.has(text)) overrun = true;
	};
	for (const pending of chat.pending)
		if (pending.auto && pending.visibility === 'public' && pending.queued_at >= since)
			saw(pending.text, pending.queued_at);
	walkBack(chat.messages, message => {
		if (message.ts < since) return false;
		if (message.author.type === 'agent' && message.visibility === 'public') saw(message.text, message.ts);
		return true;
	});
	return {updates: count, lastUpdateAt, overrun};
}

/** A warning that stays in the alert line until dismissed: a fading note is too easy to miss while busy in another chat. */
function estimateNotice(context: CommandContext, text: string): CommandEffect {
	return {
		type: 'intent',
		intent: {
			type: 'alert.post',
			kind: 'hold.estimate',
			level: 'warning',
			text,
			chatId: context.chat!.id,
			at: context.now,
		},
	};
}

/**
 * What a clock tick brings for one chat on hold (E7, E9, E10), once each per hold:
 * - an update to the customer when one is due, each worded differently (E4: the update's number picks the
 *   wording, never repeating one within the hold), none claiming progress (E7), and no more than the limit
 *   without the agent: then the agent is asked to act;
 * - a line for the agent 30 s before the promised time runs out;
 * - when it has run out, the customer is told honestly with an apology (E10 amended), no more updates go out,
 *   and the agent's line says what to do: /hold with a new time (the customer is told it) or /unhold.
 * Nothing for a chat not on hold.
 */
export function holdProgressEffects(context: CommandContext): CommandResult {
	const chat = context.chat;
	const hold = chat?.chat.hold;
	if (!chat || chat.chat.status !== 'on_hold' || !hold) return [];
	const {now, memory, config} = context;
	const effects: CommandEffect[] = [];
	const warning = estimateWarning(
		{since: hold.since, minutes: hold.minutes},
		now,
		config.holdWarnBeforeMs ?? ESTIMATE_WARNING_MS,
	);
	const warned = memory.holdWarned?.since === hold.since ? memory.holdWarned : null;
	// An extended hold (a new /hold during the hold) keeps its start but has a new promise: warn again.
	const promiseKept = warned && (warned.minutes === undefined || warned.minutes === hold.minutes) ? warned : null;
	const history = holdHistory(chat, hold.since, noticeContext(context, chat));
	if (warning?.level === 'over') {
		// Told already, by this desk or (before a restart) an earlier one: the apology for the overrun goes once.
		// A new estimate (/hold again) is a new promise, so the history only counts for one the desk has no memory of.
		const toldBefore = promiseKept?.over || (warned === null && history.overrun);
		if (!toldBefore)
			effects.push(
				noticeEffect('hold-overrun', noticeContext(context, chat), chat.id),
				estimateNotice(
					context,
					`E7: the time you promised ${who(context)} has run out; they were told, with an apology. /hold MINUTES gives them a new time, /unhold says you are back.`,
				),
				{type: 'mark', chatId: chat.id, mark: 'hold-over', at: now, holdSince: hold.since, minutes: hold.minutes},
			);
		// E7: past the promise, more automatic reassurance would only paper over it: the agent decides.
		return effects;
	}
	if (warning?.level === 'warn' && !promiseKept) {
		const seconds = Math.max(1, Math.round(warning.remainingMs / 1_000));
		effects.push(
			estimateNotice(
				context,
				`E7: the time you promised ${who(context)} runs out in ${seconds} s: /unhold when you are back, or /hold MINUTES for more time.`,
			),
			{type: 'mark', chatId: chat.id, mark: 'hold-warned', at: now, holdSince: hold.since, minutes: hold.minutes},
		);
	}
	const updates = memory.holdUpdates?.since === hold.since ? memory.holdUpdates : null;
	// The larger of what the desk remembers and what the conversation shows (a restarted desk remembers nothing).
	const count = Math.max(updates?.count ?? 0, history.updates);
	const intervalMs = config.holdUpdateIntervalMs ?? HOLD_UPDATE_INTERVAL_MS;
	const spokeAt = spokeDuringHold(chat, hold.since);
	const lastUpdateAt = Math.max(updates?.lastAt ?? -Infinity, spokeAt ?? -Infinity, history.lastUpdateAt ?? -Infinity);
	const due = holdUpdateDue(
		{since: hold.since, lastUpdateAt: Number.isFinite(lastUpdateAt) ? lastUpdateAt : null, intervalMs},
		now,
	);
	if (!due) return effects;
	const updateContext = noticeContext(context, chat, {variant: count});
	// Never the same wording twice in one hold (E4), whatever the configured limit.
	// (Switched off: no wordings, and the limit alone counts the agent's "not sent" lines.)
	const wordings = wordingCount('hold-update', updateContext) || Infinity;
	const limit = Math.min(config.holdUpdateLimit ?? HOLD_UPDATE_LIMIT, wordings);
	if (count >= limit) {
		// Once per hold (and once more on a restarted desk, whose agent has not seen it).
		if (memory.holdLimitTold !== hold.since)
			effects.push(
				estimateNotice(
					context,
					`E9: ${who(context)} has had ${limit} automatic updates in this hold; no more go out on their own. Say how it is going, /hold MINUTES for a new time, or /unhold.`,
				),
				{type: 'mark', chatId: chat.id, mark: 'hold-limit', at: now, holdSince: hold.since},
			);
		return effects;
	}
	// Marked even when switched off, so the agent's "not sent" line comes once per interval, not every second.
	effects.push(noticeEffect('hold-update', updateContext, chat.id), {
		type: 'mark',
		chatId: chat.id,
		mark: 'hold-update',
		at: now,
		holdSince: hold.since,
	});
	return effects;
}
