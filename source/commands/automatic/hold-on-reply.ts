// E10: any message from the agent ends a hold, with thanks for waiting before the message itself.
import type {CommandContext, CommandResult, SendEffect} from '../command.js';
import {holdEndContext, noticeEffect, request} from '../effects.js';

/**
 * The agent's public reply, and when the chat is on hold: the thanks first, the reply, then the unhold.
 * Both messages go through the outbox before the request, so neither waits on the server answering the
 * unhold, and a reply typed while the link is down is queued rather than lost.
 */
export function replyEndingHold(context: CommandContext, reply: SendEffect): CommandResult {
	const chat = context.chat;
	if (
		!chat ||
		chat.chat.status !== 'on_hold' ||
		reply.visibility !== 'public' ||
		!context.capabilities.includes('hold')
	)
		return [reply];
	return [
		noticeEffect('hold-end', holdEndContext(context, chat), chat.id),
		reply,
		request('chat.unhold', {chat_id: chat.id}),
	];
}
