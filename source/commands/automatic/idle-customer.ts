// The idle customer: a polite check-in after a silence, and later (when switched on) an offer to close.
import {
	IDLE_CHECK_IN_AFTER_MS,
	IDLE_CLOSE_OFFER_AFTER_MS,
	idleNoticeDue,
	isNoticeEnabled,
} from '../../courtesy/notices/index.js';
import {walkBack} from '../../core/index.js';
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';

/**
 * When the customer and the agent last wrote. Only the agent's own words count as the agent speaking: an
 * automatic message (the greeting, "anything else?", an idle notice itself) does not answer the customer,
 * so a customer who asked before the chat was accepted is never asked "are you still there?" after a mere
 * greeting. The agent's words still on their way count too: a check-in must not follow them.
 */
function lastWords(context: CommandContext): {customerLastAt: number; agentLastAt: number | null} {
	const chat = context.chat!;
	let customerLastAt: number | null = null;
	let agentLastAt: number | null = null;
	walkBack(chat.messages, message => {
		if (message.author.type === 'customer') customerLastAt ??= message.ts;
		else if (message.author.type === 'agent' && message.visibility === 'public' && !message.auto)
			agentLastAt ??= message.ts;
		return customerLastAt === null || agentLastAt === null;
	});
	const typing = chat.pending
		.filter(pending => pending.visibility === 'public' && !pending.auto)
		.map(pending => pending.queued_at);
	const latest = Math.max(agentLastAt ?? -Infinity, ...typing);
	return {customerLastAt: customerLastAt ?? chat.chat.created_at, agentLastAt: Number.isFinite(latest) ? latest : null};
}

/** At most one idle notice per tick for an active chat whose customer has gone quiet after the agent spoke. */
export function idleCustomerEffects(context: CommandContext): CommandResult {
	const chat = context.chat;
	if (!chat || chat.chat.status !== 'active') return [];
	const {config, memory, now} = context;
	const rules = {
		checkIn: isNoticeEnabled('idle-check-in', config.notices),
		closeOffer: isNoticeEnabled('idle-close-offer', config.notices),
		checkInAfterMs: config.idleCheckInAfterMs ?? IDLE_CHECK_IN_AFTER_MS,
		closeOfferAfterMs: config.idleCloseOfferAfterMs ?? IDLE_CLOSE_OFFER_AFTER_MS,
	};
	if (!rules.checkIn && !rules.closeOffer) return [];
	const due = idleNoticeDue(
		{...lastWords(context), checkInAt: memory.idleCheckInAt ?? null, closeOfferAt: memory.idleCloseOfferAt ?? null},
		rules,
		now,
	);
	if (due === null) return [];
	const variant = chat.arrival + (due === 'idle-check-in' ? 0 : 1);
	return [
		noticeEffect(due, noticeContext(context, chat, {variant}), chat.id),
		{type: 'mark', chatId: chat.id, mark: due, at: now},
	];
}
