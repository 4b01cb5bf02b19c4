// E2, E3, E11: the greeting that goes out when the agent accepts a chat, or the one that shows a transferred chat was read.
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';

/**
 * The greeting for a chat just accepted: with the customer's name, or asking for it when unknown (E3);
 * for a transferred chat, the new agent introduces themselves and says they have read the conversation
 * (E11: the customer does not repeat themselves). Once per chat: `memory.greetedAt` stops a second one.
 */
export function greetingOnAccept(context: CommandContext, transferred: boolean): CommandResult {
	const chat = context.chat;
	if (!chat || context.memory.greetedAt != null || chat.chat.status === 'ended') return [];
	const kind = transferred ? 'transfer-greeting' : 'greeting';
	return [
		noticeEffect(kind, noticeContext(context, chat), chat.id),
		{type: 'mark', chatId: chat.id, mark: 'greeted', at: context.now},
	];
}
