// Serves a synchronous store (memory, node:sqlite) through the asynchronous Store contract. Each call runs at once and
// its promise settles in the same turn, before any socket or timer: the server on such a store interleaves nothing.
import type {DepartmentConfig} from '../accounts.js';
import type {Followup} from '../../protocol/index.js';
import type {AccountPatch, AccountRecord, AccountStore} from './accounts-contract.js';
import type {
	ChatPatch,
	ChatRecord,
	CustomerChatsQuery,
	CustomerPatch,
	CustomerRecord,
	HistoryQuery,
	NewMessage,
	Store,
	SyncStore,
	Synchronous,
} from './contract.js';

/** A Store as it is, or a synchronous one served through the adapter. */
export function asyncStore(store: Store | SyncStore): Store {
	return isSynchronous(store) ? new SyncStoreAdapter(store) : store;
}

function isSynchronous(store: Store | SyncStore): store is SyncStore {
	return (store as {synchronous?: boolean}).synchronous === true;
}

/** What the adapter serves: the synchronous store itself stays reachable (tests read it, `data backup` uses it). */
export class SyncStoreAdapter<S extends SyncStore = SyncStore> implements Store {
	readonly accounts: AccountStore;

	constructor(readonly sync: S) {
		this.accounts = new SyncAccountsAdapter(sync.accounts);
	}

	async addCustomer(customer: CustomerRecord) {
		return this.sync.addCustomer(customer);
	}
	async getCustomer(id: string) {
		return this.sync.getCustomer(id);
	}
	async findCustomerByEmail(email: string) {
		return this.sync.findCustomerByEmail(email);
	}
	async updateCustomer(id: string, patch: CustomerPatch) {
		return this.sync.updateCustomer(id, patch);
	}
	async countChatsOfCustomer(customerId: string) {
		return this.sync.countChatsOfCustomer(customerId);
	}
	async listChatsOfCustomer(customerId: string, query: CustomerChatsQuery) {
		return this.sync.listChatsOfCustomer(customerId, query);
	}
	async listChats(query: CustomerChatsQuery) {
		return this.sync.listChats(query);
	}
	async eraseCustomer(customerId: string) {
		return this.sync.eraseCustomer(customerId);
	}
	async addChat(chat: ChatRecord) {
		return this.sync.addChat(chat);
	}
	async getChat(id: string) {
		return this.sync.getChat(id);
	}
	async updateChat(id: string, patch: ChatPatch) {
		return this.sync.updateChat(id, patch);
	}
	async listOpenChats() {
		return this.sync.listOpenChats();
	}
	async listChatsOfAgent(agentId: string, endedSince: number) {
		return this.sync.listChatsOfAgent(agentId, endedSince);
	}
	async findChatByResumeHash(hash: string) {
		return this.sync.findChatByResumeHash(hash);
	}
	async removeChatsEndedBefore(time: number) {
		return this.sync.removeChatsEndedBefore(time);
	}
	async addMessage(message: NewMessage, scope: string | null) {
		return this.sync.addMessage(message, scope);
	}
	async findMessage(scope: string, clientMsgId: string) {
		return this.sync.findMessage(scope, clientMsgId);
	}
	async listMessages(chatId: string, query: HistoryQuery) {
		return this.sync.listMessages(chatId, query);
	}
	async addFollowup(followup: Followup) {
		return this.sync.addFollowup(followup);
	}
	async listOpenFollowups(agentId: string) {
		return this.sync.listOpenFollowups(agentId);
	}
	async markRead(agentId: string, chatId: string, n: number) {
		return this.sync.markRead(agentId, chatId, n);
	}
	async readMarker(agentId: string, chatId: string) {
		return this.sync.readMarker(agentId, chatId);
	}
	flushWrites(): void {
		this.sync.flushWrites();
	}
	async close() {
		return this.sync.close();
	}
}

class SyncAccountsAdapter implements AccountStore {
	constructor(private readonly sync: Synchronous<AccountStore>) {}

	async add(account: AccountRecord) {
		return this.sync.add(account);
	}
	async get(id: string) {
		return this.sync.get(id);
	}
	async list() {
		return this.sync.list();
	}
	async update(id: string, patch: AccountPatch) {
		return this.sync.update(id, patch);
	}
	async remove(id: string) {
		return this.sync.remove(id);
	}
	async findByTokenKey(key: string) {
		return this.sync.findByTokenKey(key);
	}
	async saveDepartment(department: DepartmentConfig) {
		return this.sync.saveDepartment(department);
	}
	async listDepartments() {
		return this.sync.listDepartments();
	}
	async removeDepartment(id: string) {
		return this.sync.removeDepartment(id);
	}
}
