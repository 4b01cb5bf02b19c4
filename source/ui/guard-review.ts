// E3-E6 on the desk: what the guard is told about a chat, and whether a draft needs a second look before it goes out.
import {isNameKnown, customerName} from '../core/names.js';
import type {DeskState} from '../core/desk-state.js';
import {walkBack} from '../core/message-log.js';
import {checkMessage, emojiIn, type Finding, type GuardConfig, type GuardContext} from '../courtesy/guard/index.js';

/** The guard's view of a chat: the customer's language and name, the agent's name, the emoji the customer has used (E4). */
export function guardContextFor(state: DeskState, chatId: string, config: GuardConfig): GuardContext | null {
	const chat = state.chats.get(chatId);
	if (!chat) return null;
	const customerEmojiSeen = new Set<string>();
	walkBack(chat.messages, message => {
		if (message.author.type === 'customer')
			for (const found of emojiIn(message.text)) customerEmojiSeen.add(found.emoji);
		return true;
	});
	return {
		locale: chat.chat.customer.locale,
		customerName: isNameKnown(chat) ? customerName(chat) : null,
		agentName: state.agent?.name ?? null,
		customerEmojiSeen,
		config,
	};
}

/** The findings for a message about to go to the customer; none when the guard is off or the chat is gone. */
export function reviewMessage(state: DeskState, chatId: string, text: string, config: GuardConfig): Finding[] {
	if (!config.enabled) return [];
	const context = guardContextFor(state, chatId, config);
	return context ? checkMessage(text, context) : [];
}
