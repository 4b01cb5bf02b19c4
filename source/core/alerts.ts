// Alerts for the agent: what happened to an offer, a transfer, a send, or the wire, in words, with ids to dismiss.
import type {AgentEventPayload} from '../protocol/index.js';
import {
	MAX_ALERT_LOG,
	MAX_ALERTS,
	type DeskState,
	type LoggedAlert,
	type Alert,
	type AlertKind,
	type AlertLevel,
} from './desk-state.js';
import {customerName} from './names.js';

export type AlertDraft = {kind: AlertKind; level: AlertLevel; text: string; chatId: string | null; detail?: string};

/** The customer an alert is about, by name (never an id): the log outlives the chat. */
function chatName(state: DeskState, chatId: string | null): string | null {
	if (chatId === null) return null;
	const chat = state.chats.get(chatId);
	return chat ? customerName(chat) : null;
}

export function addAlert(state: DeskState, draft: AlertDraft, at: number): DeskState {
	const latest = state.alerts.at(-1);
	const logged = state.alertLog.at(-1);
	if (latest && latest.kind === draft.kind && latest.text === draft.text && latest.chatId === draft.chatId) {
		// The same line again (a burst of protocol errors): count it rather than fill the list; the newest detail is kept.
		const detail = draft.detail === undefined ? {} : {detail: draft.detail};
		const counted: Alert = {...latest, ...detail, count: latest.count + 1, at};
		const alertLog =
			logged && logged.id === latest.id
				? [...state.alertLog.slice(0, -1), {...logged, ...detail, count: logged.count + 1, at}]
				: state.alertLog;
		return {...state, alerts: [...state.alerts.slice(0, -1), counted], alertLog};
	}
	const alert: Alert = {...draft, id: `alert-${state.nextAlert}`, at, count: 1};
	const alerts = [...state.alerts, alert];
	const entry: LoggedAlert = {
		id: alert.id,
		level: draft.level,
		text: draft.text,
		chat: chatName(state, draft.chatId),
		at,
		count: 1,
		...(draft.detail === undefined ? {} : {detail: draft.detail}),
	};
	const alertLog = [...state.alertLog, entry];
	return {
		...state,
		alerts: alerts.length > MAX_ALERTS ? alerts.slice(-MAX_ALERTS) : alerts,
		alertLog: alertLog.length > MAX_ALERT_LOG ? alertLog.slice(-MAX_ALERT_LOG) : alertLog,
		nextAlert: state.nextAlert + 1,
	};
}

export function dismissAlert(state: DeskState, alertId: string): DeskState {
	const alerts = state.alerts.filter(alert => alert.id !== alertId);
	return alerts.length === state.alerts.length ? state : {...state, alerts};
}

type RevokeReason = AgentEventPayload<'offer.revoked'>['reason'];
type TransferFailure = AgentEventPayload<'transfer.failed'>['reason'];

/** offer.revoked in words. `from` is the colleague for a transfer offer. */
export function offerRevokedText(customer: string, reason: RevokeReason, from: string | null): string {
	const what = from ? `The transfer of ${customer} from ${from}` : `The offer of a chat with ${customer}`;
	switch (reason) {
		case 'timeout':
			return `${what} timed out.`;
		case 'declined':
			return `You declined ${from ? `the transfer of ${customer} from ${from}` : `the chat with ${customer}`}.`;
		case 'customer_left':
			return `${customer} left before the chat was accepted.`;
		case 'taken':
			return `${what} was withdrawn: the chat is no longer available.`;
	}
}

/** E11: the chat is the agent's again; the UI may offer to take a contact for a follow-up. */
export function transferFailedText(customer: string, target: string, reason: TransferFailure): string {
	switch (reason) {
		case 'declined':
			return `Transfer of ${customer} to ${target} failed: it was declined. The chat is yours again.`;
		case 'timeout':
			return `Transfer of ${customer} to ${target} failed: nobody accepted in time. The chat is yours again.`;
		case 'no_agent_available':
			return `Transfer of ${customer} to ${target} failed: no agent was available. The chat is yours again.`;
		case 'customer_left':
			return `Transfer of ${customer} to ${target} failed: ${customer} left the chat.`;
	}
}

export function chatEndedText(customer: string, by: 'customer' | 'system'): string {
	return by === 'customer'
		? `${customer} left the chat.`
		: `The chat with ${customer} ended: the customer's connection was lost.`;
}

export function ratingText(customer: string, score: number, comment: string | null): string {
	return `${customer} rated the chat ${score} of 3${comment ? `: "${comment}"` : '.'}`;
}

/** A protocol error with no plainer summary: what it means for the agent, no seq, id or server text in it (issue 9). */
export const PROTOCOL_ERROR_TEXT =
	'The server sent something the desk could not read; it was left out. The alert log (Alt+L) has the details.';

/** Issue 9: the server restarted without its data, or removed the chat; the desk keeps a transcript. */
export function chatGoneText(customer: string): string {
	return `The server no longer has the chat with ${customer} (it restarted or the chat was removed): what the desk had is kept as a read-only transcript.`;
}
