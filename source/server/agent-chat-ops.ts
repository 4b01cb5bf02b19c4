// Agent ops on one chat of theirs: messages, typing, hold, end, history, read markers, customer details, rating, follow-ups.
import {fitHistoryPage} from './history-page.js';
import {newId, newMessageId} from './ids.js';
import {
	agentChats,
	ownChat,
	readableChat,
	visibleChat,
	type AgentContext,
	type AgentOpHandlers,
} from './agent-context.js';
import {refuse, withJson} from './requests.js';
import type {ChatRecord, CustomerPatch} from './store/contract.js';
import {customerView} from './views.js';

type ChatOps = Pick<
	AgentOpHandlers,
	| 'chats.list'
	| 'chat.history'
	| 'customer.chats'
	| 'message.send'
	| 'typing.set'
	| 'chat.hold'
	| 'chat.unhold'
	| 'chat.end'
	| 'rating.request'
	| 'followup.create'
	| 'followups.list'
	| 'customer.update'
	| 'read.mark'
>;

export const agentChatOps: ChatOps = {
	'chats.list': async ({centre, agent}) => ({chats: await agentChats(centre, agent)}),

	...chatReadingOps(readableChat, visibleChat),

	'message.send': async (context, {chat_id, client_msg_id, text, visibility, auto}) => {
		const {centre, agent} = context;
		const scope = agent.dedupScope;
		// Checked first: a retry after the chat ended must still get its original message back.
		const earlier = await centre.store.findMessage(scope, client_msg_id);
		if (earlier) return {message: earlier};
		const chat = await ownChat(context, chat_id);
		if (chat.status === 'ended') refuse('conflict', `chat ${chat_id} has ended`);
		const {message, json} = await centre.postMessage(
			chat,
			{
				id: newMessageId(),
				chat_id,
				client_msg_id,
				author: {type: 'agent', id: agent.id, name: agent.name},
				text,
				visibility,
				auto: auto ?? false,
				ts: centre.now(),
			},
			scope,
		);
		return withJson({message}, json);
	},

	'typing.set': async (context, {chat_id, typing}) => {
		const chat = await ownChat(context, chat_id);
		if (chat.status !== 'ended') context.centre.toCustomerTransient(chat_id, 'typing', {typing});
		return {};
	},

	'chat.hold': async (context, {chat_id, minutes, reason}) => {
		const {centre, agent} = context;
		const chat = await ownChat(context, chat_id);
		if (chat.status !== 'active' && chat.status !== 'on_hold')
			refuse('conflict', `chat ${chat_id} is ${chat.status}; only an active chat can be put on hold`);
		// Holding a chat already on hold updates the promise (minutes, reason) but keeps when the hold began.
		const since = chat.hold?.since ?? centre.now();
		const held = await centre.updateChat(chat_id, {
			status: 'on_hold',
			hold: {since, minutes: minutes ?? null, reason: reason ?? null},
		});
		const view = await centre.chatView(held);
		centre.toAgent(agent.id, 'chat.updated', {chat: view});
		return {chat: view};
	},

	'chat.unhold': async (context, {chat_id}) => {
		const {centre, agent} = context;
		const chat = await ownChat(context, chat_id);
		if (chat.status !== 'on_hold') refuse('conflict', `chat ${chat_id} is ${chat.status}, not on hold`);
		const view = await centre.chatView(await centre.updateChat(chat_id, {status: 'active', hold: null}));
		centre.toAgent(agent.id, 'chat.updated', {chat: view});
		return {chat: view};
	},

	'chat.end': async (context, {chat_id}) => {
		const chat = await ownChat(context, chat_id);
		if (chat.status === 'ended') refuse('conflict', `chat ${chat_id} has already ended`);
		return {chat: await context.centre.chatView(await context.centre.router.endChat(chat_id, 'agent'))};
	},

	'rating.request': async (context, {chat_id}) => {
		const chat = await ownChat(context, chat_id);
		if (chat.status === 'transferring') refuse('conflict', `chat ${chat_id} is being transferred`);
		context.centre.toCustomer(chat_id, 'rating.requested', {});
		return {};
	},

	'followup.create': async (context, {chat_id, contact, due_at, note}) => {
		const {centre, agent} = context;
		const chat = await ownChat(context, chat_id);
		const followup = {
			id: newId(),
			chat_id,
			contact,
			due_at,
			note,
			created_at: centre.now(),
			agent_id: agent.id,
			// The zone the desk told the customer the time in (their own where known, protocol 1.2).
			time_zone: chat.customer_time_zone,
		};
		await centre.store.addFollowup(followup);
		return {followup};
	},

	'followups.list': async ({centre, agent}) => ({followups: await centre.store.listOpenFollowups(agent.id)}),

	'customer.update': async (context, {chat_id, name, email, locale}) => {
		const {centre, agent} = context;
		const chat = await ownChat(context, chat_id);
		const patch: CustomerPatch = {};
		if (name !== undefined) patch.name = name;
		if (email !== undefined) patch.email = email;
		if (locale !== undefined) patch.locale = locale;
		const updated = await centre.store.updateCustomer(chat.customer_id, patch);
		if (name !== undefined) centre.customerRenamed(updated.id, updated.name);
		const customer = customerView(updated, chat);
		centre.toAgent(agent.id, 'customer.updated', {chat_id, customer});
		return {customer};
	},
};

/** Who may read or see a chat: one process answers from its memory, a cluster from the tables (cluster/ops.ts). */
type ChatAccess = (context: AgentContext, chatId: string) => Promise<Readonly<ChatRecord>>;

/** The ops that read a chat's history, the customer's other chats (E8) and mark reading, given who may do so. */
export function chatReadingOps(
	readable: ChatAccess,
	visible: ChatAccess,
): Pick<AgentOpHandlers, 'chat.history' | 'customer.chats' | 'read.mark'> {
	return {
		'chat.history': async (context, {chat_id, before, after, limit}) => {
			await readable(context, chat_id);
			const page = await context.centre.store.listMessages(chat_id, {before, after, limit});
			return fitHistoryPage(page, after !== undefined);
		},

		'customer.chats': async (context, {chat_id, before, limit}) => {
			const {centre} = context;
			const chat = await visible(context, chat_id);
			// One more than asked: the chat itself is left out, and the page must still know whether more follow.
			const page = await centre.store.listChatsOfCustomer(chat.customer_id, {
				...(before ? {before} : {}),
				limit: limit + 1,
			});
			const others = page.chats.filter(other => other.id !== chat_id);
			const chats = [];
			for (const other of others.slice(0, limit)) chats.push(await centre.chatView(other));
			return {chats, has_more: page.has_more || others.length > limit};
		},

		'read.mark': async (context, {chat_id, n}) => {
			await visible(context, chat_id);
			await context.centre.store.markRead(context.agent.id, chat_id, n);
			return {};
		},
	};
}
