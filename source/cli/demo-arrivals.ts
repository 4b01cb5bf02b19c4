// The demo's record of when the desk got each customer message, so the report card can tell the link's share of a wait.
import {walkBack} from '../core/index.js';
import type {DeskDriver} from '../core/desk-driver.js';
import type {DeskJournal} from '../demo/report/desk-journal.js';

/**
 * Watches the desk's state and notes, once per message, when a customer's message first reached it (after the
 * link and the desk's batching). Only the newest messages of each chat are looked at on a change: the walk
 * stops at the first one already seen. Returns the way to stop watching.
 */
export function watchArrivals(desk: Pick<DeskDriver, 'getState' | 'subscribe'>, journal: DeskJournal): () => void {
	const seen = new Set<string>();
	const look = () => {
		const now = Date.now();
		for (const [chatId, chat] of desk.getState().chats) {
			const fresh: Array<{text: string}> = [];
			walkBack(chat.messages, message => {
				if (seen.has(message.id)) return false;
				seen.add(message.id);
				if (message.author.type === 'customer') fresh.push({text: message.text});
				return true;
			});
			for (const {text} of fresh.reverse()) journal.arrivals.push({at: now, chatId, text});
		}
	};
	look();
	return desk.subscribe(look);
}
