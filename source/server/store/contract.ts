// Storage contract of the reference server: what it keeps about customers, chats, messages, follow-ups and read markers.
// Every store (memory.ts, sqlite/, postgres/) implements it and passes the one shared suite in
// test/server/store/contract-suite.ts. Methods are asynchronous: a database over the network (PostgreSQL) answers
// later. Stores that answer at once (memory, node:sqlite) implement the synchronous form, SyncStore, and serve through
// SyncStoreAdapter (sync-adapter.ts): their promises settle before any other socket or timer runs, so on them an op
// handler still runs without interleaving, as before. Records handed out are read-only: call the update methods to
// change them and use what they return (a database store hands out fresh copies, not live objects). Nothing here
// assumes one process: numbering (message n), deduplication and lookups are the store's own, so a store shared by
// several processes keeps them right; what is only live (offers, sessions, the queue order) is kept by the
// ContactCentre, not here.
import type {ChatStatus, Followup, Hold, Message, TransferTarget} from '../../protocol/index.js';
import type {AccountStore} from './accounts-contract.js';

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
	/** SHA-256 (base64url) of the customer's resume token: a restarted server can still let the customer resume. */
	resume_hash: string | null;
	/** The highest public message n the customer has acked: after a restart, later ones are sent again. */
	customer_acked_n: number;
	/** The customer's IANA time zone as their browser gave it at join (protocol 1.2), checked; null when unknown. */
	customer_time_zone: string | null;
};

export type ChatPatch = Partial<Omit<ChatRecord, 'id' | 'customer_id' | 'previous_chats' | 'created_at'>>;

/** A page of a customer's chats, newest first: those created before the chat `before` (by id), or the latest. */
export type CustomerChatsQuery = {before?: string; limit: number};

export type CustomerChatsPage = {chats: Array<Readonly<ChatRecord>>; has_more: boolean};

/** What erasing one customer removed. */
export type Erasure = {customers: number; chats: number; messages: number};

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
	/** Agent accounts and departments kept in the database (`switchboard accounts`). */
	readonly accounts: AccountStore;

	addCustomer(customer: CustomerRecord): Promise<void>;
	getCustomer(id: string): Promise<Readonly<CustomerRecord> | undefined>;
	/** Case-insensitive: a returning customer is recognised by e-mail. */
	findCustomerByEmail(email: string): Promise<Readonly<CustomerRecord> | undefined>;
	updateCustomer(id: string, patch: CustomerPatch): Promise<Readonly<CustomerRecord>>;
	countChatsOfCustomer(customerId: string): Promise<number>;
	/** The customer's chats, newest first, paged (E8: the agent reads a returning customer's earlier chats). */
	listChatsOfCustomer(customerId: string, query: CustomerChatsQuery): Promise<CustomerChatsPage>;
	/** Every chat, newest first, paged the same way (`switchboard data export`). */
	listChats(query: CustomerChatsQuery): Promise<CustomerChatsPage>;
	/** Removes the customer and every chat, message, follow-up and read marker of theirs. */
	eraseCustomer(customerId: string): Promise<Erasure>;

	addChat(chat: ChatRecord): Promise<void>;
	getChat(id: string): Promise<Readonly<ChatRecord> | undefined>;
	updateChat(id: string, patch: ChatPatch): Promise<Readonly<ChatRecord>>;
	/** Every chat not ended, oldest first: lets the server rebuild queues and loads after a restart. */
	listOpenChats(): Promise<Array<Readonly<ChatRecord>>>;
	/** Chats whose agent_id is this agent: all not ended, plus those ended at or after endedSince. Oldest first. */
	listChatsOfAgent(agentId: string, endedSince: number): Promise<Array<Readonly<ChatRecord>>>;
	/** The open chat whose resume_hash this is. */
	findChatByResumeHash(hash: string): Promise<Readonly<ChatRecord> | undefined>;
	/** Retention: removes chats ended before this time with their messages, follow-ups and read markers. */
	removeChatsEndedBefore(time: number): Promise<number>;

	/** Stores a message with the next n of its chat; with a scope, remembers its client_msg_id there. */
	addMessage(message: NewMessage, scope: string | null): Promise<Message>;
	/** The message stored earlier under this client_msg_id in this scope. */
	findMessage(scope: string, clientMsgId: string): Promise<Message | undefined>;
	listMessages(chatId: string, query: HistoryQuery): Promise<HistoryPage>;

	addFollowup(followup: Followup): Promise<void>;
	/** The agent's open follow-ups, soonest due first. */
	listOpenFollowups(agentId: string): Promise<Followup[]>;

	/** Keeps the highest n the agent has read in the chat. */
	markRead(agentId: string, chatId: string, n: number): Promise<void>;
	readMarker(agentId: string, chatId: string): Promise<number>;

	/** Makes every write so far durable: called before any answer about them leaves. A no-op for most stores. */
	flushWrites(): void;

	close(): Promise<void>;
}

/** A contract with every method answering at once instead of with a promise. */
export type Synchronous<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/** The synchronous form of Store (memory, node:sqlite); SyncStoreAdapter (sync-adapter.ts) makes it a Store. */
export type SyncStore = Omit<Synchronous<Store>, 'accounts'> & {
	readonly accounts: Synchronous<AccountStore>;
	/** Tells asyncStore() to serve it through the adapter. */
	readonly synchronous: true;
};

/** The shape every new chat starts from; callers fill in the rest. */
export const NEW_CHAT_DEFAULTS = {
	ended_at: null,
	hold: null,
	transfer: null,
	rating: null,
	rating_comment: null,
	rated_at: null,
	resume_hash: null,
	customer_acked_n: 0,
	customer_time_zone: null,
} as const satisfies Partial<ChatRecord>;

export function missing(kind: string, id: string): Error {
	return new Error(`${kind} ${id} is not in the store`);
}

/** Oldest first, ties by id: the order every store lists chats in. */
export function byAge<T extends {created_at: number; id: string}>(chats: T[]): T[] {
	return chats.sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
