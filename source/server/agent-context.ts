// What an agent op handler works with, and the access checks they share (is this chat yours, may you see it).
import type {AgentOp, AgentOpRequest, AgentOpResult, Chat} from '../protocol/index.js';
import type {AgentState} from './agent-state.js';
import type {FrameConnection} from './connection.js';
import type {ContactCentre} from './contact-centre.js';
import {refuse, type After} from './requests.js';
import type {ChatRecord} from './store/contract.js';

/** Ended chats stay in an agent's snapshot and chat list this long, so a reconnecting agent can still wrap them up. */
export const RECENTLY_ENDED_MS = 10 * 60_000;

export type AgentContext = {centre: ContactCentre; agent: AgentState; connection: FrameConnection; after: After};

export type AgentOpHandler<O extends AgentOp> = (
	context: AgentContext,
	payload: AgentOpRequest<O>,
) => AgentOpResult<O> | Promise<AgentOpResult<O>>;

/** Every op but auth, which runs before there is an agent. */
export type AgentOpHandlers = {[O in Exclude<AgentOp, 'auth'>]: AgentOpHandler<O>};

/** A chat assigned to this agent (in any status, ended included). */
export async function ownChat({centre, agent}: AgentContext, chatId: string): Promise<Readonly<ChatRecord>> {
	const chat = await centre.getChat(chatId);
	if (chat.agent_id !== agent.id || chat.status === 'queued' || chat.status === 'offered') {
		refuse('forbidden', `chat ${chatId} is not yours`);
	}
	return chat;
}

/** A chat this agent may read: their own, or one offered to them (they may look before accepting). */
export async function visibleChat(context: AgentContext, chatId: string): Promise<Readonly<ChatRecord>> {
	const chat = await context.centre.getChat(chatId);
	if (context.centre.router.pendingOffer(chatId)?.agent === context.agent) return chat;
	return ownChat(context, chatId);
}

/**
 * A chat whose transcript this agent may read: one it may see, or another chat of a customer whose chat it has or
 * is offered (E8: a returning customer's earlier chats).
 */
export async function readableChat(context: AgentContext, chatId: string): Promise<Readonly<ChatRecord>> {
	const {centre, agent} = context;
	const chat = await centre.getChat(chatId);
	if (centre.router.pendingOffer(chatId)?.agent === agent) return chat;
	if (chat.agent_id === agent.id && chat.status !== 'queued' && chat.status !== 'offered') return chat;
	if (!centre.settings.capabilities.has('earlier_chats')) return refuse('forbidden', `chat ${chatId} is not yours`);
	// Seats and offers are a handful (the agent's capacity): checking each is cheap.
	for (const id of [...agent.chats, ...agent.offers]) {
		if (id === chatId) continue;
		if ((await centre.store.getChat(id))?.customer_id === chat.customer_id && (await visible(context, id))) return chat;
	}
	return refuse('forbidden', `chat ${chatId} is not yours`);
}

async function visible(context: AgentContext, chatId: string): Promise<boolean> {
	try {
		await visibleChat(context, chatId);
		return true;
	} catch {
		return false;
	}
}

/** The chats of the snapshot and of chats.list: everything not ended, plus chats ended in the last ten minutes. */
export async function agentChats(centre: ContactCentre, agent: AgentState): Promise<Chat[]> {
	const chats = await centre.store.listChatsOfAgent(agent.id, centre.now() - RECENTLY_ENDED_MS);
	const views: Chat[] = [];
	for (const chat of chats)
		if (chat.status !== 'queued' && chat.status !== 'offered') views.push(await centre.chatView(chat));
	return views;
}
