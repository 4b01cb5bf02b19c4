// In-memory Store: for tests, the demo and `serve --memory`; indexed so no call scans every chat. Gone with the process.
import type {Followup, Message} from '../../protocol/index.js';
import type {
	ChatPatch,
	ChatRecord,
	CustomerChatsPage,
	CustomerChatsQuery,
	CustomerPatch,
	CustomerRecord,
	Erasure,
	HistoryPage,
	HistoryQuery,
	NewMessage,
	SyncStore,
} from './contract.js';
import {byAge, dedupScope, missing} from './contract.js';
import {MemoryAccounts} from './memory-accounts.js';

export class MemoryStore implements SyncStore {
	readonly synchronous = true as const;
	readonly accounts = new MemoryAccounts();

	flushWrites(): void {}
	private readonly customers = new Map<string, CustomerRecord>();
	private readonly customerIdByEmail = new Map<string, string>();
	/** Per customer, their chat ids oldest first (chats are added in time order). */
	private readonly chatIdsByCustomer = new Map<string, string[]>();
	private readonly chats = new Map<string, ChatRecord>();
	private readonly openChatIds = new Set<string>();
	private readonly chatIdsByAgent = new Map<string, Set<string>>();
	private readonly chatIdByResumeHash = new Map<string, string>();
	/** Per chat, index n-1 holds message n. */
	private readonly messagesByChat = new Map<string, Message[]>();
	/** scope -> client_msg_id -> message; nested so a lookup builds no key string. */
	private readonly messagesByClientId = new Map<string, Map<string, Message>>();
	private readonly followupsByAgent = new Map<string, Followup[]>();
	/** agent -> chat -> highest n read. */
	private readonly readMarkers = new Map<string, Map<string, number>>();

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
		if (patch.email !== undefined && customer.email) this.forgetEmail(customer);
		Object.assign(customer, patch);
		if (customer.email) this.customerIdByEmail.set(customer.email.toLowerCase(), customer.id);
		return customer;
	}

	countChatsOfCustomer(customerId: string): number {
		return this.chatIdsByCustomer.get(customerId)?.length ?? 0;
	}

	listChatsOfCustomer(customerId: string, {before, limit}: CustomerChatsQuery): CustomerChatsPage {
		return this.newestFirst(this.chatIdsByCustomer.get(customerId) ?? [], before, limit);
	}

	listChats({before, limit}: CustomerChatsQuery): CustomerChatsPage {
		// Chats are added in time order, so the map's order is oldest first. Export only: a scan is fine in memory.
		return this.newestFirst([...this.chats.keys()], before, limit);
	}

	/** One page of chats, newest first, from ids kept oldest first: those before `before`, or the newest. */
	private newestFirst(ids: readonly string[], before: string | undefined, limit: number): CustomerChatsPage {
		const end = before === undefined ? ids.length : Math.max(0, ids.indexOf(before));
		const start = Math.max(0, end - limit);
		const chats = ids
			.slice(start, end)
			.reverse()
			.map(id => this.chats.get(id)!);
		return {chats, has_more: start > 0};
	}

	eraseCustomer(customerId: string): Erasure {
		const customer = this.customers.get(customerId);
		if (!customer) return {customers: 0, chats: 0, messages: 0};
		let messages = 0;
		const chatIds = [...(this.chatIdsByCustomer.get(customerId) ?? [])];
		for (const chatId of chatIds) messages += this.removeChat(chatId);
		this.forgetEmail(customer);
		this.customers.delete(customerId);
		this.chatIdsByCustomer.delete(customerId);
		return {customers: 1, chats: chatIds.length, messages};
	}

	addChat(chat: ChatRecord): void {
		const record = {...chat};
		this.chats.set(chat.id, record);
		this.messagesByChat.set(chat.id, []);
		let ofCustomer = this.chatIdsByCustomer.get(chat.customer_id);
		if (!ofCustomer) this.chatIdsByCustomer.set(chat.customer_id, (ofCustomer = []));
		ofCustomer.push(chat.id);
		if (chat.status !== 'ended') this.openChatIds.add(chat.id);
		if (chat.agent_id) this.indexAgent(chat.agent_id, chat.id);
		if (chat.resume_hash) this.chatIdByResumeHash.set(chat.resume_hash, chat.id);
	}

	getChat(id: string): Readonly<ChatRecord> | undefined {
		return this.chats.get(id);
	}

	updateChat(id: string, patch: ChatPatch): Readonly<ChatRecord> {
		const chat = this.chats.get(id);
		if (!chat) throw missing('chat', id);
		const previousAgent = chat.agent_id;
		const previousHash = chat.resume_hash;
		Object.assign(chat, patch);
		if (chat.agent_id !== previousAgent) {
			if (previousAgent) this.chatIdsByAgent.get(previousAgent)?.delete(id);
			if (chat.agent_id) this.indexAgent(chat.agent_id, id);
		}
		if (chat.resume_hash !== previousHash) {
			if (previousHash) this.chatIdByResumeHash.delete(previousHash);
			if (chat.resume_hash) this.chatIdByResumeHash.set(chat.resume_hash, id);
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

	findChatByResumeHash(hash: string): Readonly<ChatRecord> | undefined {
		const id = this.chatIdByResumeHash.get(hash);
		const chat = id === undefined ? undefined : this.chats.get(id);
		return chat && chat.status !== 'ended' ? chat : undefined;
	}

	removeChatsEndedBefore(time: number): number {
		// Retention runs now and then, not per event: a scan is fine here.
		let removed = 0;
		for (const chat of [...this.chats.values()]) {
			if (chat.status !== 'ended' || chat.ended_at === null || chat.ended_at >= time) continue;
			this.removeChat(chat.id);
			const ofCustomer = this.chatIdsByCustomer.get(chat.customer_id);
			if (ofCustomer) ofCustomer.splice(ofCustomer.indexOf(chat.id), 1);
			removed++;
		}
		return removed;
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
		list.push({...followup, time_zone: followup.time_zone ?? null});
		this.followupsByAgent.set(followup.agent_id, list);
	}

	listOpenFollowups(agentId: string): Followup[] {
		return [...(this.followupsByAgent.get(agentId) ?? [])].sort((a, b) => a.due_at - b.due_at);
	}

	markRead(agentId: string, chatId: string, n: number): void {
		let ofAgent = this.readMarkers.get(agentId);
		if (!ofAgent) this.readMarkers.set(agentId, (ofAgent = new Map()));
		if (n > (ofAgent.get(chatId) ?? 0)) ofAgent.set(chatId, n);
	}

	readMarker(agentId: string, chatId: string): number {
		return this.readMarkers.get(agentId)?.get(chatId) ?? 0;
	}

	close(): void {
		// Nothing to release; the data goes with the process.
	}

	/** Drops one chat and all that hangs off it (not its place in the customer's list). Returns its message count. */
	private removeChat(chatId: string): number {
		const chat = this.chats.get(chatId);
		if (!chat) return 0;
		const messages = this.messagesByChat.get(chatId) ?? [];
		for (const message of messages) {
			if (message.client_msg_id === null) continue;
			const scope =
				message.author.type === 'agent' && message.author.id
					? dedupScope.agent(message.author.id)
					: dedupScope.chat(chatId);
			this.messagesByClientId.get(scope)?.delete(message.client_msg_id);
		}
		this.messagesByClientId.delete(dedupScope.chat(chatId));
		this.messagesByChat.delete(chatId);
		this.chats.delete(chatId);
		this.openChatIds.delete(chatId);
		if (chat.agent_id) this.chatIdsByAgent.get(chat.agent_id)?.delete(chatId);
		if (chat.resume_hash) this.chatIdByResumeHash.delete(chat.resume_hash);
		for (const [agentId, list] of this.followupsByAgent) {
			const kept = list.filter(followup => followup.chat_id !== chatId);
			if (kept.length !== list.length) this.followupsByAgent.set(agentId, kept);
		}
		for (const ofAgent of this.readMarkers.values()) ofAgent.delete(chatId);
		return messages.length;
	}

	private forgetEmail(customer: CustomerRecord): void {
		if (!customer.email) return;
		const key = customer.email.toLowerCase();
		if (this.customerIdByEmail.get(key) === customer.id) this.customerIdByEmail.delete(key);
	}

	private indexAgent(agentId: string, chatId: string): void {
		let ids = this.chatIdsByAgent.get(agentId);
		if (!ids) this.chatIdsByAgent.set(agentId, (ids = new Set()));
		ids.add(chatId);
	}
}
