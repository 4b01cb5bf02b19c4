// Connection and login: the status line, and what a fresh snapshot replaces versus what a resume keeps.
import type {Agent, Capability, Snapshot} from '../protocol/index.js';
import type {ConnectionStatus} from './actions.js';
import {freeNumber, releaseNumber} from './chat-numbers.js';
import {newDeskChat, type DeskChat, type DeskOffer, type DeskState} from './desk-state.js';
import {listOrder, samePanes} from './desk-edit.js';
import {customerName} from './names.js';
import {addAlert, chatGoneText} from './alerts.js';
import {settleReading} from './reading.js';

export function connectionChanged(state: DeskState, status: ConnectionStatus): DeskState {
	return JSON.stringify(status) === JSON.stringify(state.connection) ? state : {...state, connection: status};
}

export function sessionStarted(
	state: DeskState,
	started: {agent: Agent; capabilities: readonly Capability[]; resumed: boolean; snapshot: Snapshot | null},
	at: number,
): DeskState {
	const capabilities = sameList(started.capabilities, state.capabilities)
		? state.capabilities
		: [...started.capabilities];
	const next: DeskState = {...state, agent: started.agent, capabilities};
	// A resumed session replays what was missed; the desk as it stands stays true.
	if (started.resumed || !started.snapshot) return next;
	let after = settleReading(state, applySnapshot(next, started.snapshot, at));
	for (const [chatId, desk] of after.chats)
		if (desk.gone && !state.chats.get(chatId)?.gone)
			after = addAlert(
				after,
				{kind: 'chat.gone', level: 'warning', text: chatGoneText(customerName(desk)), chatId},
				at,
			);
	return after;
}

/**
 * The snapshot replaces the chats, offers and follow-ups. A chat that is in it again keeps what the desk
 * learnt about it (messages, read marker, failed sends, brief): those stay true across logins, and keeping
 * them spares the agent losing the history they scrolled back through.
 */
function applySnapshot(state: DeskState, snapshot: Snapshot, at: number): DeskState {
	let nextArrival = state.nextArrival;
	const chats = new Map<string, DeskChat>();
	const take = (chat: Snapshot['chats'][number]): DeskChat => {
		const existing = state.chats.get(chat.id);
		const desk = existing ? {...existing, chat} : newDeskChat(chat, nextArrival++, at);
		const pending = [...state.outbox.values()].filter(message => message.chat_id === chat.id);
		const withPending = sameList(pending, desk.pending) ? desk : {...desk, pending};
		chats.set(chat.id, withPending);
		return withPending;
	};

	const inSnapshot = new Set(snapshot.chats.map(chat => chat.id));
	for (const chat of snapshot.chats) take(chat);
	// Issue 9: my chats the server no longer knows stay on the desk as read-only transcripts of what it had.
	for (const chatId of state.mine) {
		const desk = state.chats.get(chatId);
		if (!inSnapshot.has(chatId) && desk) chats.set(chatId, asTranscript(desk));
	}
	const kept = state.mine.filter(chatId => chats.has(chatId));
	const mine = [...kept, ...snapshot.chats.map(chat => chat.id).filter(chatId => !kept.includes(chatId))];

	const offers = new Map<string, DeskOffer>();
	for (const offer of snapshot.offers) {
		if (inSnapshot.has(offer.chat.id)) continue; // Already mine: the offer is stale.
		const desk = take(offer.chat);
		if (offer.transfer && !desk.brief) chats.set(desk.id, {...desk, brief: offer.transfer});
		offers.set(offer.chat.id, {
			chatId: offer.chat.id,
			expiresAt: offer.expires_at,
			transfer: offer.transfer,
			offeredAt: state.offers.get(offer.chat.id)?.offeredAt ?? at,
		});
	}

	// My chats keep their numbers across logins; chats gone from the server free theirs (resting), new ones take free ones.
	let numbered: DeskState = state;
	for (const chatId of state.numbers.keys()) if (!mine.includes(chatId)) numbered = releaseNumber(numbered, chatId, at);
	const numbers = new Map(numbered.numbers);
	for (const chatId of mine) if (!numbers.has(chatId)) numbers.set(chatId, freeNumber(numbers, numbered.resting, at));
	const resting = new Map([...numbered.resting].filter(([number]) => ![...numbers.values()].includes(number)));

	const panes = state.view.panes.map(chatId => (chatId !== null && chats.has(chatId) ? chatId : null));
	const scroll = new Map([...state.view.scroll].filter(([chatId]) => chats.has(chatId)));
	return {
		...state,
		chats,
		offers,
		mine,
		numbers,
		resting,
		order: listOrder(offers, mine, numbers),
		// Typing is transient: what was known belongs to the old session.
		typing: new Map(),
		followups: [...snapshot.followups],
		view: {...state.view, panes: samePanes(panes, state.view.panes) ? state.view.panes : panes, scroll},
		nextArrival,
	};
}

/** A chat the server forgot: ended (no composer, no timers, no automatic notices), marked gone, its messages kept. */
function asTranscript(desk: DeskChat): DeskChat {
	if (desk.gone) return desk;
	return {...desk, chat: {...desk.chat, status: 'ended'}, gone: true, waitingSince: null};
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}
