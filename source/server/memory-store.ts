// In-memory Store: the default for `switchboard serve`, tests and benchmarks; indexed so no call scans every chat.
import type {Followup, Message} from '../protocol/index.js';
import type {
	ChatPatch,
	ChatRecord,
	CustomerPatch,
	CustomerRecord,
	HistoryPage,
	HistoryQuery,
	NewMessage,
	Store,
} from './store.js';

function missing(kind: string, id: string): Error {
	return new Error(`${kind} ${id} is not in the store`);
}

export class MemoryStore implements Store {
	private readonly customers = new Map<string, CustomerRecord>();
	private readonly customerIdByEmail = new Map<string, string>();
	private readonly chatCountByCustomer = new Map<string, number>();
	private readonly chats = new Map<string, ChatRecord>();
	private readonly openChatIds = new Set<string>();
	private readonly chatIdsByAgent = new Map<string, Set<string>>();
	/** Per chat, index n-1 holds message n. */
	private readonly messagesByChat = new Map<string, Message[]>();
	/** scope -> client_msg_id -> message; nested so a lookup builds no key string. */
	private readonly messagesByClientId = new Map<string, Map<string, Message>>();
	private readonly followupsByAgent = new Map<string, Followup[]>();
	private readonly readMarkers = new Map<string, number>();

	addCustomer(customer: CustomerRecord): void {
		this.customers.set(customer.id, {...customer});
		if (customer.email) this.customerIdByEmail.set(customer.email.toLowerCase(), customer.id);
	}

	getCustomer(id: string): Readonly<CustomerRecord> | undefined {
		return this.customers.get(id);
	}

	findCustomerByEmail(email: string): Readonly<CustomerRecord> | undefined {
		const id = this.customerIdByEmail.get(email.toLowerCase());
		return id === undefined ? undefined : this.customers.get(id);
	}

	updateCustomer(id: string, patch: CustomerPatch): Readonly<CustomerRecord> {
		const customer = this.customers.get(id);
		if (!customer) throw missing('customer', id);
		if (patch.email !== undefined && customer.email) this.customerIdByEmail.delete(customer.email.toLowerCase());
		Object.assign(customer, patch);
		if (customer.email) this.customerIdByEmail.set(customer.email.toLowerCase(), customer.id);
		return customer;
	}

	countChatsOfCustomer(customerId: string): number {
		return this.chatCountByCustomer.get(customerId) ?? 0;
	}

	addChat(chat: ChatRecord): void {
		const record = {...chat};
		this.chats.set(chat.id, record);
		this.messagesByChat.set(chat.id, []);
		this.chatCountByCustomer.set(chat.customer_id, this.countChatsOfCustomer(chat.customer_id) + 1);
		if (chat.status !== 'ended') this.openChatIds.add(chat.id);
		if (chat.agent_id) this.indexAgent(chat.agent_id, chat.id);
	}

	getChat(id: string): Readonly<ChatRecord> | undefined {
		return this.chats.get(id);
	}

	updateChat(id: string, patch: ChatPatch): Readonly<ChatRecord> {
		const chat = this.chats.get(id);
		if (!chat) throw missing('chat', id);
		const previousAgent = chat.agent_id;
		Object.assign(chat, patch);
		if (chat.agent_id !== previousAgent) {
			if (previousAgent) this.chatIdsByAgent.get(previousAgent)?.delete(id);
			if (chat.agent_id) this.indexAgent(chat.agent_id, id);
		}
		if (chat.status === 'ended') this.openChatIds.delete(id);
		else this.openChatIds.add(id);
		return chat;
	}

	listOpenChats(): Array<Readonly<ChatRecord>> {
		return byAge([...this.openChatIds].map(id => this.chats.get(id)!));
	}

	listChatsOfAgent(agentId: string, endedSince: number): Array<Readonly<ChatRecord>> {
		const ids = this.chatIdsByAgent.get(agentId);
		if (!ids) return [];
		const chats: ChatRecord[] = [];
		for (const id of ids) {
			const chat = this.chats.get(id)!;
			if (chat.status !== 'ended' || (chat.ended_at ?? 0) >= endedSince) chats.push(chat);
		}
		return byAge(chats);
	}

	addMessage(input: NewMessage, scope: string | null): Message {
		const list = this.messagesByChat.get(input.chat_id);
		if (!list) throw missing('chat', input.chat_id);
		const message: Message = {...input, n: list.length + 1};
		list.push(message);
		if (scope !== null && message.client_msg_id !== null) {
			let sent = this.messagesByClientId.get(scope);
			if (!sent) this.messagesByClientId.set(scope, (sent = new Map()));
			sent.set(message.client_msg_id, message);
		}
		return message;
	}

	findMessage(scope: string, clientMsgId: string): Message | undefined {
		return this.messagesByClientId.get(scope)?.get(clientMsgId);
	}

	listMessages(chatId: string, {before, after, limit}: HistoryQuery): HistoryPage {
		const list = this.messagesByChat.get(chatId) ?? [];
		// Index i holds n = i + 1, so every bound is a slice position: no scan.
		const low = after === undefined ? 0 : Math.min(after, list.length);
		const high = before === undefined ? list.length : Math.max(low, Math.min(before - 1, list.length));
		if (after !== undefined) {
			const end = Math.min(high, low + limit);
			return {messages: list.slice(low, end), has_more: end < high};
		}
		const start = Math.max(low, high - limit);
		return {messages: list.slice(start, high), has_more: start > low};
	}

	addFollowup(followup: Followup): void {
		const list = this.followupsByAgent.get(followup.agent_id) ?? [];
		list.push({...followup});
		this.followupsByAgent.set(followup.agent_id, list);
	}

	listOpenFollowups(agentId: string): Followup[] {
		return [...(this.followupsByAgent.get(agentId) ?? [])].sort((a, b) => a.due_at - b.due_at);
	}

	markRead(agentId: string, chatId: string, n: number): void {
		const key = markerKey(agentId, chatId);
		if (n > (this.readMarkers.get(key) ?? 0)) this.readMarkers.set(key, n);
	}

	readMarker(agentId: string, chatId: string): number {
		return this.readMarkers.get(markerKey(agentId, chatId)) ?? 0;
	}

	close(): void {
		// Nothing to release; the data goes with the process.
	}

	private indexAgent(agentId: string, chatId: string): void {
		let ids = this.chatIdsByAgent.get(agentId);
		if (!ids) this.chatIdsByAgent.set(agentId, (ids = new Set()));
		ids.add(chatId);
	}
}

function markerKey(agentId: string, chatId: string): string {
	return `${agentId}\u0000${chatId}`;
}

function byAge<T extends {created_at: number; id: string}>(chats: T[]): T[] {
	return chats.sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
