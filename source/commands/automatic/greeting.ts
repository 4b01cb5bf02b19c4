// E2, E3, E11: the greeting that goes out when the agent accepts a chat, or the one that shows a transferred chat was read.
import {describesNeed} from '../../courtesy/notices/index.js';
import {logToArray} from '../../core/index.js';
import type {CommandContext, CommandResult} from '../command.js';
import {noticeContext, noticeEffect} from '../effects.js';

/**
 * The greeting for a chat just accepted: with the customer's name, or asking for it when unknown (E3); when
 * the customer has already described their need, acknowledging it instead of asking how to help (E27);
 * for a transferred chat, the new agent introduces themselves and says they have read the conversation
 * (E11: the customer does not repeat themselves). Once per chat: `memory.greetedAt` stops a second one.
 */
export function greetingOnAccept(context: CommandContext, transferred: boolean): CommandResult {
	const chat = context.chat;
	if (!chat || context.memory.greetedAt != null || chat.chat.status === 'ended') return [];
	const kind = transferred ? 'transfer-greeting' : 'greeting';
	// E27: what the customer wrote while waiting already says what they need: the greeting acknowledges it.
	const said = logToArray(chat.messages)
		.filter(message => message.author.type === 'customer')
		.map(message => message.text);
	return [
		noticeEffect(kind, noticeContext(context, chat, {needDescribed: describesNeed(said)}), chat.id),
		{type: 'mark', chatId: chat.id, mark: 'greeted', at: context.now},
	];
}
