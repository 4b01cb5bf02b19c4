// Storage contract of the reference server: what it keeps about customers, chats, messages, follow-ups and read markers.
// Methods are synchronous on purpose: the planned node:sqlite store is synchronous too, and a synchronous store keeps
// every op handler free of interleaving. Records handed out are read-only: call the update methods to change them and
// use what they return (a database store hands out fresh copies, not live objects).
import type {ChatStatus, Followup, Hold, Message, TransferTarget} from '../protocol/index.js';

export type CustomerRecord = {
	id: string;
	name: string | null;
	email: string | null;
	locale: string;
	page: string | null;
	created_at: number;
};

export type CustomerPatch = Partial<Pick<CustomerRecord, 'name' | 'email' | 'locale' | 'page'>>;

export type ChatRecord = {
	id: string;
	status: ChatStatus;
	customer_id: string;
	/** How many chats the customer had before this one; fixed when the chat is created. */
	previous_chats: number;
	department_id: string | null;
	/** The agent who has (or last had) the chat. While transferring: still the sender. */
	agent_id: string | null;
	created_at: number;
	ended_at: number | null;
	hold: Hold | null;
	transfer: TransferTarget | null;
	rating: number | null;
	rating_comment: string | null;
	rated_at: number | null;
};

export type ChatPatch = Partial<Omit<ChatRecord, 'id' | 'customer_id' | 'previous_chats' | 'created_at'>>;

/** A message before the store numbers it. */
export type NewMessage = Omit<Message, 'n'>;

/** chat.history paging: n below `before`, or n above `after`; without either, the latest `limit`. */
export type HistoryQuery = {before?: number; after?: number; limit: number};

export type HistoryPage = {messages: Message[]; has_more: boolean};

/**
 * The namespace a client_msg_id is unique in: per agent on the agent endpoint, per chat on the customer endpoint
 * (docs/protocol-rules: Idempotent sends).
 */
export const dedupScope = {
	agent: (agentId: string) => `agent:${agentId}`,
	chat: (chatId: string) => `chat:${chatId}`,
};

export interface Store {
	addCustomer(customer: CustomerRecord): void;
	getCustomer(id: string): Readonly<CustomerRecord> | undefined;
	/** Case-insensitive: a returning customer is recognised by e-mail. */
	findCustomerByEmail(email: string): Readonly<CustomerRecord> | undefined;
	updateCustomer(id: string, patch: CustomerPatch): Readonly<CustomerRecord>;
	countChatsOfCustomer(customerId: string): number;

	addChat(chat: ChatRecord): void;
	getChat(id: string): Readonly<ChatRecord> | undefined;
	updateChat(id: string, patch: ChatPatch): Readonly<ChatRecord>;
	/** Every chat not ended, oldest first: lets the server rebuild queues and loads after a restart. */
	listOpenChats(): Array<Readonly<ChatRecord>>;
	/** Chats whose agent_id is this agent: all not ended, plus those ended at or after endedSince. Oldest first. */
	listChatsOfAgent(agentId: string, endedSince: number): Array<Readonly<ChatRecord>>;

	/** Stores a message with the next n of its chat; with a scope, remembers its client_msg_id there. */
	addMessage(message: NewMessage, scope: string | null): Message;
	/** The message stored earlier under this client_msg_id in this scope. */
	findMessage(scope: string, clientMsgId: string): Message | undefined;
	listMessages(chatId: string, query: HistoryQuery): HistoryPage;

	addFollowup(followup: Followup): void;
	/** The agent's open follow-ups, soonest due first. */
	listOpenFollowups(agentId: string): Followup[];

	/** Keeps the highest n the agent has read in the chat. */
	markRead(agentId: string, chatId: string, n: number): void;
	readMarker(agentId: string, chatId: string): number;

	close(): void;
}
