// `serve --retain-days N`: ended chats older than N days are removed (with their messages, follow-ups and read markers)
// at start and then every hour.
import type {ServerLog} from './server-log.js';
import type {Store} from './store/contract.js';

const DAY_MS = 86_400_000;
const EVERY_MS = 3_600_000;

/** Starts the first sweep now; returns the stop for the hourly timer. */
export function keepRetention(
	store: Store,
	days: number,
	now: () => number,
	log: ServerLog,
	reportError: (error: unknown) => void,
): () => void {
	const sweep = async () => {
		try {
			const before = now() - days * DAY_MS;
			const chats = await store.removeChatsEndedBefore(before);
			if (chats > 0) log('retention.removed', {chats, ended_before: new Date(before).toISOString()});
		} catch (error) {
			reportError(error);
		}
	};
	void sweep();
	const timer = setInterval(sweep, EVERY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
