// A rough wait for a customer in line ("about 2 minutes"), from how long recent customers actually waited; none when
// the server has too little to go on (E7: promise only what you can keep).

/** One answered chat: how long it waited for each place it had in line when it joined. */
type Sample = {at: number; perPlaceMs: number};

/** The most recent answered chats the estimate is made from. */
const SAMPLES = 20;
/** Fewer than this and the server says no number at all. */
const MIN_SAMPLES = 3;
/** Waits older than this say nothing about the desk now (another shift, another rush). */
const MAX_AGE_MS = 60 * 60 * 1000;
/** A chat that waits on (a restart, a chat left unanswered) is forgotten past this, so the map stays bounded. */
const MAX_TRACKED = 10_000;

export class QueueWaits {
	/** Chat → its place in line when it joined; set once, so a chat sent back to the line keeps its first place. */
	readonly #placeAtJoin = new Map<string, number>();
	#samples: Sample[] = [];

	/** A new chat joined the line at `place` (1: next). */
	joined(chatId: string, place: number): void {
		if (this.#placeAtJoin.has(chatId)) return;
		this.#placeAtJoin.set(chatId, Math.max(1, place));
		if (this.#placeAtJoin.size > MAX_TRACKED) this.#placeAtJoin.delete(this.#placeAtJoin.keys().next().value!);
	}

	/** An agent took the chat for the first time, `waitedMs` after it joined. */
	answered(chatId: string, waitedMs: number, now: number): void {
		const place = this.#placeAtJoin.get(chatId);
		this.#placeAtJoin.delete(chatId);
		if (place === undefined || !(waitedMs >= 0)) return;
		this.#samples.push({at: now, perPlaceMs: waitedMs / place});
		if (this.#samples.length > SAMPLES) this.#samples.shift();
	}

	/** The chat ended without an agent (the customer left, a message was left instead): it says nothing of waits. */
	forget(chatId: string): void {
		this.#placeAtJoin.delete(chatId);
	}

	/**
	 * About how many whole minutes a customer at `position` will wait: the median recent wait per place, times the
	 * place, rounded up (at least 1). Undefined when fewer than MIN_SAMPLES chats were answered in the last hour.
	 */
	estimateMinutes(position: number, now: number): number | undefined {
		const recent = this.#samples.filter(sample => now - sample.at <= MAX_AGE_MS).map(sample => sample.perPlaceMs);
		if (recent.length < MIN_SAMPLES) return undefined;
		recent.sort((a, b) => a - b);
		const middle = recent.length >> 1;
		const median = recent.length % 2 === 1 ? recent[middle]! : (recent[middle - 1]! + recent[middle]!) / 2;
		return Math.max(1, Math.ceil((median * position) / 60_000));
	}
}
