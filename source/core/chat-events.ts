// Server events about whole chats: offers coming and going, assignment, updates, transfers, endings, ratings.
import type {AgentEventPayload, Chat, Offer} from '../protocol/index.js';
import {numberChat} from './chat-numbers.js';
import {FRESH_LOOK_MS, newDeskChat, type DeskChat, type DeskState} from './desk-state.js';
import {mapDelete, mapSet, putChat, removeChat, updateChat, withLists, withView} from './desk-edit.js';
import {customerName, targetName} from './names.js';
import {addAlert, chatEndedText, offerRevokedText, ratingText, transferFailedText} from './alerts.js';
import {settleReading} from './reading.js';

/** Replays and repeated updates often carry the same chat again; keeping the old object keeps its row still. */
function sameChat(a: Chat, b: Chat): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function withServerChat(deskChat: DeskChat, chat: Chat): DeskChat {
	return sameChat(deskChat.chat, chat) ? deskChat : {...deskChat, chat};
}

/** The chat as the server now describes it, on the desk already or arriving with this event. */
function arrive(state: DeskState, chat: Chat, at: number): DeskState {
	const existing = state.chats.get(chat.id);
	if (existing) return putChat(state, withServerChat(existing, chat));
	return {...putChat(state, newDeskChat(chat, state.nextArrival, at)), nextArrival: state.nextArrival + 1};
}

/**
 * An empty focused pane shows the chat that just arrived, so the offer is in front of the agent at once. The agent
 * did not ask for it: the change is recorded (with whoever the pane lost just before) for the fresh-look guard.
 */
function showIfPaneEmpty(state: DeskState, chatId: string, at: number): DeskState {
	const {panes, focusedPane, unasked: before} = state.view;
	if (panes[focusedPane] !== null || panes.includes(chatId)) return state;
	const chained =
		before !== null && before.pane === focusedPane && before.to === null && at - before.at < FRESH_LOOK_MS;
	const unasked = {
		pane: focusedPane,
		from: chained ? before.from : null,
		fromName: chained ? before.fromName : null,
		why: chained ? before.why : null,
		to: chatId,
		at,
	};
	const next = withView(state, {
		panes: panes.map((shown, index) => (index === focusedPane ? chatId : shown)),
		unasked,
	});
	return settleReading(state, next);
}

/** The chat is mine now: it gets its number first, so the list sorts it into place. */
function ownChat(state: DeskState, chatId: string, at: number): DeskState {
	if (state.mine.includes(chatId)) return state;
	const numbered = numberChat(state, chatId, at);
	return withLists(numbered, numbered.offers, [...numbered.mine, chatId]);
}

export function chatOffered(state: DeskState, offer: Offer, at: number): DeskState {
	const chatId = offer.chat.id;
	let next = arrive(state, offer.chat, at);
	// An offer of a chat already mine would be a confused server: the chat is updated, the offer ignored.
	if (next.mine.includes(chatId)) return next;
	const existing = next.offers.get(chatId);
	const unchanged =
		existing &&
		existing.expiresAt === offer.expires_at &&
		JSON.stringify(existing.transfer) === JSON.stringify(offer.transfer);
	if (!unchanged) {
		const entry = {chatId, expiresAt: offer.expires_at, transfer: offer.transfer, offeredAt: existing?.offeredAt ?? at};
		next = withLists(next, mapSet(next.offers, chatId, entry), next.mine);
	}
	const brief = offer.transfer;
	if (brief)
		next = updateChat(next, chatId, chat =>
			chat.brief && JSON.stringify(chat.brief) === JSON.stringify(brief) ? chat : {...chat, brief},
		);
	return showIfPaneEmpty(next, chatId, at);
}

export function offerRevoked(state: DeskState, payload: AgentEventPayload<'offer.revoked'>, at: number): DeskState {
	const offer = state.offers.get(payload.chat_id);
	if (!offer) return state;
	if (state.mine.includes(payload.chat_id))
		return withLists(state, mapDelete(state.offers, payload.chat_id), state.mine);
	const chat = state.chats.get(payload.chat_id);
	const name = chat ? customerName(chat) : 'a customer';
	const text = offerRevokedText(name, payload.reason, offer.transfer?.from.name ?? null);
	const level = payload.reason === 'timeout' ? 'warning' : 'info';
	return addAlert(removeChat(state, payload.chat_id, at, text), {kind: 'offer.revoked', level, text, chatId: null}, at);
}

