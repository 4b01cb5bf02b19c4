// Tells each waiting customer their place in line (`queue.position`, protocol §17.5), when it changes.
import type {ChatQueue} from './chat-queue.js';

/** Beyond this place nobody is told a number: the widget says "waiting" without one, and the work stays bounded. */
const TOLD_UP_TO = 200;

export class QueuePositions {
	/** The place each chat was last told; a chat absent here is told at the next refresh. */
	readonly #told = new Map<string, number>();

	constructor(
		private readonly queue: ChatQueue,
		private readonly tell: (chatId: string, position: number) => void,
	) {}

	/** After the queue changed: every waiting chat whose place moved hears its new one. */
	refresh(): void {
		let position = 0;
		const seen = new Set<string>();
		for (const chatId of this.queue.oldestFirst()) {
			if (++position > TOLD_UP_TO) break;
			seen.add(chatId);
			if (this.#told.get(chatId) === position) continue;
			this.#told.set(chatId, position);
			this.tell(chatId, position);
		}
		for (const chatId of this.#told.keys()) if (!seen.has(chatId)) this.#told.delete(chatId);
	}

	/** A customer link that (re)attached: transient events are not replayed, so its place is told again. */
	retell(chatId: string): void {
		this.#told.delete(chatId);
		this.refresh();
	}
}
