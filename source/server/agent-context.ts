// What an agent op handler works with, and the access checks they share (is this chat yours, may you see it).
import type {AgentOp, AgentOpRequest, AgentOpResult, Chat} from '../protocol/index.js';
import type {AgentState} from './agent-state.js';
import type {FrameConnection} from './connection.js';
import type {Desk} from './desk.js';
import {refuse, type After} from './requests.js';
import type {ChatRecord} from './store.js';

/** Ended chats stay in an agent's snapshot and chat list this long, so a reconnecting agent can still wrap them up. */
export const RECENTLY_ENDED_MS = 10 * 60_000;

export type AgentContext = {desk: Desk; agent: AgentState; connection: FrameConnection; after: After};

export type AgentOpHandler<O extends AgentOp> = (context: AgentContext, payload: AgentOpRequest<O>) => AgentOpResult<O>;

/** Every op but auth, which runs before there is an agent. */
export type AgentOpHandlers = {[O in Exclude<AgentOp, 'auth'>]: AgentOpHandler<O>};

/** A chat assigned to this agent (in any status, ended included). */
export function ownChat({desk, agent}: AgentContext, chatId: string): Readonly<ChatRecord> {
	const chat = desk.getChat(chatId);
	if (chat.agent_id !== agent.id || chat.status === 'queued' || chat.status === 'offered') {
		refuse('forbidden', `chat ${chatId} is not yours`);
	}
	return chat;
}

/** A chat this agent may read: their own, or one offered to them (they may look before accepting). */
export function visibleChat(context: AgentContext, chatId: string): Readonly<ChatRecord> {
	const chat = context.desk.getChat(chatId);
	if (context.desk.router.pendingOffer(chatId)?.agent === context.agent) return chat;
	return ownChat(context, chatId);
}

/** The chats of the snapshot and of chats.list: everything not ended, plus chats ended in the last ten minutes. */
export function agentChats(desk: Desk, agent: AgentState): Chat[] {
	return desk.store
		.listChatsOfAgent(agent.id, desk.now() - RECENTLY_ENDED_MS)
		.filter(chat => chat.status !== 'queued' && chat.status !== 'offered')
		.map(chat => desk.chatView(chat));
}
