// E7, E9: while a chat is on hold, the progress updates that fall due and the agent's warning before the estimate runs out.
import {
	ESTIMATE_WARNING_MS,
	HOLD_UPDATE_INTERVAL_MS,
	estimateWarning,
	holdUpdateDue,
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

/** A warning that stays in the notice line until dismissed: a fading note is too easy to miss while busy in another chat. */
function estimateNotice(context: CommandContext, text: string): CommandEffect {
	return {
		type: 'intent',
		intent: {
			type: 'notice.post',
			kind: 'hold.estimate',
			level: 'warning',
			text,
			chatId: context.chat!.id,
			at: context.now,
		},
	};
}

/**
 * What a clock tick brings for one chat on hold: an update to the customer when one is due (E9, varied
 * wording by the update's number, E4), and once per hold a line for the agent 30 s before the promised
 * time runs out and once when it has (E7). Nothing for a chat not on hold.
 */
export function holdProgressEffects(context: CommandContext): CommandResult {
	const chat = context.chat;
	const hold = chat?.chat.hold;
	if (!chat || chat.chat.status !== 'on_hold' || !hold) return [];
	const {now, memory, config} = context;
	const effects: CommandEffect[] = [];
	const updates = memory.holdUpdates?.since === hold.since ? memory.holdUpdates : null;
	const intervalMs = config.holdUpdateIntervalMs ?? HOLD_UPDATE_INTERVAL_MS;
	const spokeAt = spokeDuringHold(chat, hold.since);
	const lastUpdateAt = Math.max(updates?.lastAt ?? -Infinity, spokeAt ?? -Infinity);
	if (
		holdUpdateDue(
			{since: hold.since, lastUpdateAt: Number.isFinite(lastUpdateAt) ? lastUpdateAt : null, intervalMs},
			now,
		)
	) {
		const count = updates?.count ?? 0;
		const update = noticeEffect(
			'hold-update',
			noticeContext(context, chat, {reason: hold.reason, variant: chat.arrival + count}),
			chat.id,
		);
		// Marked even when switched off, so the agent's "not sent" line comes once per interval, not every second.
		effects.push(update, {type: 'mark', chatId: chat.id, mark: 'hold-update', at: now, holdSince: hold.since});
	}
	const warning = estimateWarning(
		{since: hold.since, minutes: hold.minutes},
		now,
		config.holdWarnBeforeMs ?? ESTIMATE_WARNING_MS,
	);
	const warned = memory.holdWarned?.since === hold.since ? memory.holdWarned : null;
	if (warning?.level === 'warn' && !warned) {
		const seconds = Math.max(1, Math.round(warning.remainingMs / 1_000));
		effects.push(
			estimateNotice(
				context,
				`E7: the time you promised ${who(context)} runs out in ${seconds} s: /unhold when you are back, or tell them how it is going.`,
			),
			{type: 'mark', chatId: chat.id, mark: 'hold-warned', at: now, holdSince: hold.since},
		);
	} else if (warning?.level === 'over' && !warned?.over) {
		effects.push(
			estimateNotice(
				context,
				`E7: the time you promised ${who(context)} has run out: /unhold and tell them how it is going.`,
			),
			{type: 'mark', chatId: chat.id, mark: 'hold-over', at: now, holdSince: hold.since},
		);
	}
	return effects;
}