export function chatAssigned(state: DeskState, chat: Chat, at: number): DeskState {
	const offer = state.offers.get(chat.id);
	const unoffered = !offer && !state.mine.includes(chat.id);
	let next = arrive(state, chat, at);
	if (unoffered) next = updateChat(next, chat.id, desk => ({...desk, assignedWithoutOffer: true}));
	next = withLists(next, mapDelete(next.offers, chat.id), next.mine);
	next = ownChat(next, chat.id, at);
	// E11: the colleague's brief stays with the chat after accepting, where it is needed.
	if (offer?.transfer) next = updateChat(next, chat.id, desk => (desk.brief ? desk : {...desk, brief: offer.transfer}));
	return showIfPaneEmpty(next, chat.id, at);
}

export function chatUpdated(state: DeskState, chat: Chat): DeskState {
	return updateChat(state, chat.id, desk => withServerChat(desk, chat));
}

export function chatTransferred(
	state: DeskState,
	payload: AgentEventPayload<'chat.transferred'>,
	at: number,
): DeskState {
	const chat = state.chats.get(payload.chat_id);
	if (!chat) return state;
	const text = `${customerName(chat)} was transferred to ${payload.to.name}.`;
	return addAlert(
		removeChat(state, payload.chat_id, at, text),
		{kind: 'chat.transferred', level: 'info', text, chatId: null},
		at,
	);
}

/** E11: nobody took the chat; it is the agent's again (ended if the customer left meanwhile). */
export function transferFailed(state: DeskState, payload: AgentEventPayload<'transfer.failed'>, at: number): DeskState {
	let next = arrive(state, payload.chat, at);
	if (next.offers.has(payload.chat_id)) next = withLists(next, mapDelete(next.offers, payload.chat_id), next.mine);
	next = ownChat(next, payload.chat_id, at);
	const chat = next.chats.get(payload.chat_id)!;
	const text = transferFailedText(customerName(chat), targetName(next, payload.target), payload.reason);
	return addAlert(next, {kind: 'transfer.failed', level: 'urgent', text, chatId: payload.chat_id}, at);
}

export function chatEnded(state: DeskState, payload: AgentEventPayload<'chat.ended'>, at: number): DeskState {
	const desk = state.chats.get(payload.chat_id);
	if (!desk) return state;
	// Only an offer (a server that says chat.ended instead of offer.revoked): it simply goes.
	if (!state.mine.includes(payload.chat_id))
		return removeChat(state, payload.chat_id, at, `The offer of a chat with ${customerName(desk)} was withdrawn.`);
	let next = updateChat(state, payload.chat_id, chat => {
		const updated = withServerChat(chat, payload.chat);
		return updated.endedBy === payload.by ? updated : {...updated, endedBy: payload.by};
	});
	if (next.typing.has(payload.chat_id)) next = {...next, typing: mapDelete(next.typing, payload.chat_id)};
	if (payload.by === 'agent') return next;
	return addAlert(
		next,
		{kind: 'chat.ended', level: 'info', text: chatEndedText(customerName(desk), payload.by), chatId: payload.chat_id},
		at,
	);
}

/** E19: the rating is shown to the agent when it arrives, even for a chat already closed on the desk. */
export function ratingReceived(state: DeskState, payload: AgentEventPayload<'rating.received'>, at: number): DeskState {
	const desk = state.chats.get(payload.chat_id);
	const next = updateChat(state, payload.chat_id, chat => ({
		...chat,
		chat: {...chat.chat, rating: payload.score},
		rating: {score: payload.score, comment: payload.comment, at},
	}));
	const text = ratingText(desk ? customerName(desk) : 'A customer', payload.score, payload.comment);
	return addAlert(next, {kind: 'rating.received', level: 'info', text, chatId: desk ? payload.chat_id : null}, at);
}

export function customerUpdated(state: DeskState, payload: AgentEventPayload<'customer.updated'>): DeskState {
	return updateChat(state, payload.chat_id, desk => withServerChat(desk, {...desk.chat, customer: payload.customer}));
}
