// reduceDesk: the one place the desk changes. Server events, client actions and the agent's intents in, a new state out.
import type {ServerEventAction} from './actions.js';
import type {DeskInput, DeskResult} from './intents.js';
import type {DeskState} from './desk-state.js';
import {removeChat, updateChat, withView} from './desk-edit.js';
import {receiveHistory, receiveMessage} from './chat-messages.js';
import {
	chatAssigned,
	chatEnded,
	chatOffered,
	chatTransferred,
	chatUpdated,
	customerUpdated,
	offerRevoked,
	ratingReceived,
	transferFailed,
} from './chat-events.js';
import {addAlert, dismissAlert, PROTOCOL_ERROR_TEXT} from './alerts.js';
import {confirmSend, dismissFailed, failSend, queueSend} from './outgoing.js';
import {markRead} from './reading.js';
import {connectionChanged, sessionStarted} from './session.js';
import {customerTyping, presenceChanged, sneakPeek} from './transient.js';
import {
	closePane,
	focusAttention,
	focusChat,
	focusNumber,
	focusStep,
	scrollFocused,
	splitPane,
	stepPane,
} from './view-intents.js';

/**
 * Pure: returns the same state object when nothing changed, and otherwise shares every part that did not
 * change (other chats keep their objects), so the UI re-renders only what an action touched. Never throws
 * on an event for a chat it does not know: such events are ignored.
 */
export function reduceDesk(state: DeskState, action: DeskInput): DeskState {
	switch (action.type) {
		case 'connection.changed':
			return connectionChanged(state, action.status);
		case 'session.started':
			return sessionStarted(state, action, action.at);
		case 'server.event':
			return reduceServerEvent(state, action);
		case 'history.loaded':
			return receiveHistory(state, action.chat_id, action.messages, action.has_more);
		case 'outbox.queued':
			return queueSend(state, action.message);
		case 'outbox.sent':
			return confirmSend(state, action.client_msg_id, action.message);
		case 'outbox.failed':
			return failSend(state, action.client_msg_id, action.error, action.at);
		case 'protocol.error':
			// The agent reads what it means; the technical words (seqs, ids, the server's text) go to the log's details.
			return addAlert(
				state,
				{
					kind: 'protocol.error',
					level: 'warning',
					text: action.summary ?? PROTOCOL_ERROR_TEXT,
					chatId: null,
					detail: action.message,
				},
				action.at,
			);
		case 'focus.number':
			return focusNumber(state, action.number);
		case 'focus.chat':
			return focusChat(state, action.chatId);
		case 'focus.next':
			return focusStep(state, 1);
		case 'focus.previous':
			return focusStep(state, -1);
		case 'focus.attention':
			return focusAttention(state, action.now);
		case 'pane.split':
			return splitPane(state);
		case 'pane.close':
			return closePane(state);
		case 'pane.next':
			return stepPane(state, 1);
		case 'pane.previous':
			return stepPane(state, -1);
		case 'scroll.to':
			return scrollFocused(state, action.anchor);
		case 'scroll.bottom':
			return scrollFocused(state, null);
		case 'chat.read':
			return updateChat(state, action.chatId, markRead);
		case 'chat.close':
			return state.chats.get(action.chatId)?.chat.status === 'ended' ? removeChat(state, action.chatId) : state;
		case 'alert.dismiss':
			return dismissAlert(state, action.alertId);
		case 'alert.post':
			return addAlert(
				state,
				{kind: action.kind, level: action.level, text: action.text, chatId: action.chatId},
				action.at,
			);
		case 'alerts.clear':
			return state.alerts.length === 0 ? state : {...state, alerts: []};
		case 'failed.dismiss':
			return dismissFailed(state, action.chatId, action.clientMsgId);
		case 'details.open':
			return withView(state, {detailsOpen: true});
		case 'details.close':
			return withView(state, {detailsOpen: false});
		case 'details.toggle':
			return withView(state, {detailsOpen: !state.view.detailsOpen});
		default:
			return reduceResult(state, action);
	}
}

function reduceServerEvent(state: DeskState, action: ServerEventAction): DeskState {
	const {at} = action;
	switch (action.event) {
		case 'chat.offered':
			return chatOffered(state, action.payload, at);
		case 'offer.revoked':
			return offerRevoked(state, action.payload, at);
		case 'chat.assigned':
			return chatAssigned(state, action.payload.chat, at);
		case 'chat.updated':
			return chatUpdated(state, action.payload.chat);
		case 'chat.transferred':
			return chatTransferred(state, action.payload, at);
		case 'transfer.failed':
			return transferFailed(state, action.payload, at);
		case 'chat.ended':
			return chatEnded(state, action.payload, at);
		case 'message.created':
			return receiveMessage(state, action.payload.message);
		case 'rating.received':
			return ratingReceived(state, action.payload, at);
		case 'customer.updated':
			return customerUpdated(state, action.payload);
		case 'typing':
			return customerTyping(state, action.payload, at);
		case 'sneak_peek':
			return sneakPeek(state, action.payload, at);
		case 'presence.changed':
			return presenceChanged(state, action.payload);
		default:
			return unknown(state, action);
	}
}

function reduceResult(state: DeskState, action: DeskResult): DeskState {
	switch (action.type) {
		case 'departments.loaded':
			return {...state, departments: new Map(action.departments.map(department => [department.id, department]))};
		case 'agents.loaded': {
			const colleagues = new Map(
				action.agents.map(agent => [agent.id, {id: agent.id, name: agent.name, presence: agent.presence}]),
			);
			return {...state, colleagues};
		}
		case 'agent.updated':
			return {...state, agent: action.agent};
		case 'followup.added': {
			const others = state.followups.filter(followup => followup.id !== action.followup.id);
			// Soonest due first, as the snapshot lists them (E20).
			return {...state, followups: [...others, action.followup].sort((a, b) => a.due_at - b.due_at)};
		}
		default:
			return unknown(state, action);
	}
}

/** Exhaustive at compile time; at run time an action from a newer client is ignored rather than fatal. */
function unknown(state: DeskState, _action: never): DeskState {
	return state;
}
