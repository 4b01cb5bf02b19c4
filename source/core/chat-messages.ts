// Messages reaching a chat (live, from history, confirmed sends): merged once each, with E1 wait and unread kept up.
import type {Message} from '../protocol/index.js';
import type {DeskChat, DeskState} from './desk-state.js';
import {mapDelete, updateChat} from './desk-edit.js';
import {addMessage, addMessages, firstMessage, lastMessage} from './message-log.js';
import {readingAfterAppend, readingAfterMerge} from './reading.js';
import {advanceWaiting, isCustomerMessage, unansweredSince} from './response-timer.js';

/** A confirmed message replaces the pending copy the agent saw while it was on its way. */
function withoutConfirmed(chat: DeskChat, messages: readonly Message[]): DeskChat {
	if (chat.pending.length === 0) return chat;
	const confirmed = new Set(
		messages
			.filter(message => message.author.type === 'agent' && message.client_msg_id !== null)
			.map(message => message.client_msg_id),
	);
	if (confirmed.size === 0) return chat;
	const pending = chat.pending.filter(message => !confirmed.has(message.client_msg_id));
	return pending.length === chat.pending.length ? chat : {...chat, pending};
}

/** One message as it arrives (message.created, outbox.sent): O(1) when it belongs at the end, as it normally does. */
export function receiveMessage(state: DeskState, message: Message): DeskState {
	const selfId = state.agent?.id ?? null;
	const next = updateChat(state, message.chat_id, chat => {
		const cleared = withoutConfirmed(chat, [message]);
		const messages = addMessage(chat.messages, message);
		if (messages === chat.messages) return cleared;
		const grown: DeskChat = {...cleared, messages};
		if (lastMessage(messages) === message) {
			return readingAfterAppend(
				{...grown, waitingSince: advanceWaiting(chat.waitingSince, message, chat.nonAnswers)},
				message,
				selfId,
				state,
			);
		}
		// It filled a gap further up: the tail questions have to be asked again.
		return readingAfterMerge({...grown, waitingSince: unansweredSince(messages, chat.nonAnswers)}, selfId, state);
	});
	// The customer's typing ends with their message (protocol §15).
	if (next !== state && isCustomerMessage(message) && next.typing.has(message.chat_id)) {
		return {...next, typing: mapDelete(next.typing, message.chat_id)};
	}
	return next;
}

/** A page of history (chat.history): merged with what is there; O(page + unread), plus O(n) for an older page. */
export function receiveHistory(
	state: DeskState,
	chatId: string,
	page: readonly Message[],
	hasMore: boolean,
): DeskState {
	const selfId = state.agent?.id ?? null;
	return updateChat(state, chatId, chat => {
		const ours = page.filter(message => message.chat_id === chatId);
		const cleared = withoutConfirmed(chat, ours);
		const messages = addMessages(chat.messages, ours);
		const previousFirst = firstMessage(chat.messages)?.n ?? Number.POSITIVE_INFINITY;
		const pageFirst = Math.min(...ours.map(message => message.n));
		// has_more speaks of messages before the page; it matters only when the page reaches further back.
		const hasOlder = (firstMessage(messages)?.n ?? 1) > 1 && (pageFirst <= previousFirst ? hasMore : chat.hasOlder);
		if (messages === chat.messages && cleared === chat && chat.historyLoaded && hasOlder === chat.hasOlder) return chat;
		const merged: DeskChat = {...cleared, messages, historyLoaded: true, hasOlder};
		if (messages === chat.messages) return merged;
		return readingAfterMerge({...merged, waitingSince: unansweredSince(messages, chat.nonAnswers)}, selfId, state);
	});
}
