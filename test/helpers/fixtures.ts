// The one set of test builders: agent, customers, chats, offers, messages, server events, a desk logged in.
// The UI, command and automatic-notice fixtures are presets over these, never a second copy.
import type {DeskAction, PendingMessage, ServerEventAction} from '../../source/core/actions.js';
import {createDeskState, type DeskState} from '../../source/core/desk-state.js';
import type {DeskInput} from '../../source/core/intents.js';
import {reduceDesk} from '../../source/core/reducer.js';
import type {
	Agent,
	AgentEvent,
	AgentEventPayload,
	Chat,
	Customer,
	Message,
	Offer,
	Snapshot,
} from '../../source/protocol/index.js';

export const T0 = 1_763_800_000_000;

export const alex: Agent = {
	id: 'alex',
	name: 'Alex',
	company: 'Acme',
	departments: ['technical'],
	presence: 'online',
	capacity: 4,
	load: 0,
};

export function customer(overrides: Partial<Customer> = {}): Customer {
	return {
		id: 'cus_1',
		name: 'Sarah Jones',
		email: 'sarah@example.com',
		locale: 'en',
		page: 'https://shop.example/blender',
		previous_chats: 2,
		...overrides,
	};
}

export function chat(id: string, overrides: Partial<Chat> = {}): Chat {
	return {
		id,
		status: 'active',
		customer: customer({id: `cus_${id}`}),
		department_id: 'technical',
		agent_id: 'alex',
		created_at: T0,
		hold: null,
		transfer: null,
		rating: null,
		...overrides,
	};
}

export function offer(id: string, overrides: Partial<Offer> = {}, chatOverrides: Partial<Chat> = {}): Offer {
	return {
		chat: chat(id, {status: 'offered', agent_id: null, ...chatOverrides}),
		expires_at: T0 + 30_000,
		transfer: null,
		...overrides,
	};
}

type Who = 'customer' | 'me' | 'colleague' | 'system';

/** Message n of a chat; ts defaults to T0 + n seconds. */
export function msg(chatId: string, n: number, who: Who = 'customer', overrides: Partial<Message> = {}): Message {
	const author =
		who === 'customer'
			? {type: 'customer' as const, id: `cus_${chatId}`, name: 'Sarah'}
			: who === 'me'
				? {type: 'agent' as const, id: 'alex', name: 'Alex'}
				: who === 'colleague'
					? {type: 'agent' as const, id: 'kari', name: 'Kari'}
					: {type: 'system' as const, id: null, name: null};
	return {
		id: `${chatId}-m${n}`,
		chat_id: chatId,
		n,
		client_msg_id: who === 'system' ? null : `${chatId}-c${n}`,
		author,
		text: `message ${n}`,
		visibility: 'public',
		auto: false,
		ts: T0 + n * 1000,
		...overrides,
	};
}

export function evt<E extends AgentEvent>(event: E, payload: AgentEventPayload<E>, at = T0): ServerEventAction {
	return {type: 'server.event', event, payload, seq: null, at} as ServerEventAction;
}

export function created(message: Message, at = message.ts): ServerEventAction {
	return evt('message.created', {message}, at);
}

export function pending(chatId: string, clientMsgId: string, text = 'on its way', at = T0): PendingMessage {
	return {chat_id: chatId, client_msg_id: clientMsgId, text, visibility: 'public', auto: false, queued_at: at};
}

export function started(snapshot: Partial<Snapshot> | null, resumed = false, at = T0): DeskAction {
	return {
		type: 'session.started',
		agent: alex,
		capabilities: ['hold', 'transfer', 'sneak_peek', 'rating', 'canned', 'followup'],
		resumed,
		snapshot: snapshot ? {seq: 0, chats: [], offers: [], followups: [], ...snapshot} : null,
		at,
	};
}

export function reduceAll(state: DeskState, actions: readonly DeskInput[]): DeskState {
	return actions.reduce(reduceDesk, state);
}

/** A desk logged in with the given chats (mine) and offers from the snapshot. */
export function desk(chats: readonly Chat[] = [], offers: readonly Offer[] = []): DeskState {
	return reduceDesk(createDeskState(), started({chats: [...chats], offers: [...offers]}));
}
