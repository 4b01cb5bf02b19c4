// E19: a rating that arrives while the chat is still open is thanked (a 1 of 3 with an apology, E13).
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';

/** After chat.end the server takes no more messages, so a rating that comes later is only shown to the agent. */
export function ratingThanksEffects(context: CommandContext, score: number): CommandResult {
	const chat = context.chat;
	if (!chat || chat.chat.status === 'ended' || chat.chat.status === 'transferring') return [];
	return [noticeEffect('rating-thanks', noticeContext(context, chat, {rating: score}), chat.id)];
}
