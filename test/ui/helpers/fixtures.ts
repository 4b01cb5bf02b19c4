// The UI tests' presets over test/helpers/fixtures.ts: a customer with only a name and a language, their own T0.
import type {DeskInput} from '../../../source/core/intents.js';
import {createDeskStore, type DeskStore} from '../../../source/core/store.js';
import type {Agent, Capability, Chat, Message, Offer} from '../../../source/protocol/index.js';
import {alex, chat as deskChat, customer} from '../../helpers/fixtures.js';

export const T0 = Date.UTC(2025, 0, 6, 10, 0, 0);

/** The desk tests' Alex, in the UI tests' one department. */
export const agent: Agent = {...alex, departments: ['tech']};

/** A chat whose customer has only a name and a language: nothing the details pane would add by itself. */
export function chat(id: string, overrides: Partial<Chat> & {name?: string | null; locale?: string} = {}): Chat {
	const {name = 'Sarah Jones', locale = 'en', ...rest} = overrides;
	const plain = customer({id: `cust-${id}`, name, email: null, locale, page: null, previous_chats: 0});
	return deskChat(id, {customer: plain, department_id: null, created_at: T0, ...rest});
}

export function offer(
	id: string,
	overrides: Partial<Chat> & {name?: string | null} = {},
	transfer: Offer['transfer'] = null,
): Offer {
	return {chat: chat(id, {status: 'offered', agent_id: null, ...overrides}), expires_at: T0 + 30_000, transfer};
}

let messageCounter = 0;

export function message(
	chatId: string,
	n: number,
	author: Message['author'],
	text: string,
	extra: Partial<Message> = {},
): Message {
	messageCounter += 1;
	return {
		id: `m-${chatId}-${n}-${messageCounter}`,
		chat_id: chatId,
		n,
		client_msg_id: author.type === 'agent' ? `c-${messageCounter}` : null,
		author,
		text,
		visibility: 'public',
		auto: false,
		ts: T0 + n * 1_000,
		...extra,
	};
}

export const customerAuthor = (name = 'Sarah Jones'): Message['author'] => ({type: 'customer', id: 'cust', name});
export const meAuthor: Message['author'] = {type: 'agent', id: 'alex', name: 'Alex'};
export const colleagueAuthor: Message['author'] = {type: 'agent', id: 'kim', name: 'Kim'};
export const systemAuthor: Message['author'] = {type: 'system', id: null, name: null};

type DeskSetup = {chats?: Chat[]; offers?: Offer[]; capabilities?: Capability[]};

/** A connected desk as the agent would see it after login with these chats and offers. */
export function deskInputs({
	chats = [],
	offers = [],
	capabilities = ['hold', 'transfer', 'sneak_peek', 'rating'],
}: DeskSetup = {}): DeskInput[] {
	return [
		{type: 'connection.changed', status: {state: 'connected', sessionId: 's1', resumed: false}, at: T0},
		{
			type: 'session.started',
			agent,
			capabilities,
			resumed: false,
			snapshot: {seq: 0, chats, offers, followups: []},
			at: T0,
		},
	];
}

export function deskStore(setup: DeskSetup & {then?: DeskInput[]} = {}): DeskStore {
	const store = createDeskStore();
	store.dispatchBatch([...deskInputs(setup), ...(setup.then ?? [])]);
	return store;
}

export function messagesEvent(message: Message, at = message.ts): DeskInput {
	return {type: 'server.event', event: 'message.created', payload: {message}, seq: null, at};
}

export function historyLoaded(chatId: string, messages: Message[], at = T0): DeskInput {
	return {type: 'history.loaded', chat_id: chatId, messages, has_more: false, at};
}
