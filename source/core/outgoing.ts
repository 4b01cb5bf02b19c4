// The agent's sends on the desk: pending until confirmed, kept with their text when refused, never lost.
import type {Message, ProtocolError} from '../protocol/index.js';
import type {PendingMessage} from './actions.js';
import type {DeskState, FailedSend} from './desk-state.js';
import {mapDelete, mapSet, updateChat} from './desk-edit.js';
import {receiveMessage} from './chat-messages.js';
import {customerName} from './names.js';
import {addAlert} from './alerts.js';
import {notDeliveredText} from './send-refusal.js';

export function queueSend(state: DeskState, message: PendingMessage): DeskState {
	const outbox = mapSet(state.outbox, message.client_msg_id, message);
	const next = outbox === state.outbox ? state : {...state, outbox};
	return updateChat(next, message.chat_id, chat => {
		if (chat.pending.some(pending => pending.client_msg_id === message.client_msg_id)) return chat;
		// Remembered past the confirmation, so a history merge later still knows the greeting answered nothing (E1).
		const nonAnswers =
			message.answers === false ? new Set([...chat.nonAnswers, message.client_msg_id]) : chat.nonAnswers;
		return {...chat, pending: [...chat.pending, message], nonAnswers};
	});
}

/** The server stored it; the stored message may have arrived already as message.created (either order, §7.1). */
export function confirmSend(state: DeskState, clientMsgId: string, stored: Message): DeskState {
	const outbox = mapDelete(state.outbox, clientMsgId);
	let next = outbox === state.outbox ? state : {...state, outbox};
	next = updateChat(next, stored.chat_id, chat => {
		const pending = chat.pending.filter(message => message.client_msg_id !== clientMsgId);
		return pending.length === chat.pending.length ? chat : {...chat, pending};
	});
	// A duplicate of the message.created copy changes nothing (the log deduplicates by id and n).
	return receiveMessage(next, stored);
}

export function failSend(state: DeskState, clientMsgId: string, error: ProtocolError, at: number): DeskState {
	const queued = state.outbox.get(clientMsgId) ?? findPending(state, clientMsgId);
	const outbox = mapDelete(state.outbox, clientMsgId);
	let next = outbox === state.outbox ? state : {...state, outbox};
	if (!queued) return next;
	const failed: FailedSend = {...queued, error, failed_at: at};
	const chat = next.chats.get(queued.chat_id);
	if (!chat) {
		// The chat has left the desk (or a message saved by an earlier run is for a chat this desk never had): the
		// whole text goes into an alert, by customer name, so the agent can still copy it.
		const customer = queued.customer ?? 'a customer';
		return addAlert(
			next,
			{kind: 'send.failed', level: 'warning', chatId: null, text: notDeliveredText(customer, queued.text, error, true)},
			at,
		);
	}
	next = updateChat(next, queued.chat_id, desk => ({
		...desk,
		pending: desk.pending.filter(message => message.client_msg_id !== clientMsgId),
		failed: desk.failed.some(entry => entry.client_msg_id === clientMsgId) ? desk.failed : [...desk.failed, failed],
	}));
	// A transcript's chat is gone from the server: say so out loud, the agent may not be looking at it.
	if (chat.gone)
		next = addAlert(
			next,
			{
				kind: 'send.failed',
				level: 'warning',
				chatId: queued.chat_id,
				text: notDeliveredText(customerName(chat), queued.text, error),
			},
			at,
		);
	return next;
}

export function dismissFailed(state: DeskState, chatId: string, clientMsgId: string): DeskState {
	return updateChat(state, chatId, chat => {
		const failed = chat.failed.filter(entry => entry.client_msg_id !== clientMsgId);
		return failed.length === chat.failed.length ? chat : {...chat, failed};
	});
}

function findPending(state: DeskState, clientMsgId: string): PendingMessage | undefined {
	for (const chat of state.chats.values()) {
		const found = chat.pending.find(message => message.client_msg_id === clientMsgId);
		if (found) return found;
	}
	return undefined;
}
