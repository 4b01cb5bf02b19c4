// What one visitor may hold of the server, across reconnects: connections per address and in all, open chats per
// address and per customer, and frame budgets shared by every link of one address or one identity.
import {TokenBucket, type RateLimit} from './token-bucket.js';

export type VisitorLimitSettings = {
	/** Sockets open at once, both endpoints together; past it new ones are turned away before the upgrade. */
	maxConnections: number;
	maxConnectionsPerAddress: number;
	/** Chats not ended, joined from one address. */
	maxOpenChatsPerAddress: number;
	/** Chats not ended of one known customer (by e-mail). */
	maxOpenChatsPerCustomer: number;
	/** Frames per second all links from one address share (customer endpoint). */
	addressRate: RateLimit;
	/** Frames per second all links of one agent, or of one customer's chat, share. */
	identityRate: RateLimit;
	/**
	 * Ended chats whose customer went away, kept resumable for the resume window so a reload can still rate (E19); past
	 * this many, the oldest go first, so a flood of ended chats cannot fill the memory.
	 */
	maxEndedSessionsKept: number;
};

export const DEFAULT_VISITOR_LIMITS: VisitorLimitSettings = {
	maxConnections: 900,
	maxConnectionsPerAddress: 50,
	maxOpenChatsPerAddress: 20,
	maxOpenChatsPerCustomer: 3,
	addressRate: {perSecond: 200, burst: 400},
	identityRate: {perSecond: 20, burst: 60},
	maxEndedSessionsKept: 1_000,
};

/** For a server whose every visitor is simulated on this machine (the demo, benchmarks): no per-visitor caps. */
export const SIMULATED_VISITORS: Partial<VisitorLimitSettings> = {
	maxConnections: 100_000,
	maxConnectionsPerAddress: 100_000,
	maxOpenChatsPerAddress: 100_000,
	maxOpenChatsPerCustomer: 100_000,
};

type AddressState = {connections: number; openChats: number; bucket: TokenBucket | null};

export class VisitorLimits {
	private connections = 0;
	private readonly addresses = new Map<string, AddressState>();
	private readonly identityBuckets = new Map<string, TokenBucket>();
	/** Per open chat: the address and customer it counts against, so its end gives the places back. */
	private readonly chatOwners = new Map<string, {address: string; customerId: string}>();
	private readonly openChatsByCustomer = new Map<string, number>();
	private readonly sweepTimer: NodeJS.Timeout;

	constructor(readonly settings: VisitorLimitSettings) {
		// Buckets of visitors who went quiet are dropped now and then, so the maps hold only who is active.
		this.sweepTimer = setInterval(() => this.sweep(), 60_000);
		this.sweepTimer.unref();
	}

	/** Takes a connection place for the address; false when the server or the address is full. */
	admitConnection(address: string): boolean {
		const state = this.address(address);
		if (this.connections >= this.settings.maxConnections) return false;
		if (state.connections >= this.settings.maxConnectionsPerAddress) return false;
		state.connections++;
		this.connections++;
		return true;
	}

	releaseConnection(address: string): void {
		const state = this.addresses.get(address);
		if (!state || state.connections === 0) return;
		state.connections--;
		this.connections--;
		this.forgetIfIdle(address, state);
	}

	get openConnections(): number {
		return this.connections;
	}

	addressBucket(address: string): TokenBucket {
		const state = this.address(address);
		return (state.bucket ??= new TokenBucket(this.settings.addressRate));
	}

	identityBucket(identity: string): TokenBucket {
		let bucket = this.identityBuckets.get(identity);
		if (!bucket) this.identityBuckets.set(identity, (bucket = new TokenBucket(this.settings.identityRate)));
		return bucket;
	}

	/** Why a new chat from this address and customer is refused, or null when it may open. */
	chatRefusal(address: string, customerId: string | null): string | null {
		if ((this.addresses.get(address)?.openChats ?? 0) >= this.settings.maxOpenChatsPerAddress)
			return 'too many open chats from this address; finish one first';
		if (customerId !== null && (this.openChatsByCustomer.get(customerId) ?? 0) >= this.settings.maxOpenChatsPerCustomer)
			return 'too many open chats for this customer; finish one first';
		return null;
	}

	chatOpened(chatId: string, address: string, customerId: string): void {
		this.address(address).openChats++;
		this.openChatsByCustomer.set(customerId, (this.openChatsByCustomer.get(customerId) ?? 0) + 1);
		this.chatOwners.set(chatId, {address, customerId});
	}

	chatEnded(chatId: string): void {
		const owner = this.chatOwners.get(chatId);
		if (!owner) return;
		this.chatOwners.delete(chatId);
		const state = this.addresses.get(owner.address);
		if (state) {
			state.openChats--;
			this.forgetIfIdle(owner.address, state);
		}
		const count = (this.openChatsByCustomer.get(owner.customerId) ?? 1) - 1;
		if (count > 0) this.openChatsByCustomer.set(owner.customerId, count);
		else this.openChatsByCustomer.delete(owner.customerId);
	}

	stop(): void {
		clearInterval(this.sweepTimer);
	}

	/** Drops buckets that have refilled completely: their owner has been quiet long enough to start afresh. */
	sweep(now = performance.now()): void {
		for (const [identity, bucket] of this.identityBuckets)
			if (bucket.isFull(now)) this.identityBuckets.delete(identity);
		for (const [address, state] of this.addresses) {
			if (state.bucket?.isFull(now)) state.bucket = null;
			this.forgetIfIdle(address, state);
		}
	}

	private address(address: string): AddressState {
		let state = this.addresses.get(address);
		if (!state) this.addresses.set(address, (state = {connections: 0, openChats: 0, bucket: null}));
		return state;
	}

	private forgetIfIdle(address: string, state: AddressState): void {
		if (state.connections === 0 && state.openChats === 0 && state.bucket === null) this.addresses.delete(address);
	}
}
