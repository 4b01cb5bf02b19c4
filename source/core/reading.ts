// What the agent has seen: unread counts, the unread divider, and reading what is on screen.
import type {Message} from '../protocol/index.js';
import type {DeskChat, DeskState} from './desk-state.js';
import {updateChat} from './desk-edit.js';
import {lastMessage, walkBack} from './message-log.js';

export function isOwnMessage(message: Message, selfId: string | null): boolean {
	return message.author.type === 'agent' && selfId !== null && message.author.id === selfId;
}

/** The customer's and colleagues' messages count; system lines and my own do not. */
export function countsAsUnread(message: Message, selfId: string | null): boolean {
	return message.author.type === 'customer' || (message.author.type === 'agent' && !isOwnMessage(message, selfId));
}

export function isShown(state: DeskState, chatId: string): boolean {
	return state.view.panes.includes(chatId);
}

/** Shown in a pane and following the newest message: what arrives is seen as it arrives. */
export function isWatched(state: DeskState, chatId: string): boolean {
	return isShown(state, chatId) && !state.view.scroll.has(chatId);
}

/** Everything up to the newest message is read; the divider stays where it was while the agent looks. */
export function markRead(chat: DeskChat): DeskChat {
	const lastN = lastMessage(chat.messages)?.n ?? 0;
	if (chat.unread === 0 && chat.readN >= lastN) return chat;
	return {...chat, readN: Math.max(chat.readN, lastN), unread: 0};
}

/** One message appended at the end, as it arrived live: O(1). */
export function readingAfterAppend(
	chat: DeskChat,
	message: Message,
	selfId: string | null,
	state: DeskState,
): DeskChat {
	if (isWatched(state, chat.id)) return markRead(chat);
	if (isOwnMessage(message, selfId)) {
		// Replying means the agent saw what came before.
		return {
			...chat,
			readN: Math.max(chat.readN, message.n),
			unread: 0,
			dividerN: isShown(state, chat.id) ? chat.dividerN : null,
		};
	}
	if (!countsAsUnread(message, selfId) || message.n <= chat.readN) return chat;
	return {...chat, unread: chat.unread + 1, dividerN: chat.dividerN ?? message.n};
}

/**
 * Counted again from the newest message back to readN or my last own message (after a history page):
 * O(unread), once per page.
 */
export function readingAfterMerge(chat: DeskChat, selfId: string | null, state: DeskState): DeskChat {
	if (isWatched(state, chat.id)) return markRead(chat);
	let readN = chat.readN;
	let unread = 0;
	let firstUnread: number | null = null;
	walkBack(chat.messages, message => {
		if (message.n <= chat.readN) return false;
		if (isOwnMessage(message, selfId)) {
			readN = Math.max(readN, message.n);
			return false;
		}
		if (countsAsUnread(message, selfId)) {
			unread += 1;
			firstUnread = message.n;
		}
		return true;
	});
	const dividerN =
		unread > 0
			? chat.dividerN !== null && chat.dividerN > readN
				? chat.dividerN
				: firstUnread
			: isShown(state, chat.id)
				? chat.dividerN
				: null;
	if (readN === chat.readN && unread === chat.unread && dividerN === chat.dividerN) return chat;
	return {...chat, readN, unread, dividerN};
}

/**
 * After the view changed (focus, panes, scrolling): chats now watched are read; a chat that left the
 * screen loses its divider, so the next unread message starts a new one.
 */
export function settleReading(before: DeskState, after: DeskState): DeskState {
	let next = after;
	for (const chatId of after.view.panes) {
		if (chatId !== null && isWatched(after, chatId)) next = updateChat(next, chatId, markRead);
	}
	for (const chatId of before.view.panes) {
		if (chatId === null || isShown(after, chatId)) continue;
		next = updateChat(next, chatId, chat =>
			chat.dividerN !== null && chat.unread === 0 ? {...chat, dividerN: null} : chat,
		);
	}
	return next;
}
