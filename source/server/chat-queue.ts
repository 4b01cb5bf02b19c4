// The queue of chats waiting for an offer, kept in order (oldest first), so routing reads its head without sorting.
type Waiting = {id: string; createdAt: number};

function before(a: Waiting, b: Waiting): boolean {
	return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

export class ChatQueue {
	/**
	 * Oldest first. Leaving only forgets the entry (members says which entries are live), so neither leaving nor
	 * reading the head shifts the array; dead entries are dropped from the front and compacted now and then.
	 */
	private waiting: Waiting[] = [];
	private head = 0;
	private readonly members = new Map<string, Waiting>();

	get size(): number {
		return this.members.size;
	}

	has(chatId: string): boolean {
		return this.members.has(chatId);
	}

	add(chatId: string, createdAt: number): void {
		if (this.members.has(chatId)) return;
		const entry = {id: chatId, createdAt};
		this.members.set(chatId, entry);
		// New chats are the newest: appending is the usual case. A chat coming back goes back to its place by age.
		const last = this.waiting.at(-1);
		if (!last || before(last, entry)) this.waiting.push(entry);
		else this.waiting.splice(this.position(entry), 0, entry);
	}

	delete(chatId: string): void {
		if (!this.members.delete(chatId)) return;
		this.dropDeadHead();
	}

	/** Waiting chat ids, oldest first. The queue may change while this runs (routing takes chats out of it). */
	*oldestFirst(): Generator<string> {
		for (let index = this.head; index < this.waiting.length; index++) {
			const entry = this.waiting[index]!;
			if (this.members.get(entry.id) === entry) yield entry.id;
		}
	}

	private dropDeadHead(): void {
		while (this.head < this.waiting.length && this.members.get(this.waiting[this.head]!.id) !== this.waiting[this.head])
			this.head++;
		if (this.head === this.waiting.length) {
			this.waiting = [];
			this.head = 0;
		} else if (this.head > 1_024 && this.head * 2 > this.waiting.length) {
			this.waiting = this.waiting.slice(this.head);
			this.head = 0;
		}
		// Dead entries in the middle stay until the head reaches them; a compaction when they outnumber the living.
		if (this.waiting.length - this.head > 1_024 && this.waiting.length - this.head > 4 * this.members.size) {
			this.waiting = this.waiting.slice(this.head).filter(entry => this.members.get(entry.id) === entry);
			this.head = 0;
		}
	}

	/** Binary search among the live part: the first index whose entry is not before `entry`. */
	private position(entry: Waiting): number {
		let low = this.head;
		let high = this.waiting.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (before(this.waiting[middle]!, entry)) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
